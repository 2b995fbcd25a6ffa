#pragma once

// Every farm operation: the contract between the C++ side and every host (the Windows PowerShell
// script and the lab host). A test keeps FarmHost.ps1's $S2SOperations in step with it.

#include "farm/ops/AppPrincipalOps.h"
#include "farm/ops/FarmLockOps.h"
#include "farm/ops/HostOps.h"
#include "farm/ops/RealmOps.h"
#include "farm/ops/RemovalOps.h"
#include "farm/ops/ServerCertificateOps.h"
#include "farm/ops/StsOps.h"
#include "farm/ops/TrustOps.h"
#include "farm/ops/TrustProofOps.h"
#include "farm/ops/WebAppOps.h"

namespace s2s {

template <typename... Lists>
struct JoinedFarmOps;

template <typename... Ops>
struct JoinedFarmOps<FarmOpList<Ops...>> {
    using type = FarmOpList<Ops...>;
};

template <typename... A, typename... B, typename... Rest>
struct JoinedFarmOps<FarmOpList<A...>, FarmOpList<B...>, Rest...>
    : JoinedFarmOps<FarmOpList<A..., B...>, Rest...> {};

using AllFarmOps = JoinedFarmOps<HostOps, WebAppOps, StsOps, ServerCertificateOps, RealmOps, AppPrincipalOps,
                                 TrustOps, TrustProofOps, RemovalOps, FarmLockOps>::type;

namespace farm_ops {
// The wire names of every operation.
inline QStringList all()
{
    return AllFarmOps::names();
}
} // namespace farm_ops

} // namespace s2s
