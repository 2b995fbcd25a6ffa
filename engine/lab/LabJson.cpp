#include "LabJson.h"

#include <QUrl>
#include <QUuid>

#include "core/Constants.h"
#include "crypto/Certificate.h"
#include "crypto/Jwt.h"

using namespace Qt::StringLiterals;

namespace s2s::lab {

QJsonObject keyCredentialJson(const QString &keyBase64, const QString &displayName)
{
    QJsonObject json{{u"keyId"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                     {u"type"_s, u"AsymmetricX509Cert"_s},
                     {u"usage"_s, u"Verify"_s},
                     {u"key"_s, keyBase64},
                     {u"displayName"_s, displayName}};
    const auto certificate = certificateFromBase64(keyBase64);
    if (certificate) {
        json.insert(u"customKeyIdentifier"_s,
                    QString::fromLatin1(QByteArray::fromHex(certificate->thumbprint.toLatin1()).toBase64()));
        json.insert(u"startDateTime"_s, certificate->notBefore.toString(Qt::ISODate));
        json.insert(u"endDateTime"_s, certificate->notAfter.toString(Qt::ISODate));
        if (displayName.isEmpty())
            json.insert(u"displayName"_s, certificate->subject);
    }
    return json;
}

Result<CertificateInfo> certificateFromBase64(const QString &base64)
{
    return crypto::inspectDer(QByteArray::fromBase64(base64.toLatin1()));
}

QJsonObject acsMetadataDocument(const QJsonObject &tenant, const QString &tokenEndpoint,
                                const QByteArray &signingCertificateDer)
{
    const QString tenantId = tenant.value(u"tenantId").toString();
    // keyValue beside keyInfo, as in ACS's document and SharePoint's own (the JSON metadata
    // format New-SPTrustedSecurityTokenIssuer reads: keys[].keyValue.value).
    const QJsonObject signingKey{
        {u"usage"_s, u"signing"_s},
        {u"keyInfo"_s, QJsonObject{{u"x5t"_s, crypto::x5tOf(signingCertificateDer)}}},
        {u"keyValue"_s, QJsonObject{{u"type"_s, u"x509Certificate"_s},
                                    {u"value"_s, QString::fromLatin1(signingCertificateDer.toBase64())}}}};
    const QJsonObject oauth2{
        {u"location"_s, tokenEndpoint}, {u"protocol"_s, u"OAuth2"_s}, {u"usage"_s, u"issuance"_s}};
    return {{u"version"_s, u"1.0"_s},
            {u"realm"_s, tenantId},
            {u"name"_s, u"Microsoft Azure ACS"_s},
            {u"issuer"_s, constants::acsPrincipalPrefix + u"@"_s + tenantId},
            {u"allowedAudiences"_s, QJsonArray{constants::acsPrincipalPrefix +
                                               u"/accounts.accesscontrol.windows.net@"_s + tenantId}},
            {u"keys"_s, QJsonArray{signingKey}},
            {u"endpoints"_s, QJsonArray{oauth2}}};
}

int indexOf(const QJsonArray &array, const QString &key, const QString &value)
{
    for (int i = 0; i < array.size(); ++i)
        if (array.at(i).toObject().value(key).toString().compare(value, Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

} // namespace s2s::lab
