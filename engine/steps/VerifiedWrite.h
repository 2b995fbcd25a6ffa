#pragma once

#include <QStringList>

#include <QCoro/QCoroTask>

#include "core/Error.h"
#include "steps/Step.h"
#include "tenant/TenantTypes.h"

namespace s2s {

// One change to a collection of the SharePoint Online principal (its SPNs, its keys) that Graph
// replaces whole on PATCH. Items are compared by a text key: the SPN itself, or the SHA-1
// thumbprint of a key.
class PrincipalWrite {
public:
    virtual ~PrincipalWrite() = default;
    // What must be there after the PATCH, from the principal read right before it: every item it
    // holds plus the new one (minus the removed one). An error stops the write before any PATCH.
    virtual Result<QStringList> required(const ServicePrincipal &current) const = 0;
    // What must not be there after the PATCH (a removal); nothing for an addition.
    virtual QStringList removed() const { return {}; }
    // The items `principal` holds.
    virtual QStringList present(const ServicePrincipal &principal) const = 0;
    // Merges the new item into `current` and PATCHes the whole collection.
    virtual QCoro::Task<Status> patch(TenantBackend &tenant, const ServicePrincipal &current) = 0;
    // What the collection is called in messages ("SPN list", "key credentials").
    virtual QString collection() const = 0;
    // An error of the PATCH, perhaps with a better remedy (an SPN another principal holds).
    virtual Error patchError(const Error &error) const { return error; }
};

// How many read/PATCH/read-back rounds a write gets before it gives up on a racing writer.
inline constexpr int verifiedWriteRounds = 3;

// Reads the principal right before the PATCH, merges, PATCHes, reads it back and checks that
// everything of the pre-PATCH read plus the new item is there (and a removed item is not). When another
// writer raced in (an item is missing after the read-back), it merges again with what is there now, at most
// `verifiedWriteRounds` times, then stops with an error naming what is missing. `previous` is the
// step's earlier read: a change since then is noted in the transcript.
//
// The window that remains: Graph offers no If-Match/ETag on servicePrincipals, so a change another
// writer makes between the pre-PATCH read and the PATCH is overwritten by this PATCH, and nothing
// can tell it happened (the read-back then shows exactly what was sent). The window is one
// round-trip long; every change that lands after the PATCH is seen by the read-back.
QCoro::Task<Status> writeVerified(StepContext &context, ServicePrincipal previous, PrincipalWrite &write);

} // namespace s2s
