#include "OAuthReply.h"

#include <QCoreApplication>

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace s2s::auth {
namespace {

// "https://graph.microsoft.com/Application.ReadWrite.All" -> "Application.ReadWrite.All".
QStringList normalizedScopes(const QString &scope)
{
    QStringList scopes;
    for (const QString &item : scope.split(u' ', Qt::SkipEmptyParts))
        scopes.append(item.section(u'/', -1));
    return scopes;
}

} // namespace

OAuthReply oauthReply(const http::Response &response)
{
    const QJsonObject json = QJsonDocument::fromJson(response.body).object();
    OAuthReply reply{json, json.value(u"error").toString(), json.value(u"error_description").toString()};
    if (!response.isSuccess() && reply.error.isEmpty()) {
        reply.error = u"http_%1"_s.arg(response.status);
        reply.description = QString::fromUtf8(response.body.left(300)).simplified();
    }
    return reply;
}

Result<TokenSet> tokenSetFrom(const OAuthReply &reply, const QString &what, const QString &clientId)
{
    if (!reply.ok())
        return oauthError(reply, what);
    TokenSet tokens{reply.json.value(u"access_token").toString(),
                    reply.json.value(u"refresh_token").toString(),
                    normalizedScopes(reply.json.value(u"scope").toString()),
                    QDateTime::currentDateTimeUtc().addSecs(reply.json.value(u"expires_in").toInteger(3600))};
    if (const QString idToken = reply.json.value(u"id_token").toString(); !idToken.isEmpty()) {
        auto claims = readIdToken(idToken, clientId);
        if (!claims)
            return claims.error();
        tokens.id = *claims;
    }
    if (tokens.accessToken.isEmpty())
        return Error{
            u"tenant.sign-in"_s,
            QCoreApplication::translate("SignIn", "The token endpoint granted no access token."),
            {},
            QCoreApplication::translate(
                "SignIn", "Check that --endpoints points at a Microsoft identity platform endpoint.")};
    return tokens;
}

namespace {

int aadstsCode(const OAuthReply &reply)
{
    const QJsonArray codes = reply.json.value(u"error_codes").toArray();
    if (!codes.isEmpty())
        return codes.first().toInt();
    static const QRegularExpression prefix(u"AADSTS(\\d+)"_s);
    return prefix.match(reply.description).captured(1).toInt();
}

QString oauthRemedy(const OAuthReply &reply)
{
    const int aadsts = aadstsCode(reply);
    // Conditional Access: device code is often blocked by policy, the browser on a compliant
    // device is not.
    if (aadsts == 53003 || aadsts == 53000 || aadsts == 53001)
        return QCoreApplication::translate(
            "SignIn", "Conditional Access blocked this sign-in. Sign in with the browser "
                      "(--sign-in browser) on a device that meets your organization's policies; "
                      "device code sign-in is often blocked on purpose. Your Entra administrator "
                      "finds the policy in the sign-in logs by the correlation id above.");
    // Multi-factor authentication or another interactive prompt is due: no silent renewal.
    if (reply.error == u"interaction_required" || aadsts == 50076 || aadsts == 50079 || aadsts == 50158)
        return QCoreApplication::translate(
            "SignIn", "Microsoft Entra ID needs you to sign in interactively (multi-factor "
                      "authentication or another prompt). Run the sign-in step again and finish "
                      "the prompt in the browser, with the account that administers the tenant; "
                      "on a server without a browser use --sign-in device-code and complete it "
                      "on another device.");
    // Consent missing (Entra answers it as invalid_grant on a token request).
    if (aadsts == 65001 || aadsts == 90094 || aadsts == 90095 ||
        reply.json.value(u"suberror").toString() == u"consent_required")
        return QCoreApplication::translate(
            "SignIn", "The sign-in client lacks consent for the permissions the wizard asks for. "
                      "A Cloud Application Administrator, Application Administrator or Privileged "
                      "Role Administrator grants admin consent to them for the client (Entra admin "
                      "center > Enterprise applications > the client > Permissions), then sign in "
                      "again.");
    if (reply.error == u"invalid_grant")
        return QCoreApplication::translate(
            "SignIn", "The stored sign-in expired or was revoked (password change, revoked "
                      "sessions, or a new policy): sign in again. To use another account, sign "
                      "out first.");
    if (reply.error == u"authorization_declined")
        return QCoreApplication::translate(
            "SignIn", "The sign-in was declined on the sign-in page. Run the step again and "
                      "approve it with the account that administers the tenant.");
    if (reply.error == u"invalid_client" || aadsts == 7000218)
        return QCoreApplication::translate(
            "SignIn", "The sign-in client (--client-id) is not a public client: in its app "
                      "registration, turn on Authentication > Allow public client flows, or use "
                      "the default client.");
    return QCoreApplication::translate(
        "SignIn", "Sign in again; if it keeps failing, check the client id (--client-id), the "
                  "tenant (--tenant) and that public client flows are enabled for the client.");
}

} // namespace

Error oauthError(const OAuthReply &reply, const QString &what)
{
    return Error{u"tenant.sign-in."_s + reply.error,
                 QCoreApplication::translate("SignIn", "%1 refused: %2 (%3)")
                     .arg(what, reply.description, reply.error),
                 {},
                 oauthRemedy(reply)};
}

} // namespace s2s::auth
