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
    QList<T> list;
    for (const QJsonValue &value : json.toArray())
        list.append(read(value));
    return list;
}

// A protocol error object {type, message, category, fqid, inner[, code, remedy]}.
QJsonObject toJson(const Error &error);
Error error(const QJsonObject &json);

} // namespace s2s::farm_codec
