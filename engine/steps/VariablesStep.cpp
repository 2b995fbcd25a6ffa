#include "steps/StepSupport.h"
#include "steps/Steps.h"

#include <QUrl>
#include <QUuid>

#include "core/Constants.h"
#include "core/PublicDomain.h"
#include "core/UrlText.h"
#include "tenant/GraphRequests.h"

using namespace Qt::StringLiterals;

namespace s2s {
namespace {

class VariablesStep final : public Step {
    Q_DECLARE_TR_FUNCTIONS(VariablesStep)
public:
    StepId id() const override { return StepId::Variables; }
    bool affectedBy(SessionInput input) const override
    {
        return input == SessionInput::WebApplication || input == SessionInput::PublicDomain;
    }
    QString explanation() const override
    {
        return tr("The values every later step uses: your public DNS domain ($spcn), the web "
                  "application URL ($spsite), the SharePoint Online app id ($spoappid), your "
                  "tenant id ($spocontextID, the tenant you signed in to, confirmed by Microsoft "
                  "Graph) and the ACS metadata "
                  "endpoint derived from it ($metadataEndpoint).");
    }

    QList<PlanLine> plan(const Session &session, const Endpoints &endpoints) const override
    {
        const QString domain = publicDomain(session);
        const QString tenant = session.variables().tenantId.isEmpty() ? u"<tenant id>"_s
                                                                      : session.variables().tenantId;
        // Every value in single quotes (' doubled): nothing in it runs if the line is pasted.
        const QString spcn = u"*."_s + (domain.isEmpty() ? u"<public domain>"_s : domain);
        return {
            powershell(u"$spcn = %1"_s.arg(farm_op::quote(spcn))),
            powershell(u"$spsite = %1"_s.arg(farm_op::quote(siteUrl(session)))),
            powershell(u"$spoappid = %1"_s.arg(farm_op::quote(constants::spoAppId))),
            graph(graph_requests::organization(endpoints.graph)),
            powershell(u"$spocontextID = %1   # value[0].id of the response"_s.arg(farm_op::quote(tenant))),
            powershell(u"$metadataEndpoint = %1"_s.arg(farm_op::quote(endpoints.metadataEndpoint(tenant)))),
            graph(graph_requests::acsMetadata(endpoints.metadataEndpoint(tenant)))};
    }

    QCoro::Task<Status> apply(StepContext &context) override
    {
        const auto domain = normalizePublicDomain(context.session.inputs().publicDomain);
        if (!domain)
            co_return domain.error();
        const auto tenantId = co_await resolveTenantId(context);
        if (!tenantId)
            co_return tenantId.error();
        co_return success();
    }

    QCoro::Task<ValidationReport> validate(StepContext &context) override
    {
        QList<Check> checks{domainCheck(context.session)};
        checks.append(co_await siteCheck(context));
        const auto tenantId = co_await resolveTenantId(context);
        if (!tenantId) {
            checks.append(unreadableChecks({check_ids::tenantIdKnown, check_ids::metadataRealmMatches},
                                           tenantId.error()));
            co_return makeReport(checks);
        }
        checks.append(co_await tenantIdCheck(context, *tenantId));
        const QString endpoint = context.endpoints.metadataEndpoint(*tenantId);
        const auto metadata = co_await context.tenant.acsMetadata(endpoint);
        if (!metadata)
            checks.append(unreadableChecks({check_ids::metadataRealmMatches}, metadata.error()));
        else
            checks.append(checkIf(metadata->realm.compare(*tenantId, Qt::CaseInsensitive) == 0,
                                  check_ids::metadataRealmMatches, *tenantId, metadata->realm,
                                  tr("The metadata endpoint %1 belongs to another tenant: sign in "
                                     "to the tenant you are connecting.")
                                      .arg(endpoint)));
        co_return makeReport(checks);
    }

private:
    // The session's tenant (the sign-in's tid) is a GUID and is the organization Graph answers
    // for: $spocontextID as the article reads it, GET /organization's value[0].id.
    QCoro::Task<Check> tenantIdCheck(StepContext &context, QString tenantId)
    {
        const CheckDefinition &id = check_ids::tenantIdKnown;
        const auto organization = co_await context.tenant.organization();
        if (!organization)
            co_return unreadableChecks({id}, organization.error()).constFirst();
        const bool isGuid = !QUuid::fromString(tenantId).isNull();
        const bool same = organization->id.compare(tenantId, Qt::CaseInsensitive) == 0;
        co_return checkIf(isGuid && same, id, tr("a GUID, the tenant of the sign-in: %1").arg(tenantId),
                          tr("%1 (%2)").arg(organization->id, organization->displayName),
                          tr("Sign in to the tenant of this session; GET /organization must "
                             "return its id."));
    }

    Check domainCheck(const Session &session) const
    {
        const auto domain = normalizePublicDomain(session.inputs().publicDomain);
        if (!domain)
            return failCheck(check_ids::publicDomainValid, tr("a DNS domain such as contoso.com"),
                             session.inputs().publicDomain.isEmpty() ? tr("none entered")
                                                                     : domain.error().message,
                             domain.error().remedy);
        return passCheck(check_ids::publicDomainValid, tr("a DNS domain such as contoso.com"),
                         u"*."_s + *domain);
    }

    QCoro::Task<Check> siteCheck(StepContext &context)
    {
        const CheckDefinition &id = check_ids::siteUrlValid;
        const QString url = siteUrl(context.session);
        const QUrl parsed(url, QUrl::StrictMode);
        const QString expected = tr("an http(s) URL of a farm web application with a root site");
        const QString remedy = tr("Choose the web application in the %1; it needs a site "
                                  "collection at its root.")
                                   .arg(stepReference(StepId::WebAppAuth));
        if (!parsed.isValid() || parsed.host().isEmpty() ||
            (parsed.scheme() != u"http" && parsed.scheme() != u"https"))
            co_return failCheck(id, expected, url.isEmpty() ? tr("none chosen") : url, remedy);
        const auto apps = co_await readWebApplications(context.farm);
        if (!apps)
            co_return unreadableChecks({id}, apps.error()).constFirst();
        for (const WebApplicationInfo &app : *apps)
            if (sameUrl(app.url, url))
                co_return checkIf(app.hasRootSite, id, expected,
                                  app.hasRootSite ? url : tr("%1 has no root site").arg(url), remedy);
        co_return failCheck(id, expected, tr("%1 is not a web application of the farm").arg(url), remedy);
    }
};

} // namespace

std::unique_ptr<Step> makeVariablesStep()
{
    return std::make_unique<VariablesStep>();
}

} // namespace s2s
