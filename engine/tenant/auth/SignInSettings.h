#pragma once

#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>

#include "core/Constants.h"

namespace s2s::auth {

// Who signs in where, and how (--sign-in, --client-id, --tenant).
struct SignInSettings {
    enum class Flow {
        Browser,
        DeviceCode
    };
    Flow flow = Flow::Browser;
    QString clientId = constants::defaultClientId;
    // --tenant; when empty, the session's tenant once it has one, else "organizations".
    QString tenant;
    QString scopes = constants::delegatedScopes;
    std::chrono::milliseconds browserTimeout{std::chrono::minutes(5)};
    std::chrono::milliseconds slowDownStep{std::chrono::seconds(5)}; // RFC 8628 slow_down
    // RFC 8628's polling interval when the device code answer has none (or 0, or a negative one).
    std::chrono::milliseconds defaultPollInterval{std::chrono::seconds(5)};
};

// What sign-in needs from the front end: the app passes QDesktopServices::openUrl, the lab an
// HTTP client that follows the redirects, headless a console printer for the device-code message.
struct SignInUi {
    std::function<void(const QUrl &)> openBrowser;
    std::function<void(const QString &)> showMessage;
    // The interactive prompt that showMessage gave is over (signed in, refused or timed out):
    // the GUI takes the "sign in in the browser" text away so it does not linger after sign-in.
    std::function<void()> promptDone;
};

// <login>/<tenant>/oauth2/v2.0/<leaf>: authorize, token, devicecode.
QUrl oauthUrl(const QUrl &login, const QString &tenant, const QString &leaf);

} // namespace s2s::auth
