#pragma once

#include <QByteArray>

namespace s2s::auth {

// Proof Key for Code Exchange (RFC 7636), S256 method.
struct Pkce {
    QByteArray verifier;  // 43 base64url characters from 32 random bytes
    QByteArray challenge; // base64url(SHA-256(verifier)), no padding
};

Pkce makePkce();
QByteArray pkceChallenge(const QByteArray &verifier);
// `bytes` bytes from the system's cryptographic generator, base64url without padding.
QByteArray randomUrlSafe(int bytes);

} // namespace s2s::auth
