#include "StepSupport.h"

#include "core/Constants.h"
#include "core/UrlText.h"
#include "tenant/Merge.h"

using namespace Qt::StringLiterals;

namespace s2s {

QCoro::Task<Status> ensureSignedIn(StepContext &context)
{
    if (context.tenant.isSignedIn())
        co_return success();
    const auto account = co_await context.tenant.signIn();
    if (!account)
        co_return account.error();
    co_return success();
}

QCoro::Task<Result<QString>> resolveTenantId(StepContext &context)
{
    if (!context.session.variables().tenantId.isEmpty())
        co_return context.session.variables().tenantId;
    if (auto signedIn = co_await ensureSignedIn(context); !signedIn)
        co_return signedIn.error();
    const auto organization = co_await context.tenant.organization();
    if (!organization)
        co_return organization.error();
    SessionVariables variables = context.session.variables();
    variables.tenantId = organization->id;
    variables.metadataEndpoint = context.endpoints.metadataEndpoint(organization->id);
    context.session.setVariables(variables);
    co_return organization->id;
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

Error confirmationMissing(const QString &key, const QString &what)
{
    return Error{u"confirm."_s + key,
                 QCoreApplication::translate("Steps", "This step needs your confirmation: %1")
                     .arg(what),
                 {},
                 QCoreApplication::translate(
                     "Steps", "Tick the confirmation on this page, or set \"confirm\": {\"%1\": "
                              "true} in the answers file.")
                     .arg(key)};
}

} // namespace s2s
