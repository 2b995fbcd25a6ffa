#include "OpenSsl.h"

#include <openssl/bio.h>
#include <openssl/crypto.h>
#include <openssl/err.h>

#include "Certificate.h"

using namespace Qt::StringLiterals;

namespace s2s::crypto::ossl {

QString takeErrors(bool *unsupported)
{
    QString detail;
    while (unsigned long code = ERR_get_error()) {
        if (unsupported && ERR_GET_REASON(code) == ERR_R_UNSUPPORTED)
            *unsupported = true;
        char buffer[256];
        ERR_error_string_n(code, buffer, sizeof buffer);
        detail += QString::fromLatin1(buffer) + u'\n';
    }
    return detail.trimmed();
}

SecretUtf8::~SecretUtf8()
{
    if (!m_bytes.isEmpty())
        OPENSSL_cleanse(m_bytes.data(), size_t(m_bytes.size()));
}

Error error(const QString &code, const QString &message, const QString &remedy)
{
    return Error{code, message, takeErrors(), remedy};
}

QDateTime toDateTime(const ASN1_TIME *time)
{
    struct tm parts = {};
    if (ASN1_TIME_to_tm(time, &parts) != 1)
        return {};
    return QDateTime(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
                     QTime(parts.tm_hour, parts.tm_min, parts.tm_sec), Qt::UTC);
}

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    return QByteArray(data, qsizetype(length));
}

QByteArray toDer(X509 *cert)
{
    unsigned char *buffer = nullptr;
    const int length = i2d_X509(cert, &buffer);
    if (length <= 0)
        return {};
    QByteArray der(reinterpret_cast<const char *>(buffer), length);
    OPENSSL_free(buffer);
    return der;
}

X509Ptr fromDer(const QByteArray &der)
{
    const auto *cursor = reinterpret_cast<const unsigned char *>(der.constData());
    return X509Ptr(d2i_X509(nullptr, &cursor, der.size()));
}

QString nameToText(const X509_NAME *name)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    // RFC 2253 escaping and reversed order, but ", " separators and UTF-8 kept, as Windows shows.
    const unsigned long flags = (ASN1_STRFLGS_RFC2253 & ~ASN1_STRFLGS_ESC_MSB) | XN_FLAG_SEP_CPLUS_SPC |
                                XN_FLAG_DN_REV | XN_FLAG_FN_SN;
    if (X509_NAME_print_ex(bio.get(), name, 0, flags) < 0)
        return {};
    return QString::fromUtf8(bioBytes(bio.get()));
}

CertificateInfo certificateInfo(X509 *cert, const QByteArray &der)
{
    CertificateInfo info;
    info.der = der;
    info.thumbprint = sha1Thumbprint(der);
    info.subject = nameToText(X509_get_subject_name(cert));
    info.notBefore = toDateTime(X509_get0_notBefore(cert));
    info.notAfter = toDateTime(X509_get0_notAfter(cert));
    if (EVP_PKEY *publicKey = X509_get0_pubkey(cert)) {
        info.keyBits = EVP_PKEY_get_bits(publicKey);
        info.keyAlgorithm = QString::fromLatin1(EVP_PKEY_get0_type_name(publicKey));
    }
    return info;
}

} // namespace s2s::crypto::ossl
