#pragma once

#include <QList>

#include <QCoro/QCoroTask>

#include "core/Check.h"
#include "steps/Step.h"

namespace s2s {

// Step 11's proof that the trust works (PROCEDURE.md, "The trust, proven end to end"), read-only:
// SharePoint Online announces the tenant's realm, which is the farm's (trust-realm-discovery), and
// ACS issues tokens for SharePoint Online (trust-token-outbound) and for the farm's public host
// (trust-token-inbound) to a client assertion the farm signs with its STS key. No token ever comes
// back from the farm: the checks show the claims ACS put in it.
QCoro::Task<QList<Check>> proveTrust(StepContext &context);

// What the proof runs, for the step's plan.
QList<PlanLine> trustProofPlan(const Session &session, const Endpoints &endpoints);

} // namespace s2s
