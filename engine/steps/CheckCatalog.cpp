#include "CheckCatalog.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace s2s {

QString CheckDefinition::title() const
{
    return QCoreApplication::translate("Checks", english);
}

const QList<CheckDefinition> &allChecks()
{
    using namespace check_ids;
    static const QList<CheckDefinition> all = {webAppExists,
                                               zoneWindowsAuth,
                                               zoneNtlm,
                                               oauthOverHttpEnabled,
                                               stsCertSameOnAllServers,
                                               stsCertKeyStrength,
                                               stsCertValidity,
                                               hostReady,
                                               farmAdmin,
                                               remotingEachServer,
                                               signedIn,
                                               graphPermission,
                                               outboundAcs,
                                               publicDomainValid,
                                               siteUrlValid,
                                               tenantIdKnown,
                                               metadataRealmMatches,
                                               stsCertOnSpoPrincipal,
                                               spoKeyValidity,
                                               spoKeysKept,
                                               spnListed,
                                               spnOnlyOneForDomain,
                                               existingSpnsKept,
                                               appPrincipalRegistered,
                                               realmMatchesTenant,
                                               acsProxyPresent,
                                               acsProxyDefaultGroup,
                                               acsProxyMetadataMatches,
                                               trustedServiceConsumerPresent,
                                               trustedIssuerName,
                                               trustedIssuerIsBroker,
                                               trustRealmDiscovery,
                                               trustTokenOutbound,
                                               trustTokenInbound};
    return all;
}

const CheckDefinition *findCheck(const QString &id)
{
    for (const CheckDefinition &check : allChecks())
        if (id == QLatin1StringView(check.key))
            return &check;
    return nullptr;
}

static Check make(const CheckDefinition &check, CheckStatus status, const QString &expected,
                  const QString &actual, const QString &remedy)
{
    return {check.id(), check.title(), status,
            expected,   actual,        status == CheckStatus::Pass ? QString() : remedy};
}

Check passCheck(const CheckDefinition &check, const QString &expected, const QString &actual)
{
    return make(check, CheckStatus::Pass, expected, actual, {});
}

Check failCheck(const CheckDefinition &check, const QString &expected, const QString &actual,
                const QString &remedy)
{
    return make(check, CheckStatus::Fail, expected, actual, remedy);
}

Check warnCheck(const CheckDefinition &check, const QString &expected, const QString &actual,
                const QString &remedy)
{
    return make(check, CheckStatus::Warn, expected, actual, remedy);
}

Check unknownCheck(const CheckDefinition &check, const QString &expected, const QString &actual,
                   const QString &remedy)
{
    return make(check, CheckStatus::Unknown, expected, actual, remedy);
}

Check checkIf(bool passed, const CheckDefinition &check, const QString &expected, const QString &actual,
              const QString &remedy)
{
    return make(check, passed ? CheckStatus::Pass : CheckStatus::Fail, expected, actual, remedy);
}

QList<Check> unreadableChecks(const QList<CheckDefinition> &failed, const Error &error)
{
    QList<Check> checks;
    for (const CheckDefinition &check : failed)
        checks.append(
            failCheck(check, QCoreApplication::translate("Checks", "readable state"), error.message,
                      error.remedy.isEmpty()
                          ? QCoreApplication::translate("Checks", "Fix the error above, then validate again.")
                          : error.remedy));
    return checks;
}

ValidationReport makeReport(QList<Check> checks)
{
    return {QDateTime::currentDateTimeUtc(), std::move(checks)};
}

} // namespace s2s
