#pragma once

#include <QCoro/QCoroTask>

#include "farm/FarmBackend.h"

namespace s2s {

// Farm changes that a setup step makes and a removal undoes, with the command text their plans
// show: each operation stays named in one step file.

// Set-SPAuthenticationRealm (step 9; a removal sets the realm it replaced back).
QCoro::Task<Status> setFarmRealm(FarmBackend &farm, QString realm);
QString setFarmRealmCommand(const QString &realm);

// AllowOAuthOverHttp of the STS configuration (step 2; a removal turns it off again).
QCoro::Task<Status> setAllowOAuthOverHttp(FarmBackend &farm, bool allow);
QString setAllowOAuthOverHttpCommand(bool allow);

} // namespace s2s
