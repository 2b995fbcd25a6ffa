// The only code of the executable: pick the mode, then hand over to the engine (headless) or
// the wizard pages (GUI).
#include <QApplication>
#include <QDesktopServices>
#include <QIcon>
#include <QTextStream>

#include <memory>

#include "MainWindow.h"
#include "cli/Options.h"
#include "core/Language.h"
#include "core/Logging.h"
#include "workbench/Headless.h"

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const bool headless = s2s::wantsHeadless(arguments);
    // Headless modes need no display: a QCoreApplication runs them on a server without a desktop.
    std::unique_ptr<QCoreApplication> app(headless ? new QCoreApplication(argc, argv)
                                                   : new QApplication(argc, argv));
    QCoreApplication::setApplicationName(u"s2s-wizard"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(S2S_VERSION));
    s2s::installLogging();
    // Translators first: the command line's help and errors are translated texts too. An unknown
    // --lang falls back to the system locale here and is reported by parseOptions (exit 2).
    s2s::installTranslations(s2s::requestedLanguage(arguments));

    const auto options = s2s::parseOptions(QCoreApplication::arguments());
    QTextStream out(stdout);
    if (!options) {
        QTextStream(stderr) << options.error().toText() << Qt::endl;
        return s2s::ExitUsage;
    }
    switch (options->mode) {
    case s2s::Options::Mode::Help: out << options->helpText; return s2s::ExitOk;
    case s2s::Options::Mode::Version:
        out << u"s2s-wizard "_s << QCoreApplication::applicationVersion() << Qt::endl;
        return s2s::ExitOk;
    case s2s::Options::Mode::Gui:
        QApplication::setWindowIcon(QIcon(u":/icons/s2s-wizard.svg"_s));
        return s2s::runWizardWindow(*options, [](const QUrl &url) { QDesktopServices::openUrl(url); });
    default: return s2s::runHeadless(*options);
    }
}
