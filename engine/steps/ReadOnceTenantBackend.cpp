#include "ReadOnceTenantBackend.h"

namespace s2s {

void ReadOnceTenantBackend::forgetReads()
{
    m_organization.reset();
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
    if (m_organization) {
        const Result<Organization> kept = *m_organization; // a copy: core/Coroutines.h
        co_return kept;
    }
    Result<Organization> read = co_await m_inner.organization();
    if (read)
        m_organization = read.value();
    co_return read;
}

QCoro::Task<Result<ServicePrincipal>> ReadOnceTenantBackend::servicePrincipalByAppId(QString appId)
{
    if (const auto found = m_principals.constFind(appId); found != m_principals.cend()) {
        const Result<ServicePrincipal> kept = *found;
        co_return kept;
    }
    Result<ServicePrincipal> read = co_await m_inner.servicePrincipalByAppId(appId);
    if (read)
        m_principals.insert(appId, read.value());
    co_return read;
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
    if (const auto found = m_metadata.constFind(url); found != m_metadata.cend()) {
        const Result<AcsMetadata> kept = *found;
        co_return kept;
    }
    Result<AcsMetadata> read = co_await m_inner.acsMetadata(url);
    if (read)
        m_metadata.insert(url, read.value());
    co_return read;
}

} // namespace s2s
