#include "steps/FarmReads.h"
#include "steps/StepSupport.h"
#include "steps/Steps.h"

#include "core/Constants.h"
#include "core/UrlText.h"
#include "farm/ops/TrustOps.h"

using namespace Qt::StringLiterals;

namespace s2s {
namespace {

const ServiceProxyInfo *findAcsProxy(const QList<ServiceProxyInfo> &proxies)
{
    for (const ServiceProxyInfo &proxy : proxies)
        if (proxy.fullTypeName == constants::acsProxyFullTypeName) // typeName is translated
            return &proxy;
    return nullptr;
}

// The issuer for this endpoint, else any issuer named ACS*: the one the checks judge.
const TrustedIssuerInfo *findAcsIssuer(const QList<TrustedIssuerInfo> &issuers, const QString &endpoint,
                                       bool byEndpointOnly)
{
    for (const TrustedIssuerInfo &issuer : issuers)
        if (sameUrl(issuer.metadataEndpoint, endpoint))
            return &issuer;
    if (byEndpointOnly)
        return nullptr;
    for (const TrustedIssuerInfo &issuer : issuers)
        if (issuer.name.startsWith(constants::acsObjectName, Qt::CaseInsensitive))
            return &issuer;
    return nullptr;
}

class AcsTrustStep final : public Step {
    Q_DECLARE_TR_FUNCTIONS(AcsTrustStep)
public:
    StepId id() const override { return StepId::AcsTrust; }
    QString explanation() const override
    {
        return tr("An Azure Access Control Service proxy in the default proxy group and a trusted "
                  "security token issuer (a trust broker) let the farm accept tokens issued for "
                  "your tenant. The issuer reads its name from the metadata endpoint, so the farm "
                  "must reach it over HTTPS. Existing objects are reused, never duplicated.");
    }

    QList<PlanLine> plan(const Session &session, const Endpoints &endpoints) const override
    {
        const QString tenant = session.variables().tenantId.isEmpty() ? u"<tenant id>"_s
                                                                      : session.variables().tenantId;
        const QString endpoint = endpoints.metadataEndpoint(tenant);
        return {powershell(proxiesCommand()),
                note(tr("If no ACS proxy exists:")),
                powershell(NewAcsProxyOp::command({constants::acsObjectName, endpoint})),
                powershell(trustedIssuersCommand()),
                note(tr("If no trusted issuer uses this metadata endpoint:")),
                powershell(NewTrustedIssuerOp::command({constants::acsObjectName, endpoint}))};
    }

    QCoro::Task<Status> apply(StepContext &context) override
    {
        const auto endpoint = co_await resolveMetadataEndpoint(context);
        if (!endpoint)
            co_return endpoint.error();
        if (auto proxy = co_await ensureProxy(context, *endpoint); !proxy)
            co_return proxy;
        co_return co_await ensureIssuer(context, *endpoint);
    }

    QCoro::Task<ValidationReport> validate(StepContext &context) override
    {
        const auto endpoint = co_await resolveMetadataEndpoint(context);
        if (!endpoint)
            co_return makeReport(unreadableChecks(allIds(), endpoint.error()));
        const auto tenantId = co_await resolveTenantId(context);
        QList<Check> checks = co_await proxyChecks(context, *endpoint);
        // Named, not a temporary inside co_await: core/Coroutines.h.
        const QString realm = tenantId ? *tenantId : QString();
        checks.append(co_await issuerChecks(context, *endpoint, realm));
        co_return makeReport(checks);
    }

private:
    static QList<CheckDefinition> allIds()
    {
        return {check_ids::acsProxyPresent,         check_ids::acsProxyDefaultGroup,
                check_ids::acsProxyMetadataMatches, check_ids::trustedServiceConsumerPresent,
                check_ids::trustedIssuerName,       check_ids::trustedIssuerIsBroker};
    }

    QCoro::Task<Status> ensureProxy(StepContext &context, QString endpoint)
    {
        const auto proxies = co_await readProxies(context.farm);
        if (!proxies)
            co_return proxies.error();
        if (findAcsProxy(*proxies))
            co_return success();
        // Recorded before the write: a run killed between the two still knows (--remove).
        context.session.recordChange({.kind = ChangeRecord::Kind::AcsProxyCreated,
                                      .step = key(),
                                      .object = endpoint,
                                      .name = constants::acsObjectName});
        const auto created = co_await context.farm.call<NewAcsProxyOp>(constants::acsObjectName, endpoint,
                                                                       true);
        if (!created)
            co_return created.error();
        co_return success();
    }

