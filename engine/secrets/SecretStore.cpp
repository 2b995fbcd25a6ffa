#include "SecretStore.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace s2s::secrets {

QString secretKey(const QString &purpose, const QString &id)
{
    return u"s2s-wizard/%1/%2"_s.arg(purpose, id);
}

Error memoryOnlyError(const QString &why)
{
    return Error{u"secrets.memory-only"_s,
                 QCoreApplication::translate("Secrets", "No credential store keeps secrets here: it would "
                                                        "hold the secret in memory for this run only."),
                 why,
                 QCoreApplication::translate("Secrets", "Make the OS credential store work (on Windows the "
                                                        "Credential Manager; on Linux a Secret Service such "
                                                        "as gnome-keyring, unlocked).")};
}

QCoro::Task<Status> SecretStore::writeLasting(QString key, QString secret)
{
    if (kind() == u"memory") {
        const Error refused = memoryOnlyError();
        co_return refused;
    }
    co_return co_await write(std::move(key), std::move(secret));
}

QCoro::Task<Result<std::optional<QString>>> MemorySecretStore::read(QString key)
{
    const auto found = m_secrets.constFind(key);
    std::optional<QString> secret;
    if (found != m_secrets.constEnd())
        secret = *found;
    co_return secret;
}

QCoro::Task<Status> MemorySecretStore::write(QString key, QString secret)
{
    m_secrets.insert(key, secret);
    co_return success();
}

QCoro::Task<Status> MemorySecretStore::remove(QString key)
{
    m_secrets.remove(key);
    co_return success();
}

} // namespace s2s::secrets
