#pragma once

#include <chrono>

#include "secrets/SecretStore.h"

namespace s2s::secrets {

// The OS credential store through QtKeychain (Windows Credential Manager, macOS Keychain, Secret
// Service on Linux). Every call finishes: a job that hangs (a locked keyring waiting for a
// prompt nobody answers) ends with an error after the watchdog time.
class KeychainSecretStore final : public SecretStore {
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("s2s-wizard"),
                                 std::chrono::milliseconds watchdog = std::chrono::seconds(20));

    QString kind() const override { return QStringLiteral("keychain"); }
    QCoro::Task<Result<std::optional<QString>>> read(QString key) override;
    QCoro::Task<Status> write(QString key, QString secret) override;
    QCoro::Task<Status> remove(QString key) override;

private:
    QString m_service;
    std::chrono::milliseconds m_watchdog;
};

} // namespace s2s::secrets
