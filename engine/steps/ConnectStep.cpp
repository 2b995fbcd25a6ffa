#include "steps/StepSupport.h"
#include "steps/Steps.h"

#include "core/Constants.h"
#include "farm/ops/HostOps.h"
#include "tenant/GraphRequests.h"

using namespace Qt::StringLiterals;

namespace s2s {
namespace {

class ConnectStep final : public Step {
    Q_DECLARE_TR_FUNCTIONS(ConnectStep)
public:
    StepId id() const override { return StepId::Connect; }
    QString title() const override { return tr("Prepare tools and sign in"); }
    QString explanation() const override
    {
        return tr("The wizard runs the farm side in Windows PowerShell 5.1 with the SharePoint "
                  "snap-in and talks to Microsoft Graph itself: no MSOnline or Azure AD module is "
                  "needed (both are retired). You sign in to Microsoft 365 with an account that "
                  "may change application registrations.");
    }

    QList<PlanLine> plan(const Session &, const Endpoints &endpoints) const override
    {
        return {powershell(HostInfoOp::command()), powershell(serversCommand()),
                powershell(TestRemotingOp::command({u"<each server>"_s})),
                graph(graph_requests::signIn()),
                graph(graph_requests::organization(endpoints.graph)),
                powershell(FetchFromFarmOp::command({endpoints.metadataEndpoint(u"<tenant id>"_s)}))};
    }

    QCoro::Task<Status> apply(StepContext &context) override
    {
        if (context.tenant.isSignedIn())
            co_return success();
        const auto account = co_await context.tenant.signIn();
        if (!account)
            co_return account.error();
        co_return success();
    }

    QCoro::Task<ValidationReport> validate(StepContext &context) override
    {
        QList<Check> checks = co_await farmChecks(context);
        checks.append(co_await tenantChecks(context));
        co_return makeReport(checks);
    }

private:
    QCoro::Task<QList<Check>> farmChecks(StepContext &context)
    {
        const auto host = co_await context.farm.call<HostInfoOp>();
        if (!host)
            co_return unreadableChecks({u"host-ready"_s, u"farm-admin"_s, u"remoting-each-server"_s},
                                       host.error());
        QList<Check> checks{
            passCheck(u"host-ready"_s, tr("Windows PowerShell 5.1 with SharePoint loaded"),
                      tr("PowerShell %1, SharePoint %2")
                          .arg(host->powershellVersion, host->sharepointBuild)),
            checkIf(host->farmAdmin && host->elevated, u"farm-admin"_s,
                    tr("farm administrator, elevated"),
                    tr("%1: farm administrator %2, elevated %3")
                        .arg(host->account, host->farmAdmin ? tr("yes") : tr("no"),
                             host->elevated ? tr("yes") : tr("no")),
                    tr("Run the wizard elevated (Run as administrator) with an account in the Farm "
                       "Administrators group that has Get-SPShellAdmin rights."))};
        checks.append(co_await remotingCheck(context));
        co_return checks;
    }

    QCoro::Task<Check> remotingCheck(StepContext &context)
    {
        const QString id = u"remoting-each-server"_s;
        const auto servers = co_await readServers(context.farm);
        if (!servers)
            co_return unreadableChecks({id}, servers.error()).constFirst();
        QStringList reached;
        QStringList failed;
        QString remedy;
        for (const ServerInfo &server : *servers) {
            if (!server.isSharePointServer())
                continue;
            const auto tested = co_await context.farm.call<TestRemotingOp>(server.name);
            if (tested) {
                reached.append(server.name);
            } else {
                failed.append(server.name);
                remedy = tested.error().remedy;
            }
        }
        if (failed.isEmpty())
            co_return passCheck(id, tr("every SharePoint server"), reached.join(u", "_s));
        co_return failCheck(id, tr("every SharePoint server"),
                            tr("unreachable: %1").arg(failed.join(u", "_s)), remedy);
    }

    QCoro::Task<QList<Check>> tenantChecks(StepContext &context)
    {
        const auto signedIn = co_await ensureSignedIn(context);
        const auto account = context.tenant.account();
        if (!signedIn || !account)
            co_return unreadableChecks({u"signed-in"_s, u"graph-permission"_s, u"outbound-acs"_s},
                                       signedIn ? Error{u"tenant.sign-in"_s, tr("Not signed in.")}
                                                : signedIn.error());
        const bool permitted = account->scopes.contains(constants::requiredGraphScope);
        QList<Check> checks{
            passCheck(u"signed-in"_s, tr("a Microsoft 365 account"), account->userPrincipalName),
            checkIf(permitted, u"graph-permission"_s, constants::requiredGraphScope,
                    account->scopes.join(u' '),
                    tr("Sign in with an Application Administrator (or Cloud Application "
                       "Administrator) and grant admin consent to Application.ReadWrite.All for "
                       "the sign-in client."))};
        const auto endpoint = co_await resolveMetadataEndpoint(context);
        if (!endpoint) {
            checks.append(unreadableChecks({u"outbound-acs"_s}, endpoint.error()));
            co_return checks;
        }
        const auto fetched = co_await context.farm.call<FetchFromFarmOp>(*endpoint);
        checks.append(checkIf(fetched.ok(), u"outbound-acs"_s, tr("HTTPS to %1").arg(*endpoint),
                              fetched ? tr("reachable") : fetched.error().message,
                              fetched ? QString() : fetched.error().remedy));
        co_return checks;
    }
};

} // namespace

std::unique_ptr<Step> makeConnectStep()
{
    return std::make_unique<ConnectStep>();
}

} // namespace s2s
