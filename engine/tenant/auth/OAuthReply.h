#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <optional>

#include "tenant/auth/IdToken.h"
#include "tenant/http/HttpTypes.h"

namespace s2s::auth {

// What the token endpoint grants. The access token stays in memory; the refresh token goes to
// the secret store only.
struct TokenSet {
    QString accessToken;
    QString refreshToken;
    QStringList scopes; // "Application.ReadWrite.All", without the resource prefix
    QDateTime expiresAt;
    std::optional<IdClaims> id; // from the id_token; a refresh may omit it (the tenant stays)
};

// An answer of the token or devicecode endpoint: the JSON on success, else OAuth's error code
// (authorization_pending, slow_down, invalid_grant, ...) and description.
struct OAuthReply {
    QJsonObject json;
    QString error;
    QString description;
    bool ok() const { return error.isEmpty(); }
};

// The answer `response` of the token or devicecode endpoint read as OAuth's reply: its JSON, and
// OAuth's error, or http_<status> when a failed answer names none.
OAuthReply oauthReply(const http::Response &response);
// The granted tokens, or OAuth's refusal as an Error for `what` ("Sign-in", "Token refresh").
// The id_token, when present, must be for `clientId`.
Result<TokenSet> tokenSetFrom(const OAuthReply &reply, const QString &what, const QString &clientId);
// The admin-facing error for a refused sign-in step (`what`: "Sign-in", "Token refresh").
Error oauthError(const OAuthReply &reply, const QString &what);

} // namespace s2s::auth
