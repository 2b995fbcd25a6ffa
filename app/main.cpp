// The only code of the executable: pick the mode, then hand over to the engine (headless) or
// the wizard pages (GUI).
#include <QApplication>
#include <QDesktopServices>
#include <QTextStream>

#include <memory>

#include "MainWindow.h"
#include "cli/Options.h"
#include "core/Elevation.h"
#include "core/Language.h"
#include "core/Logging.h"
#include "tenant/auth/BrowserLauncher.h"
#include "workbench/Headless.h"

using namespace Qt::StringLiterals;

namespace {

#ifndef Q_OS_WIN
// The sign-in page in the desktop's browser (the wizard does not run elevated here).
class DesktopBrowserLauncher final : public s2s::auth::BrowserLauncher {
public:
    s2s::Status open(const QUrl &url) override
    {
        if (QDesktopServices::openUrl(url))
            return s2s::success();
        return s2s::Error{u"tenant.sign-in.browser"_s,
                          QCoreApplication::translate("SignIn", "No browser could be started."),
                          {},
                          QCoreApplication::translate("SignIn", "Open the address from the log in a browser, "
                                                                "or use --sign-in device-code.")};
    }
};
#endif

std::function<void(const QUrl &)> signInBrowser()
{
#ifdef Q_OS_WIN
    std::shared_ptr<s2s::auth::BrowserLauncher> launcher = s2s::auth::shellBrowserLauncher();
#else
    auto launcher = std::make_shared<DesktopBrowserLauncher>();
#endif
    return s2s::auth::browserOpener(std::move(launcher));
}

} // namespace

int main(int argc, char *argv[])
{
    // Elevated, only the application's own Qt plugins load: never a folder the environment names,
    // which a process without elevation may have set. Before the application object loads any.
    const QStringList ignored = s2s::dropPluginPathsWhenElevated(*s2s::platformElevation());
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
    if (!ignored.isEmpty())
        qWarning().noquote() << "Running elevated: ignored" << ignored.join(u", "_s);
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
    case s2s::Options::Mode::Gui: return s2s::runWizardWindow(*options, signInBrowser());
    default: return s2s::runHeadless(*options);
    }
}
