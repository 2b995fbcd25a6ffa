#pragma once

#include "crypto/CertificateInfo.h"
#include "steps/VerifiedWrite.h"

namespace s2s {

// The SharePoint Online principal's keys, which Graph replaces whole on PATCH: every key read
// right before the PATCH is re-sent (by SHA-1 of `key`), and nothing else changes.

// Adds `added` (step 6, a renewal's new key).
class KeyAddition final : public PrincipalWrite {
public:
    explicit KeyAddition(KeyCredential added)
        : m_added(std::move(added))
    {}
    Result<QStringList> required(const ServicePrincipal &current) const override;
    QStringList present(const ServicePrincipal &principal) const override;
    QCoro::Task<Status> patch(TenantBackend &tenant, const ServicePrincipal &current) override;
    QString collection() const override;

private:
    KeyCredential m_added;
};

// Removes the key whose certificate has SHA-1 `thumbprint` (a renewal's old key, a removal).
class KeyRemoval final : public PrincipalWrite {
public:
    explicit KeyRemoval(QString thumbprint)
        : m_thumbprint(std::move(thumbprint))
    {}
    Result<QStringList> required(const ServicePrincipal &current) const override;
    QStringList removed() const override { return {m_thumbprint}; }
    QStringList present(const ServicePrincipal &principal) const override;
    QCoro::Task<Status> patch(TenantBackend &tenant, const ServicePrincipal &current) override;
    QString collection() const override;

private:
    QString m_thumbprint;
};

// The key credential Graph gets for a certificate: AsymmetricX509Cert, Verify, its DER, "CN=..."
// and its dates.
KeyCredential keyCredentialFor(const CertificateInfo &certificate);

// Graph returned a key without `key`: re-sending the list would drop it.
Error keyWithoutValueError(const KeyCredential &key);
// Graph refuses a PATCH whose list holds an expired certificate.
Error expiredKeyError(const KeyCredential &key);

// Removes the key with `thumbprint` from the SharePoint Online principal (verified write);
// success at once when it is not there.
QCoro::Task<Status> removeSpoKey(StepContext &context, QString thumbprint);

} // namespace s2s
