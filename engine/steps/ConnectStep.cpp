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
    QString explanation() const override
    {
        return tr("The wizard runs the farm side in Windows PowerShell 5.1 with the SharePoint "
                  "snap-in and talks to Microsoft Graph itself: no MSOnline or Azure AD module is "
                  "needed (both are retired). You sign in to Microsoft 365 with an account that "
                  "may change application registrations.");
    }

    QList<PlanLine> plan(const Session &, const Endpoints &endpoints) const override
    {
        return {powershell(hostInfoCommand()), powershell(serversCommand()),
                powershell(TestRemotingOp::command({u"<each server>"_s})), graph(graph_requests::signIn()),
                powershell(FetchFromFarmOp::command({endpoints.metadataEndpoint(u"<tenant id>"_s)}))};
    }

    QCoro::Task<Status> apply(StepContext &context) override { co_return co_await ensureSignedIn(context); }

    QCoro::Task<ValidationReport> validate(StepContext &context) override
    {
        QList<Check> checks = co_await farmChecks(context);
        checks.append(co_await tenantChecks(context));
        co_return makeReport(checks);
    }

private:
    QCoro::Task<QList<Check>> farmChecks(StepContext &context)
    {
        const auto host = co_await readHostInfo(context.farm);
        if (!host)
            co_return unreadableChecks(
                {check_ids::hostReady, check_ids::farmAdmin, check_ids::remotingEachServer}, host.error());
        QList<Check> checks{
            passCheck(check_ids::hostReady, tr("Windows PowerShell 5.1 with SharePoint loaded"),
                      tr("PowerShell %1, SharePoint %2").arg(host->powershellVersion, host->sharepointBuild)),
            checkIf(host->farmAdmin && host->elevated, check_ids::farmAdmin,
                    tr("farm administrator, elevated"),
                    tr("%1: farm administrator %2, elevated %3")
                        .arg(host->account, host->farmAdmin ? tr("yes") : tr("no"),
                             host->elevated ? tr("yes") : tr("no")),
                    tr("Run the wizard elevated (Run as administrator) with an account in the Farm "
                       "Administrators group that has Get-SPShellAdmin rights."))};
        checks.append(co_await remotingCheck(context));
        co_return checks; // a named local: core/Coroutines.h
    }

    QCoro::Task<Check> remotingCheck(StepContext &context)
    {
        const CheckDefinition &id = check_ids::remotingEachServer;
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
            co_return unreadableChecks(
                {check_ids::signedIn, check_ids::graphPermission, check_ids::outboundAcs},
                signedIn ? Error{u"tenant.sign-in"_s, tr("Not signed in.")} : signedIn.error());
        QList<Check> checks{
            passCheck(check_ids::signedIn, tr("a Microsoft 365 account"),
                      tr("%1 (tenant %2)").arg(account->userPrincipalName, account->tenantId)),
            permissionCheck(*account)};
        const auto endpoint = co_await resolveMetadataEndpoint(context);
        if (!endpoint) {
            checks.append(unreadableChecks({check_ids::outboundAcs}, endpoint.error()));
            co_return checks; // a named local: core/Coroutines.h
        }
        const auto fetched = co_await context.farm.call<FetchFromFarmOp>(*endpoint);
        checks.append(checkIf(fetched.ok(), check_ids::outboundAcs, tr("HTTPS to %1").arg(*endpoint),
                              fetched ? tr("reachable") : fetched.error().message,
                              fetched ? QString() : fetched.error().remedy));
        co_return checks; // a named local: core/Coroutines.h
    }

    // Graph needs both: consent to the delegated permission, and a directory role of the
    // signed-in user that may change the SharePoint Online principal. The role is read from the
    // id_token's wids claim, which Entra includes only when the sign-in client's registration asks
    // for it (groupMembershipClaims DirectoryRole/All, or the wids optional claim): without it the
    // role cannot be verified and the check says so (unknown) instead of passing on consent alone.
    Check permissionCheck(const SignedInAccount &account) const
    {
        const CheckDefinition &id = check_ids::graphPermission;
        const QString expected = tr("%1, and the role Global Administrator, Application "
                                    "Administrator or Cloud Application Administrator")
                                     .arg(constants::requiredGraphScope);
        const QString assignRole =
            tr("Assign %1 the role Application Administrator or Cloud Application Administrator "
               "(Entra admin center > Roles & admins; activate it first if it is eligible through "
               "Privileged Identity Management), then sign out and sign in again.")
                .arg(account.userPrincipalName);
        if (!account.scopes.contains(constants::requiredGraphScope, Qt::CaseInsensitive))
            return failCheck(id, expected, tr("not consented; granted: %1").arg(account.scopes.join(u' ')),
                             tr("A Cloud Application Administrator, Application Administrator or "
                                "Privileged Role Administrator grants admin consent to the "
                                "delegated permission %1 for the sign-in client (Entra admin "
                                "center > Enterprise applications > the client > Permissions), "
                                "then sign in again.")
                                 .arg(constants::requiredGraphScope));
        if (!account.directoryRoles)
            return unknownCheck(id, expected,
                                tr("%1 consented; the directory role could not be verified: the "
                                   "sign-in did not include the account's roles (wids)")
                                    .arg(constants::requiredGraphScope),
                                tr("Make sure %1 holds Global Administrator, Application "
                                   "Administrator or Cloud Application Administrator. To let the "
                                   "wizard verify it, sign in with your own app registration "
                                   "(--client-id) that emits directory roles (Token configuration "
                                   "> groups claim: directory roles).")
                                    .arg(account.userPrincipalName));
        const QStringList held = administratorRoles(*account.directoryRoles);
        if (held.isEmpty())
            return failCheck(id, expected,
                             tr("%1 consented; %2 holds none of these roles")
                                 .arg(constants::requiredGraphScope, account.userPrincipalName),
                             assignRole);
        return passCheck(id, expected,
                         tr("%1 consented; role: %2").arg(constants::requiredGraphScope, held.join(u", "_s)));
    }

    // The names of the roles in `roleTemplateIds` that may update the principal.
    static QStringList administratorRoles(const QStringList &roleTemplateIds)
    {
        const QList<std::pair<QString, QString>> roles{
            {constants::globalAdministratorRole, u"Global Administrator"_s},
            {constants::applicationAdministratorRole, u"Application Administrator"_s},
            {constants::cloudApplicationAdministratorRole, u"Cloud Application Administrator"_s}};
        QStringList held;
        for (const auto &[templateId, name] : roles)
            if (roleTemplateIds.contains(templateId, Qt::CaseInsensitive))
                held.append(name);
        return held;
    }
};

} // namespace

std::unique_ptr<Step> makeConnectStep()
{
    return std::make_unique<ConnectStep>();
}

} // namespace s2s
