#pragma once

#include <QString>

#include <optional>

#include "core/Check.h"
#include "core/StepId.h"

namespace s2s {

// What the final validation says about the trust, in one sentence an admin reads in a second:
// it works (SharePoint Online accepted a token signed by this farm), it fails (what and where),
// or it is not proven yet (the trust checks have not run or could not be decided).
struct TrustVerdict {
    enum class Outcome {
        Works,
        Fails,
        NotProven
    };
    Outcome outcome = Outcome::NotProven;
    QString headline;              // in the admin's language (context "TrustVerdict")
    QString detail;                // the failing check's actual value and remedy, or how many checks passed
    std::optional<StepId> revisit; // the step page to go back to, when one would fix it
};

// The verdict of a report of step 11: Works only when the three trust checks of PROCEDURE.md
// ("The trust, proven end to end") are there and pass and no check fails.
TrustVerdict trustVerdict(const ValidationReport &report);

} // namespace s2s
