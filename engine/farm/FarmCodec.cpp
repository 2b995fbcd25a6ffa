#include "FarmCodec.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace s2s::farm_codec {
namespace {

QString iso(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

thread_local FieldCheck *currentCheck = nullptr;

// json[key] when it has the type `is` asks for; noted as missing otherwise.
QJsonValue field(const QJsonValue &json, const QString &key, bool (QJsonValue::*is)() const)
{
    const QJsonValue value = json[key];
    if (!(value.*is)()) {
        FieldCheck::note(key);
        return {};
    }
    return value;
}

} // namespace

FieldCheck::FieldCheck()
    : m_outer(currentCheck)
{
    currentCheck = this;
}

FieldCheck::~FieldCheck()
{
    currentCheck = m_outer;
}

void FieldCheck::note(const QString &field)
{
    if (currentCheck && currentCheck->m_missing.isEmpty())
        currentCheck->m_missing = field;
}

QString requiredText(const QJsonValue &json, const QString &key)
{
    return field(json, key, &QJsonValue::isString).toString();
}

QString requiredNonEmpty(const QJsonValue &json, const QString &key)
{
    const QString text = requiredText(json, key);
    if (text.isEmpty())
        FieldCheck::note(key);
    return text;
}

bool requiredFlag(const QJsonValue &json, const QString &key)
{
    return field(json, key, &QJsonValue::isBool).toBool();
}

int requiredInt(const QJsonValue &json, const QString &key)
{
    const QJsonValue value = field(json, key, &QJsonValue::isDouble);
    if (value.isDouble() && value.toDouble() != double(value.toInt()))
        FieldCheck::note(key);
    return value.toInt();
}

QJsonArray requiredArray(const QJsonValue &json, const QString &key)
{
    return field(json, key, &QJsonValue::isArray).toArray();
}

QJsonValue requiredObject(const QJsonValue &json, const QString &key)
{
    return field(json, key, &QJsonValue::isObject);
}

QDateTime requiredDate(const QJsonValue &json, const QString &key)
{
    const QDateTime time = QDateTime::fromString(requiredText(json, key), Qt::ISODate);
    if (!time.isValid())
        FieldCheck::note(key);
    return time;
}

Error incompleteAnswer(const QString &op, const QString &field)
{
    return Error{u"backend.farm-protocol"_s,
                 QCoreApplication::translate("FarmCodec", "The farm host's answer to %1 has no valid %2; "
                                                          "it is refused rather than read as a default.")
                     .arg(op, field),
                 {},
                 QCoreApplication::translate("FarmCodec", "The host script does not match this wizard or "
                                                          "has a defect: use the FarmHost.ps1 shipped with "
                                                          "this version of the wizard."),
                 ErrorKind::Backend};
}

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
    return {requiredText(json, u"host"_s), requiredText(json, u"sharepoint"_s),
            requiredText(json, u"account"_s), requiredFlag(json, u"farmAdmin"_s),
            requiredFlag(json, u"elevated"_s)};
}

QJsonObject toJson(const ServerInfo &value)
{
    return {{u"name"_s, value.name}, {u"role"_s, value.role}};
}

ServerInfo server(const QJsonValue &json)
{
    return {requiredNonEmpty(json, u"name"_s), requiredText(json, u"role"_s)};
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
    WebApplicationInfo info{requiredNonEmpty(json, u"url"_s),
                            requiredText(json, u"name"_s),
                            requiredFlag(json, u"hasRootSite"_s),
                            {}};
    for (const QJsonValue &zone : requiredArray(json, u"zones"_s))
        info.zones.append({requiredNonEmpty(zone, u"zone"_s), requiredNonEmpty(zone, u"url"_s)});
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
    return {requiredText(json, u"displayName"_s), requiredFlag(json, u"windowsAuthentication"_s),
            !requiredFlag(json, u"disableKerberos"_s), requiredFlag(json, u"claimsBased"_s)};
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
    return {requiredNonEmpty(json, u"thumbprint"_s).toUpper(),
            requiredText(json, u"subject"_s),
            requiredDate(json, u"notBefore"_s),
            requiredDate(json, u"notAfter"_s),
            requiredInt(json, u"keyBits"_s),
            requiredText(json, u"keyAlgorithm"_s),
            QByteArray::fromBase64(requiredNonEmpty(json, u"rawData"_s).toLatin1())};
}

QJsonObject toJson(const StsConfigInfo &value)
{
    return {{u"allowOAuthOverHttp"_s, value.allowOAuthOverHttp},
            {u"signingCertificate"_s, toJson(value.signingCertificate)}};
}

StsConfigInfo stsConfig(const QJsonValue &json)
{
    return {requiredFlag(json, u"allowOAuthOverHttp"_s),
            certificate(requiredObject(json, u"signingCertificate"_s))};
}

QJsonObject toJson(const AppPrincipalInfo &value)
{
    return {{u"displayName"_s, value.displayName},
            {u"nameIdentifier"_s, value.nameIdentifier},
            {u"site"_s, value.site}};
}

AppPrincipalInfo appPrincipal(const QJsonValue &json)
{
    return {requiredText(json, u"displayName"_s), requiredNonEmpty(json, u"nameIdentifier"_s),
            requiredText(json, u"site"_s)};
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
    return {requiredNonEmpty(json, u"id"_s),
            requiredText(json, u"name"_s),
            requiredText(json, u"typeName"_s),
            requiredText(json, u"status"_s),
            requiredText(json, u"metadataEndpointUri"_s),
            requiredFlag(json, u"inDefaultGroup"_s),
            requiredText(json, u"fullTypeName"_s)};
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
    return {requiredNonEmpty(json, u"name"_s), requiredText(json, u"registeredIssuerName"_s),
            requiredText(json, u"metadataEndpoint"_s), requiredFlag(json, u"isSelfIssuer"_s)};
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
    // What the check decides on is required; the claims and the refusal's text stay optional.
    answer.encoding = requiredText(json, u"encoding"_s);
    answer.httpStatus = requiredInt(json, u"httpStatus"_s);
    answer.accepted = requiredFlag(json, u"accepted"_s);
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
