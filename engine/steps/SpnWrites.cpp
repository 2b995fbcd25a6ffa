#include "SpnWrites.h"

#include <QCoreApplication>

#include "steps/StepSupport.h"
#include "tenant/Merge.h"

using namespace Qt::StringLiterals;

namespace s2s {
namespace {

// The context of the texts that moved here from step 7.
struct SpnText {
    Q_DECLARE_TR_FUNCTIONS(AddSpnStep)
};

QStringList withoutSpn(const QStringList &spns, const QString &spn)
{
    QStringList kept;
    for (const QString &each : spns)
        if (each.compare(spn, Qt::CaseInsensitive) != 0)
            kept.append(each);
    return kept;
}

} // namespace

Result<QStringList> SpnAddition::required(const ServicePrincipal &current) const
{
    return mergeSpns(current.servicePrincipalNames, m_spn);
}

QStringList SpnAddition::present(const ServicePrincipal &principal) const
{
    return principal.servicePrincipalNames;
}

QCoro::Task<Status> SpnAddition::patch(TenantBackend &tenant, const ServicePrincipal &current)
{
    co_return co_await tenant.patchServicePrincipalNames(current.id,
                                                         mergeSpns(current.servicePrincipalNames, m_spn));
}

QString SpnAddition::collection() const
{
    return SpnText::tr("SPN list");
}

Error SpnAddition::patchError(const Error &error) const
{
    if (error.code != u"graph.Request_MultipleObjectsWithSameKeyValue")
        return error;
    Error named = error;
    named.remedy = SpnText::tr(
                       "Another service principal in the tenant already lists %1, and an SPN can "
                       "belong to one principal only. Find it with Microsoft Graph: GET "
                       "/v1.0/servicePrincipals?$filter=servicePrincipalNames/any(x:x eq '%1') (Graph "
                       "Explorer works), or in the Microsoft Entra admin center (Enterprise "
                       "applications). Remove the SPN from that principal if it is left over from an "
                       "earlier setup, then run this step again.")
                       .arg(m_spn);
    return named;
}

Result<QStringList> SpnRemoval::required(const ServicePrincipal &current) const
{
    return withoutSpn(current.servicePrincipalNames, m_spn);
}

QStringList SpnRemoval::present(const ServicePrincipal &principal) const
{
    return principal.servicePrincipalNames;
}

QCoro::Task<Status> SpnRemoval::patch(TenantBackend &tenant, const ServicePrincipal &current)
{
    co_return co_await tenant.patchServicePrincipalNames(current.id,
                                                         withoutSpn(current.servicePrincipalNames, m_spn));
}

QString SpnRemoval::collection() const
{
    return SpnText::tr("SPN list");
}

QCoro::Task<Status> removeSpoSpn(StepContext &context, QString spn)
{
    const auto principal = co_await readSpoPrincipal(context);
    if (!principal)
        co_return principal.error();
    if (missingFrom({spn}, principal->servicePrincipalNames).size() == 1)
        co_return success();
    SpnRemoval write(spn);
    co_return co_await writeVerified(context, *principal, write);
}

} // namespace s2s
