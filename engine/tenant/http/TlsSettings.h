#pragma once

#include <QSslConfiguration>
#include <QString>

#include "core/Error.h"

namespace s2s::http {

// TLS 1.2 or newer (Entra ID refuses 1.0/1.1), the system CAs plus the PEM certificates in
// `extraCaFile` when given (the lab's per-run CA, a test server, a TLS-inspecting proxy).
Result<QSslConfiguration> tlsConfiguration(const QString &extraCaFile = {});

} // namespace s2s::http
