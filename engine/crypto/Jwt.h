#pragma once

// JSON Web Tokens signed with RS256 (RSASSA-PKCS1-v1_5 with SHA-256), the only algorithm of the
// SharePoint server-to-server trust: the farm signs its client assertion with the STS key, ACS
// signs the access token it returns.
#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include "core/Error.h"

namespace s2s::crypto {

// base64url without padding (RFC 7515, section 2).
QByteArray base64UrlEncode(const QByteArray &bytes);
// Refuses padding and characters outside the base64url alphabet.
Result<QByteArray> base64UrlDecode(const QByteArray &text);

// The JWS "x5t" of a certificate: base64url of the SHA-1 of its DER.
QString x5tOf(const QByteArray &certificateDer);

// Signs `data` with the RSA key in `privateKeyPem` (PKCS#8 or PKCS#1 PEM).
Result<QByteArray> signRs256(const QByteArray &data, const QByteArray &privateKeyPem);
// Whether `signature` is an RS256 signature of `data` by the key of the certificate `certificateDer`.
bool verifyRs256(const QByteArray &data, const QByteArray &signature, const QByteArray &certificateDer);

// "header.claims.signature" with `header` and `claims` as compact JSON, signed with `privateKeyPem`.
Result<QByteArray> makeRs256Jwt(const QJsonObject &header, const QJsonObject &claims,
                                const QByteArray &privateKeyPem);

// A compact JWS taken apart, signature not verified.
struct Jwt {
    QJsonObject header;
    QJsonObject claims;
    QByteArray signingInput; // "header.claims" as received: what the signature covers
    QByteArray signature;
};
// Error "crypto.jwt-malformed" when it is not three base64url parts of which the first two are
// JSON objects.
Result<Jwt> parseJwt(const QByteArray &compact);

} // namespace s2s::crypto
