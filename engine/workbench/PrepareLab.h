#pragma once

#include <QFuture>
#include <QString>

#include <optional>

#include "core/Error.h"
#include "crypto/Certificate.h"

namespace s2s {

// What opening a lab costs before anything listens: the seed (a fresh folder's farm STS key) and
// the tenant's keys (its TLS certificate, the ACS signing key), each an RSA key generation. Made
// off the UI thread, in parallel, so that the window shows first; openLab then only starts.
struct LabPreparation {
    QString folder;
    // The lab tenant's TLS certificate; empty when the tenant side is elsewhere (--endpoints).
    std::optional<crypto::GeneratedCertificate> tenantTls;
};

// Seeds `folder` if needed and makes the lab tenant's keys (`withTenant`), on pool threads.
QFuture<Result<LabPreparation>> prepareLab(const QString &folder, bool withTenant);

} // namespace s2s
