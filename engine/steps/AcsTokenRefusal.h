#pragma once

#include <QString>

#include <optional>

#include "core/StepId.h"
#include "farm/FarmTypes.h"

namespace s2s {

// Why ACS refused a token the farm asked for, in an admin's words, and where to fix it
// (PROCEDURE.md: "Errors map to remedies").
struct AcsTokenRefusal {
    QString code;    // "AADSTS700027", "ACS50012"; empty when the answer named none
    QString summary; // the service's error and the first line of its description
    QString remedy;  // names the step to revisit
    std::optional<StepId> revisit;
};

// The refusal in `answer` (not accepted); `resourceHost` is the host the token was asked for.
AcsTokenRefusal explainRefusal(const AcsTokenAnswer &answer, const QString &resourceHost);

// Whether ACS refused the grant's encoding rather than the farm's identity: another encoding may
// be accepted (AADSTS70003, unsupported_grant_type).
bool refusedEncoding(const AcsTokenAnswer &answer);

} // namespace s2s
