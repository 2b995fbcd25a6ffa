#include "StepSupport.h"

#include <QCoreApplication>

#include "core/Constants.h"
#include "core/PublicDomain.h"
#include "core/UrlText.h"

using namespace Qt::StringLiterals;

namespace s2s {

QCoro::Task<Status> ensureSignedIn(StepContext &context)
{
    std::optional<SignedInAccount> account = context.tenant.account();
    if (!account) {
        const auto signedIn = co_await context.tenant.signIn();
        if (!signedIn)
            co_return signedIn.error();
        account = *signedIn;
    }
    const QString sessionTenant = context.session.variables().tenantId;
    if (sessionTenant.isEmpty()) {
        // The first sign-in decides the session's tenant; every later one must match it.
        SessionVariables variables = context.session.variables();
        variables.tenantId = account->tenantId;
        variables.metadataEndpoint = context.endpoints.metadataEndpoint(account->tenantId);
        context.session.setVariables(variables);
        context.tenant.bindTenant(account->tenantId);
    } else if (account->tenantId.compare(sessionTenant, Qt::CaseInsensitive) != 0) {
        // Signed in before this session was opened (the GUI keeps its sign-in), elsewhere:
        // binding drops that sign-in, so no later call uses it.
        context.tenant.bindTenant(sessionTenant);
        Error mismatch{u"backend.tenant-mismatch"_s,
                       QCoreApplication::translate("Steps", "This session belongs to the "
                                                            "Microsoft 365 tenant %1, but %2 is "
                                                            "signed in to the tenant %3. Nothing "
                                                            "was written to either tenant.")
                           .arg(sessionTenant, account->userPrincipalName, account->tenantId),
                       {},
                       QCoreApplication::translate("Steps", "Sign out, then sign in with an "
                                                            "account of the tenant %1. To set up "
                                                            "the tenant %2 instead, start a new "
                                                            "session.")
                           .arg(sessionTenant, account->tenantId),
                       ErrorKind::Backend};
        co_return mismatch; // a named local: core/Coroutines.h
    }
    co_return success();
}

QCoro::Task<Result<QString>> resolveTenantId(StepContext &context)
{
    if (!context.session.variables().tenantId.isEmpty())
        co_return context.session.variables().tenantId;
    // The sign-in records the tenant of its id_token in the session.
    if (auto signedIn = co_await ensureSignedIn(context); !signedIn)
        co_return signedIn.error();
    co_return context.session.variables().tenantId;
}

QCoro::Task<Result<ServicePrincipal>> readSpoPrincipal(StepContext &context)
{
    if (auto signedIn = co_await ensureSignedIn(context); !signedIn)
        co_return signedIn.error();
    auto principal = co_await context.tenant.servicePrincipalByAppId(constants::spoAppId);
    if (principal && context.session.variables().spoPrincipalId != principal->id) {
        SessionVariables variables = context.session.variables();
        variables.spoPrincipalId = principal->id;
        context.session.setVariables(variables);
    }
    co_return principal;
}

QCoro::Task<Result<QString>> resolveMetadataEndpoint(StepContext &context)
{
    const auto tenantId = co_await resolveTenantId(context);
    if (!tenantId)
        co_return tenantId.error();
    co_return context.endpoints.metadataEndpoint(*tenantId);
}

QString siteUrl(const Session &session)
{
    return withoutTrailingSlash(session.inputs().webApplication);
}

QString publicDomain(const Session &session)
{
    const auto domain = normalizePublicDomain(session.inputs().publicDomain);
    return domain ? *domain : QString();
}

PlanLine powershell(const QString &text)
{
    return {PlanLine::Kind::PowerShell, text};
}

PlanLine graph(const QString &text)
{
    return {PlanLine::Kind::Graph, text};
}

PlanLine note(const QString &text)
{
    return {PlanLine::Kind::Note, text};
}

void showProgress(StepContext &context, const QString &text)
{
    Activity activity;
    activity.kind = Activity::Kind::Progress;
    activity.source = TranscriptEntry::Kind::Note;
    activity.text = text;
    context.recorder.activity(activity);
}

QString remedyNamingStep(const Error &error)
{
    if (error.kind != ErrorKind::SignIn)
        return {};
    const QString signInStep = stepReference(StepId::Connect);
    if (error.code == u"tenant.not-signed-in")
        return QCoreApplication::translate("Steps", "Sign in first (%1).").arg(signInStep);
    if (error.code == u"tenant.sign-in.expired")
        return QCoreApplication::translate("Steps", "Sign in again (%1).").arg(signInStep);
    return QCoreApplication::translate("Steps", "Sign in again (%1): the token expired or was "
                                                "revoked.")
        .arg(signInStep);
}

Error confirmationMissing(const QString &key, const QString &what)
{
    return Error{u"confirm."_s + key,
                 QCoreApplication::translate("Steps", "This step needs your confirmation: %1").arg(what),
                 {},
                 QCoreApplication::translate(
                     "Steps", "Tick the confirmation on this page, or set \"confirm\": {\"%1\": "
                              "true} in the answers file.")
                     .arg(key),
                 ErrorKind::Confirmation};
}

} // namespace s2s
