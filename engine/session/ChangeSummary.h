#pragma once

#include <QList>
#include <QString>

#include <optional>

#include "core/StepId.h"
#include "session/Session.h"

namespace s2s {

// What a change-approval board reads first in an exported transcript: who ran the setup where,
// how it ended, whether the trust is proven, and every change it made with the value it replaced.
// All text is in the admin's language (context "ChangeSummary"); ids and values stay as they are.
struct ChangeSummary {
    enum class Outcome {
        Complete, // every step validated or does not apply
        Stopped,  // a step has not run (or not validated) yet
        Failed    // a step's last run failed
    };
    enum class Trust {
        Proven,    // the three trust checks of step 11 pass
        NotProven, // one of them fails or could not be decided (trustCheck names it)
        NotChecked // step 11 has not checked the trust yet
    };
    struct Fact {
        QString label;
        QString value;
    };
    struct Change {
        QString change;     // "Authentication realm", "SPN added", ...
        QString before;     // the value it replaced; empty for an object it added
        QString after;      // the value it set or the object it added; empty for one it removed
        QString step;       // the title of the step that made it ("Set the authentication realm")
        int stepNumber = 0; // 1-based; 0 for a change after setup (a renewal)
        QString undone;     // how a removal undid it, or empty
    };

    Outcome outcome = Outcome::Stopped;
    std::optional<StepId> step; // where it stopped or failed
    QString result;             // "Setup complete.", "Stopped at step 5 "Set variables"."
    Trust trust = Trust::NotChecked;
    QString trustCheck;       // the id of the trust check that failed or was not decided
    QString trustText;        // the verdict in one sentence
    QString removal;          // when a removal ran: what it did, else empty
    QString runBy;            // the account, or a word saying it was not recorded
    QList<Fact> facts;        // Farm, Tenant, Run by, On, With, Started, Session id
    bool changesKnown = true; // false for a session written before changes were recorded
    QList<Change> changes;    // in the order they were made
};

ChangeSummary changeSummary(const Session &session);

// The check ids of PROCEDURE.md's "The trust, proven end to end" (steps/CheckCatalog.h's
// check_ids::trust*, which this layer may not include), in the order a request travels.
const QStringList &trustCheckIds();

} // namespace s2s
