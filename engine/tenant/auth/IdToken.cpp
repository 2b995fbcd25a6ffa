#include "IdToken.h"

#include <QCoreApplication>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace s2s::auth {
namespace {

Error badIdToken(const QString &why)
{
    return Error{u"tenant.sign-in.id-token"_s,
                 QCoreApplication::translate("SignIn", "The sign-in returned no usable id_token: %1")
                     .arg(why),
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
    IdClaims read{claims.value(u"tid").toString(), claims.value(u"oid").toString(),
                  claims.value(u"preferred_username").toString(), std::nullopt};
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
