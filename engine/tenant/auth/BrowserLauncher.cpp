#include "tenant/auth/BrowserLauncher.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcBrowser, "engine.signin")

namespace s2s::auth {

std::function<void(const QUrl &)> browserOpener(std::shared_ptr<BrowserLauncher> launcher)
{
    return [launcher = std::move(launcher)](const QUrl &url) {
        const Status opened = launcher->open(url);
        if (!opened)
            qCWarning(lcBrowser).noquote() << opened.error().message << opened.error().detail
                                           << "Open this address in a browser:" << url.toString();
    };
}

} // namespace s2s::auth
