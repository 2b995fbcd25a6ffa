#pragma once

#include <QCoro/QCoroTask>

#include <optional>

#include "farm/FarmBackend.h"

namespace s2s {

// What the welcome page shows of the farm before the setup starts: the host the wizard runs on
// (its account, farm administrator, elevated, SharePoint build) and the farm's servers. Reads only.
struct FarmOverview {
    std::optional<HostInfo> host;
    std::optional<QList<ServerInfo>> servers;
    std::optional<Error> error; // the first read that failed
};
QCoro::Task<FarmOverview> readFarmOverview(FarmBackend &farm);

// The SharePoint product a farm build number belongs to ("16.0.17928.20238": SharePoint Server
// Subscription Edition); empty when the build is not one the wizard knows.
QString sharepointProduct(const QString &build);

// Whether the farm signs with a dedicated STS certificate, not the one SharePoint made when the
// farm was created (subject CN=SharePoint Security Token Service), that passes every check of
// step 3 as it stands: every SharePoint server's running STS publishes it, its RSA key has 2048
// bits or more, and it stays valid more than `warnDays` days. Reads only; false when a read fails.
QCoro::Task<bool> runsFittingDedicatedStsCertificate(FarmBackend &farm, int warnDays);

} // namespace s2s
