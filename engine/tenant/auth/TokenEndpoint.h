#pragma once

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QStringList>

#include "tenant/auth/IdToken.h"
#include "tenant/http/HttpClient.h"

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

using Form = QList<QPair<QString, QString>>;

// Whether a failed POST may be sent again: an authorization code is single-use, so its redemption
// is never retried, even after 503/504 (the code may already be spent).
enum class Resend {
    OnThrottling,
    Never
};

// POSTs an application/x-www-form-urlencoded form; an Error only when no usable answer came.
// The form carries a grant (code, refresh token, device code): it never follows a redirect to
// another origin.
QCoro::Task<Result<OAuthReply>> postForm(http::HttpClient &http, QUrl url, Form form,
                                         Resend resend = Resend::OnThrottling);
// The granted tokens, or OAuth's refusal as an Error for `what` ("Sign-in", "Token refresh").
// The id_token, when present, must be for `clientId`.
Result<TokenSet> tokenSetFrom(const OAuthReply &reply, const QString &what, const QString &clientId);
// The admin-facing error for a refused sign-in step (`what`: "Sign-in", "Token refresh").
Error oauthError(const OAuthReply &reply, const QString &what);

} // namespace s2s::auth
