#pragma once

#include "tenant/auth/SignInSettings.h"
#include "tenant/auth/TokenEndpoint.h"

namespace s2s::auth {

// Authorization code + PKCE (S256): opens `authorize` in the browser with a loopback redirect,
// then redeems the code with the verifier.
QCoro::Task<Result<TokenSet>> signInWithBrowser(http::HttpClient &http, QUrl login, SignInSettings settings,
                                                SignInUi ui);

// Device code (RFC 8628): shows the message, then polls at the interval the server gives,
// slowing down when asked, until approved, refused or expired.
QCoro::Task<Result<TokenSet>> signInWithDeviceCode(http::HttpClient &http, QUrl login,
                                                   SignInSettings settings, SignInUi ui);

} // namespace s2s::auth
