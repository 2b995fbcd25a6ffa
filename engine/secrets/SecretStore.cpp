#include "SecretStore.h"

using namespace Qt::StringLiterals;

namespace s2s::secrets {

QString secretKey(const QString &purpose, const QString &id)
{
    return u"s2s-wizard/%1/%2"_s.arg(purpose, id);
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
