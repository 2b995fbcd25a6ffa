#pragma once

// Web applications, their zones and how they authenticate.

#include "farm/FarmOp.h"

namespace s2s {

struct ListWebApplicationsOp : FarmOpDefaults {
    static constexpr QStringView name = u"webapps.list";
    using Args = NoArgs;
    using Result = QList<WebApplicationInfo>;
    static QString command(const Args & = {})
    {
        return QStringLiteral("Get-SPWebApplication | Select-Object Url, DisplayName; Get-SPAlternateURL");
    }
};

struct GetAuthenticationProviderOp : FarmOpDefaults {
    static constexpr QStringView name = u"webapp.authProvider";
    struct Args {
        QString webApplication;
        QString zone;
    };
    using Result = AuthenticationProviderInfo;
    static QJsonObject writeArgs(const Args &args)
    {
        return {{QStringLiteral("webApplication"), args.webApplication}, {QStringLiteral("zone"), args.zone}};
    }
    static Args readArgs(farm_op::ArgReader &in)
    {
        return {in.requiredText(QStringLiteral("webApplication")), in.requiredText(QStringLiteral("zone"))};
    }
    static QString command(const Args &args)
    {
        return QStringLiteral("Get-SPAuthenticationProvider -WebApplication %1 -Zone %2")
            .arg(farm_op::quote(args.webApplication), farm_op::quote(args.zone));
    }
};

using WebAppOps = FarmOpList<ListWebApplicationsOp, GetAuthenticationProviderOp>;

} // namespace s2s
