#include "FarmAssertionCheck.h"

#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QTemporaryDir>

#include "TestFiles.h"
#include "crypto/Jwt.h"

using namespace Qt::StringLiterals;

namespace s2s::test {
namespace {

// openssl's verdict on `signature` over `input` with the public key in `publicKeyFile`.
QString opensslVerify(const QTemporaryDir &dir, const QString &publicKeyFile, const QByteArray &input,
                      const QByteArray &signature)
{
    const QString inputFile = dir.filePath(u"input"_s), signatureFile = dir.filePath(u"sig.bin"_s);
    if (!writeFile(inputFile, input) || !writeFile(signatureFile, signature))
        return u"cannot write the temporary files"_s;
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(u"openssl"_s, {u"dgst"_s, u"-sha256"_s, u"-verify"_s, publicKeyFile, u"-signature"_s,
                                 signatureFile, inputFile});
    if (!openssl.waitForFinished(30000))
        return u"openssl did not run"_s;
    return QString::fromUtf8(openssl.readAll()).trimmed();
}

} // namespace

QString clientAssertionProblem(const QByteArray &jwt, const QByteArray &certificateDer,
                               const QString &clientId, const QString &audience)
{
    const auto parsed = crypto::parseJwt(jwt);
    if (!parsed)
        return parsed.error().toText();
    QTemporaryDir dir;
    const QString certificateFile = dir.filePath(u"sts.pem"_s), publicKeyFile = dir.filePath(u"pub.pem"_s);
    if (!writeFile(certificateFile, QSslCertificate(certificateDer, QSsl::Der).toPem()))
        return u"cannot write the certificate"_s;
    QProcess extract;
    extract.setStandardOutputFile(publicKeyFile);
    extract.start(u"openssl"_s, {u"x509"_s, u"-in"_s, certificateFile, u"-pubkey"_s, u"-noout"_s});
    if (!extract.waitForFinished(30000) || extract.exitCode() != 0)
        return u"openssl x509 -pubkey failed"_s;
    const QString verdict = opensslVerify(dir, publicKeyFile, parsed->signingInput, parsed->signature);
    if (verdict != u"Verified OK")
        return u"openssl: "_s + verdict;
    QByteArray tampered = parsed->signingInput;
    tampered[tampered.size() - 1] = tampered.back() == 'A' ? 'B' : 'A';
    const QString tamperedVerdict = opensslVerify(dir, publicKeyFile, tampered, parsed->signature);
    if (tamperedVerdict.contains(u"Verified OK"_s) || !tamperedVerdict.contains(u"Verification failure"_s))
        return u"openssl on a tampered input: "_s + tamperedVerdict;
    const QJsonObject &header = parsed->header, &claims = parsed->claims;
    if (header.value(u"alg").toString() != u"RS256" || header.value(u"typ").toString() != u"JWT")
        return u"header alg/typ: "_s + header.value(u"alg").toString() + u'/' +
               header.value(u"typ").toString();
    if (header.value(u"x5t").toString() != crypto::x5tOf(certificateDer))
        return u"x5t %1 is not that of the certificate (%2)"_s.arg(header.value(u"x5t").toString(),
                                                                   crypto::x5tOf(certificateDer));
    if (claims.value(u"iss").toString() != clientId || claims.value(u"sub").toString() != clientId)
        return u"iss %1 / sub %2, expected %3"_s.arg(claims.value(u"iss").toString(),
                                                     claims.value(u"sub").toString(), clientId);
    if (claims.value(u"aud").toString() != audience)
        return u"aud %1, expected %2"_s.arg(claims.value(u"aud").toString(), audience);
    if (claims.value(u"jti").toString().isEmpty())
        return u"no jti"_s;
    if (!claims.value(u"nbf").isDouble() || !claims.value(u"exp").isDouble())
        return u"nbf and exp must be numbers"_s;
    const qint64 lifetime = qint64(claims.value(u"exp").toDouble()) - qint64(claims.value(u"nbf").toDouble());
    if (lifetime <= 0 || lifetime > 600)
        return u"exp - nbf = %1 s"_s.arg(lifetime);
    return {};
}

} // namespace s2s::test
