#pragma once

#include <QList>
#include <QSslCertificate>
#include <QString>

#include "core/Error.h"

namespace s2s {

// The PEM certificates in `path` (--ca-file, the lab's per-run CA); an input error when it holds
// none. In core: --ca-file is checked while the options are parsed (cli/).
Result<QList<QSslCertificate>> readCaFile(const QString &path);

} // namespace s2s
