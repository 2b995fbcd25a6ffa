#include "steps/FarmReads.h"
#include "steps/StepSupport.h"
#include "steps/Steps.h"

#include "core/Constants.h"
#include "farm/ops/AppPrincipalOps.h"
#include "tenant/GraphRequests.h"

using namespace Qt::StringLiterals;

namespace s2s {
namespace {

class RegisterAppPrincipalStep final : public Step {
    Q_DECLARE_TR_FUNCTIONS(RegisterAppPrincipalStep)
public:
    StepId id() const override { return StepId::RegisterAppPrincipal; }
    bool affectedBy(SessionInput input) const override { return input == SessionInput::WebApplication; }
    QString explanation() const override
    {
        return tr("The farm must know SharePoint Online as an app principal, identified by "
                  "<service principal object id>@<tenant id>, to accept its OAuth requests. It "
                  "is registered on the root web of the hybrid web application, once.");
    }

    QList<PlanLine> plan(const Session &session, const Endpoints &endpoints) const override
    {
        const QString id = nameIdentifier(session);
        return {graph(graph_requests::servicePrincipalByAppId(endpoints.graph, constants::spoAppId)),
                powershell(appPrincipalsCommand(siteUrl(session), id)),
                note(tr("If it is not registered yet:")),
                powershell(RegisterAppPrincipalOp::command(
                    {siteUrl(session), id, constants::appPrincipalDisplayName}))};
    }

    QCoro::Task<Status> apply(StepContext &context) override
    {
        const auto identifier = co_await resolveNameIdentifier(context);
        if (!identifier)
            co_return identifier.error();
        const auto existing = co_await readAppPrincipals(context.farm, siteUrl(context.session), *identifier);
        if (!existing)
            co_return existing.error();
        if (!existing->isEmpty())
            co_return success();
        // Recorded before the write: a run killed between the two still knows (--remove).
        context.session.recordChange({.kind = ChangeRecord::Kind::AppPrincipalRegistered,
                                      .step = key(),
                                      .object = *identifier,
                                      .name = constants::appPrincipalDisplayName,
                                      .site = siteUrl(context.session)});
        const auto registered = co_await context.farm.call<RegisterAppPrincipalOp>(
            siteUrl(context.session), *identifier, constants::appPrincipalDisplayName);
        if (!registered)
            co_return registered.error();
        co_return success();
    }

    QCoro::Task<ValidationReport> validate(StepContext &context) override
    {
        const CheckDefinition &id = check_ids::appPrincipalRegistered;
        const auto identifier = co_await resolveNameIdentifier(context);
        if (!identifier)
            co_return makeReport(unreadableChecks({id}, identifier.error()));
        const auto existing = co_await readAppPrincipals(context.farm, siteUrl(context.session), *identifier);
        if (!existing)
            co_return makeReport(unreadableChecks({id}, existing.error()));
        co_return makeReport(
            {checkIf(!existing->isEmpty(), id, *identifier,
                     existing->isEmpty() ? tr("not registered on %1").arg(siteUrl(context.session))
                                         : u"%1 (%2)"_s.arg(existing->constFirst().nameIdentifier,
                                                            existing->constFirst().displayName),
                     tr("Run this step to register the app principal."))});
    }

private:
    static QString nameIdentifier(const Session &session)
    {
        const SessionVariables &v = session.variables();
        return u"%1@%2"_s.arg(v.spoPrincipalId.isEmpty() ? u"<principal id>"_s : v.spoPrincipalId,
                              v.tenantId.isEmpty() ? u"<tenant id>"_s : v.tenantId);
    }

    QCoro::Task<Result<QString>> resolveNameIdentifier(StepContext &context)
    {
        const auto tenantId = co_await resolveTenantId(context);
        if (!tenantId)
            co_return tenantId.error();
        const auto principal = co_await readSpoPrincipal(context);
        if (!principal)
            co_return principal.error();
        co_return u"%1@%2"_s.arg(principal->id, *tenantId);
    }
};

} // namespace

std::unique_ptr<Step> makeRegisterAppPrincipalStep()
{
    return std::make_unique<RegisterAppPrincipalStep>();
}

} // namespace s2s
