#include "TokenEndpoint.h"

#include <QCoreApplication>

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace s2s::auth {
namespace {

QByteArray encodeForm(const Form &form)
{
    QByteArray body;
    for (const auto &[name, value] : form) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

// "https://graph.microsoft.com/Application.ReadWrite.All" -> "Application.ReadWrite.All".
QStringList normalizedScopes(const QString &scope)
{
    QStringList scopes;
    for (const QString &item : scope.split(u' ', Qt::SkipEmptyParts))
        scopes.append(item.section(u'/', -1));
    return scopes;
}

} // namespace

QCoro::Task<Result<OAuthReply>> postForm(http::HttpClient &http, QUrl url, Form form)
{
    http::Request request;
    request.method = QByteArrayLiteral("POST");
    request.url = url;
    request.contentType = QByteArrayLiteral("application/x-www-form-urlencoded");
    request.body = encodeForm(form);
    const auto response = co_await http.send(request);
    if (!response)
        co_return response.error();
    const QJsonObject json = QJsonDocument::fromJson(response->body).object();
    OAuthReply reply{json, json.value(u"error").toString(),
                     json.value(u"error_description").toString()};
    if (!response->isSuccess() && reply.error.isEmpty()) {
        reply.error = u"http_%1"_s.arg(response->status);
        reply.description = QString::fromUtf8(response->body.left(300)).simplified();
    }
    co_return reply;
}

Result<TokenSet> tokenSetFrom(const OAuthReply &reply, const QString &what)
{
    if (!reply.ok())
        return oauthError(reply, what);
    TokenSet tokens{reply.json.value(u"access_token").toString(),
                    reply.json.value(u"refresh_token").toString(),
                    normalizedScopes(reply.json.value(u"scope").toString()),
                    QDateTime::currentDateTimeUtc().addSecs(
                        reply.json.value(u"expires_in").toInteger(3600))};
    if (tokens.accessToken.isEmpty())
        return Error{u"tenant.sign-in"_s, QCoreApplication::translate("SignIn", "The token endpoint granted no access token."), {},
                     QCoreApplication::translate("SignIn", "Check that --endpoints points at a Microsoft identity platform endpoint.")};
    return tokens;
}

Error oauthError(const OAuthReply &reply, const QString &what)
{
    QString remedy = QCoreApplication::translate("SignIn", "Sign in again; if it keeps failing, check the client id (--client-id), "
                     "the tenant (--tenant) and that public client flows are enabled for the "
                     "client.");
    if (reply.error == u"invalid_grant")
        remedy = QCoreApplication::translate("SignIn", "The stored sign-in expired or was revoked: sign in again.");
    return Error{u"tenant.sign-in."_s + reply.error,
                 QCoreApplication::translate("SignIn", "%1 refused: %2 (%3)").arg(what, reply.description, reply.error), {}, remedy};
}

} // namespace s2s::auth
