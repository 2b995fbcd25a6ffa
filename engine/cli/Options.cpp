#include "Options.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

#include "core/Constants.h"

#include "core/Language.h"
#include "tenant/http/TlsSettings.h"

using namespace Qt::StringLiterals;

namespace s2s {

bool wantsHeadless(const QStringList &arguments)
{
    for (const QString &argument : arguments)
        for (const char *flag : {"--auto", "--check", "--export-transcript", "--version", "--help",
                                 "-h", "-v", "--help-all"})
            if (argument == QLatin1StringView(flag)
                || argument.startsWith(QLatin1StringView(flag) + u"="_s))
                return true;
    return false;
}

namespace {

struct OptionsText {
    Q_DECLARE_TR_FUNCTIONS(Options)
};

Error inputError(const QString &option, const QString &message, const QString &remedy)
{
    return Error{u"input.usage"_s, u"%1: %2"_s.arg(option, message), {}, remedy, ErrorKind::Input};
}

// --endpoints, --ca-file and --sign-in: a bad file or value is an input error naming the option.
Status parseTenantOptions(const QCommandLineParser &parser, const QCommandLineOption &endpoints,
                          const QCommandLineOption &caFile, const QCommandLineOption &signIn,
                          Options &options)
{
    if (parser.isSet(endpoints)) {
        const auto read = Endpoints::fromFile(parser.value(endpoints));
        if (!read)
            return inputError(u"--endpoints"_s, read.error().message, read.error().remedy);
        options.endpoints = *read;
    }
    if (parser.isSet(caFile)) {
        const QString path = parser.value(caFile);
        if (!QFileInfo(path).isFile())
            return inputError(u"--ca-file"_s, OptionsText::tr("%1 does not exist.").arg(path),
                              OptionsText::tr("Give a PEM file with the CA certificate to trust."));
        if (const auto tls = http::tlsConfiguration(path); !tls)
            return inputError(u"--ca-file"_s, tls.error().message, tls.error().remedy);
        options.caFile = path;
    }
    if (parser.isSet(signIn)) {
        const QString flow = parser.value(signIn);
        if (flow == u"browser")
            options.signIn = Options::SignIn::Browser;
        else if (flow == u"device-code")
            options.signIn = Options::SignIn::DeviceCode;
        else
            return inputError(u"--sign-in"_s, OptionsText::tr("unknown flow \"%1\".").arg(flow),
                              OptionsText::tr("Use browser or device-code."));
    }
    return success();
}

} // namespace

Result<Options> parseOptions(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        OptionsText::tr("Configures the SharePoint hybrid server-to-server trust between a "
                        "SharePoint Server farm and SharePoint Online."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption lab(u"lab"_s,
                                 OptionsText::tr("Run against the built-in lab kept in DIR."),
                                 u"DIR"_s);
    const QCommandLineOption labFarm(
        u"lab-farm"_s,
        OptionsText::tr("What serves the lab farm: host (s2s-lab-host, default) or powershell "
                        "(the farm script under pwsh with the SharePoint simulator)."),
        u"HOST"_s, u"host"_s);
    const QCommandLineOption autoMode(u"auto"_s,
                                      OptionsText::tr("Headless: apply and validate every step."));
    const QCommandLineOption check(u"check"_s,
                                   OptionsText::tr("Headless: validate every step, change nothing."));
    const QCommandLineOption answers(u"answers"_s,
                                     OptionsText::tr("Answers file (JSON) for --auto."), u"FILE"_s);
    const QCommandLineOption report(u"report"_s, OptionsText::tr("Write a JSON report to FILE."),
                                    u"FILE"_s);
    const QCommandLineOption session(u"session"_s,
                                     OptionsText::tr("Create or resume this session file."),
                                     u"FILE"_s);
    const QCommandLineOption stopAfter(u"stop-after"_s,
                                       OptionsText::tr("Stop --auto after step STEP (an id)."),
                                       u"STEP"_s);
    const QCommandLineOption exportTranscript(
        u"export-transcript"_s, OptionsText::tr("Export the transcript of --session to FILE."),
        u"FILE"_s);
    const QCommandLineOption format(u"format"_s,
                                    OptionsText::tr("Transcript format: txt, html or json."),
                                    u"FORMAT"_s);
    const QCommandLineOption opTimeout(
        u"op-timeout"_s, OptionsText::tr("Per-operation timeout of the farm host, in seconds."),
        u"SECONDS"_s, u"120"_s);
    const QCommandLineOption endpoints(
        u"endpoints"_s,
        OptionsText::tr("Tenant endpoints file (JSON with login, graph and acs URLs)."), u"FILE"_s);
    const QCommandLineOption caFile(
        u"ca-file"_s, OptionsText::tr("Also trust the CA certificates in FILE (PEM) for HTTPS."),
        u"FILE"_s);
    const QCommandLineOption signIn(u"sign-in"_s,
                                    OptionsText::tr("Sign-in flow: browser (GUI default) or "
                                                    "device-code (headless default)."),
                                    u"FLOW"_s);
    const QCommandLineOption clientId(u"client-id"_s,
                                      OptionsText::tr("Application (client) id used to sign in."),
                                      u"ID"_s, constants::defaultClientId);
    // No default value: without --tenant a session signs in at its own tenant once it has one.
    const QCommandLineOption tenant(
        u"tenant"_s,
        OptionsText::tr("Tenant to sign in to: id, domain or organizations (default: the "
                        "session's tenant, or organizations for a new session)."),
        u"TENANT"_s);
    const QCommandLineOption lang(
        u"lang"_s, OptionsText::tr("Language of the wizard: %1 (default: the system's).")
                       .arg(uiLanguages().join(u", "_s)),
        u"LANG"_s);
    parser.addOptions({lab, labFarm, autoMode, check, answers, report, session, stopAfter, exportTranscript,
                       format, opTimeout, endpoints, caFile, signIn, clientId, tenant, lang});

    Options options;
    options.helpText = parser.helpText();
    auto usage = [](const QString &message, const QString &remedy) {
        return Error{u"input.usage"_s, message, {}, remedy, ErrorKind::Input};
    };
    if (!parser.parse(arguments))
        return usage(parser.errorText(), OptionsText::tr("Run s2s-wizard --help for the options."));
    if (!parser.positionalArguments().isEmpty())
        return usage(OptionsText::tr("Unexpected argument \"%1\".")
                         .arg(parser.positionalArguments().constFirst()),
                     OptionsText::tr("Run s2s-wizard --help for the options."));
    if (parser.isSet(help))
        options.mode = Options::Mode::Help;
    else if (parser.isSet(version))
        options.mode = Options::Mode::Version;
    else if (parser.isSet(exportTranscript))
        options.mode = Options::Mode::Export;
    else if (parser.isSet(autoMode) && parser.isSet(check))
        return usage(OptionsText::tr("--auto and --check cannot be combined."),
                     OptionsText::tr("Choose one of them."));
    else if (parser.isSet(autoMode))
        options.mode = Options::Mode::Auto;
    else if (parser.isSet(check))
        options.mode = Options::Mode::Check;

    options.labDir = parser.value(lab);
    if (const QString farm = parser.value(labFarm); farm == u"powershell")
        options.labFarm = Options::LabFarm::PowerShell;
    else if (farm != u"host")
        return usage(OptionsText::tr("Unknown lab farm \"%1\" for --lab-farm.").arg(farm),
                     OptionsText::tr("Use host or powershell."));
    if (parser.isSet(labFarm) && options.labDir.isEmpty())
        return usage(OptionsText::tr("--lab-farm needs --lab DIR."),
                     OptionsText::tr("Name the lab folder with --lab."));
    options.answersFile = parser.value(answers);
    options.reportFile = parser.value(report);
    options.sessionFile = parser.value(session);
    options.exportFile = parser.value(exportTranscript);
    options.format = parser.value(format);
    if (options.mode == Options::Mode::Export && options.sessionFile.isEmpty())
        return usage(OptionsText::tr("--export-transcript needs --session FILE."),
                     OptionsText::tr("Name the session whose transcript to export."));
    if (parser.isSet(stopAfter)) {
        options.stopAfter = stepFromKey(parser.value(stopAfter));
        if (!options.stopAfter) {
            QStringList keys;
            for (StepId id : allStepIds())
                keys.append(stepKey(id));
            return usage(OptionsText::tr("Unknown step \"%1\" for --stop-after.")
                             .arg(parser.value(stopAfter)),
                         OptionsText::tr("Use one of: %1.").arg(keys.join(u", "_s)));
        }
    }
    if (parser.isSet(lang)) {
        // Only checked here: main installs the translators from the raw arguments, before parsing.
        const QString language = parser.value(lang);
        if (!uiLanguages().contains(language))
            return usage(OptionsText::tr("Unknown language \"%1\" for --lang.").arg(language),
                         OptionsText::tr("Use one of: %1.").arg(uiLanguages().join(u", "_s)));
    }
    bool ok = false;
    options.opTimeoutSeconds = parser.value(opTimeout).toInt(&ok);
    if (!ok || options.opTimeoutSeconds <= 0)
        return usage(OptionsText::tr("--op-timeout must be a positive number of seconds."),
                     OptionsText::tr("For example --op-timeout 300."));
    if (auto tenantSide = parseTenantOptions(parser, endpoints, caFile, signIn, options); !tenantSide)
        return tenantSide.error();
    options.clientId = parser.value(clientId);
    options.tenant = parser.value(tenant);
    if (options.clientId.trimmed().isEmpty()
        || (parser.isSet(tenant) && options.tenant.trimmed().isEmpty()))
        return usage(OptionsText::tr("--client-id and --tenant cannot be empty."),
                     OptionsText::tr("Leave them out for the defaults."));
    return options;
}

} // namespace s2s
