#include "IdToken.h"

#include <QCoreApplication>
#include <QDateTime>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace s2s::auth {
namespace {

Error badIdToken(const QString &why)
{
    return Error{
        u"tenant.sign-in.id-token"_s,
        QCoreApplication::translate("SignIn", "The sign-in returned no usable id_token: %1").arg(why),
        {},
        QCoreApplication::translate("SignIn", "Check that --endpoints points at a Microsoft "
                                              "identity platform endpoint and that the "
                                              "sign-in asked for the openid scope.")};
}

} // namespace

Result<IdClaims> readIdToken(const QString &idToken, const QString &clientId)
{
    const QStringList parts = idToken.split(u'.');
    if (parts.size() != 3)
        return badIdToken(QCoreApplication::translate("SignIn", "it is not a JSON Web Token."));
    const QByteArray payload = QByteArray::fromBase64(
        parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QJsonObject claims = QJsonDocument::fromJson(payload).object();
    if (claims.isEmpty())
        return badIdToken(QCoreApplication::translate("SignIn", "its claims are not JSON."));
    if (claims.value(u"aud").toString().compare(clientId, Qt::CaseInsensitive) != 0)
        return badIdToken(QCoreApplication::translate("SignIn", "it was issued to %1, not to the "
                                                                "sign-in client %2.")
                              .arg(claims.value(u"aud").toString(), clientId));
    // OpenID Connect Core 3.1.3.7 asks for exp even when TLS stands in for the signature.
    const qint64 expires = claims.value(u"exp").toInteger();
    if (expires > 0 && expires < QDateTime::currentSecsSinceEpoch() - 300)
        return badIdToken(QCoreApplication::translate("SignIn", "it has expired (check this "
                                                                "machine's clock)."));
    // The account's name: preferred_username (profile scope), else what else names it.
    QString name;
    for (const char *claim : {"preferred_username", "upn", "email", "oid"})
        if (name.isEmpty())
            name = claims.value(QLatin1String(claim)).toString();
    IdClaims read{claims.value(u"tid").toString(), claims.value(u"oid").toString(), name, std::nullopt};
    if (read.tenantId.isEmpty())
        return badIdToken(QCoreApplication::translate("SignIn", "it names no tenant (tid)."));
    if (claims.contains(u"wids")) {
        QStringList roles;
        for (const QJsonValue &role : claims.value(u"wids").toArray())
            roles.append(role.toString());
        read.directoryRoles = roles;
    }
    return read;
}

} // namespace s2s::auth
