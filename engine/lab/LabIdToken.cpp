#include "LabIdToken.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace s2s::lab {
namespace {

// The template id of the "User" role every member user holds (Entra's built-in roles reference).
const QString defaultUserRole = u"b79fbf4d-3ef9-4689-8143-76b194e85509"_s;

QString base64Url(const QByteArray &bytes)
{
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

QString labIdToken(const LabGrant &grant, const LabUser &user, bool emitsRoles, const QString &tenantId,
                   const QString &issuer)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QJsonObject header{{u"typ"_s, u"JWT"_s}, {u"alg"_s, u"none"_s}};
    QJsonObject claims{
        {u"aud"_s, grant.clientId},
        {u"iss"_s, issuer},
        {u"iat"_s, now},
        {u"nbf"_s, now},
        {u"exp"_s, now + 3600},
        // Pairwise per application as in Entra, so it is never mistaken for oid.
        {u"sub"_s,
         QUuid::createUuidV5(QUuid(user.id), grant.clientId.toLower()).toString(QUuid::WithoutBraces)},
        {u"tid"_s, tenantId},
        {u"ver"_s, u"2.0"_s}};
    // Entra puts these claims in an id_token only for the profile scope.
    if (grant.openId.contains(u"profile"_s)) {
        claims.insert(u"name"_s, user.displayName.isEmpty() ? user.userPrincipalName.section(u'@', 0, 0)
                                                            : user.displayName);
        claims.insert(u"oid"_s, user.id);
        claims.insert(u"preferred_username"_s, user.userPrincipalName);
    }
    // A registration that emits directory roles (groupMembershipClaims, or the wids optional
    // claim) puts the user's role template ids in `wids`; Entra adds the member users' default
    // "User" role to every one, so a wids that is not empty is no sign of an admin.
    if (emitsRoles)
        claims.insert(u"wids"_s,
                      QJsonArray::fromStringList(user.roleTemplateIds() + QStringList{defaultUserRole}));
    return base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + u'.' +
           base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact)) + u'.';
}

} // namespace s2s::lab
