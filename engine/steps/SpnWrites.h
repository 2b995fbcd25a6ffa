#pragma once

#include "steps/VerifiedWrite.h"

namespace s2s {

// The SharePoint Online principal's SPN list, which Graph replaces whole on PATCH: every SPN read
// right before the PATCH is kept, and only the one SPN changes.

// Adds `spn` (step 7).
class SpnAddition final : public PrincipalWrite {
public:
    explicit SpnAddition(QString spn)
        : m_spn(std::move(spn))
    {}
    Result<QStringList> required(const ServicePrincipal &current) const override;
    QStringList present(const ServicePrincipal &principal) const override;
    QCoro::Task<Status> patch(TenantBackend &tenant, const ServicePrincipal &current) override;
    QString collection() const override;
    // SPNs are unique tenant-wide: Graph refuses one that another principal already lists.
    Error patchError(const Error &error) const override;

private:
    QString m_spn;
};

// Removes `spn` (a removal), ignoring case as Graph compares SPNs.
class SpnRemoval final : public PrincipalWrite {
public:
    explicit SpnRemoval(QString spn)
        : m_spn(std::move(spn))
    {}
    Result<QStringList> required(const ServicePrincipal &current) const override;
    QStringList removed() const override { return {m_spn}; }
    QStringList present(const ServicePrincipal &principal) const override;
    QCoro::Task<Status> patch(TenantBackend &tenant, const ServicePrincipal &current) override;
    QString collection() const override;

private:
    QString m_spn;
};

// Removes `spn` from the SharePoint Online principal (verified write); success at once when it is
// not there.
QCoro::Task<Status> removeSpoSpn(StepContext &context, QString spn);

} // namespace s2s
