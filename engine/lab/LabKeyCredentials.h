#pragma once

#include <QDateTime>
#include <QJsonObject>

#include "core/Error.h"

namespace s2s::lab {

// One keyCredential of a servicePrincipal PATCH as Graph stores it: every credential sent is
// stored as a new one (a new keyId, even for a key re-sent as it was read), its dates those sent
// or else the certificate's, customKeyIdentifier and displayName derived from the certificate
// (keyCredentialJson). Refused as Graph refuses them (400 Request_BadRequest): no key, type or
// usage; a key that is no X.509 certificate; a certificate expired at `now`; an endDateTime
// after the certificate's notAfter, a startDateTime before its notBefore, or an end before the
// start.
Result<QJsonObject> labKeyCredential(const QJsonObject &sent, const QDateTime &now);

} // namespace s2s::lab
