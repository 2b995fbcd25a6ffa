#include "ChunkedSecretStore.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QRandomGenerator>

Q_LOGGING_CATEGORY(lcChunkedSecrets, "engine.secrets")

using namespace Qt::StringLiterals;

namespace s2s::secrets {
namespace {

const QString marker = u"s2s-chunks:"_s;
constexpr int maxParts = 1000;

bool isGeneration(const QString &text)
{
    if (text.isEmpty() || text.size() > 32)
        return false;
    return std::all_of(text.begin(), text.end(),
                       [](QChar c) { return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'); });
}

// The parts a stored value announces: count 0 for a secret stored whole, -1 for a broken marker.
ChunkedSecretStore::Parts announcedParts(const QString &value)
{
    if (!value.startsWith(marker))
        return {};
    const QStringList fields = value.mid(marker.size()).split(u':');
    ChunkedSecretStore::Parts parts;
    if (fields.size() > 2 || (fields.size() == 2 && !isGeneration(fields.first()))) {
        parts.count = -1;
        return parts;
    }
    if (fields.size() == 2)
        parts.generation = fields.first();
    bool ok = false;
    const int count = fields.last().toInt(&ok);
    parts.count = ok && count >= 1 && count <= maxParts ? count : -1;
    return parts;
}

QString markerFor(const ChunkedSecretStore::Parts &parts)
{
    return marker + parts.generation + u':' + QString::number(parts.count);
}

// A generation id other than `old`'s: 16 hex digits.
QString newGeneration(const QString &old)
{
    QString generation;
    do {
        generation = QString::number(QRandomGenerator::system()->generate64(), 16).rightJustified(16, u'0');
    } while (generation == old);
    return generation;
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

QString ChunkedSecretStore::partKey(const QString &key, const QString &generation, int part)
{
    if (generation.isEmpty())
        return u"%1#part-%2"_s.arg(key).arg(part);
    return u"%1#%2#part-%3"_s.arg(key, generation).arg(part);
}

QCoro::Task<Result<ChunkedSecretStore::Parts>> ChunkedSecretStore::storedParts(QString key)
{
    const auto stored = co_await m_inner->read(key);
    if (!stored)
        co_return stored.error();
    Parts parts = stored->has_value() ? announcedParts(**stored) : Parts{};
    parts.count = std::max(parts.count, 0); // a broken marker has no parts to drop
    co_return parts;
}

QCoro::Task<Status> ChunkedSecretStore::removeParts(QString key, Parts parts)
{
    for (int part = 1; part <= parts.count; ++part) {
        const Status removed = co_await m_inner->remove(partKey(key, parts.generation, part));
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
    const Parts parts = announcedParts(**stored);
    if (parts.count == 0)
        co_return stored;
    if (parts.count < 0) {
        const Error broken = incomplete(key);
        co_return broken;
    }
    QString secret;
    for (int part = 1; part <= parts.count; ++part) {
        const auto piece = co_await m_inner->read(partKey(key, parts.generation, part));
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

// The parts of `secret` under the generation `parts` names; on a failure, drops the parts it wrote
// (the marker still points at the old generation, which stays whole).
QCoro::Task<Status> ChunkedSecretStore::writeParts(QString key, QString secret, Parts parts)
{
    for (int part = 1; part <= parts.count; ++part) {
        const Status written = co_await m_inner->write(
            partKey(key, parts.generation, part), secret.mid((part - 1) * m_maxPartLength, m_maxPartLength));
        if (!written) {
            Parts partial = parts;
            partial.count = part - 1;
            co_await removeParts(key, partial); // best effort: orphans are never read
            co_return written;
        }
    }
    co_return success();
}

QCoro::Task<Status> ChunkedSecretStore::write(QString key, QString secret)
{
    const auto before = co_await storedParts(key);
    if (!before)
        co_return before.error();
    const Parts &oldParts = *before;
    // A short secret that happens to look like the marker is split too, so it reads back as itself.
    const bool whole = secret.size() <= m_maxPartLength && !secret.startsWith(marker);
    if (whole) {
        const Status written = co_await m_inner->write(key, secret);
        if (!written)
            co_return written;
    } else {
        Parts newParts;
        newParts.count = int((secret.size() + m_maxPartLength - 1) / m_maxPartLength);
        if (newParts.count > maxParts) {
            const Error refused = tooLong(key);
            co_return refused;
        }
        newParts.generation = newGeneration(oldParts.generation);
        const Status parts = co_await writeParts(key, secret, newParts);
        if (!parts)
            co_return parts;
        // The switch: one write. Until it is done, a read finds the old secret whole.
        const Status announced = co_await m_inner->write(key, markerFor(newParts));
        if (!announced) {
            co_await removeParts(key, newParts);
            co_return announced;
        }
    }
    // The new secret is in place; old parts left behind by a failure here are never read.
    const Status dropped = co_await removeParts(key, oldParts);
    if (!dropped)
        qCWarning(lcChunkedSecrets).noquote()
            << "Old parts of" << key << "were left:" << dropped.error().message;
    co_return success();
}

QCoro::Task<Status> ChunkedSecretStore::remove(QString key)
{
    const auto parts = co_await storedParts(key);
    if (!parts)
        co_return parts.error();
    // The marker first: a half-done removal leaves orphan parts, never a marker without them.
    const Status removed = co_await m_inner->remove(key);
    if (!removed)
        co_return removed;
    co_return co_await removeParts(key, *parts);
}

} // namespace s2s::secrets
