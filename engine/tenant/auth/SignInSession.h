#pragma once

#include <optional>

#include "secrets/SecretStore.h"
#include "tenant/auth/AccessTokenSource.h"
#include "tenant/auth/SignInSettings.h"
#include "tenant/auth/TokenEndpoint.h"

namespace s2s::auth {

// What a sign-in granted: the Graph scopes and who signed in where.
struct SignedIn {
    QStringList scopes;
    IdClaims id;
};

// The signed-in state of one run: the access token in memory only, the refresh token in the
// secret store under a key namespaced by login host, tenant id and client, so a later run of the
// same session signs in silently until "sign out" removes it.
//
// Bound to a tenant (the session's, once it has one), it signs in at that tenant's authority
// instead of "organizations", and every sign-in and renewal must come back with that tenant (tid):
// a token of another tenant is dropped before any Graph call can use it.
class SignInSession final : public AccessTokenSource {
public:
    SignInSession(http::HttpClient &http, QUrl login, SignInSettings settings, SignInUi ui,
                  secrets::SecretStore &secrets);

    void bindTenant(const QString &tenantId);
    const QString &boundTenant() const { return m_boundTenant; }
    // Where sign-in goes: --tenant when given, else the bound tenant, else "organizations".
    QString authority() const;

    // The stored refresh token of the bound tenant when it still works, else the interactive flow.
    QCoro::Task<Result<SignedIn>> signIn();
    // Forgets the tokens and removes the stored refresh token.
    QCoro::Task<Status> signOut();
    bool isSignedIn() const { return m_tokens.has_value(); }
    QString secretKey(const QString &tenant) const;

    QCoro::Task<Result<QString>> accessToken() override;
    QCoro::Task<Result<QString>> renewAccessToken() override;

private:
    QCoro::Task<Result<TokenSet>> redeemRefreshToken(QString refreshToken);
    QCoro::Task<Result<TokenSet>> signInInteractively();
    // The bound tenant's refusal of the account, or a token of another tenant, as one error.
    Status checkTenant(const TokenSet &tokens) const;
    Error wrongTenant(const Error &refused) const;
    // Holds `tokens` for this run (a refresh that omits the id_token keeps the known tenant).
    void hold(TokenSet tokens);
    // Keeps the held refresh token in the secret store, under its tenant.
    QCoro::Task<void> keepRefreshToken();
    // The tenant of the tokens held, "" when none.
    QString heldTenant() const;
    // Whose stored refresh token a sign-in may try first: the bound tenant, else --tenant when it
    // is a tenant id.
    QString silentTenant() const;

    http::HttpClient &m_http;
    QUrl m_login;
    SignInSettings m_settings;
    SignInUi m_ui;
    secrets::SecretStore &m_secrets;
    QString m_boundTenant;
    std::optional<TokenSet> m_tokens;
};

} // namespace s2s::auth
