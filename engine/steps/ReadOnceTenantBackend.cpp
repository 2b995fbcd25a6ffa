#include "ReadOnceTenantBackend.h"

#include <functional>

namespace s2s {
namespace {

// The read of `key` kept in `kept`, else what `read` answers, kept when it is a success.
template <typename T>
QCoro::Task<Result<T>> keptOrRead(QHash<QString, T> &kept, QString key,
                                  std::function<QCoro::Task<Result<T>>()> read)
{
    if (const auto found = kept.constFind(key); found != kept.cend()) {
        const Result<T> value = *found; // a copy: core/Coroutines.h
        co_return value;
    }
    Result<T> answer = co_await read();
    if (answer)
        kept.insert(key, answer.value());
    co_return answer;
}

} // namespace

void ReadOnceTenantBackend::forgetReads()
{
    m_organization.clear();
    m_principals.clear();
    m_metadata.clear();
}

void ReadOnceTenantBackend::bindTenant(const QString &tenantId)
{
    forgetReads(); // what was read belongs to the tenant signed in before
    m_inner.bindTenant(tenantId);
}

QCoro::Task<Result<SignedInAccount>> ReadOnceTenantBackend::signIn()
{
    forgetReads();
    co_return co_await m_inner.signIn();
}

QCoro::Task<Status> ReadOnceTenantBackend::signOut()
{
    forgetReads();
    co_return co_await m_inner.signOut();
}

QCoro::Task<Result<Organization>> ReadOnceTenantBackend::organization()
{
    return keptOrRead<Organization>(m_organization, QString(), [this] { return m_inner.organization(); });
}

QCoro::Task<Result<ServicePrincipal>> ReadOnceTenantBackend::servicePrincipalByAppId(QString appId)
{
    return keptOrRead<ServicePrincipal>(m_principals, appId,
                                        [this, appId] { return m_inner.servicePrincipalByAppId(appId); });
}

QCoro::Task<Status> ReadOnceTenantBackend::patchServicePrincipalNames(QString id, QStringList names)
{
    forgetReads(); // before the PATCH: a read while it runs must not be kept either
    const Status patched = co_await m_inner.patchServicePrincipalNames(std::move(id), std::move(names));
    forgetReads();
    co_return patched;
}

QCoro::Task<Status> ReadOnceTenantBackend::patchKeyCredentials(QString id, QList<KeyCredential> keys)
{
    forgetReads();
    const Status patched = co_await m_inner.patchKeyCredentials(std::move(id), std::move(keys));
    forgetReads();
    co_return patched;
}

QCoro::Task<Result<AcsMetadata>> ReadOnceTenantBackend::acsMetadata(QString url)
{
    return keptOrRead<AcsMetadata>(m_metadata, url, [this, url] { return m_inner.acsMetadata(url); });
}

} // namespace s2s
