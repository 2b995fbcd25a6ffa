#pragma once

#include <QHash>

#include <optional>

#include "tenant/TenantBackend.h"

namespace s2s {

// Within one operation of the runner (a step's apply and validate, a listing, a renewal), a read
// of the tenant answers from the operation's last read of the same thing: validation does not ask
// Graph again for the principal the write just read back, and step 11 reads the organization, the
// ACS metadata and the principal once for all the checks it re-runs. Every Graph request counts
// against the tenant's throttling budget and takes a round trip.
//
// What must be fresh stays fresh: a PATCH (answered or not) forgets every read, so the read-back
// after a write goes to Graph, and forgetReads() makes the next read go to Graph (the runner calls
// it when an operation begins; writeVerified before its pre-PATCH read). Failed reads are not kept.
class ReadOnceTenantBackend final : public TenantBackend {
public:
    explicit ReadOnceTenantBackend(TenantBackend &inner)
        : m_inner(inner)
    {}

    void forgetReads() override;

    QString kind() const override { return m_inner.kind(); }
    QJsonObject reportInfo() const override { return m_inner.reportInfo(); }
    void bindTenant(const QString &tenantId) override;
    QCoro::Task<Result<SignedInAccount>> signIn() override;
    std::optional<SignedInAccount> account() const override { return m_inner.account(); }
    QCoro::Task<Status> signOut() override;
    void abandonRequests() override { m_inner.abandonRequests(); }
    QCoro::Task<Result<Organization>> organization() override;
    QCoro::Task<Result<ServicePrincipal>> servicePrincipalByAppId(QString appId) override;
    QCoro::Task<Status> patchServicePrincipalNames(QString id, QStringList names) override;
    QCoro::Task<Status> patchKeyCredentials(QString id, QList<KeyCredential> keys) override;
    QCoro::Task<Result<AcsMetadata>> acsMetadata(QString url) override;
    // Never kept: it is the proof that SharePoint Online answers now.
    QCoro::Task<Result<RealmDiscovery>> discoverRealm(QUrl sharePointRoot) override
    {
        return m_inner.discoverRealm(std::move(sharePointRoot));
    }
    QString lastRequestIds() const override { return m_inner.lastRequestIds(); }

private:
    TenantBackend &m_inner;
    QHash<QString, Organization> m_organization;   // the signed-in tenant's, under ""
    QHash<QString, ServicePrincipal> m_principals; // by appId
    QHash<QString, AcsMetadata> m_metadata;        // by URL
};

} // namespace s2s
