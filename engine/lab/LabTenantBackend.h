#pragma once

#include "lab/LabTenantModel.h"
#include "tenant/TenantBackend.h"

namespace s2s::lab {

// The simulated tenant, in process, on tenant.json through the lab tenant model (the same rules
// the lab tenant server applies over HTTPS).
class LabTenantBackend final : public TenantBackend {
public:
    explicit LabTenantBackend(LabFolder folder);

    QString kind() const override { return QStringLiteral("lab-in-process"); }

    QCoro::Task<Result<SignedInAccount>> signIn() override;
    std::optional<SignedInAccount> account() const override { return m_account; }
    QCoro::Task<Result<Organization>> organization() override;
    QCoro::Task<Result<ServicePrincipal>> servicePrincipalByAppId(QString appId) override;
    QCoro::Task<Status> patchServicePrincipalNames(QString id, QStringList names) override;
    QCoro::Task<Status> patchKeyCredentials(QString id, QList<KeyCredential> keys) override;
    QCoro::Task<Result<AcsMetadata>> acsMetadata(QString url) override;

private:
    Result<QJsonObject> signedInTenant();
    Status patchPrincipal(const QString &id, const QJsonObject &changes);

    LabTenantModel m_model;
    std::optional<SignedInAccount> m_account;
};

} // namespace s2s::lab
