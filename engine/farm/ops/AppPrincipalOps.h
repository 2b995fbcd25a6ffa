#pragma once

// App principals registered on a site.

#include "farm/FarmOp.h"

namespace s2s {

// Get-SPAppPrincipal -Site -NameIdentifier: zero or one principal.
struct GetAppPrincipalsOp : FarmOpDefaults {
    static constexpr QStringView name = u"appPrincipal.get";
    struct Args {
        QString site;
        QString nameIdentifier;
    };
    using Result = QList<AppPrincipalInfo>;
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
        return QStringLiteral("Get-SPAppPrincipal -Site (Get-SPSite %1).RootWeb -NameIdentifier %2")
            .arg(farm_op::quote(args.site), farm_op::quote(args.nameIdentifier));
    }
};

struct RegisterAppPrincipalOp : FarmOpDefaults {
    static constexpr QStringView name = u"appPrincipal.register";
    struct Args {
        QString site;
        QString nameIdentifier;
        QString displayName;
    };
    using Result = AppPrincipalInfo;
    static QJsonObject writeArgs(const Args &args)
    {
        return {{QStringLiteral("site"), args.site},
                {QStringLiteral("nameIdentifier"), args.nameIdentifier},
                {QStringLiteral("displayName"), args.displayName}};
    }
    static Args readArgs(farm_op::ArgReader &in)
    {
        return {in.requiredText(QStringLiteral("site")), in.requiredText(QStringLiteral("nameIdentifier")),
                in.requiredText(QStringLiteral("displayName"))};
    }
    static QString command(const Args &args)
    {
        return QStringLiteral("Register-SPAppPrincipal -Site (Get-SPSite %1).RootWeb "
                              "-NameIdentifier %2 -DisplayName %3")
            .arg(farm_op::quote(args.site), farm_op::quote(args.nameIdentifier),
                 farm_op::quote(args.displayName));
    }
};

using AppPrincipalOps = FarmOpList<GetAppPrincipalsOp, RegisterAppPrincipalOp>;

} // namespace s2s
