#pragma once

#include <memory>

#include "secrets/SecretStore.h"

namespace s2s::secrets {

// Splits long secrets into parts a credential store accepts: Windows Credential Manager takes at
// most 2,560 bytes per credential, and a Microsoft Entra refresh token can be longer. A secret of
// up to `maxPartLength` characters is stored as it is; a longer one as parts under
// "<key>#part-<n>" and, under the key itself, "s2s-chunks:<count>", written last so that a reader
// never finds the marker without its parts. Overwriting or removing drops the old parts.
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

private:
    // How many parts the secret under `key` has now: 0 when it is stored whole or not at all.
    QCoro::Task<Result<int>> partCount(QString key);
    QCoro::Task<Status> removeParts(QString key, int from, int to);

    std::unique_ptr<SecretStore> m_inner;
    qsizetype m_maxPartLength;
};

} // namespace s2s::secrets
