#pragma once

#include <QDateTime>

#include "farm/ops/FarmLockOps.h"
#include "lab/LabOperation.h"

namespace s2s::lab {

// How a lock request finds the farm lock: nobody holds it, the claimant does, its holder stopped
// renewing it `staleSeconds` ago, its holder is the claimant's session on the same machine whose
// process has ended (a killed run: taken over at once), or another live holder has it.
enum class LockVerdict {
    Free,
    Mine,
    Stale,
    Abandoned,
    Held
};

bool isHolder(const FarmLockHolder &holder, const FarmLockClaim &claim);
LockVerdict lockVerdict(const FarmLockHolder &holder, const FarmLockClaim &claim, int staleSeconds,
                        const QDateTime &now);

// farmLock.acquire, farmLock.renew, farmLock.release.
void addFarmLockOperations(LabOperations &table);

// The "lock held" fault: writes `holder` into the lab farm's lock (farm.json "properties", which
// both lab farms read) as if another run held it; an empty since or renewed becomes now. Tests
// use it to meet a lock held by another machine, a stale one, or a killed run's.
Status holdLabFarmLock(const LabFolder &folder, FarmLockHolder holder);
// The lock's holder in the lab farm (empty when free).
Result<FarmLockHolder> labFarmLockHolder(const LabFolder &folder);

} // namespace s2s::lab
