#include "FallbackSecretStore.h"

#include <QCoreApplication>

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSecrets, "engine.secrets")

using namespace Qt::StringLiterals;

namespace s2s::secrets {

FallbackSecretStore::FallbackSecretStore(std::unique_ptr<SecretStore> primary,
                                         std::function<void(const QString &)> notice)
    : m_primary(std::move(primary))
    , m_notice(std::move(notice))
{}

void FallbackSecretStore::fallBack(const Error &why)
{
    m_fellBack = true;
    const QString text = QCoreApplication::translate("Secrets",
                                                     "No credential store is available (%1). The sign-in "
                                                     "is kept in memory for this run only: the next run "
                                                     "asks you to sign in again.")
                             .arg(why.message);
    qCWarning(lcSecrets).noquote() << text;
    if (m_notice)
        m_notice(text);
}

QCoro::Task<Result<std::optional<QString>>> FallbackSecretStore::read(QString key)
{
    if (!m_fellBack) {
        auto secret = co_await m_primary->read(key);
        if (secret)
            co_return secret;
        fallBack(secret.error());
    }
    co_return co_await m_memory.read(key);
}

QCoro::Task<Status> FallbackSecretStore::write(QString key, QString secret)
{
    if (!m_fellBack) {
        const Status written = co_await m_primary->write(key, secret);
        if (written)
            co_return written;
        fallBack(written.error());
    }
    co_return co_await m_memory.write(key, secret);
}

QCoro::Task<Status> FallbackSecretStore::writeLasting(QString key, QString secret)
{
    // Tried even after a fallback: the store may answer now, and memory is no place for it.
    const Status written = co_await m_primary->writeLasting(key, secret);
    if (written)
        co_return written;
    const Error refused = memoryOnlyError(written.error().message);
    co_return refused;
}

QCoro::Task<Status> FallbackSecretStore::remove(QString key)
{
    if (!m_fellBack) {
        const Status removed = co_await m_primary->remove(key);
        if (removed)
            co_return removed;
        fallBack(removed.error());
    }
    co_return co_await m_memory.remove(key);
}

} // namespace s2s::secrets
