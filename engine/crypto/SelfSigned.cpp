#include "SelfSigned.h"

#include <QCoreApplication>

#include <openssl/bn.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>
#include <openssl/x509v3.h>

#include <atomic>
#include <mutex>
#include <system_error>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace s2s::crypto::ossl {
namespace {

using ExtPtr = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION_free>>;
using BnPtr = std::unique_ptr<BIGNUM, Deleter<BN_free>>;

bool addExtension(X509 *cert, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    ExtPtr ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

bool setRandomSerial(X509 *cert)
{
    unsigned char serial[16];
    if (RAND_bytes(serial, sizeof serial) != 1)
        return false;
    serial[0] &= 0x7f; // RFC 5280: the serial number is a positive integer
    BnPtr bn(BN_bin2bn(serial, sizeof serial, nullptr));
    return bn && BN_to_ASN1_INTEGER(bn.get(), X509_get_serialNumber(cert));
}

bool setValidity(X509 *cert, const QDateTime &notBefore, const QDateTime &notAfter)
{
    return ASN1_TIME_set(X509_getm_notBefore(cert), time_t(notBefore.toSecsSinceEpoch())) &&
           ASN1_TIME_set(X509_getm_notAfter(cert), time_t(notAfter.toSecsSinceEpoch()));
}

} // namespace

Result<PKeyPtr> generateRsaKey(int keyBits, int attempts)
{
    // Racing attempts: the time to find a prime varies several-fold from one try to the next
    // (0.1 to 0.7 s for 2048 bits on a 2-core machine), so the first of two attempts on two cores
    // comes in a third sooner at the median and at half the time in the slow tail. The others are
    // stopped at their next candidate by the generation callback.
    std::atomic<bool> won{false};
    std::mutex winnerLock;
    PKeyPtr winner;
    const auto attempt = [&] {
        std::unique_ptr<EVP_PKEY_CTX, Deleter<EVP_PKEY_CTX_free>> context(
            EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr));
        if (!context || EVP_PKEY_keygen_init(context.get()) != 1 ||
            EVP_PKEY_CTX_set_rsa_keygen_bits(context.get(), keyBits) != 1)
            return;
        EVP_PKEY_CTX_set_app_data(context.get(), &won);
        // Returning 0 aborts the generation (EVP_PKEY_CTX_set_cb).
        EVP_PKEY_CTX_set_cb(context.get(), [](EVP_PKEY_CTX *running) {
            return static_cast<std::atomic<bool> *>(EVP_PKEY_CTX_get_app_data(running))->load() ? 0 : 1;
        });
        EVP_PKEY *made = nullptr;
        if (EVP_PKEY_keygen(context.get(), &made) != 1)
            return;
        PKeyPtr key(made);
        const std::lock_guard lock(winnerLock);
        if (!winner) {
            winner = std::move(key);
            won = true;
        }
    };
    std::vector<std::thread> others;
    for (int i = 1; i < attempts; ++i) {
        try {
            others.emplace_back([&] {
                attempt();
                OPENSSL_thread_stop(); // a thread that used OpenSSL frees its state before it ends
            });
        } catch (const std::system_error &) {
            break; // no thread to be had: fewer attempts, this thread's among them
        }
    }
    attempt();
    for (std::thread &other : others)
        other.join();
    if (!winner)
        return error(u"crypto.keygen"_s,
                     QCoreApplication::translate("Crypto", "Could not generate an RSA key of %1 "
                                                           "bits.")
                         .arg(keyBits));
    ERR_clear_error(); // an attempt stopped by the callback left its error here
    return winner;
}

Result<PKeyPtr> generateP256Key()
{
    PKeyPtr key(EVP_EC_gen("P-256"));
    if (!key)
        return error(u"crypto.keygen"_s,
                     QCoreApplication::translate("Crypto", "Could not generate an elliptic curve key "
                                                           "(P-256)."));
    return key;
}

Result<GeneratedCertificate> selfSign(EVP_PKEY *key, const X509_NAME *subject, const QDateTime &notBefore,
                                      const QDateTime &notAfter, const char *keyUsage,
                                      std::initializer_list<ExtensionText> extraExtensions)
{
    X509Ptr cert(X509_new());
    if (!cert || X509_set_version(cert.get(), X509_VERSION_3) != 1 || !setRandomSerial(cert.get()) ||
        !setValidity(cert.get(), notBefore, notAfter) || X509_set_pubkey(cert.get(), key) != 1 ||
        X509_set_subject_name(cert.get(), subject) != 1 ||
        X509_set_issuer_name(cert.get(), subject) != 1) // self-signed: issuer is the subject
        return error(u"crypto.certificate"_s,
                     QCoreApplication::translate("Crypto", "Could not fill in the certificate."));
    if (!addExtension(cert.get(), NID_key_usage, keyUsage) ||
        !addExtension(cert.get(), NID_subject_key_identifier, "hash"))
        return error(u"crypto.certificate"_s,
                     QCoreApplication::translate("Crypto", "Could not add certificate "
                                                           "extensions."));
    for (const auto &[nid, value] : extraExtensions)
        if (!addExtension(cert.get(), nid, value))
            return error(u"crypto.certificate"_s,
                         QCoreApplication::translate("Crypto", "Could not add certificate "
                                                               "extensions."));
    if (X509_sign(cert.get(), key, EVP_sha256()) <= 0)
        return error(u"crypto.certificate"_s,
                     QCoreApplication::translate("Crypto", "Could not sign the certificate."));

    GeneratedCertificate out;
    out.der = toDer(cert.get());
    if (out.der.isEmpty())
        return error(u"crypto.certificate"_s,
                     QCoreApplication::translate("Crypto", "Could not encode the certificate."));
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return error(u"crypto.certificate"_s,
                     QCoreApplication::translate("Crypto", "Could not encode the private key."));
    out.privateKeyPem = bioBytes(bio.get());
    return out;
}

} // namespace s2s::crypto::ossl
