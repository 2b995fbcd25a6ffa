// engine/crypto: certificates, PFX files, private files and passwords, checked through OpenSSL's
// API and through the `openssl` command-line tool (an independent reader of what we write).
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

#include "LabFixture.h"
#include "core/Elevation.h"
#include "crypto/Certificate.h"
#include "crypto/Inspect.h"
#include "crypto/Jwt.h"
#include "crypto/OwnerOnlyAccess.h"
#include "crypto/Password.h"
#include "crypto/Pkcs12.h"
#include "crypto/PrivateFile.h"
#include "crypto/StsCertificate.h"

using namespace Qt::StringLiterals;
using namespace s2s;
using s2s::test::why;
using namespace s2s::crypto;

namespace {

struct X509Free {
    void operator()(X509 *cert) const { X509_free(cert); }
};
using X509Ptr = std::unique_ptr<X509, X509Free>;

X509Ptr parseDer(const QByteArray &der)
{
    const auto *cursor = reinterpret_cast<const unsigned char *>(der.constData());
    return X509Ptr(d2i_X509(nullptr, &cursor, der.size()));
}

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

int fileMode(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat info = {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 0777) : -1;
#else
    Q_UNUSED(path);
    return 0600;
#endif
}

} // namespace

class TestCrypto : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_openssl;
    GeneratedCertificate m_sts; // 2048 bits, 2 years, generated once: keygen is the slow part
    QDateTime m_generatedAt;
    QString m_password;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString file = path(name);
        QFile::remove(file); // writePrivateFile never replaces a file; the tests reuse names
        const Status written = writePrivateFile(file, bytes);
        if (!written)
            qWarning("%s", qPrintable(why(written)));
        return file;
    }

    Run openssl(const QStringList &arguments, const QByteArray &input = {})
    {
        QProcess process;
        process.start(m_openssl, arguments);
        process.write(input);
        process.closeWriteChannel();
        Run run;
        if (!process.waitForFinished(30000))
            return run;
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    // `openssl pkcs12 -info` on a PFX, password read from a 0600 file, never on the command line.
    Run pkcs12Info(const QString &pfxFile, const QString &password)
    {
        const QString passFile = write(u"pass.txt"_s, password.toUtf8());
        return openssl(
            {u"pkcs12"_s, u"-info"_s, u"-nokeys"_s, u"-in"_s, pfxFile, u"-passin"_s, u"file:"_s + passFile});
    }

    QString cliThumbprint(const QString &derFile)
    {
        const Run run = openssl({u"x509"_s, u"-inform"_s, u"DER"_s, u"-in"_s, derFile, u"-noout"_s,
                                 u"-fingerprint"_s, u"-sha1"_s});
        return run.out.section(u'=', 1).trimmed().remove(u':');
    }

    void requireCli()
    {
        if (m_openssl.isEmpty())
            QSKIP("the openssl command-line tool is not installed");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_openssl = QStandardPaths::findExecutable(u"openssl"_s);
        m_generatedAt = QDateTime::currentDateTimeUtc();
        const auto generated = generateStsCertificate({defaultStsSubject(u"contoso-farm"_s), 2048, 2});
        QVERIFY2(generated.ok(), qPrintable(why(generated)));
        m_sts = generated.value();
        m_password = generatePfxPassword();
    }

    // --- generation options ---

    void defaultSubject_namesTheFarmAndEscapes()
    {
        QCOMPARE(defaultStsSubject(u"contoso-farm"_s), u"CN=SharePoint STS contoso-farm"_s);
        QCOMPARE(defaultStsSubject(u"  "_s), u"CN=SharePoint STS"_s);
        QCOMPARE(defaultStsSubject(u"a,b"_s), u"CN=SharePoint STS a\\,b"_s);
        const QString longName = defaultStsSubject(QString(100, u'x'));
        QCOMPARE(longName.size(), 3 + 64);
        QVERIFY(checkStsCertificateOptions({longName, 2048, 1}).ok());
    }

    void invalidOptions_refusedWithClearErrors_data()
    {
        QTest::addColumn<StsCertificateOptions>("options");
        QTest::addColumn<QString>("code");
        const QString cn = u"CN=STS"_s;
        QTest::newRow("1024 bits") << StsCertificateOptions{cn, 1024, 2} << u"crypto.key-size"_s;
        QTest::newRow("2047 bits") << StsCertificateOptions{cn, 2047, 2} << u"crypto.key-size"_s;
        QTest::newRow("8192 bits") << StsCertificateOptions{cn, 8192, 2} << u"crypto.key-size"_s;
        QTest::newRow("0 years") << StsCertificateOptions{cn, 2048, 0} << u"crypto.validity"_s;
        QTest::newRow("11 years") << StsCertificateOptions{cn, 2048, 11} << u"crypto.validity"_s;
        QTest::newRow("empty subject") << StsCertificateOptions{u" "_s, 2048, 2} << u"crypto.subject"_s;
        QTest::newRow("no NAME=") << StsCertificateOptions{u"STS"_s, 2048, 2} << u"crypto.subject"_s;
        QTest::newRow("unknown name") << StsCertificateOptions{u"XX=1"_s, 2048, 2} << u"crypto.subject"_s;
        QTest::newRow("empty value") << StsCertificateOptions{u"CN="_s, 2048, 2} << u"crypto.subject"_s;
        QTest::newRow("bad country") << StsCertificateOptions{u"CN=a, C=USA"_s, 2048, 2}
                                     << u"crypto.subject"_s;
    }

    void invalidOptions_refusedWithClearErrors()
    {
        QFETCH(StsCertificateOptions, options);
        QFETCH(QString, code);
        const Status checked = checkStsCertificateOptions(options);
        QVERIFY(!checked.ok());
        QCOMPARE(checked.error().code, code);
        QVERIFY(!checked.error().message.isEmpty());
        QVERIFY(!checked.error().remedy.isEmpty());
        const auto generated = generateStsCertificate(options);
        QVERIFY(!generated.ok());
        QCOMPARE(generated.error().code, code);
    }

    void generated_readByOpenSslApi()
    {
        X509Ptr cert = parseDer(m_sts.der);
        QVERIFY(cert);
        QCOMPARE(X509_get_version(cert.get()), long(X509_VERSION_3));
        QCOMPARE(X509_get_signature_nid(cert.get()), NID_sha256WithRSAEncryption);
        QCOMPARE(EVP_PKEY_get_base_id(X509_get0_pubkey(cert.get())), EVP_PKEY_RSA);
        QCOMPARE(EVP_PKEY_get_bits(X509_get0_pubkey(cert.get())), 2048);
        QVERIFY(X509_get_extension_flags(cert.get()) & EXFLAG_KUSAGE);
        QCOMPARE(X509_get_key_usage(cert.get()), uint32_t(KU_DIGITAL_SIGNATURE));
        QVERIFY(X509_get0_subject_key_id(cert.get()) != nullptr);
        QCOMPARE(X509_NAME_cmp(X509_get_subject_name(cert.get()), X509_get_issuer_name(cert.get())),
                 0); // self-signed
        QCOMPARE(X509_verify(cert.get(), X509_get0_pubkey(cert.get())), 1);
    }

    void generated_readByOpenSslCli()
    {
        requireCli();
        const QString cer = write(u"sts.cer"_s, m_sts.der);
        const Run text = openssl({u"x509"_s, u"-inform"_s, u"DER"_s, u"-in"_s, cer, u"-noout"_s, u"-text"_s});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains(u"Version: 3 (0x2)"_s));
        QVERIFY(text.out.contains(u"Signature Algorithm: sha256WithRSAEncryption"_s));
        QVERIFY(text.out.contains(u"Public-Key: (2048 bit)"_s));
        QVERIFY(text.out.contains(u"Subject: CN = SharePoint STS contoso-farm"_s));
        QVERIFY(text.out.contains(u"X509v3 Subject Key Identifier"_s));
        const QRegularExpression keyUsage(u"X509v3 Key Usage: critical\\s+Digital Signature\\n"_s);
        QVERIFY2(keyUsage.match(text.out).hasMatch(), qPrintable(text.out));
    }

    void generated_validityInYears()
    {
        requireCli();
        const QString cer = write(u"validity.cer"_s, m_sts.der);
        const Run dates = openssl({u"x509"_s, u"-inform"_s, u"DER"_s, u"-in"_s, cer, u"-noout"_s,
                                   u"-startdate"_s, u"-enddate"_s, u"-dateopt"_s, u"iso_8601"_s});
        QCOMPARE(dates.exitCode, 0);
        const QStringList lines = dates.out.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 2);
        const auto parse = [](const QString &line) {
            return QDateTime::fromString(line.section(u'=', 1).trimmed(), u"yyyy-MM-dd HH:mm:ss'Z'"_s)
                .toUTC();
        };
        QDateTime notBefore = parse(lines[0]);
        QDateTime notAfter = parse(lines[1]);
        notBefore.setTimeSpec(Qt::UTC);
        notAfter.setTimeSpec(Qt::UTC);
        QVERIFY(notBefore.isValid() && notAfter.isValid());
        // An hour of slack for server clocks, then two years.
        QVERIFY(qAbs(notBefore.secsTo(m_generatedAt.addSecs(-3600))) < 120);
        QVERIFY(qAbs(notAfter.secsTo(m_generatedAt.addYears(2))) < 120);
        const auto info = inspectDer(m_sts.der);
        QVERIFY(info.ok());
        QCOMPARE(info->notBefore, notBefore);
        QCOMPARE(info->notAfter, notAfter);
    }

    void keySizes_3072and4096_async()
    {
        // 4096-bit keygen takes seconds: it is the case the async form is for.
        auto big = generateStsCertificateAsync({u"CN=STS 4096"_s, 4096, 1});
        const auto mid = generateStsCertificate({u"CN=STS 3072"_s, 3072, 10});
        QVERIFY2(mid.ok(), qPrintable(why(mid)));
        QCOMPARE(inspectDer(mid->der)->keyBits, 3072);
        big.waitForFinished();
        const auto result = big.result();
        QVERIFY2(result.ok(), qPrintable(why(result)));
        const auto details = inspectCertificate(result->der);
        QVERIFY(details.ok());
        QCOMPARE(details->info.keyBits, 4096);
        QCOMPARE(details->info.keyAlgorithm, u"RSA"_s);
        QCOMPARE(details->signatureAlgorithm, u"sha256WithRSAEncryption"_s);
        if (!m_openssl.isEmpty()) {
            const Run text = openssl({u"x509"_s, u"-inform"_s, u"DER"_s, u"-noout"_s, u"-text"_s},
                                     result->der);
            QVERIFY(text.out.contains(u"Public-Key: (4096 bit)"_s));
        }
    }

    void async_refusesInvalidOptions()
    {
        auto future = generateStsCertificateAsync({u"CN=STS"_s, 1024, 2});
        future.waitForFinished();
        QCOMPARE(future.result().error().code, u"crypto.key-size"_s);
    }

    void subject_windowsOrderRoundTrips()
    {
        const QString subject = u"CN=SharePoint STS, OU=IT, O=\"Contoso, Ltd\", C=US"_s;
        const auto generated = generateStsCertificate({subject, 2048, 1});
        QVERIFY2(generated.ok(), qPrintable(why(generated)));
        const auto info = inspectDer(generated->der);
        QCOMPARE(info->subject, u"CN=SharePoint STS, OU=IT, O=Contoso\\, Ltd, C=US"_s);
        if (!m_openssl.isEmpty()) {
            // RFC 2253 lists the most specific RDN first, as Windows does.
            const Run run = openssl(
                {u"x509"_s, u"-inform"_s, u"DER"_s, u"-noout"_s, u"-subject"_s, u"-nameopt"_s, u"RFC2253"_s},
                generated->der);
            QCOMPARE(run.out.trimmed(), u"subject=CN=SharePoint STS,OU=IT,O=Contoso\\, Ltd,C=US"_s);
        }
    }

    void labSeedGenerator_keepsItsBehaviour()
    {
        const auto generated = generateSelfSigned(u"Lab STS"_s, 2048, 30);
        QVERIFY(generated.ok());
        X509Ptr cert = parseDer(generated->der);
        QCOMPARE(X509_get_key_usage(cert.get()), uint32_t(KU_DIGITAL_SIGNATURE | KU_KEY_ENCIPHERMENT));
        const auto info = inspectDer(generated->der);
        QCOMPARE(info->subject, u"CN=Lab STS"_s);
        QCOMPARE(info->keyBits, 2048);
        QVERIFY(qAbs(info->notAfter.secsTo(QDateTime::currentDateTimeUtc().addDays(30))) < 120);
        QVERIFY(generated->privateKeyPem.startsWith("-----BEGIN PRIVATE KEY-----"));
    }

    void racingKeyGenerations_giveOneKeyMatchingItsCertificate()
    {
        // Four attempts at once (more than this machine's cores): one key wins, the others are
        // stopped and freed (the sanitizer build sees a leak), and the pair signs and verifies.
        const auto generated = generateSelfSigned(u"Raced"_s, 2048, 30, 4);
        QVERIFY2(generated.ok(), qPrintable(why(generated)));
        QCOMPARE(inspectDer(generated->der)->keyBits, 2048);
        const QJsonObject header{{u"alg"_s, u"RS256"_s}, {u"typ"_s, u"JWT"_s}};
        const auto token = makeRs256Jwt(header, {{u"iss"_s, u"race"_s}}, generated->privateKeyPem);
        QVERIFY2(token.ok(), qPrintable(why(token)));
        const auto parsed = parseJwt(*token);
        QVERIFY(verifyRs256(parsed->signingInput, parsed->signature, generated->der));
        QVERIFY(!verifyRs256(parsed->signingInput, parsed->signature, m_sts.der));
        QVERIFY(keyAttemptsOnAllCores() >= 1 && keyAttemptsOnAllCores() <= 4);
    }

    // --- inspection ---

    void inspect_thumbprintMatchesOpenSslCli()
    {
        requireCli();
        const QString cer = write(u"thumb.cer"_s, m_sts.der);
        const auto details = inspectCertificate(m_sts.der);
        QVERIFY(details.ok());
        QVERIFY(QRegularExpression(u"^[0-9A-F]{40}$"_s).match(details->info.thumbprint).hasMatch());
        QCOMPARE(details->info.thumbprint, cliThumbprint(cer));
    }

    void inspect_derAndPemAgree()
    {
        requireCli();
        const Run pem = openssl({u"x509"_s, u"-inform"_s, u"DER"_s, u"-outform"_s, u"PEM"_s}, m_sts.der);
        QVERIFY(pem.out.startsWith(u"-----BEGIN CERTIFICATE-----"_s));
        const auto fromPem = inspectCertificate(pem.out.toLatin1());
        const auto fromDer = inspectCertificate(m_sts.der);
        QVERIFY2(fromPem.ok(), qPrintable(why(fromPem)));
        QCOMPARE(fromPem->info.thumbprint, fromDer->info.thumbprint);
        QCOMPARE(fromPem->base64Der, QString::fromLatin1(m_sts.der.toBase64()));
        QCOMPARE(fromPem->info.subject, u"CN=SharePoint STS contoso-farm"_s);
        QCOMPARE(fromPem->info.keyAlgorithm, u"RSA"_s);
        QCOMPARE(fromPem->info.keyBits, 2048);
        QVERIFY(fromPem->selfSigned);
        // The PEM body is the base64 of the DER that Graph takes.
        QVERIFY(QString(pem.out).remove(u'\n').contains(fromPem->base64Der));
    }

    void inspect_garbageRefused()
    {
        const auto details = inspectCertificate("not a certificate");
        QVERIFY(!details.ok());
        QCOMPARE(details.error().code, u"crypto.certificate-unreadable"_s);
        QVERIFY(!details.error().remedy.isEmpty());
        QVERIFY(!inspectCertificate("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n").ok());
    }

    // --- JWT (RS256) ---

    void jwt_base64Url_roundTripsAndRefusesPaddingAndForeignCharacters()
    {
        const QByteArray bytes("\xfb\xff\xfe", 3);
        QCOMPARE(base64UrlEncode(bytes), QByteArray("-__-"));
        QCOMPARE(base64UrlDecode("-__-").value(), bytes);
        QCOMPARE(base64UrlDecode("YWI").value(), QByteArray("ab"));
        QVERIFY(!base64UrlDecode("YWI=").ok());  // padding
        QVERIFY(!base64UrlDecode("+/8=").ok());  // base64, not base64url
        QVERIFY(!base64UrlDecode("YWJjZ").ok()); // a length no byte string has
        QCOMPARE(base64UrlDecode("a b").error().code, u"crypto.jwt-malformed"_s);
    }

    void jwt_x5t_isBase64UrlSha1OfTheDer()
    {
        // SHA-1("abc") = a9993e36 4706816a ba3e2571 7850c26c 9cd0d89d (FIPS 180-1 example).
        QCOMPARE(x5tOf("abc"), u"qZk-NkcGgWq6PiVxeFDCbJzQ2J0"_s);
        requireCli();
        const QString thumbprint = cliThumbprint(write(u"x5t.cer"_s, m_sts.der));
        QCOMPARE(thumbprint.size(), 40);
        QCOMPARE(x5tOf(m_sts.der),
                 QString::fromLatin1(base64UrlEncode(QByteArray::fromHex(thumbprint.toLatin1()))));
    }

    void jwt_roundTrip_signsAndVerifiesWithTheCertificate()
    {
        const QJsonObject header{{u"alg"_s, u"RS256"_s}, {u"typ"_s, u"JWT"_s}, {u"x5t"_s, x5tOf(m_sts.der)}};
        const QJsonObject claims{{u"iss"_s, u"a@b"_s}, {u"aud"_s, u"https://x/y"_s}, {u"exp"_s, 1700000000}};
        const auto token = makeRs256Jwt(header, claims, m_sts.privateKeyPem);
        QVERIFY2(token.ok(), qPrintable(why(token)));
        QCOMPARE(token->count('.'), 2);
        const auto parsed = parseJwt(*token);
        QVERIFY2(parsed.ok(), qPrintable(why(parsed)));
        QCOMPARE(parsed->header, header);
        QCOMPARE(parsed->claims, claims);
        QCOMPARE(parsed->signingInput, token->left(token->lastIndexOf('.')));
        QCOMPARE(parsed->signature.size(), 256); // 2048-bit RSA
        QVERIFY(verifyRs256(parsed->signingInput, parsed->signature, m_sts.der));
        // Another key's certificate does not verify it.
        const auto other = generateSelfSigned(u"Other"_s, 2048, 1);
        QVERIFY(other.ok());
        QVERIFY(!verifyRs256(parsed->signingInput, parsed->signature, other->der));
        QVERIFY(!verifyRs256(parsed->signingInput, parsed->signature, "not a certificate"));
    }

    void jwt_signature_verifiedByOpenSslCli()
    {
        requireCli();
        const auto signature = signRs256("header.claims", m_sts.privateKeyPem);
        QVERIFY2(signature.ok(), qPrintable(why(signature)));
        const QString cer = write(u"jwt.cer"_s, m_sts.der);
        const Run key = openssl(
            {u"x509"_s, u"-inform"_s, u"DER"_s, u"-in"_s, cer, u"-noout"_s, u"-pubkey"_s});
        QCOMPARE(key.exitCode, 0);
        const QString keyFile = write(u"jwt-pub.pem"_s, key.out.toLatin1());
        const QString signatureFile = write(u"jwt.sig"_s, *signature);
        const Run verified = openssl(
            {u"dgst"_s, u"-sha256"_s, u"-verify"_s, keyFile, u"-signature"_s, signatureFile},
            "header.claims");
        QVERIFY2(verified.exitCode == 0 && verified.out.contains(u"Verified OK"_s), qPrintable(verified.err));
    }

    void jwt_tamperedClaimsOrSignature_failVerification()
    {
        const auto token = makeRs256Jwt({{u"alg"_s, u"RS256"_s}}, {{u"sub"_s, u"farm"_s}},
                                        m_sts.privateKeyPem);
        QVERIFY(token.ok());
        const auto parsed = parseJwt(*token);
        QVERIFY(parsed.ok());
        QVERIFY(verifyRs256(parsed->signingInput, parsed->signature, m_sts.der));
        // Claims changed after signing.
        const QByteArray otherClaims = base64UrlEncode(R"({"sub":"attacker"})");
        const QList<QByteArray> parts = token->split('.');
        const auto changed = parseJwt(parts.at(0) + '.' + otherClaims + '.' + parts.at(2));
        QVERIFY(changed.ok());
        QVERIFY(!verifyRs256(changed->signingInput, changed->signature, m_sts.der));
        // One bit of the signature flipped.
        QByteArray signature = parsed->signature;
        signature[10] = char(signature.at(10) ^ 0x01);
        QVERIFY(!verifyRs256(parsed->signingInput, signature, m_sts.der));
        QVERIFY(!verifyRs256(parsed->signingInput, {}, m_sts.der));
    }

    void jwt_malformed_refused_data()
    {
        QTest::addColumn<QByteArray>("compact");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("two parts") << QByteArray("eyJhIjoxfQ.eyJhIjoxfQ");
        QTest::newRow("four parts") << QByteArray("eyJhIjoxfQ.eyJhIjoxfQ.AA.AA");
        QTest::newRow("header not base64url") << QByteArray("eyJh+joxfQ.eyJhIjoxfQ.AA");
        QTest::newRow("header not JSON") << (base64UrlEncode("nope") + ".eyJhIjoxfQ.AA");
        QTest::newRow("claims a JSON array") << ("eyJhIjoxfQ." + base64UrlEncode("[1]") + ".AA");
        QTest::newRow("signature padded") << QByteArray("eyJhIjoxfQ.eyJhIjoxfQ.AA==");
    }

    void jwt_malformed_refused()
    {
        QFETCH(QByteArray, compact);
        QCOMPARE(base64UrlDecode("eyJhIjoxfQ").value(), QByteArray(R"({"a":1})")); // the parts used above
        const auto parsed = parseJwt(compact);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, u"crypto.jwt-malformed"_s);
        QVERIFY(parseJwt("eyJhIjoxfQ.eyJhIjoxfQ.AA").ok()); // the shape these break
    }

    void jwt_signWithoutAnRsaKey_isAnError()
    {
        const auto signature = signRs256("data",
                                         "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");
        QVERIFY(!signature.ok());
        QCOMPARE(signature.error().code, u"crypto.key-unreadable"_s);
        QVERIFY(!makeRs256Jwt({}, {}, "").ok());
    }

    // --- PFX ---

    void pfx_default_isAes256Pbkdf2WithSha256Mac()
    {
        requireCli();
        const auto pfx = exportPfx(m_sts, m_password, PfxEncryption::Aes256Sha256, u"SharePoint STS"_s);
        QVERIFY2(pfx.ok(), qPrintable(why(pfx)));
        const QString file = write(u"default.pfx"_s, pfx.value());
        const Run info = pkcs12Info(file, m_password);
        QCOMPARE(info.exitCode, 0);
        QVERIFY2(info.err.contains(u"MAC: sha256"_s), qPrintable(info.err));
        QVERIFY(info.err.contains(u"PKCS7 Encrypted data: PBES2, PBKDF2, AES-256-CBC"_s));
        QVERIFY(info.err.contains(u"Shrouded Keybag: PBES2, PBKDF2, AES-256-CBC"_s));
        QVERIFY(!info.err.contains(u"TripleDES"_s) && !info.err.contains(u"RC2"_s));
        QVERIFY(info.out.contains(u"friendlyName: SharePoint STS"_s));
        // The certificate the tool finds in the PFX is ours.
        const Run thumb = openssl({u"x509"_s, u"-noout"_s, u"-fingerprint"_s, u"-sha1"_s},
                                  info.out.toLatin1());
        QCOMPARE(thumb.out.section(u'=', 1).trimmed().remove(u':'), inspectDer(m_sts.der)->thumbprint);
    }

    void pfx_legacy_isTripleDesWithSha1Mac()
    {
        requireCli();
        const auto pfx = exportPfx(m_sts, m_password, PfxEncryption::LegacyTripleDesSha1);
        QVERIFY2(pfx.ok(), qPrintable(why(pfx)));
        const Run info = pkcs12Info(write(u"legacy.pfx"_s, pfx.value()), m_password);
        QCOMPARE(info.exitCode, 0);
        QVERIFY2(info.err.contains(u"MAC: sha1,"_s), qPrintable(info.err));
        QVERIFY(info.err.contains(u"PKCS7 Encrypted data: pbeWithSHA1And3-KeyTripleDES-CBC"_s));
        QVERIFY(info.err.contains(u"Shrouded Keybag: pbeWithSHA1And3-KeyTripleDES-CBC"_s));
        QVERIFY(!info.err.contains(u"AES"_s) && !info.err.contains(u"RC2"_s));
    }

    void pfx_reopenedByOurReader_data()
    {
        QTest::addColumn<PfxEncryption>("encryption");
        QTest::newRow("aes") << PfxEncryption::Aes256Sha256;
        QTest::newRow("legacy") << PfxEncryption::LegacyTripleDesSha1;
    }

    void pfx_reopenedByOurReader()
    {
        QFETCH(PfxEncryption, encryption);
        const auto pfx = exportPfx(m_sts, m_password, encryption);
        QVERIFY(pfx.ok());
        const QString file = write(u"reopen.pfx"_s, pfx.value());
        const auto contents = readPfxFile(file, m_password, PfxKey::Export);
        QVERIFY2(contents.ok(), qPrintable(why(contents)));
        QVERIFY(contents->hasPrivateKey);
        QCOMPARE(contents->privateKeyBits, 2048);
        // Unless asked for, the key stays inside OpenSSL.
        QVERIFY(readPfxFile(file, m_password)->privateKeyPem.isEmpty());
        QVERIFY(contents->keyMatchesCertificate);
        QCOMPARE(contents->certificate.info.thumbprint, inspectDer(m_sts.der)->thumbprint);
        QCOMPARE(contents->certificate.info.der, m_sts.der);
        // The key comes out as the PKCS#8 PEM it went in as (the lab farm keeps it in farm.json).
        QCOMPARE(contents->privateKeyPem, m_sts.privateKeyPem);
    }

    void pfx_fromOpenSslCli_readable()
    {
        requireCli();
        const QString key = write(u"cli-key.pem"_s, m_sts.privateKeyPem);
        const QString cert = write(u"cli-cert.pem"_s,
                                   openssl({u"x509"_s, u"-inform"_s, u"DER"_s}, m_sts.der).out.toLatin1());
        const QString passFile = write(u"cli-pass.txt"_s, m_password.toUtf8());
        const QString pfx = path(u"cli.pfx"_s);
        const Run run = openssl({u"pkcs12"_s, u"-export"_s, u"-inkey"_s, key, u"-in"_s, cert, u"-passout"_s,
                                 u"file:"_s + passFile, u"-out"_s, pfx});
        QCOMPARE(run.exitCode, 0);
        const auto contents = readPfxFile(pfx, m_password);
        QVERIFY2(contents.ok(), qPrintable(why(contents)));
        QVERIFY(contents->keyMatchesCertificate);
    }

    void pfx_wrongPassword_distinctError_data() { pfx_reopenedByOurReader_data(); }

    void pfx_wrongPassword_distinctError()
    {
        QFETCH(PfxEncryption, encryption);
        const auto pfx = exportPfx(m_sts, m_password, encryption);
        QVERIFY(pfx.ok());
        const auto contents = readPfx(pfx.value(), u"not the password"_s);
        QVERIFY(!contents.ok());
        QCOMPARE(contents.error().code, u"crypto.pfx-password"_s);
        QVERIFY(contents.error().message.contains(u"password"_s));
        QVERIFY(!contents.error().remedy.isEmpty());
        // Neither the right nor the typed password ever appears in an error.
        QVERIFY(!contents.error().toText().contains(m_password));
        QVERIFY(!contents.error().toText().contains(u"not the password"_s));
        QCOMPARE(readPfx(pfx.value(), QString()).error().code, u"crypto.pfx-password"_s);
        if (!m_openssl.isEmpty())
            QVERIFY(pkcs12Info(write(u"wrong.pfx"_s, pfx.value()), u"nope"_s).exitCode != 0);
    }

    void pfx_corrupt_distinctError_data()
    {
        QTest::addColumn<int>("damage");
        QTest::newRow("truncated") << 0;
        QTest::newRow("not a pfx") << 1;
        QTest::newRow("empty") << 2;
        QTest::newRow("header damaged") << 3;
    }

    void pfx_corrupt_distinctError()
    {
        QFETCH(int, damage);
        QByteArray pfx = exportPfx(m_sts, m_password).value();
        switch (damage) {
        case 0: pfx.truncate(pfx.size() / 2); break;
        case 1: pfx = "-----BEGIN CERTIFICATE-----\nnot a pfx\n"; break;
        case 2: pfx.clear(); break;
        default: pfx[0] = '\x05'; break; // no longer an ASN.1 SEQUENCE
        }
        const auto contents = readPfx(pfx, m_password);
        QVERIFY(!contents.ok());
        QCOMPARE(contents.error().code, u"crypto.pfx-corrupt"_s);
        QVERIFY(contents.error().message.contains(u"damaged"_s));
        QVERIFY(!contents.error().remedy.isEmpty());
    }

    void pfx_alteredContent_refused()
    {
        // A changed byte inside the encrypted content fails the MAC, like a wrong password.
        QByteArray pfx = exportPfx(m_sts, m_password).value();
        pfx[pfx.size() / 2] = char(pfx.at(pfx.size() / 2) ^ 0x55);
        const auto contents = readPfx(pfx, m_password);
        QVERIFY(!contents.ok());
        QVERIFY(contents.error().code.startsWith(u"crypto.pfx-"_s));
    }

    void pfx_rc2_unsupportedError()
    {
        requireCli();
        const QString key = write(u"rc2-key.pem"_s, m_sts.privateKeyPem);
        const QString cert = write(u"rc2-cert.pem"_s,
                                   openssl({u"x509"_s, u"-inform"_s, u"DER"_s}, m_sts.der).out.toLatin1());
        const QString passFile = write(u"rc2-pass.txt"_s, m_password.toUtf8());
        const QString pfx = path(u"rc2.pfx"_s);
        const Run run = openssl({u"pkcs12"_s, u"-export"_s, u"-legacy"_s, u"-inkey"_s, key, u"-in"_s, cert,
                                 u"-passout"_s, u"file:"_s + passFile, u"-out"_s, pfx});
        if (run.exitCode != 0)
            QSKIP("this openssl has no legacy provider to write an RC2 PFX");
        const auto contents = readPfxFile(pfx, m_password);
        QVERIFY(!contents.ok());
        QCOMPARE(contents.error().code, u"crypto.pfx-unsupported"_s);
    }

    void pfx_missingFile_readError()
    {
        QCOMPARE(readPfxFile(path(u"missing.pfx"_s), m_password).error().code, u"crypto.file-read"_s);
    }

    // --- private files and passwords ---

    void privateFile_ownerOnly()
    {
        const QString file = path(u"private.bin"_s);
        QVERIFY(writePrivateFile(file, "secret").ok());
        QCOMPARE(fileMode(file), 0600);
        QFile read(file);
        QVERIFY(read.open(QIODevice::ReadOnly));
        QCOMPARE(read.readAll(), QByteArray("secret"));
        QCOMPARE(QDir(m_dir.path()).entryList({u"*private.bin*"_s}, QDir::Files | QDir::Hidden).size(), 1);
        QCOMPARE(fileMode(write(u"new.pfx"_s, "x")), 0600);
    }

    // Every private file goes through OwnerOnlyAccess (on Windows a protected DACL), and is
    // restricted while still empty: the temporary file beside it, before the first byte.
    void privateFile_isRestrictedThroughOwnerOnlyAccess_beforeItsFirstByte()
    {
        struct Recording final : OwnerOnlyAccess {
            Status restrict(const QString &restricted) override
            {
                paths.append(restricted);
                sizes.append(QFileInfo(restricted).size());
                return platform->restrict(restricted);
            }
            QStringList paths;
            QList<qint64> sizes;
            std::unique_ptr<OwnerOnlyAccess> platform = platformOwnerOnlyAccess();
        } recording;
        setOwnerOnlyAccess(&recording);
        const QString file = path(u"recorded.pfx"_s);
        const Status written = writePrivateFile(file, "secret bytes");
        setOwnerOnlyAccess(nullptr);
        QVERIFY2(written.ok(), qPrintable(why(written)));
        QCOMPARE(recording.paths.size(), 1);
        QVERIFY2(recording.paths.first().startsWith(path(u".recorded.pfx."_s)),
                 qPrintable(recording.paths.first()));
        QCOMPARE(recording.sizes.first(), 0);
        QCOMPARE(fileMode(file), 0600);

        // A failing restriction writes nothing, and leaves no temporary file.
        struct Refusing final : OwnerOnlyAccess {
            Status restrict(const QString &refused) override { return ownerOnlyError(refused, u"no ACL"_s); }
        } refusing;
        setOwnerOnlyAccess(&refusing);
        const Status refused = writePrivateFile(path(u"refused.pfx"_s), "secret bytes");
        setOwnerOnlyAccess(nullptr);
        QCOMPARE(refused.error().code, u"crypto.file-access"_s);
        QCOMPARE(QDir(m_dir.path()).entryList({u"*refused.pfx*"_s}, QDir::Files | QDir::Hidden).size(), 0);
    }

    // The wizard never overwrites a file: an existing one (a PFX, a .cer) is refused and kept.
    void privateFile_existingFile_isRefusedAndKept()
    {
        const QString file = path(u"existing.cer"_s);
        {
            QFile existing(file);
            QVERIFY(existing.open(QIODevice::WriteOnly));
            existing.write("the certificate servers trust today");
        }
        const Status refused = writePrivateFile(file, "another certificate");
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, u"crypto.file-exists"_s);
        QVERIFY(refused.error().message.contains(QDir::toNativeSeparators(file)));
        QFile read(file);
        QVERIFY(read.open(QIODevice::ReadOnly));
        QCOMPARE(read.readAll(), QByteArray("the certificate servers trust today"));
        QCOMPARE(QDir(m_dir.path()).entryList({u"*existing.cer*"_s}, QDir::Files | QDir::Hidden).size(), 1);
    }

    // Elevated (euid 0 here, token elevation on Windows), the Qt plugin path variables are unset
    // before the application exists: only the application's own plugins load.
    void elevated_ignoresPluginPathsFromTheEnvironment()
    {
        struct Fixed final : s2s::Elevation {
            explicit Fixed(bool elevated)
                : elevated(elevated)
            {}
            bool isElevated() const override { return elevated; }
            bool elevated;
        };
        const QStringList variables = pluginPathVariables();
        QVERIFY(variables.contains(u"QT_PLUGIN_PATH"_s));
        QVERIFY(variables.contains(u"QT_QPA_PLATFORM_PLUGIN_PATH"_s));
        const auto setAll = [&] {
            for (const QString &name : variables)
                qputenv(name.toLatin1().constData(), "/tmp/attacker-plugins");
        };
        setAll();
        QCOMPARE(dropPluginPathsWhenElevated(Fixed(false)), QStringList());
        for (const QString &name : variables)
            QVERIFY(qEnvironmentVariableIsSet(name.toLatin1().constData()));
        QCOMPARE(dropPluginPathsWhenElevated(Fixed(true)), variables);
        for (const QString &name : variables)
            QVERIFY2(!qEnvironmentVariableIsSet(name.toLatin1().constData()), qPrintable(name));
        QCOMPARE(platformElevation()->isElevated(), ::geteuid() == 0);
    }

    void privateFile_unwritableFolder_error()
    {
        const Status written = writePrivateFile(path(u"no/such/folder/x.pfx"_s), "x");
        QVERIFY(!written.ok());
        QCOMPARE(written.error().code, u"crypto.file-write"_s);
        QVERIFY(written.error().message.contains(u"x.pfx"_s));
    }

    void password_strongAndClear()
    {
        const QString password = generatePfxPassword();
        QCOMPARE(password.size(), 24);
        QVERIFY(QRegularExpression(u"^[A-HJ-NP-Za-km-z2-9]{24}$"_s).match(password).hasMatch());
        QVERIFY(generatePfxPassword() != password);
        QCOMPARE(generatePfxPassword(32).size(), 32);
        // Every character class shows up over many draws: the whole alphabet is used.
        QString many;
        for (int i = 0; i < 50; ++i)
            many += generatePfxPassword();
        QVERIFY(many.contains(QRegularExpression(u"[A-Z]"_s)));
        QVERIFY(many.contains(QRegularExpression(u"[a-z]"_s)));
        QVERIFY(many.contains(QRegularExpression(u"[2-9]"_s)));
    }
};

QTEST_GUILESS_MAIN(TestCrypto)
#include "tst_crypto.moc"