    QCoro::Task<Status> ensureIssuer(StepContext &context, QString endpoint)
    {
        const auto issuers = co_await readTrustedIssuers(context.farm);
        if (!issuers)
            co_return issuers.error();
        if (findAcsIssuer(*issuers, endpoint, true))
            co_return success();
        for (const TrustedIssuerInfo &issuer : *issuers)
            if (issuer.name.compare(constants::acsObjectName, Qt::CaseInsensitive) == 0) {
                Error nameInUse{u"farm.name-in-use"_s,
                                tr("A trusted security token issuer named \"%1\" already exists "
                                   "with another metadata endpoint (%2).")
                                    .arg(issuer.name, issuer.metadataEndpoint),
                                {},
                                tr("It probably belongs to an earlier tenant. Remove it with "
                                   "Remove-SPTrustedSecurityTokenIssuer %1 if nothing uses "
                                   "it, then run this step again.")
                                    .arg(farm_op::quote(issuer.name))};
                co_return nameInUse; // a named local: core/Coroutines.h
            }
        context.session.recordChange({.kind = ChangeRecord::Kind::TrustedIssuerCreated,
                                      .step = key(),
                                      .object = constants::acsObjectName,
                                      .after = endpoint});
        const auto created = co_await context.farm.call<NewTrustedIssuerOp>(constants::acsObjectName,
                                                                            endpoint, true);
        if (!created)
            co_return created.error();
        co_return success();
    }

    QCoro::Task<QList<Check>> proxyChecks(StepContext &context, QString endpoint)
    {
        const QList<CheckDefinition> ids{check_ids::acsProxyPresent, check_ids::acsProxyDefaultGroup,
                                         check_ids::acsProxyMetadataMatches};
        const auto proxies = co_await readProxies(context.farm);
        if (!proxies)
            co_return unreadableChecks(ids, proxies.error());
        const ServiceProxyInfo *proxy = findAcsProxy(*proxies);
        const QString runStep = tr("Run this step to create the ACS proxy.");
        if (!proxy) {
            QList<Check> checks;
            for (const CheckDefinition &id : ids)
                checks.append(failCheck(id, constants::acsProxyTypeName, tr("no ACS proxy"), runStep));
            co_return checks;
        }
        // Built as a local: core/Coroutines.h.
        QList<Check> checks;
        checks << checkIf(proxy->status == u"Online", check_ids::acsProxyPresent, tr("an ACS proxy, Online"),
                          u"%1 (%2)"_s.arg(proxy->name, proxy->status),
                          // By .NET type: TypeName is translated with the farm's language.
                          tr("Start the proxy: Get-SPServiceApplicationProxy | Where-Object { "
                             "$_.GetType().FullName -eq '%1' } | ForEach-Object { $_.Provision() }")
                              .arg(constants::acsProxyFullTypeName));
        checks << checkIf(
            proxy->inDefaultGroup, check_ids::acsProxyDefaultGroup, tr("in the default group"),
            proxy->inDefaultGroup ? tr("in the default group") : tr("not in the default group"),
            tr("Add it: Add-SPServiceApplicationProxyGroupMember (Get-SPServiceApplicationProxyGroup "
               "-Default) -Member <proxy>"));
        checks << checkIf(sameUrl(proxy->metadataEndpointUri, endpoint), check_ids::acsProxyMetadataMatches,
                          endpoint, proxy->metadataEndpointUri,
                          tr("The proxy points at another tenant's metadata: remove it and run this step "
                             "again."));
        co_return checks;
    }

    QCoro::Task<QList<Check>> issuerChecks(StepContext &context, QString endpoint, QString tenantId)
    {
        const QList<CheckDefinition> ids{check_ids::trustedServiceConsumerPresent,
                                         check_ids::trustedIssuerName, check_ids::trustedIssuerIsBroker};
        const auto issuers = co_await readTrustedIssuers(context.farm);
        if (!issuers)
            co_return unreadableChecks(ids, issuers.error());
        const QString runStep = tr("Run this step to create the trusted issuer.");
        const TrustedIssuerInfo *issuer = findAcsIssuer(*issuers, endpoint, false);
        if (!issuer) {
            QList<Check> checks;
            for (const CheckDefinition &id : ids)
                checks.append(failCheck(id, tr("a trusted issuer named ACS"), tr("none"), runStep));
            co_return checks;
        }
        const QString expectedName = constants::acsPrincipalPrefix + u"@"_s + tenantId;
        QList<Check> checks;
        checks << checkIf(issuer->name.startsWith(constants::acsObjectName, Qt::CaseInsensitive),
                          check_ids::trustedServiceConsumerPresent,
                          tr("an issuer whose name begins with ACS"), issuer->name, runStep);
        checks << checkIf(issuer->registeredIssuerName.compare(expectedName, Qt::CaseInsensitive) == 0,
                          check_ids::trustedIssuerName, expectedName, issuer->registeredIssuerName,
                          tr("The issuer was created for another tenant or realm: remove it "
                             "(Remove-SPTrustedSecurityTokenIssuer) and run this step again."));
        checks << checkIf(!issuer->isSelfIssuer, check_ids::trustedIssuerIsBroker, u"IsSelfIssuer = False"_s,
                          issuer->isSelfIssuer ? u"IsSelfIssuer = True"_s : u"IsSelfIssuer = False"_s,
                          tr("Recreate the issuer with -IsTrustBroker:$true."));
        co_return checks;
    }
};

} // namespace

std::unique_ptr<Step> makeAcsTrustStep()
{
    return std::make_unique<AcsTrustStep>();
}

} // namespace s2s
