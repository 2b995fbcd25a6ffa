#pragma once

#include "lab/LabFarmFetch.h"
#include "lab/LabOperation.h"

namespace s2s::lab {

// The simulated farm's answer to every farm operation, on farm.json. It behaves like SharePoint
// where the checks depend on it: names collide, unreachable servers refuse remoting, the trusted
// issuer takes its name from the metadata document it fetches, and so on.
LabOperations labFarmOperations();

// What the farm host announces when it is ready (host and SharePoint versions, account).
Result<HostInfo> labHostInfo(const LabFarmContext &lab);

// How the lab farm reads a URL: only lab.allowedOrigins answer, or, when there are none, the lab
// tenant's own server (the lab has no internet); over HTTPS trusting only lab.tenantCaFile (the
// system's CAs when empty), and only with outbound HTTPS allowed.
QCoro::Task<Result<QByteArray>> fetchFromLabFarm(LabFarmContext lab, QString url);

// How the lab farm posts a form (trust.requestToken): the same reach as fetchFromLabFarm, no
// redirect followed, any HTTP answer a result.
QCoro::Task<Result<HttpAnswer>> postFromLabFarm(LabFarmContext lab, QString url, QByteArray body,
                                                QString contentType);

} // namespace s2s::lab
