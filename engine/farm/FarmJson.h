#pragma once

#include <QJsonArray>
#include <QJsonValue>

#include "core/Error.h"
#include "farm/FarmCodec.h"
#include "farm/FarmTypes.h"

namespace s2s {

// The JSON form of an operation's result as the host protocol carries it: farm objects through
// FarmCodec, lists as arrays, plain values as themselves.
template <typename T>
struct FarmJson;

template <typename T, T (*Read)(const QJsonValue &)>
struct FarmObjectJson {
    static QJsonValue write(const T &value) { return farm_codec::toJson(value); }
    static T read(const QJsonValue &json) { return Read(json); }
};

template <>
struct FarmJson<Unit> {
    static QJsonValue write(const Unit &) { return {}; }
    static Unit read(const QJsonValue &) { return {}; }
};

template <>
struct FarmJson<bool> {
    static QJsonValue write(bool value) { return value; }
    static bool read(const QJsonValue &json)
    {
        if (!json.isBool())
            farm_codec::FieldCheck::note(QStringLiteral("(a boolean)"));
        return json.toBool();
    }
};

template <>
struct FarmJson<QString> {
    static QJsonValue write(const QString &value) { return value; }
    static QString read(const QJsonValue &json)
    {
        if (!json.isString())
            farm_codec::FieldCheck::note(QStringLiteral("(a string)"));
        return json.toString();
    }
};

template <typename T>
struct FarmJson<QList<T>> {
    static QJsonValue write(const QList<T> &values)
    {
        QJsonArray array;
        for (const T &value : values)
            array.append(FarmJson<T>::write(value));
        return array;
    }
    static QList<T> read(const QJsonValue &json) { return farm_codec::listOf<T>(json, &FarmJson<T>::read); }
};

template <>
struct FarmJson<HostInfo> : FarmObjectJson<HostInfo, farm_codec::hostInfo> {};
template <>
struct FarmJson<ServerInfo> : FarmObjectJson<ServerInfo, farm_codec::server> {};
template <>
struct FarmJson<WebApplicationInfo> : FarmObjectJson<WebApplicationInfo, farm_codec::webApplication> {};
template <>
struct FarmJson<AuthenticationProviderInfo>
    : FarmObjectJson<AuthenticationProviderInfo, farm_codec::authenticationProvider> {};
template <>
struct FarmJson<CertificateInfo> : FarmObjectJson<CertificateInfo, farm_codec::certificate> {};
template <>
struct FarmJson<StsConfigInfo> : FarmObjectJson<StsConfigInfo, farm_codec::stsConfig> {};
template <>
struct FarmJson<AppPrincipalInfo> : FarmObjectJson<AppPrincipalInfo, farm_codec::appPrincipal> {};
template <>
struct FarmJson<ServiceProxyInfo> : FarmObjectJson<ServiceProxyInfo, farm_codec::proxy> {};
template <>
struct FarmJson<TrustedIssuerInfo> : FarmObjectJson<TrustedIssuerInfo, farm_codec::issuer> {};
template <>
struct FarmJson<AcsTokenAnswer> : FarmObjectJson<AcsTokenAnswer, farm_codec::acsTokenAnswer> {};

} // namespace s2s
