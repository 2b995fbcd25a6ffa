#include "ServerCertificate.h"

#include <openssl/x509v3.h>

#include "OpenSsl.h"
#include "SelfSigned.h"
#include "Subject.h"

using namespace Qt::StringLiterals;

namespace s2s::crypto {

Result<GeneratedCertificate> generateLoopbackServerCertificate(const QString &subjectText, int validityDays)
{
    auto key = ossl::generateP256Key(); // a loopback server made at every start: quick to make
    if (!key)
        return key.error();
    const auto subject = ossl::parseSubject(subjectText);
    if (!subject)
        return subject.error();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // TLS clients match the host against subjectAltName only (RFC 6125), never the CN.
    return ossl::selfSign(
        key->get(), subject->get(), now.addSecs(qint64{-60} * 60), now.addDays(validityDays),
        "critical,digitalSignature", // ECDHE with an ECDSA key: signatures only
        {{NID_subject_alt_name, "IP:127.0.0.1,DNS:localhost"}, {NID_ext_key_usage, "serverAuth"}});
}

} // namespace s2s::crypto
