#pragma once

#include <QString>

#include "core/Error.h"
#include "crypto/Certificate.h"

namespace s2s::crypto {

// A self-signed TLS server certificate for this machine's loopback address: EC P-256 / SHA-256,
// subjectAltName IP:127.0.0.1 and DNS:localhost, extended key usage serverAuth. The lab tenant
// makes a new one at every start, so only the run that made it trusts it.
// `subjectText` as Windows writes it ("CN=S2S Wizard lab tenant").
Result<GeneratedCertificate> generateLoopbackServerCertificate(const QString &subjectText, int validityDays);

} // namespace s2s::crypto
