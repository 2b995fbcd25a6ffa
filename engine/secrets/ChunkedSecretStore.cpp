#include "ChunkedSecretStore.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace s2s::secrets {
namespace {

const QString marker = u"s2s-chunks:"_s;
constexpr int maxParts = 1000;

QString partKey(const QString &key, int part)
{
    return u"%1#part-%2"_s.arg(key).arg(part);
}

// The part count a stored value announces; 0 for a secret stored whole, -1 for a broken marker.
int announcedParts(const QString &value)
{
    if (!value.startsWith(marker))
        return 0;
    bool ok = false;
    const int count = value.mid(marker.size()).toInt(&ok);
    return ok && count >= 1 && count <= maxParts ? count : -1;
}

Error incomplete(const QString &key)
{
    return Error{u"secrets.incomplete"_s,
                 QCoreApplication::translate("Secrets", "The credential store holds only part of "
                                                        "the secret %1.")
                     .arg(key),
                 {},
                 QCoreApplication::translate("Secrets", "Sign in again, or give the PFX password "
                                                        "again: the wizard then stores it anew.")};
}

// Errors are built outside the coroutines: core/Coroutines.h.
Error tooLong(const QString &key)
{
    return Error{u"secrets.too-long"_s,
                 QCoreApplication::translate("Secrets", "The secret %1 is too long for the "
                                                        "credential store.")
                     .arg(key),
                 {},
                 {}};
}

} // namespace

ChunkedSecretStore::ChunkedSecretStore(std::unique_ptr<SecretStore> inner, qsizetype maxPartLength)
    : m_inner(std::move(inner))
    , m_maxPartLength(std::max<qsizetype>(1, maxPartLength))
{}

QCoro::Task<Result<int>> ChunkedSecretStore::partCount(QString key)
{
    const auto stored = co_await m_inner->read(key);
    if (!stored)
        co_return stored.error();
    const int count = stored->has_value() ? announcedParts(**stored) : 0;
    const int parts = std::max(count, 0); // a broken marker has no parts to drop
    co_return parts;
}

QCoro::Task<Status> ChunkedSecretStore::removeParts(QString key, int from, int to)
{
    for (int part = from; part <= to; ++part) {
        const Status removed = co_await m_inner->remove(partKey(key, part));
        if (!removed)
            co_return removed;
    }
    co_return success();
}

QCoro::Task<Result<std::optional<QString>>> ChunkedSecretStore::read(QString key)
{
    auto stored = co_await m_inner->read(key);
    if (!stored || !stored->has_value())
        co_return stored;
    const QString value = **stored;
    const int count = announcedParts(value);
    if (count == 0)
        co_return stored;
    if (count < 0) {
        const Error broken = incomplete(key);
        co_return broken;
    }
    QString secret;
    for (int part = 1; part <= count; ++part) {
        const auto piece = co_await m_inner->read(partKey(key, part));
        if (!piece)
            co_return piece.error();
        if (!piece->has_value()) {
            const Error missing = incomplete(key);
            co_return missing;
        }
        secret += **piece;
    }
    std::optional<QString> whole = secret;
    co_return whole;
}

QCoro::Task<Status> ChunkedSecretStore::write(QString key, QString secret)
{
    const auto before = co_await partCount(key);
    if (!before)
        co_return before.error();
    const int oldParts = *before;
    // A short secret that happens to look like the marker is split too, so it reads back as itself.
    const bool whole = secret.size() <= m_maxPartLength && !secret.startsWith(marker);
    int newParts = 0;
    if (whole) {
        const Status written = co_await m_inner->write(key, secret);
        if (!written)
            co_return written;
    } else {
        newParts = int((secret.size() + m_maxPartLength - 1) / m_maxPartLength);
        if (newParts > maxParts) {
            const Error refused = tooLong(key);
            co_return refused;
        }
        for (int part = 1; part <= newParts; ++part) {
            const Status written = co_await m_inner->write(
                partKey(key, part), secret.mid((part - 1) * m_maxPartLength, m_maxPartLength));
            if (!written)
                co_return written;
        }
        const Status announced = co_await m_inner->write(key, marker + QString::number(newParts));
        if (!announced)
            co_return announced;
    }
    co_return co_await removeParts(key, newParts + 1, oldParts);
}

QCoro::Task<Status> ChunkedSecretStore::remove(QString key)
{
    const auto parts = co_await partCount(key);
    if (!parts)
        co_return parts.error();
    // The marker first: a half-done removal leaves orphan parts, never a marker without them.
    const Status removed = co_await m_inner->remove(key);
    if (!removed)
        co_return removed;
    co_return co_await removeParts(key, 1, *parts);
}

} // namespace s2s::secrets
