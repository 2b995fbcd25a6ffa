#pragma once

#include <QByteArray>
#include <QString>

#include "core/Error.h"

namespace s2s::crypto {

// Writes `bytes` (a PFX, a key) atomically to `path`, readable and writable by the owner only;
// replaces an existing file. Error crypto.file-write when it cannot.
Status writePrivateFile(const QString &path, const QByteArray &bytes);

} // namespace s2s::crypto
