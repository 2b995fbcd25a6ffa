#pragma once

#include <functional>
#include <memory>

#include "secrets/SecretStore.h"

namespace s2s::secrets {

// The OS credential store while it works; memory for the rest of the run once it fails, said
// once (log + `notice`, which the GUI and the headless modes show). The run goes on either way,
// except for a lasting write (a generated PFX password), which never falls back to memory: it
// goes to the OS credential store or fails.
class FallbackSecretStore final : public SecretStore {
public:
    FallbackSecretStore(std::unique_ptr<SecretStore> primary, std::function<void(const QString &)> notice);

    QString kind() const override { return m_fellBack ? m_memory.kind() : m_primary->kind(); }
    QCoro::Task<Result<std::optional<QString>>> read(QString key) override;
    QCoro::Task<Status> write(QString key, QString secret) override;
    QCoro::Task<Status> remove(QString key) override;
    QCoro::Task<Status> writeLasting(QString key, QString secret) override;

private:
    void fallBack(const Error &why);

    std::unique_ptr<SecretStore> m_primary;
    std::function<void(const QString &)> m_notice;
    MemorySecretStore m_memory;
    bool m_fellBack = false;
};

} // namespace s2s::secrets
