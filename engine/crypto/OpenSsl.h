#pragma once

// Internal to engine/crypto: RAII for OpenSSL objects and the conversions every file needs.
#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <openssl/evp.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>

#include <memory>

#include "core/Error.h"
#include "crypto/CertificateInfo.h"

namespace s2s::crypto::ossl {

template <auto Free>
struct Deleter {
    template <typename T>
    void operator()(T *p) const
    {
        Free(p);
    }
};
using PKeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO_free>>;
using NamePtr = std::unique_ptr<X509_NAME, Deleter<X509_NAME_free>>;
using Pkcs12Ptr = std::unique_ptr<PKCS12, Deleter<PKCS12_free>>;

// An Error whose detail is OpenSSL's error queue (which is emptied); never holds secrets.
Error error(const QString &code, const QString &message, const QString &remedy = {});

// Drains OpenSSL's error queue of this thread and returns it as text; `unsupported` tells whether
// an algorithm was missing (e.g. RC2, which OpenSSL 3 only has in its legacy provider).
QString takeErrors(bool *unsupported = nullptr);

// A UTF-8 copy of a password, wiped from memory when it goes out of scope.
class SecretUtf8 {
public:
    explicit SecretUtf8(const QString &secret)
        : m_bytes(secret.toUtf8())
    {}
    ~SecretUtf8();
    SecretUtf8(const SecretUtf8 &) = delete;
    SecretUtf8 &operator=(const SecretUtf8 &) = delete;
    const char *data() const { return m_bytes.constData(); }
    int size() const { return int(m_bytes.size()); }

private:
    QByteArray m_bytes;
};

QDateTime toDateTime(const ASN1_TIME *time);

// Bytes held by a memory BIO.
QByteArray bioBytes(BIO *bio);

// DER of a certificate; empty on failure.
QByteArray toDer(X509 *cert);

X509Ptr fromDer(const QByteArray &der);

// Subject as Windows shows it: most specific RDN first, ", " between them ("CN=x, O=y").
QString nameToText(const X509_NAME *name);

// Thumbprint, subject, validity and key of a certificate whose DER is `der`.
CertificateInfo certificateInfo(X509 *cert, const QByteArray &der);

} // namespace s2s::crypto::ossl
