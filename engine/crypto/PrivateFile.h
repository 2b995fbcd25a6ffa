#pragma once

#include <QByteArray>
#include <QString>

#include "core/Error.h"

namespace s2s::crypto {

// Writes `bytes` (a PFX, a key, a password) to `path`, readable and writable by the owner only
// (ownerOnlyAccess(), crypto/OwnerOnlyAccess.h): a temporary file beside it is restricted before
// its first byte, filled, then renamed into place. Never replaces an existing file: error
// crypto.file-exists then; crypto.file-write or crypto.file-access when it cannot write.
Status writePrivateFile(const QString &path, const QByteArray &bytes);

} // namespace s2s::crypto
