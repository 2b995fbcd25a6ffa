#include "FarmCodec.h"

using namespace Qt::StringLiterals;

namespace s2s::farm_codec {
namespace {

QString iso(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QDateTime date(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODate);
}

} // namespace

QJsonObject toJson(const HostInfo &value)
{
    return {{u"host"_s, value.powershellVersion},
            {u"sharepoint"_s, value.sharepointBuild},
            {u"account"_s, value.account},
            {u"farmAdmin"_s, value.farmAdmin},
            {u"elevated"_s, value.elevated}};
}

HostInfo hostInfo(const QJsonValue &json)
{
    return {json[u"host"].toString(), json[u"sharepoint"].toString(), json[u"account"].toString(),
            json[u"farmAdmin"].toBool(), json[u"elevated"].toBool()};
}

QJsonObject toJson(const ServerInfo &value)
{
    return {{u"name"_s, value.name}, {u"role"_s, value.role}};
}

ServerInfo server(const QJsonValue &json)
{
    return {json[u"name"].toString(), json[u"role"].toString()};
}

QJsonObject toJson(const WebApplicationInfo &value)
{
    QJsonArray zones;
    for (const ZoneInfo &zone : value.zones)
        zones.append(QJsonObject{{u"zone"_s, zone.zone}, {u"url"_s, zone.url}});
    return {{u"url"_s, value.url},
            {u"name"_s, value.name},
            {u"hasRootSite"_s, value.hasRootSite},
            {u"zones"_s, zones}};
}

WebApplicationInfo webApplication(const QJsonValue &json)
{
    WebApplicationInfo info{
        json[u"url"].toString(), json[u"name"].toString(), json[u"hasRootSite"].toBool(), {}};
    for (const QJsonValue &zone : json[u"zones"].toArray())
        info.zones.append({zone[u"zone"].toString(), zone[u"url"].toString()});
    return info;
}

QJsonObject toJson(const AuthenticationProviderInfo &value)
{
    return {{u"displayName"_s, value.displayName},
            {u"windowsAuthentication"_s, value.windowsAuthentication},
            {u"disableKerberos"_s, !value.kerberos},
            {u"claimsBased"_s, value.claimsBased}};
}

AuthenticationProviderInfo authenticationProvider(const QJsonValue &json)
{
    return {json[u"displayName"].toString(), json[u"windowsAuthentication"].toBool(),
            !json[u"disableKerberos"].toBool(), json[u"claimsBased"].toBool()};
}

QJsonObject toJson(const CertificateInfo &value)
{
    return {{u"thumbprint"_s, value.thumbprint},
            {u"subject"_s, value.subject},
            {u"notBefore"_s, iso(value.notBefore)},
            {u"notAfter"_s, iso(value.notAfter)},
            {u"keyBits"_s, value.keyBits},
            {u"keyAlgorithm"_s, value.keyAlgorithm},
            {u"rawData"_s, QString::fromLatin1(value.der.toBase64())}};
}

CertificateInfo certificate(const QJsonValue &json)
{
    return {json[u"thumbprint"].toString().toUpper(),
            json[u"subject"].toString(),
            date(json[u"notBefore"]),
            date(json[u"notAfter"]),
            json[u"keyBits"].toInt(),
            json[u"keyAlgorithm"].toString(),
            QByteArray::fromBase64(json[u"rawData"].toString().toLatin1())};
}

QJsonObject toJson(const StsConfigInfo &value)
{
    return {{u"allowOAuthOverHttp"_s, value.allowOAuthOverHttp},
            {u"signingCertificate"_s, toJson(value.signingCertificate)}};
}

StsConfigInfo stsConfig(const QJsonValue &json)
{
    return {json[u"allowOAuthOverHttp"].toBool(), certificate(json[u"signingCertificate"])};
}

QJsonObject toJson(const AppPrincipalInfo &value)
{
    return {{u"displayName"_s, value.displayName},
            {u"nameIdentifier"_s, value.nameIdentifier},
            {u"site"_s, value.site}};
}

AppPrincipalInfo appPrincipal(const QJsonValue &json)
{
    return {json[u"displayName"].toString(), json[u"nameIdentifier"].toString(), json[u"site"].toString()};
}

QJsonObject toJson(const ServiceProxyInfo &value)
{
    return {{u"id"_s, value.id},
            {u"name"_s, value.name},
            {u"typeName"_s, value.typeName},
            {u"status"_s, value.status},
            {u"metadataEndpointUri"_s, value.metadataEndpointUri},
            {u"inDefaultGroup"_s, value.inDefaultGroup},
            {u"fullTypeName"_s, value.fullTypeName}};
}

ServiceProxyInfo proxy(const QJsonValue &json)
{
    return {json[u"id"].toString(),
            json[u"name"].toString(),
            json[u"typeName"].toString(),
            json[u"status"].toString(),
            json[u"metadataEndpointUri"].toString(),
            json[u"inDefaultGroup"].toBool(),
            json[u"fullTypeName"].toString()};
}

QJsonObject toJson(const TrustedIssuerInfo &value)
{
    return {{u"name"_s, value.name},
            {u"registeredIssuerName"_s, value.registeredIssuerName},
            {u"metadataEndpoint"_s, value.metadataEndpoint},
            {u"isSelfIssuer"_s, value.isSelfIssuer}};
}

TrustedIssuerInfo issuer(const QJsonValue &json)
{
    return {json[u"name"].toString(), json[u"registeredIssuerName"].toString(),
            json[u"metadataEndpoint"].toString(), json[u"isSelfIssuer"].toBool()};
}

QJsonObject toJson(const AcsTokenAnswer &value)
{
    QJsonArray codes;
    for (const int code : value.errorCodes)
        codes.append(code);
    return {{u"encoding"_s, value.encoding},
            {u"httpStatus"_s, value.httpStatus},
            {u"accepted"_s, value.accepted},
            {u"assertionX5t"_s, value.assertionX5t},
            {u"assertionIssuer"_s, value.assertionIssuer},
            {u"assertionAudience"_s, value.assertionAudience},
            {u"audience"_s, value.audience},
            {u"issuer"_s, value.issuer},
            {u"expires"_s, value.expires.isValid() ? value.expires.toUTC().toString(Qt::ISODate) : QString()},
            {u"claimNames"_s, QJsonArray::fromStringList(value.claimNames)},
            {u"error"_s, value.error},
            {u"errorDescription"_s, value.errorDescription},
            {u"errorCodes"_s, codes}};
}

AcsTokenAnswer acsTokenAnswer(const QJsonValue &json)
{
    AcsTokenAnswer answer;
    answer.encoding = json[u"encoding"].toString();
    answer.httpStatus = json[u"httpStatus"].toInt();
    answer.accepted = json[u"accepted"].toBool();
    answer.assertionX5t = json[u"assertionX5t"].toString();
    answer.assertionIssuer = json[u"assertionIssuer"].toString();
    answer.assertionAudience = json[u"assertionAudience"].toString();
    answer.audience = json[u"audience"].toString();
    answer.issuer = json[u"issuer"].toString();
    answer.expires = QDateTime::fromString(json[u"expires"].toString(), Qt::ISODate);
    for (const QJsonValue &name : json[u"claimNames"].toArray())
        answer.claimNames.append(name.toString());
    answer.error = json[u"error"].toString();
    answer.errorDescription = json[u"errorDescription"].toString();
    for (const QJsonValue &code : json[u"errorCodes"].toArray())
        answer.errorCodes.append(code.toInt());
    return answer;
}

QJsonObject toJson(const PfxData &value)
{
    return {{u"pfx"_s, QString::fromLatin1(value.bytes.toBase64())}, {u"password"_s, value.password}};
}

PfxData pfx(const QJsonValue &json)
{
    return {QByteArray::fromBase64(json[u"pfx"].toString().toLatin1()), json[u"password"].toString()};
}

QJsonObject toJson(const Error &error)
{
    return {{u"type"_s, u"S2S.LabError"_s},
            {u"message"_s, error.message},
            {u"category"_s, u"InvalidOperation"_s},
            {u"fqid"_s, error.code},
            {u"inner"_s, error.detail},
            {u"code"_s, error.code},
            {u"remedy"_s, error.remedy},
            // Our hosts' errors keep their kind across the pipe (a lab file the host cannot
            // read is a backend failure on this side too).
            {u"kind"_s, errorKindName(error.kind)}};
}

Error error(const QJsonObject &json)
{
    // Our own hosts send a stable code, a remedy and the detail as "inner"; the PowerShell host
    // sends the error record, whose fields are the detail a technician needs.
    const QString code = json.value(u"code").toString();
    if (!code.isEmpty())
        return {code, json.value(u"message").toString(), json.value(u"inner").toString(),
                json.value(u"remedy").toString(), errorKindFromName(json.value(u"kind").toString())};
    QStringList detail;
    for (const QString &key : {u"type"_s, u"category"_s, u"fqid"_s, u"inner"_s, u"errorDetails"_s})
        if (!json.value(key).toString().isEmpty())
            detail.append(u"%1: %2"_s.arg(key, json.value(key).toString()));
    // Every inner exception (the first one is "inner" above), then where the error was raised.
    const QJsonArray chain = json.value(u"innerChain").toArray();
    for (qsizetype i = 1; i < chain.size(); ++i)
        detail.append(u"inner: %1"_s.arg(chain.at(i).toString()));
    for (const QString &key : {u"position"_s, u"scriptStackTrace"_s})
        if (!json.value(key).toString().isEmpty())
            detail.append(u"%1:\n%2"_s.arg(key, json.value(key).toString()));
    return {u"farm.powershell"_s, json.value(u"message").toString(), detail.join(u'\n'),
            json.value(u"remedy").toString()};
}

} // namespace s2s::farm_codec
