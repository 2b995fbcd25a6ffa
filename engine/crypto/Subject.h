#pragma once

// Internal to engine/crypto: the subject the admin types, as an X509_NAME.
#include <QString>

#include "OpenSsl.h"

namespace s2s::crypto::ossl {

// Parses "CN=SharePoint STS, O=Contoso" as Windows writes it (most specific first; values may be
// quoted or use backslash escapes). Attributes: CN, O, OU, L, S/ST, C, DC, E.
Result<NamePtr> parseSubject(const QString &subject);

} // namespace s2s::crypto::ossl
