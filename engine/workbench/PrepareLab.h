#pragma once

#include <QFuture>
#include <QString>

#include <optional>

#include "core/Error.h"
#include "crypto/Certificate.h"

namespace s2s {

// What opening a lab costs before anything listens: the seed (a fresh folder's farm STS key, RSA)
// and the lab tenant's TLS certificate (P-256). Made off the UI thread, in parallel, so that the
// window shows first; openLab then only starts.
struct LabPreparation {
    QString folder;
    // The lab tenant's TLS certificate; empty when the tenant side is elsewhere (--endpoints).
    std::optional<crypto::GeneratedCertificate> tenantTls;
};

// How many cores the keys may take. The window's start-up shares the machine with them in the
// GUI: one thread, the other core left to the window. Headless nothing waits but the run: the
// farm's key is the first of one attempt per core (up to 4, crypto::keyAttemptsOnAllCores).
enum class KeyPace {
    OneThread,
    AllCores
};

// Seeds `folder` if needed and makes the lab tenant's keys (`withTenant`), on other threads.
QFuture<Result<LabPreparation>> prepareLab(const QString &folder, bool withTenant, KeyPace pace);

} // namespace s2s
