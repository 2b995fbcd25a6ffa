#pragma once

#include <QHash>
#include <QString>

#include <optional>

#include <QCoro/QCoroTask>

#include "core/Error.h"

namespace s2s::secrets {

// Where the wizard keeps secrets between runs (refresh token, PFX password): the OS credential
// store on a real machine, memory when there is none. Secrets never go to the session file,
// transcript, log or a command line; this is the only place that holds them.
class SecretStore {
public:
    virtual ~SecretStore() = default;

    // "keychain" (QtKeychain: Windows Credential Manager, Secret Service) or "memory".
    virtual QString kind() const = 0;
    // Empty optional: no secret under that key.
    virtual QCoro::Task<Result<std::optional<QString>>> read(QString key) = 0;
    virtual QCoro::Task<Status> write(QString key, QString secret) = 0;
    // Removing a key that is not there succeeds.
    virtual QCoro::Task<Status> remove(QString key) = 0;
    // Writes a secret that must outlive the run (a generated PFX password, which nobody else
    // knows): to a store that keeps it, never to memory only. Error secrets.memory-only when this
    // store keeps secrets in memory only; the default writes unless kind() is "memory".
    virtual QCoro::Task<Status> writeLasting(QString key, QString secret);
};

// The error a lasting write gets from a store that keeps secrets in memory only.
Error memoryOnlyError(const QString &why = {});

// Keys are namespaced so several tenants and farms never collide: "s2s-wizard/<purpose>/<id>",
// e.g. secretKey(u"refresh-token", tenantId).
QString secretKey(const QString &purpose, const QString &id);

// For the session only: what a machine without a credential store falls back to.
class MemorySecretStore final : public SecretStore {
public:
    QString kind() const override { return QStringLiteral("memory"); }
    QCoro::Task<Result<std::optional<QString>>> read(QString key) override;
    QCoro::Task<Status> write(QString key, QString secret) override;
    QCoro::Task<Status> remove(QString key) override;

private:
    QHash<QString, QString> m_secrets;
};

} // namespace s2s::secrets
