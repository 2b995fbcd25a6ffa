#pragma once

#include "steps/Step.h"

namespace s2s {

// --remove and the welcome page's "Remove the hybrid trust": undoes what the session added or
// changed, from its change log, in reverse step order (PROCEDURE.md, "Lifecycle after setup").
// Never an object that existed before; the STS certificate stays (its old private key cannot be
// recovered). Reads first and removes only what is still there: running it twice is harmless.

// One thing the removal undoes, as the confirmation and the report list it.
struct RemovalItem {
    ChangeRecord change;
    QString description; // "SPN 00000003-…/*.contoso.com on the SharePoint Online principal"
    QString command;     // the PowerShell line or Graph request that undoes it
    bool done = false;   // undone by an earlier removal run
};

// Why the session cannot be removed (written before changes were recorded, ...), or nothing.
std::optional<Error> removalRefusal(const Session &session);

// Everything the removal will undo, in the order it undoes it; what stays (the STS certificate)
// is in removalKeeps().
QList<RemovalItem> removalPlan(const Session &session, const Endpoints &endpoints);
QStringList removalKeeps(const Session &session);

QCoro::Task<Status> removeHybridTrust(StepContext &context);

} // namespace s2s
