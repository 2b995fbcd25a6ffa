#pragma once

// Taking the hybrid trust down (--remove): the farm objects the wizard created, removed by the
// identity it recorded when it created them. Each fails when the object is not there: the engine
// reads first and removes only what it finds.

#include "farm/FarmOp.h"

namespace s2s {

// Remove-SPServiceApplicationProxy prompts by default (ConfirmImpact High): -Confirm:$false.
struct RemoveAcsProxyOp : FarmOpDefaults {
    static constexpr QStringView name = u"acsProxy.remove";
    struct Args {
        QString id; // the proxy's Id (a GUID), as proxies.list returns it
    };
    using Result = Unit;
    static QJsonObject writeArgs(const Args &args) { return {{QStringLiteral("id"), args.id}}; }
    static Args readArgs(farm_op::ArgReader &in) { return {in.requiredText(QStringLiteral("id"))}; }
    static QString command(const Args &args)
    {
        return QStringLiteral("Remove-SPServiceApplicationProxy -Identity %1 -Confirm:$false")
            .arg(farm_op::quote(args.id));
    }
};

// Remove-SPTrustedSecurityTokenIssuer prompts by default (ConfirmImpact High): -Confirm:$false.
struct RemoveTrustedIssuerOp : FarmOpDefaults {
    static constexpr QStringView name = u"issuer.remove";
    struct Args {
        QString name;
    };
    using Result = Unit;
    static QJsonObject writeArgs(const Args &args) { return {{QStringLiteral("name"), args.name}}; }
    static Args readArgs(farm_op::ArgReader &in) { return {in.requiredText(QStringLiteral("name"))}; }
    static QString command(const Args &args)
    {
        return QStringLiteral("Remove-SPTrustedSecurityTokenIssuer -Identity %1 -Confirm:$false")
            .arg(farm_op::quote(args.name));
    }
};

// No cmdlet removes an app principal: SPAppPrincipalManager.DeleteAppPrincipal does.
struct RemoveAppPrincipalOp : FarmOpDefaults {
    static constexpr QStringView name = u"appPrincipal.remove";
    struct Args {
        QString site;
        QString nameIdentifier;
    };
    using Result = Unit;
    static QJsonObject writeArgs(const Args &args)
    {
        return {{QStringLiteral("site"), args.site}, {QStringLiteral("nameIdentifier"), args.nameIdentifier}};
    }
    static Args readArgs(farm_op::ArgReader &in)
    {
        return {in.requiredText(QStringLiteral("site")), in.requiredText(QStringLiteral("nameIdentifier"))};
    }
    static QString command(const Args &args)
    {
        return QStringLiteral("$web = (Get-SPSite %1).RootWeb; "
                              "$principal = Get-SPAppPrincipal -Site $web -NameIdentifier %2; "
                              "[Microsoft.SharePoint.SPAppPrincipalManager]::GetManager($web)"
                              ".DeleteAppPrincipal($principal)")
            .arg(farm_op::quote(args.site), farm_op::quote(args.nameIdentifier));
    }
};

using RemovalOps = FarmOpList<RemoveAcsProxyOp, RemoveTrustedIssuerOp, RemoveAppPrincipalOp>;

} // namespace s2s
