#include "Certificate.h"

#include <QCryptographicHash>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace s2s::crypto {
namespace {

template <auto Free>
struct Deleter {
    template <typename T>
    void operator()(T *p) const { Free(p); }
};
using PKeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO_free>>;
using ExtPtr = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION_free>>;

Error opensslError(const QString &what)
{
    QString detail;
    while (unsigned long code = ERR_get_error()) {
        char buffer[256];
        ERR_error_string_n(code, buffer, sizeof buffer);
        detail += QString::fromLatin1(buffer) + u'\n';
    }
    return Error{u"crypto.openssl"_s, what, detail.trimmed(), {}};
}

QDateTime fromAsn1(const ASN1_TIME *time)
{
    struct tm parts = {};
    if (ASN1_TIME_to_tm(time, &parts) != 1)
        return {};
    return QDateTime(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
                     QTime(parts.tm_hour, parts.tm_min, parts.tm_sec), Qt::UTC);
}

bool addExtension(X509 *cert, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    ExtPtr ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

} // namespace

QString sha1Thumbprint(const QByteArray &der)
{
    return QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha1).toHex())
        .toUpper();
}

Result<GeneratedCertificate> generateSelfSigned(const QString &commonName, int keyBits,
                                                int validityDays)
{
    PKeyPtr key(EVP_RSA_gen(static_cast<unsigned>(keyBits)));
    if (!key)
        return opensslError(u"Could not generate an RSA key."_s);

    X509Ptr cert(X509_new());
    X509_set_version(cert.get(), 2); // v3
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f; // positive
    BIGNUM *bn = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
    BN_free(bn);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -60 * 60);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), long(validityDays) * 24 * 60 * 60);
    X509_set_pubkey(cert.get(), key.get());
    X509_NAME *name = X509_get_subject_name(cert.get());
    const QByteArray cn = commonName.toUtf8();
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(cn.constData()), -1, -1, 0);
    X509_set_issuer_name(cert.get(), name);
    if (!addExtension(cert.get(), NID_key_usage, "critical,digitalSignature,keyEncipherment")
        || !addExtension(cert.get(), NID_subject_key_identifier, "hash"))
        return opensslError(u"Could not add certificate extensions."_s);
    if (X509_sign(cert.get(), key.get(), EVP_sha256()) <= 0)
        return opensslError(u"Could not sign the certificate."_s);

    GeneratedCertificate out;
    unsigned char *derBuffer = nullptr;
    const int derLength = i2d_X509(cert.get(), &derBuffer);
    if (derLength <= 0)
        return opensslError(u"Could not encode the certificate."_s);
    out.der = QByteArray(reinterpret_cast<const char *>(derBuffer), derLength);
    OPENSSL_free(derBuffer);

    BioPtr bio(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_PrivateKey(bio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return opensslError(u"Could not encode the private key."_s);
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    out.privateKeyPem = QByteArray(data, int(length));
    return out;
}

Result<CertificateInfo> inspectDer(const QByteArray &der)
{
    const auto *cursor = reinterpret_cast<const unsigned char *>(der.constData());
    X509Ptr cert(d2i_X509(nullptr, &cursor, der.size()));
    if (!cert)
        return opensslError(u"The data is not a DER-encoded X.509 certificate."_s);

    CertificateInfo info;
    info.der = der;
    info.thumbprint = sha1Thumbprint(der);
    char subject[512];
    X509_NAME_oneline(X509_get_subject_name(cert.get()), subject, sizeof subject);
    // OpenSSL writes "/CN=x/O=y"; Windows shows "CN=x, O=y".
    info.subject = QString::fromUtf8(subject).mid(1).replace(u'/', u", "_s);
    info.notBefore = fromAsn1(X509_get0_notBefore(cert.get()));
    info.notAfter = fromAsn1(X509_get0_notAfter(cert.get()));
    EVP_PKEY *publicKey = X509_get0_pubkey(cert.get());
    if (publicKey) {
        info.keyBits = EVP_PKEY_get_bits(publicKey);
        info.keyAlgorithm = QString::fromLatin1(EVP_PKEY_get0_type_name(publicKey));
    }
    return info;
}

} // namespace s2s::crypto
