#pragma once

// The farm's authentication realm.

#include "farm/FarmOp.h"

namespace s2s {

struct GetRealmOp : FarmOpDefaults {
    static constexpr QStringView name = u"realm.get";
    using Args = NoArgs;
    using Result = QString;
    static QString command(const Args & = {}) { return QStringLiteral("Get-SPAuthenticationRealm"); }
};

struct SetRealmOp : FarmOpDefaults {
    static constexpr QStringView name = u"realm.set";
    struct Args {
        QString realm;
    };
    using Result = Unit;
    static QJsonObject writeArgs(const Args &args) { return {{QStringLiteral("realm"), args.realm}}; }
    static Args readArgs(farm_op::ArgReader &in) { return {in.requiredText(QStringLiteral("realm"))}; }
    static QString command(const Args &args)
    {
        return QStringLiteral("Set-SPAuthenticationRealm -Realm ") + farm_op::quote(args.realm);
    }
};

using RealmOps = FarmOpList<GetRealmOp, SetRealmOp>;

} // namespace s2s
