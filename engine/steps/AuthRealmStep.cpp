#include "steps/FarmWrites.h"
#include "steps/StepSupport.h"
#include "steps/Steps.h"

#include "farm/ops/RealmOps.h"

using namespace Qt::StringLiterals;

namespace s2s {
namespace {

class AuthRealmStep final : public Step {
    Q_DECLARE_TR_FUNCTIONS(AuthRealmStep)
public:
    StepId id() const override { return StepId::AuthRealm; }
    QString explanation() const override
    {
        return tr("The farm's authentication realm must be your tenant id, so that SharePoint "
                  "Online and the farm agree on token audiences. Changing it breaks everything "
                  "registered on the old realm (provider-hosted add-ins, Workflow Manager) with "
                  "HTTP 401 until they are registered again: the wizard lists them first.");
    }
    QString confirmationKey() const override { return u"realmChange"_s; }
    QString confirmationText() const override
    {
        return tr("Change the farm's authentication realm to the tenant id, knowing that what "
                  "depends on the old realm stops working until it is registered again.");
    }

    QList<PlanLine> plan(const Session &session, const Endpoints &) const override
    {
        const QString tenant = session.variables().tenantId.isEmpty() ? u"<tenant id>"_s
                                                                      : session.variables().tenantId;
        return {powershell(farmRealmCommand()), powershell(trustedIssuersCommand()),
                note(tr("If the realm differs, after your confirmation:")),
                powershell(setFarmRealmCommand(tenant))};
    }

    QCoro::Task<QStringList> warnings(StepContext &context) override
    {
        const auto tenantId = co_await resolveTenantId(context);
        const auto realm = co_await readFarmRealm(context.farm);
        if (!tenantId || !realm || realm->compare(*tenantId, Qt::CaseInsensitive) == 0)
            co_return QStringList();
        QStringList lines{tr("The realm will change from %1 to %2.").arg(*realm, *tenantId)};
        const auto dependents = co_await dependentsOf(context, *realm);
        for (const QString &dependent : dependents)
            lines.append(tr("Depends on the old realm and will fail with HTTP 401: %1").arg(dependent));
        co_return lines; // a named local: core/Coroutines.h
    }

    QCoro::Task<Status> apply(StepContext &context) override
    {
        const auto tenantId = co_await resolveTenantId(context);
        if (!tenantId)
            co_return tenantId.error();
        const auto realm = co_await readFarmRealm(context.farm);
        if (!realm)
            co_return realm.error();
        if (realm->compare(*tenantId, Qt::CaseInsensitive) == 0)
            co_return success();
        if (!context.session.inputs().confirmed(confirmationKey()))
            co_return confirmationMissing(confirmationKey(), confirmationText());
        SessionVariables variables = context.session.variables();
        variables.realmBefore = *realm;
        context.session.setVariables(variables);
        // Recorded before the write: a run killed between the two still knows (--remove).
        context.session.recordChange(
            {.kind = ChangeRecord::Kind::RealmChanged, .step = key(), .before = *realm, .after = *tenantId});
        co_return co_await setFarmRealm(context.farm, *tenantId);
    }

    QCoro::Task<ValidationReport> validate(StepContext &context) override
    {
        const CheckDefinition &id = check_ids::realmMatchesTenant;
        const auto tenantId = co_await resolveTenantId(context);
        if (!tenantId)
            co_return makeReport(unreadableChecks({id}, tenantId.error()));
        const auto realm = co_await readFarmRealm(context.farm);
        if (!realm)
            co_return makeReport(unreadableChecks({id}, realm.error()));
        co_return makeReport({checkIf(realm->compare(*tenantId, Qt::CaseInsensitive) == 0, id, *tenantId,
                                      *realm, tr("Run this step to set the realm to the tenant id."))});
    }

private:
    // Trusted issuers registered as <id>@<old realm>: high-trust add-ins and Workflow Manager.
    static QCoro::Task<QStringList> dependentsOf(StepContext &context, QString realm)
    {
        QStringList names;
        const auto issuers = co_await readTrustedIssuers(context.farm);
        if (!issuers)
            co_return names;
        for (const TrustedIssuerInfo &issuer : *issuers)
            if (issuer.registeredIssuerName.endsWith(u"@"_s + realm, Qt::CaseInsensitive))
                names.append(u"%1 (%2)"_s.arg(issuer.name, issuer.registeredIssuerName));
        co_return names;
    }
};

} // namespace

std::unique_ptr<Step> makeAuthRealmStep()
{
    return std::make_unique<AuthRealmStep>();
}

} // namespace s2s
