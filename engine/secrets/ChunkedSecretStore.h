#pragma once

#include <memory>

#include "secrets/SecretStore.h"

namespace s2s::secrets {

// Splits long secrets into parts a credential store accepts: Windows Credential Manager takes at
// most 2,560 bytes per credential, and a Microsoft Entra refresh token can be longer. A secret of
// up to `maxPartLength` characters is stored as it is; a longer one as parts of a generation,
// "<key>#<generation>#part-<n>", and under the key itself the marker
// "s2s-chunks:<generation>:<count>". A rewrite writes the new parts under a new generation, then
// switches the marker to it in one write, then drops the old generation's parts: a read follows
// the marker only, so a rewrite that fails part-way leaves the old secret readable and whole.
// (A marker "s2s-chunks:<count>" with parts "<key>#part-<n>", written by earlier versions, is
// still read.)
class ChunkedSecretStore final : public SecretStore {
public:
    // 800 characters: at most 2,400 bytes in UTF-8, under the Credential Manager's limit.
    static constexpr qsizetype defaultMaxPartLength = 800;

    explicit ChunkedSecretStore(std::unique_ptr<SecretStore> inner,
                                qsizetype maxPartLength = defaultMaxPartLength);

    QString kind() const override { return m_inner->kind(); }
    QCoro::Task<Result<std::optional<QString>>> read(QString key) override;
    QCoro::Task<Status> write(QString key, QString secret) override;
    QCoro::Task<Status> remove(QString key) override;

    // Where the parts of a generation are (for tests and diagnostics): "<key>#<generation>#part-<n>",
    // or "<key>#part-<n>" for an empty generation (the earlier format).
    static QString partKey(const QString &key, const QString &generation, int part);

    // Which parts a stored marker points at.
    struct Parts {
        QString generation; // empty: the earlier format
        int count = 0;      // 0: the secret is stored whole (or not at all)
    };

private:
    QCoro::Task<Result<Parts>> storedParts(QString key);
    QCoro::Task<Status> removeParts(QString key, Parts parts);
    QCoro::Task<Status> writeParts(QString key, QString secret, Parts parts);

    std::unique_ptr<SecretStore> m_inner;
    qsizetype m_maxPartLength;
};

} // namespace s2s::secrets
