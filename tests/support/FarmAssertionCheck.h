#pragma once

#include <QByteArray>
#include <QString>

namespace s2s::test {

// What is wrong with `jwt` as the farm's client assertion (PROCEDURE.md, "The trust, proven end to
// end"), empty when nothing is: it must verify with `openssl dgst -sha256 -verify` against the
// public key of `certificateDer` (openssl x509 -pubkey), carry header alg RS256 and x5t = base64url
// SHA-1 of `certificateDer`, iss = sub = `clientId`, aud = `audience`, a jti and
// 0 < exp - nbf <= 600; and a tampered signing input must fail to verify.
QString clientAssertionProblem(const QByteArray &jwt, const QByteArray &certificateDer,
                               const QString &clientId, const QString &audience);

} // namespace s2s::test
