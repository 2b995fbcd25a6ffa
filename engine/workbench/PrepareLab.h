#pragma once

#include <QFuture>
#include <QString>

#include <optional>

#include "core/Error.h"
#include "crypto/Certificate.h"

namespace s2s {

// What opening a lab costs before anything listens: the seed (a fresh folder's farm STS key, RSA)
// and the tenant's keys (its TLS certificate, P-256; the ACS signing key, RSA). Made off the UI thread, in
// parallel, so that the window shows first; openLab then only starts.
struct LabPreparation {
    QString folder;
    // The lab tenant's TLS certificate; empty when the tenant side is elsewhere (--endpoints).
    std::optional<crypto::GeneratedCertificate> tenantTls;
};

// How many cores the keys may take. The window's start-up shares the machine with them in the
// GUI: one thread, the other core left to the window. Headless nothing waits but the run: every
// key at once, the ACS key (first needed at step 4, labAcsSigningKey()) not waited for.
enum class KeyPace {
    OneThread,
    AllCores
};

// Seeds `folder` if needed and makes the lab tenant's keys (`withTenant`), on other threads.
QFuture<Result<LabPreparation>> prepareLab(const QString &folder, bool withTenant, KeyPace pace);

} // namespace s2s
