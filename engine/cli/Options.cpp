#include "Options.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSslCertificate>

#include "core/Constants.h"

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

Error inputError(const QString &option, const QString &message, const QString &remedy)
{
    return Error{u"input.usage"_s, u"%1: %2"_s.arg(option, message), {}, remedy};
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
            return inputError(u"--ca-file"_s, u"%1 does not exist."_s.arg(path),
                              u"Give a PEM file with the CA certificate to trust."_s);
        if (QSslCertificate::fromPath(path, QSsl::Pem).isEmpty())
            return inputError(u"--ca-file"_s, u"%1 holds no PEM certificate."_s.arg(path),
                              u"Give a file with -----BEGIN CERTIFICATE----- blocks."_s);
        options.caFile = path;
    }
    if (parser.isSet(signIn)) {
        const QString flow = parser.value(signIn);
        if (flow == u"browser")
            options.signIn = Options::SignIn::Browser;
        else if (flow == u"device-code")
            options.signIn = Options::SignIn::DeviceCode;
        else
            return inputError(u"--sign-in"_s, u"unknown flow \"%1\"."_s.arg(flow),
                              u"Use browser or device-code."_s);
    }
    return success();
}

} // namespace

Result<Options> parseOptions(const QStringList &arguments)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("Options", text); };
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Configures the SharePoint hybrid server-to-server trust between a SharePoint Server "
           "farm and SharePoint Online."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption lab(u"lab"_s, tr("Run against the built-in lab kept in DIR."), u"DIR"_s);
    const QCommandLineOption autoMode(u"auto"_s, tr("Headless: apply and validate every step."));
    const QCommandLineOption check(u"check"_s, tr("Headless: validate every step, change nothing."));
    const QCommandLineOption answers(u"answers"_s, tr("Answers file (JSON) for --auto."), u"FILE"_s);
    const QCommandLineOption report(u"report"_s, tr("Write a JSON report to FILE."), u"FILE"_s);
    const QCommandLineOption session(u"session"_s, tr("Create or resume this session file."),
                                     u"FILE"_s);
    const QCommandLineOption stopAfter(u"stop-after"_s, tr("Stop --auto after step STEP (an id)."),
                                       u"STEP"_s);
    const QCommandLineOption exportTranscript(
        u"export-transcript"_s, tr("Export the transcript of --session to FILE."), u"FILE"_s);
    const QCommandLineOption format(u"format"_s, tr("Transcript format: txt, html or json."),
                                    u"FORMAT"_s);
    const QCommandLineOption opTimeout(u"op-timeout"_s,
                                       tr("Per-operation timeout of the farm host, in seconds."),
                                       u"SECONDS"_s, u"120"_s);
    const QCommandLineOption endpoints(
        u"endpoints"_s, tr("Tenant endpoints file (JSON with login, graph and acs URLs)."), u"FILE"_s);
    const QCommandLineOption caFile(u"ca-file"_s,
                                    tr("Also trust the CA certificates in FILE (PEM) for HTTPS."),
                                    u"FILE"_s);
    const QCommandLineOption signIn(u"sign-in"_s,
                                    tr("Sign-in flow: browser (GUI default) or device-code "
                                       "(headless default)."),
                                    u"FLOW"_s);
    const QCommandLineOption clientId(u"client-id"_s, tr("Application (client) id used to sign in."),
                                      u"ID"_s, constants::defaultClientId);
    const QCommandLineOption tenant(u"tenant"_s,
                                    tr("Tenant to sign in to: id, domain or organizations."),
                                    u"TENANT"_s, u"organizations"_s);
    parser.addOptions({lab, autoMode, check, answers, report, session, stopAfter, exportTranscript,
                       format, opTimeout, endpoints, caFile, signIn, clientId, tenant});

    Options options;
    options.helpText = parser.helpText();
    auto usage = [](const QString &message, const QString &remedy) {
        return Error{u"input.usage"_s, message, {}, remedy};
    };
    if (!parser.parse(arguments))
        return usage(parser.errorText(), tr("Run s2s-wizard --help for the options."));
    if (!parser.positionalArguments().isEmpty())
        return usage(tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()),
                     tr("Run s2s-wizard --help for the options."));
    if (parser.isSet(help))
        options.mode = Options::Mode::Help;
    else if (parser.isSet(version))
        options.mode = Options::Mode::Version;
    else if (parser.isSet(exportTranscript))
        options.mode = Options::Mode::Export;
    else if (parser.isSet(autoMode) && parser.isSet(check))
        return usage(tr("--auto and --check cannot be combined."), tr("Choose one of them."));
    else if (parser.isSet(autoMode))
        options.mode = Options::Mode::Auto;
    else if (parser.isSet(check))
        options.mode = Options::Mode::Check;

    options.labDir = parser.value(lab);
    options.answersFile = parser.value(answers);
    options.reportFile = parser.value(report);
    options.sessionFile = parser.value(session);
    options.exportFile = parser.value(exportTranscript);
    options.format = parser.value(format);
    if (options.mode == Options::Mode::Export && options.sessionFile.isEmpty())
        return usage(tr("--export-transcript needs --session FILE."),
                     tr("Name the session whose transcript to export."));
    if (parser.isSet(stopAfter)) {
        options.stopAfter = stepFromKey(parser.value(stopAfter));
        if (!options.stopAfter) {
            QStringList keys;
            for (StepId id : allStepIds())
                keys.append(stepKey(id));
            return usage(tr("Unknown step \"%1\" for --stop-after.").arg(parser.value(stopAfter)),
                         tr("Use one of: %1.").arg(keys.join(u", "_s)));
        }
    }
    bool ok = false;
    options.opTimeoutSeconds = parser.value(opTimeout).toInt(&ok);
    if (!ok || options.opTimeoutSeconds <= 0)
        return usage(tr("--op-timeout must be a positive number of seconds."),
                     tr("For example --op-timeout 300."));
    if (auto tenantSide = parseTenantOptions(parser, endpoints, caFile, signIn, options); !tenantSide)
        return tenantSide.error();
    options.clientId = parser.value(clientId);
    options.tenant = parser.value(tenant);
    if (options.clientId.trimmed().isEmpty() || options.tenant.trimmed().isEmpty())
        return usage(tr("--client-id and --tenant cannot be empty."),
                     tr("Leave them out for the defaults."));
    return options;
}

} // namespace s2s
