#include "Options.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include "core/Language.h"

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
    const QCommandLineOption lang(
        u"lang"_s, OptionsText::tr("Language of the wizard: %1 (default: the system's).")
                       .arg(uiLanguages().join(u", "_s)),
        u"LANG"_s);
    parser.addOptions({lab, autoMode, check, answers, report, session, stopAfter, exportTranscript,
                       format, opTimeout, lang});

    Options options;
    options.helpText = parser.helpText();
    auto usage = [](const QString &message, const QString &remedy) {
        return Error{u"input.usage"_s, message, {}, remedy};
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
        options.language = parser.value(lang);
        if (!uiLanguages().contains(options.language))
            return usage(
                OptionsText::tr("Unknown language \"%1\" for --lang.").arg(options.language),
                OptionsText::tr("Use one of: %1.").arg(uiLanguages().join(u", "_s)));
    }
    bool ok = false;
    options.opTimeoutSeconds = parser.value(opTimeout).toInt(&ok);
    if (!ok || options.opTimeoutSeconds <= 0)
        return usage(OptionsText::tr("--op-timeout must be a positive number of seconds."),
                     OptionsText::tr("For example --op-timeout 300."));
    return options;
}

} // namespace s2s
