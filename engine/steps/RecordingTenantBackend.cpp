#include "RecordingTenantBackend.h"

#include "tenant/GraphRequests.h"
#include "tenant/Merge.h"

using namespace Qt::StringLiterals;

namespace s2s {
namespace req = graph_requests;
namespace {

QString noContent(const Unit &)
{
    return u"204 No Content"_s;
}

QString formatKey(const KeyCredential &key)
{
    return u"  %1 %2 %3 thumbprint %4 valid %5 .. %6"_s.arg(
        key.displayName, key.type, key.usage,
        key.key.isEmpty() ? u"(key not returned)"_s : keyThumbprint(key),
        key.startDateTime.toString(Qt::ISODate), key.endDateTime.toString(Qt::ISODate));
}

} // namespace

QCoro::Task<Result<SignedInAccount>> RecordingTenantBackend::signIn()
{
    return run(
        req::signIn(), m_inner.signIn(),
        [](const SignedInAccount &account) {
            return u"Signed in as %1 (tenant %2); scopes: %3"_s.arg(
                account.userPrincipalName, account.tenantId, account.scopes.join(u' '));
        },
        Call::Other);
}

QCoro::Task<Result<Organization>> RecordingTenantBackend::organization()
{
    return run(req::organization(m_graph), m_inner.organization(), [](const Organization &org) {
        QStringList domains;
        for (const VerifiedDomain &domain : org.verifiedDomains)
            domains.append(domain.name);
        return u"200 OK\nid: %1\ndisplayName: %2\nverifiedDomains: %3"_s.arg(org.id, org.displayName,
                                                                             domains.join(u", "_s));
    });
}

QCoro::Task<Result<ServicePrincipal>> RecordingTenantBackend::servicePrincipalByAppId(QString appId)
{
    return run(req::servicePrincipalByAppId(m_graph, appId), m_inner.servicePrincipalByAppId(appId),
               [](const ServicePrincipal &principal) {
                   QStringList keys;
                   for (const KeyCredential &key : principal.keyCredentials)
                       keys.append(formatKey(key));
                   return u"200 OK\nid: %1\nservicePrincipalNames:\n  %2\nkeyCredentials:\n%3"_s.arg(
                       principal.id, principal.servicePrincipalNames.join(u"\n  "_s), keys.join(u'\n'));
               });
}

QCoro::Task<Status> RecordingTenantBackend::patchServicePrincipalNames(QString id, QStringList names)
{
    return run(req::patchServicePrincipalNames(m_graph, id, names),
               m_inner.patchServicePrincipalNames(id, names), noContent);
}

QCoro::Task<Status> RecordingTenantBackend::patchKeyCredentials(QString id, QList<KeyCredential> keys)
{
    const QString added = keys.isEmpty() ? QString() : keys.constLast().displayName;
    return run(req::patchKeyCredentials(m_graph, id, int(keys.size()) - 1, added),
               m_inner.patchKeyCredentials(id, keys), noContent);
}

QCoro::Task<Result<AcsMetadata>> RecordingTenantBackend::acsMetadata(QString url)
{
    return run(
        req::acsMetadata(url), m_inner.acsMetadata(url),
        [](const AcsMetadata &metadata) {
            return u"200 OK\nrealm: %1\nissuer: %2\nkeys: %3\nOAuth2 endpoint: %4"_s
                .arg(metadata.realm, metadata.issuer)
                .arg(metadata.keyCount)
                .arg(metadata.tokenEndpoint);
        },
        Call::Other);
}

QCoro::Task<Result<RealmDiscovery>> RecordingTenantBackend::discoverRealm(QUrl sharePointRoot)
{
    return run(
        req::realmDiscovery(sharePointRoot), m_inner.discoverRealm(sharePointRoot),
        [](const RealmDiscovery &discovery) {
            return u"%1\nWWW-Authenticate: %2"_s.arg(discovery.status).arg(discovery.wwwAuthenticate);
        },
        Call::Other);
}

} // namespace s2s
