#pragma once

#include "steps/Step.h"

namespace s2s {

// --renew-certificate and the welcome page's "Renew the STS certificate" (PROCEDURE.md, "Lifecycle
// after setup"): a new STS certificate without an outage of the trust.
//   1. make or open the new certificate (the session's certificate choice; keep means generate),
//      never overwriting a file; a resumed renewal reuses the PFX the session recorded;
//   2. upload its key to SharePoint Online next to the old one (verified write), read from the
//      new certificate, before the farm changes;
//   3. replace it on the farm server by server, as step 3 does (confirm.outage);
//   4. verify every server serves it and the trust works (step 11's trust checks);
//   5. remove the old farm key from SharePoint Online, only that key (verified write).
// Every stage is recorded in the session (RenewalState) and in the change log, and each reads
// first: killed anywhere and run again, it finishes, and the trust holds throughout.

// Why the session cannot be renewed (its setup is not finished), or nothing.
std::optional<Error> renewalRefusal(const Session &session);

// What the renewal will run, as the admin would type or read it.
QList<PlanLine> renewalPlan(const Session &session, const Endpoints &endpoints);

QCoro::Task<Status> renewStsCertificate(StepContext &context);
// The same, with the PFX password the admin typed on the page (kept in the secret store, as step
// 3 does); empty: the password file or the secret store.
QCoro::Task<Status> renewStsCertificateWithPassword(StepContext &context, QString typedPassword);

} // namespace s2s
