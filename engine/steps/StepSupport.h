#pragma once

#include "steps/CheckCatalog.h"
#include "steps/FarmReads.h"
#include "steps/Step.h"

namespace s2s {

// Signs in when no account is signed in yet (reading the tenant needs a token, changes nothing).
QCoro::Task<Status> ensureSignedIn(StepContext &context);
// $spocontextID: from the session once known, else GET /organization (and remembered).
QCoro::Task<Result<QString>> resolveTenantId(StepContext &context);
// The SharePoint Online service principal, with its SPNs and keys (remembers its object id).
QCoro::Task<Result<ServicePrincipal>> readSpoPrincipal(StepContext &context);
// $metadataEndpoint for the tenant.
QCoro::Task<Result<QString>> resolveMetadataEndpoint(StepContext &context);

// The web application URL without a trailing slash ($spsite).
QString siteUrl(const Session &session);
// The normalised public domain, or empty when none or invalid.
QString publicDomain(const Session &session);

PlanLine powershell(const QString &text);
PlanLine graph(const QString &text);
PlanLine note(const QString &text);

// A one-line "what happens now" for the page's progress label and the activity list.
void showProgress(StepContext &context, const QString &text);

// The remedy that names the step to go back to for a backend's `error` (the backends know no
// steps: a missing or expired sign-in says "sign in again", this adds where), else empty.
QString remedyNamingStep(const Error &error);

// An error for apply when the admin has not confirmed a change yet.
Error confirmationMissing(const QString &key, const QString &what);

} // namespace s2s
