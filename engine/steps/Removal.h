#pragma once

#include <QJsonObject>

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

// Everything the removal will undo, in the order it undoes it: the recorded changes not undone yet
// (so `done` is false), in reverse step order, never the STS certificate nor a renewal's key
// removal. What stays (the STS certificate) is in removalKeeps().
QList<RemovalItem> removalPlan(const Session &session, const Endpoints &endpoints);
QStringList removalKeeps(const Session &session);

// Needs the confirmation `remove` (answers key confirm.remove). Refuses as removalRefusal does;
// records the removal's start and end in the change log, marks each change undone as it goes (or
// found gone: someone else undid it, a Note in the transcript says so), and once everything is
// undone sets every step Pending: the session counts as not set up.
QCoro::Task<Status> removeHybridTrust(StepContext &context);

// The --report's "removal": {removed: [{kind, object, step}], alreadyGone: [...], kept: [texts]};
// an item without an object (realm, OAuth over HTTP) carries the recorded before and after.
// `removed` holds what a removal of this session undid, `alreadyGone` what it found undone by
// someone else, `kept` is removalKeeps().
QJsonObject removalReportJson(const Session &session);

} // namespace s2s
