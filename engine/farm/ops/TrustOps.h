#pragma once

// The farm's trust in ACS: service application proxies and trusted token issuers.

#include "farm/FarmOp.h"

namespace s2s {

struct ListProxiesOp : FarmOpDefaults {
    static constexpr QStringView name = u"proxies.list";
    using Args = NoArgs;
    using Result = QList<ServiceProxyInfo>;
    static QString command(const Args & = {}) { return QStringLiteral("Get-SPServiceApplicationProxy"); }
};

struct NewAcsProxyOp : FarmOpDefaults {
    static constexpr QStringView name = u"acsProxy.new";
    struct Args {
        QString name;
        QString metadataEndpoint;
        bool defaultProxyGroup = true;
    };
    using Result = ServiceProxyInfo;
    static QJsonObject writeArgs(const Args &args)
    {
        return {{QStringLiteral("name"), args.name},
                {QStringLiteral("metadataEndpoint"), args.metadataEndpoint},
                {QStringLiteral("defaultProxyGroup"), args.defaultProxyGroup}};
    }
    static Args readArgs(farm_op::ArgReader &in)
    {
        return {in.requiredText(QStringLiteral("name")), in.requiredText(QStringLiteral("metadataEndpoint")),
                in.optionalFlag(QStringLiteral("defaultProxyGroup"))};
    }
    static QString command(const Args &args)
    {
        return QStringLiteral("New-SPAzureAccessControlServiceApplicationProxy -Name %1 "
                              "-MetadataServiceEndpointUri %2%3")
            .arg(farm_op::quote(args.name), farm_op::quote(args.metadataEndpoint),
                 args.defaultProxyGroup ? QStringLiteral(" -DefaultProxyGroup") : QString());
    }
};

struct ListTrustedIssuersOp : FarmOpDefaults {
    static constexpr QStringView name = u"issuers.list";
    using Args = NoArgs;
    using Result = QList<TrustedIssuerInfo>;
    static QString command(const Args & = {}) { return QStringLiteral("Get-SPTrustedSecurityTokenIssuer"); }
};

struct NewTrustedIssuerOp : FarmOpDefaults {
    static constexpr QStringView name = u"issuer.new";
    struct Args {
        QString name;
        QString metadataEndpoint;
        bool isTrustBroker = true;
    };
    using Result = TrustedIssuerInfo;
    static QJsonObject writeArgs(const Args &args)
    {
        return {{QStringLiteral("name"), args.name},
                {QStringLiteral("metadataEndpoint"), args.metadataEndpoint},
                {QStringLiteral("isTrustBroker"), args.isTrustBroker}};
    }
    static Args readArgs(farm_op::ArgReader &in)
    {
        return {in.requiredText(QStringLiteral("name")), in.requiredText(QStringLiteral("metadataEndpoint")),
                in.optionalFlag(QStringLiteral("isTrustBroker"))};
    }
    static QString command(const Args &args)
    {
        return QStringLiteral("New-SPTrustedSecurityTokenIssuer -MetadataEndpoint %1 "
                              "-IsTrustBroker:%2 -Name %3")
            .arg(farm_op::quote(args.metadataEndpoint), farm_op::literal(args.isTrustBroker),
                 farm_op::quote(args.name));
    }
};

using TrustOps = FarmOpList<ListProxiesOp, NewAcsProxyOp, ListTrustedIssuersOp, NewTrustedIssuerOp>;

} // namespace s2s
