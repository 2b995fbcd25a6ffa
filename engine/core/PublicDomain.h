#pragma once

#include <QString>

#include "core/Error.h"

namespace s2s {

// Normalises a public domain entered as "contoso.com" or "*.contoso.com" to "contoso.com".
// In core: the answers parser (cli/) checks the domain with the same rule as the steps.
Result<QString> normalizePublicDomain(const QString &input);

} // namespace s2s
