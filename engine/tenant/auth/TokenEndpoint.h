#pragma once

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QStringList>

#include "tenant/http/HttpClient.h"

namespace s2s::auth {

// What the token endpoint grants. The access token stays in memory; the refresh token goes to
// the secret store only.
struct TokenSet {
    QString accessToken;
    QString refreshToken;
    QStringList scopes; // "Application.ReadWrite.All", without the resource prefix
    QDateTime expiresAt;
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

// POSTs an application/x-www-form-urlencoded form; an Error only when no usable answer came.
QCoro::Task<Result<OAuthReply>> postForm(http::HttpClient &http, QUrl url, Form form);
// The granted tokens, or OAuth's refusal as an Error for `what` ("Sign-in", "Token refresh").
Result<TokenSet> tokenSetFrom(const OAuthReply &reply, const QString &what);
// The admin-facing error for a refused sign-in step (`what`: "Sign-in", "Token refresh").
Error oauthError(const OAuthReply &reply, const QString &what);

} // namespace s2s::auth
