#include "steps/StepSupport.h"
#include "steps/Steps.h"

#include "core/UrlText.h"
#include "farm/ops/WebAppOps.h"

using namespace Qt::StringLiterals;

namespace s2s {
namespace {

class WebAppAuthStep final : public Step {
    Q_DECLARE_TR_FUNCTIONS(WebAppAuthStep)
public:
    StepId id() const override { return StepId::WebAppAuth; }
    bool affectedBy(SessionInput input) const override
    {
        return input == SessionInput::WebApplication || input == SessionInput::Zone;
    }
    QString explanation() const override
    {
        return tr("Hybrid requests from SharePoint Server reach SharePoint Online only from a web "
                  "application zone that uses Integrated Windows authentication with NTLM. This "
                  "step reads the authentication provider of the zone you choose; it changes "
                  "nothing.");
    }

    QList<PlanLine> plan(const Session &session, const Endpoints &) const override
    {
        return {powershell(webApplicationsCommand()),
                powershell(GetAuthenticationProviderOp::command({siteUrl(session), session.inputs().zone}))};
    }

    QCoro::Task<Status> apply(StepContext &) override { co_return success(); }

    QCoro::Task<ValidationReport> validate(StepContext &context) override
    {
        const QString url = siteUrl(context.session);
        const QString zone = context.session.inputs().zone;
        const QString centralAdmin =
            tr("In Central Administration open Application Management > Manage web applications, "
               "select %1, click Authentication Providers, open the %2 zone and select "
               "Integrated Windows authentication with NTLM.")
                .arg(url, zone);
        if (url.isEmpty() || zone.isEmpty())
            co_return makeReport(
                {failCheck(check_ids::webAppExists, tr("a web application and zone"), tr("none chosen"),
                           tr("Choose the web application and zone above."))});
        const auto apps = co_await readWebApplications(context.farm);
        if (!apps)
            co_return makeReport(unreadableChecks({check_ids::webAppExists}, apps.error()));
        bool exists = false;
        for (const WebApplicationInfo &app : *apps)
            exists = exists || sameUrl(app.url, url);
        QList<Check> checks{checkIf(exists, check_ids::webAppExists, url,
                                    exists ? url : tr("not found in the farm"),
                                    tr("Pick a web application from the farm's list."))};
        if (!exists)
            co_return makeReport(checks);
        const auto provider = co_await context.farm.call<GetAuthenticationProviderOp>(url, zone);
        if (!provider) {
            checks.append(
                unreadableChecks({check_ids::zoneWindowsAuth, check_ids::zoneNtlm}, provider.error()));
            co_return makeReport(checks);
        }
        checks.append(checkIf(provider->windowsAuthentication, check_ids::zoneWindowsAuth,
                              tr("Integrated Windows authentication enabled"),
                              provider->windowsAuthentication ? tr("enabled") : tr("disabled"),
                              centralAdmin));
        // Without Integrated Windows authentication the zone is not NTLM, whatever its Kerberos
        // setting says.
        const bool ntlm = provider->windowsAuthentication && !provider->kerberos;
        checks.append(checkIf(ntlm, check_ids::zoneNtlm, tr("NTLM"),
                              !provider->windowsAuthentication ? tr("disabled")
                              : provider->kerberos             ? tr("Negotiate (Kerberos)")
                                                               : tr("NTLM"),
                              centralAdmin));
        co_return makeReport(checks);
    }
};

} // namespace

std::unique_ptr<Step> makeWebAppAuthStep()
{
    return std::make_unique<WebAppAuthStep>();
}

} // namespace s2s
