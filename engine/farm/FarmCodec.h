#pragma once

#include <QJsonArray>
#include <QJsonObject>

#include "core/Error.h"
#include "farm/FarmTypes.h"

namespace s2s::farm_codec {

// Farm objects as the host protocol carries them: strings, numbers and booleans only, dates as
// ISO 8601 UTC, bytes as base64 (POWERSHELL.md, "JSON in 5.1").
QJsonObject toJson(const HostInfo &value);
QJsonObject toJson(const ServerInfo &value);
QJsonObject toJson(const WebApplicationInfo &value);
QJsonObject toJson(const AuthenticationProviderInfo &value);
QJsonObject toJson(const CertificateInfo &value);
QJsonObject toJson(const StsConfigInfo &value);
QJsonObject toJson(const AppPrincipalInfo &value);
QJsonObject toJson(const ServiceProxyInfo &value);
QJsonObject toJson(const TrustedIssuerInfo &value);
QJsonObject toJson(const AcsTokenAnswer &value);
// {"pfx": base64, "password"}: request arguments only, never written anywhere else.
QJsonObject toJson(const PfxData &value);

template <typename T>
QJsonArray toJsonArray(const QList<T> &values)
{
    QJsonArray array;
    for (const T &value : values)
        array.append(toJson(value));
    return array;
}

// A host answer missing a required field is refused, never read as a default (an empty thumbprint
// would read as "needs an iisreset"). The decoders below read required fields through the
// required* functions, which note the first one missing (or of another type) in the innermost
// FieldCheck alive on this thread; farm_op::decodeResult turns it into a protocol error naming the
// operation and the field. Without a FieldCheck nothing is noted (the lab reads its own files so).
class FieldCheck {
public:
    FieldCheck();
    ~FieldCheck();
    FieldCheck(const FieldCheck &) = delete;
    FieldCheck &operator=(const FieldCheck &) = delete;

    // The first required field that was missing, or empty.
    const QString &missing() const { return m_missing; }
    static void note(const QString &field);

private:
    FieldCheck *m_outer = nullptr;
    QString m_missing;
};

// json[key] as a string (empty allowed), a non-empty string, a boolean, an integer, an array, an
// object, an ISO 8601 date; anything else is noted as missing and reads as the type's default.
QString requiredText(const QJsonValue &json, const QString &key);
QString requiredNonEmpty(const QJsonValue &json, const QString &key);
bool requiredFlag(const QJsonValue &json, const QString &key);
int requiredInt(const QJsonValue &json, const QString &key);
QJsonArray requiredArray(const QJsonValue &json, const QString &key);
QJsonValue requiredObject(const QJsonValue &json, const QString &key);
QDateTime requiredDate(const QJsonValue &json, const QString &key);

// The protocol error of an answer to `op` without a valid `field` (backend.farm-protocol).
Error incompleteAnswer(const QString &op, const QString &field);

HostInfo hostInfo(const QJsonValue &json);
ServerInfo server(const QJsonValue &json);
WebApplicationInfo webApplication(const QJsonValue &json);
AuthenticationProviderInfo authenticationProvider(const QJsonValue &json);
CertificateInfo certificate(const QJsonValue &json);
StsConfigInfo stsConfig(const QJsonValue &json);
AppPrincipalInfo appPrincipal(const QJsonValue &json);
ServiceProxyInfo proxy(const QJsonValue &json);
TrustedIssuerInfo issuer(const QJsonValue &json);
AcsTokenAnswer acsTokenAnswer(const QJsonValue &json);
PfxData pfx(const QJsonValue &json);

template <typename T>
QList<T> listOf(const QJsonValue &json, T (*read)(const QJsonValue &))
{
    if (!json.isArray())
        FieldCheck::note(QStringLiteral("(a list)"));
    QList<T> list;
    for (const QJsonValue &value : json.toArray())
        list.append(read(value));
    return list;
}

// A protocol error object {type, message, category, fqid, inner[, code, remedy]}.
QJsonObject toJson(const Error &error);
Error error(const QJsonObject &json);

} // namespace s2s::farm_codec
