#pragma once

#include <QUrl>

#include <functional>
#include <memory>

#include "core/Error.h"

namespace s2s::auth {

// Starts the user's browser on the interactive sign-in page. The URL is handed over as data (a
// shell verb's file argument), never spliced into a command line. On Windows the browser starts
// unelevated even though the wizard is elevated: the desktop's shell (Explorer, running as the
// signed-in user without elevation) is asked to open it (IShellDispatch2::ShellExecute through
// the shell window; ShellBrowserLauncherWindows.cpp, compiled on Windows only). Elsewhere the app
// uses QDesktopServices::openUrl.
class BrowserLauncher {
public:
    virtual ~BrowserLauncher() = default;
    virtual Status open(const QUrl &url) = 0;
};

#ifdef Q_OS_WIN
// Windows: the unelevated launcher through the desktop shell.
std::unique_ptr<BrowserLauncher> shellBrowserLauncher();
#endif

// SignInUi::openBrowser through `launcher`: a launch that fails is logged with the address, which
// the admin can open by hand (it holds no secret: the PKCE verifier never leaves the wizard).
std::function<void(const QUrl &)> browserOpener(std::shared_ptr<BrowserLauncher> launcher);

} // namespace s2s::auth
