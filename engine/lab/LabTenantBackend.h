#pragma once

#include "lab/LabFolder.h"
#include "tenant/TenantBackend.h"

namespace s2s::lab {

// The simulated tenant, in process, on tenant.json. PATCH replaces whole collections and re-sent
// key credentials must carry key, type and usage, exactly as Microsoft Graph requires.
class LabTenantBackend final : public TenantBackend {
public:
    explicit LabTenantBackend(LabFolder folder);

    QString kind() const override { return QStringLiteral("lab-in-process"); }

    QCoro::Task<Result<SignedInAccount>> signIn() override;
    std::optional<SignedInAccount> account() const override { return m_account; }
    QCoro::Task<Status> signOut() override;
    QCoro::Task<Result<Organization>> organization() override;
    QCoro::Task<Result<ServicePrincipal>> servicePrincipalByAppId(QString appId) override;
    QCoro::Task<Status> patchServicePrincipalNames(QString id, QStringList names) override;
    QCoro::Task<Status> patchKeyCredentials(QString id, QList<KeyCredential> keys) override;
    QCoro::Task<Result<AcsMetadata>> acsMetadata(QString url) override;

private:
    Result<QJsonObject> signedInTenant();
    Status patchPrincipal(const QString &id, const QString &property, const QJsonArray &value);

    LabFolder m_folder;
    std::optional<SignedInAccount> m_account;
};

} // namespace s2s::lab
