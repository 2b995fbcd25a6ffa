#include "FarmWrites.h"

#include "farm/FarmOps.h"

namespace s2s {

QCoro::Task<Status> setFarmRealm(FarmBackend &farm, QString realm)
{
    return farm.call<SetRealmOp>(std::move(realm));
}

QString setFarmRealmCommand(const QString &realm)
{
    return SetRealmOp::command({realm});
}

QCoro::Task<Status> setAllowOAuthOverHttp(FarmBackend &farm, bool allow)
{
    return farm.call<SetAllowOAuthOverHttpOp>(allow);
}

QString setAllowOAuthOverHttpCommand(bool allow)
{
    return SetAllowOAuthOverHttpOp::command({allow});
}

} // namespace s2s
