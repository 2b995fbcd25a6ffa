#include "Options.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

#include <functional>

#include "core/CaFile.h"
#include "core/Constants.h"
#include "core/Language.h"

using namespace Qt::StringLiterals;

namespace s2s {

bool wantsHeadless(const QStringList &arguments)
{
    for (const QString &argument : arguments)
        for (const char *flag : {"--auto", "--check", "--renew-certificate", "--remove",
                                 "--export-transcript", "--version", "--help", "-h", "-v", "--help-all"})
            if (argument == QLatin1StringView(flag) || argument.startsWith(QLatin1StringView(flag) + u"="_s))
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

Error usage(const QString &message, const QString &remedy)
{
    return Error{u"input.usage"_s, message, {}, remedy, ErrorKind::Input};
}

// How a row reaches Options: stores the value (or the default), or refuses it with an input error.
using Store = std::function<Status(const QString &value, Options &options)>;

// One command-line option: its names, value, help and default, and how it is stored.
struct OptionRow {
    QCommandLineOption option;
    Store store;             // empty: a flag that only selects the mode (modeOf)
    bool readAlways = false; // false: stored only when given
};

// A value kept as given (a path, a format).
Store text(QString Options::*field)
{
    return [field](const QString &value, Options &options) {
        options.*field = value;
        return success();
    };
}

Status storeLabFarm(const QString &farm, Options &options)
{
    if (farm == u"powershell")
        options.labFarm = Options::LabFarm::PowerShell;
    else if (farm != u"host")
        return usage(OptionsText::tr("Unknown lab farm \"%1\" for --lab-farm.").arg(farm),
                     OptionsText::tr("Use host or powershell."));
    if (options.labDir.isEmpty())
        return usage(OptionsText::tr("--lab-farm needs --lab DIR."),
                     OptionsText::tr("Name the lab folder with --lab."));
    return success();
}

Status storeStopAfter(const QString &key, Options &options)
{
    options.stopAfter = stepFromKey(key);
    if (options.stopAfter)
        return success();
    QStringList keys;
    for (StepId id : allStepIds())
        keys.append(stepKey(id));
    return usage(OptionsText::tr("Unknown step \"%1\" for --stop-after.").arg(key),
                 OptionsText::tr("Use one of: %1.").arg(keys.join(u", "_s)));
}

Status storeExportFile(const QString &file, Options &options)
{
    options.exportFile = file;
    if (options.mode == Options::Mode::Export && options.sessionFile.isEmpty())
        return usage(OptionsText::tr("--export-transcript needs --session FILE."),
                     OptionsText::tr("Name the session whose transcript to export."));
    return success();
}

Status storeOpTimeout(const QString &seconds, Options &options)
{
    bool ok = false;
    options.opTimeoutSeconds = seconds.toInt(&ok);
    if (!ok || options.opTimeoutSeconds <= 0)
        return usage(OptionsText::tr("--op-timeout must be a positive number of seconds."),
                     OptionsText::tr("For example --op-timeout 300."));
    return success();
}

Status storeWarnDays(const QString &days, Options &options)
{
    bool ok = false;
    options.warnDays = days.toInt(&ok);
    if (!ok || options.warnDays < 0 || options.warnDays > 3650)
        return usage(OptionsText::tr("--warn-days must be a number of days from 0 to 3650."),
                     OptionsText::tr("For example --warn-days 30."));
    return success();
}

// --renew-certificate and --remove work on a session that set the trust up.
Status storeSessionFile(const QString &file, Options &options)
{
    options.sessionFile = file;
    const bool lifecycle = options.mode == Options::Mode::RenewCertificate ||
                           options.mode == Options::Mode::Remove;
    if (lifecycle && file.isEmpty())
        return usage(OptionsText::tr("--renew-certificate and --remove need --session FILE."),
                     OptionsText::tr("Name the session that set the trust up."));
    return success();
}

// --endpoints, --ca-file and --sign-in: a bad file or value is an input error naming the option.
Status storeEndpoints(const QString &file, Options &options)
{
    const auto read = Endpoints::fromFile(file);
    if (!read)
        return inputError(u"--endpoints"_s, read.error().message, read.error().remedy);
    options.endpoints = *read;
    return success();
}

Status storeCaFile(const QString &path, Options &options)
{
    if (!QFileInfo(path).isFile())
        return inputError(u"--ca-file"_s, OptionsText::tr("%1 does not exist.").arg(path),
                          OptionsText::tr("Give a PEM file with the CA certificate to trust."));
    if (const auto pem = readCaFile(path); !pem)
        return inputError(u"--ca-file"_s, pem.error().message, pem.error().remedy);
    options.caFile = path;
    return success();
}

Status storeSignIn(const QString &flow, Options &options)
{
    if (flow == u"browser")
        options.signIn = Options::SignIn::Browser;
    else if (flow == u"device-code")
        options.signIn = Options::SignIn::DeviceCode;
    else
        return inputError(u"--sign-in"_s, OptionsText::tr("unknown flow \"%1\".").arg(flow),
                          OptionsText::tr("Use browser or device-code."));
    return success();
}

// --client-id always (it has a default), --tenant when given: neither may be blank.
Store nonBlank(QString Options::*field)
{
    return [field](const QString &value, Options &options) -> Status {
        options.*field = value;
        if (value.trimmed().isEmpty())
            return usage(OptionsText::tr("--client-id and --tenant cannot be empty."),
                         OptionsText::tr("Leave them out for the defaults."));
        return success();
    };
}

// Only checked here: main installs the translators from the raw arguments, before parsing.
Status checkLanguage(const QString &language, Options &)
{
    if (!uiLanguages().contains(language))
        return usage(OptionsText::tr("Unknown language \"%1\" for --lang.").arg(language),
                     OptionsText::tr("Use one of: %1.").arg(uiLanguages().join(u", "_s)));
    return success();
}

// The options after --help and --version, in the order --help lists them.
QList<OptionRow> optionTable()
{
    return {
        {{u"lab"_s, OptionsText::tr("Run against the built-in lab kept in DIR."), u"DIR"_s},
         text(&Options::labDir),
         true},
        {{u"lab-farm"_s,
          OptionsText::tr("What serves the lab farm: host (s2s-lab-host, default) or powershell "
                          "(the farm script under pwsh with the SharePoint simulator)."),
          u"HOST"_s, u"host"_s},
         storeLabFarm},
        {{u"auto"_s, OptionsText::tr("Headless: apply and validate every step.")}, {}},
        {{u"check"_s, OptionsText::tr("Headless: validate every step, change nothing.")}, {}},
        {{u"renew-certificate"_s,
          OptionsText::tr("Headless: renew the STS certificate of --session without an outage of "
                          "the trust.")},
         {}},
        {{u"remove"_s,
          OptionsText::tr("Headless: remove what --session added or changed, in reverse step order.")},
         {}},
        {{u"warn-days"_s,
          OptionsText::tr("Warn when the STS certificate or its key in SharePoint Online expires "
                          "within DAYS days."),
          u"DAYS"_s, QString::number(Options::defaultWarnDays)},
         storeWarnDays,
         true},
        {{u"answers"_s, OptionsText::tr("Answers file (JSON) for --auto."), u"FILE"_s},
         text(&Options::answersFile),
         true},
        {{u"report"_s, OptionsText::tr("Write a JSON report to FILE."), u"FILE"_s},
         text(&Options::reportFile),
         true},
        {{u"session"_s, OptionsText::tr("Create or resume this session file."), u"FILE"_s},
         storeSessionFile,
         true},
        {{u"stop-after"_s, OptionsText::tr("Stop --auto after step STEP (an id)."), u"STEP"_s},
         storeStopAfter},
        {{u"export-transcript"_s, OptionsText::tr("Export the transcript of --session to FILE."), u"FILE"_s},
         storeExportFile,
         true},
        {{u"format"_s, OptionsText::tr("Transcript format: txt, html or json."), u"FORMAT"_s},
         text(&Options::format),
         true},
        {{u"op-timeout"_s, OptionsText::tr("Per-operation timeout of the farm host, in seconds."),
          u"SECONDS"_s, u"120"_s},
         storeOpTimeout,
         true},
        {{u"endpoints"_s, OptionsText::tr("Tenant endpoints file (JSON with login, graph and acs URLs)."),
          u"FILE"_s},
         storeEndpoints},
        {{u"ca-file"_s, OptionsText::tr("Also trust the CA certificates in FILE (PEM) for HTTPS."),
          u"FILE"_s},
         storeCaFile},
        {{u"sign-in"_s,
          OptionsText::tr("Sign-in flow: browser (GUI default) or device-code (headless default)."),
          u"FLOW"_s},
         storeSignIn},
        {{u"client-id"_s, OptionsText::tr("Application (client) id used to sign in."), u"ID"_s,
          constants::defaultClientId},
         nonBlank(&Options::clientId),
         true},
        // No default value: without --tenant a session signs in at its own tenant once it has one.
        {{u"tenant"_s,
          OptionsText::tr("Tenant to sign in to: id, domain or organizations (default: the "
                          "session's tenant, or organizations for a new session)."),
          u"TENANT"_s},
         nonBlank(&Options::tenant)},
        {{u"lang"_s,
          OptionsText::tr("Language of the wizard: %1 (default: the system's).")
              .arg(uiLanguages().join(u", "_s)),
          u"LANG"_s},
         checkLanguage},
    };
}

// The mode the flags ask for; --help and --version win over the rest.
Result<Options::Mode> modeOf(const QCommandLineParser &parser)
{
    if (parser.isSet(u"help"_s))
        return Options::Mode::Help;
    if (parser.isSet(u"version"_s))
        return Options::Mode::Version;
    if (parser.isSet(u"export-transcript"_s))
        return Options::Mode::Export;
    QStringList modes;
    for (const QString &flag : {u"auto"_s, u"check"_s, u"renew-certificate"_s, u"remove"_s})
        if (parser.isSet(flag))
            modes.append(u"--"_s + flag);
    if (modes.size() > 1)
        return usage(OptionsText::tr("%1 cannot be combined.").arg(modes.join(u", "_s)),
                     OptionsText::tr("Choose one of them."));
    if (parser.isSet(u"renew-certificate"_s))
        return Options::Mode::RenewCertificate;
    if (parser.isSet(u"remove"_s))
        return Options::Mode::Remove;
    if (parser.isSet(u"auto"_s))
        return Options::Mode::Auto;
    if (parser.isSet(u"check"_s))
        return Options::Mode::Check;
    return Options::Mode::Gui;
}

} // namespace

Result<Options> parseOptions(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        OptionsText::tr("Configures the SharePoint hybrid server-to-server trust between a "
                        "SharePoint Server farm and SharePoint Online."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QList<OptionRow> rows = optionTable();
    for (const OptionRow &row : rows)
        parser.addOption(row.option);

    Options options;
    options.helpText = parser.helpText();
    if (!parser.parse(arguments))
        return usage(parser.errorText(), OptionsText::tr("Run s2s-wizard --help for the options."));
    if (!parser.positionalArguments().isEmpty())
        return usage(
            OptionsText::tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()),
            OptionsText::tr("Run s2s-wizard --help for the options."));
    const auto mode = modeOf(parser);
    if (!mode)
        return mode.error();
    options.mode = *mode;
    for (const OptionRow &row : rows) {
        if (!row.store || (!row.readAlways && !parser.isSet(row.option)))
            continue;
        if (const Status stored = row.store(parser.value(row.option), options); !stored)
            return stored.error();
    }
    return options;
}

} // namespace s2s
