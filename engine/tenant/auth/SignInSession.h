#pragma once

#include <optional>

#include "secrets/SecretStore.h"
#include "tenant/auth/AccessTokenSource.h"
#include "tenant/auth/SignInSettings.h"
#include "tenant/auth/TokenEndpoint.h"

namespace s2s::auth {

// The signed-in state of one run: the access token in memory only, the refresh token in the
// secret store under a key namespaced by login host, tenant and client, so a later run signs in
// silently until "sign out" removes it.
class SignInSession final : public AccessTokenSource {
public:
    SignInSession(http::HttpClient &http, QUrl login, SignInSettings settings, SignInUi ui,
                  secrets::SecretStore &secrets);

    // The stored refresh token when it still works, else the interactive flow of the settings.
    QCoro::Task<Result<QStringList>> signIn();
    // Forgets the tokens and removes the stored refresh token.
    QCoro::Task<Status> signOut();
    bool isSignedIn() const { return m_tokens.has_value(); }
    QString secretKey() const;

    QCoro::Task<Result<QString>> accessToken() override;
    QCoro::Task<Result<QString>> renewAccessToken() override;

private:
    QCoro::Task<Result<TokenSet>> redeemRefreshToken(QString refreshToken);
    QCoro::Task<void> adopt(TokenSet tokens);

    http::HttpClient &m_http;
    QUrl m_login;
    SignInSettings m_settings;
    SignInUi m_ui;
    secrets::SecretStore &m_secrets;
    std::optional<TokenSet> m_tokens;
};

} // namespace s2s::auth
