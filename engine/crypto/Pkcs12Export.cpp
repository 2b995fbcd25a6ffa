#include "Pkcs12.h"

#include <QCoreApplication>

#include <openssl/err.h>
#include <openssl/pem.h>

#include "OpenSsl.h"

using namespace Qt::StringLiterals;

namespace s2s::crypto {
namespace {

// Never prompts on a terminal for a key passphrase: generated keys are not encrypted.
int noPassphrase(char *, int, int, void *)
{
    return -1;
}

ossl::PKeyPtr readKey(const QByteArray &pem)
{
    ossl::BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return ossl::PKeyPtr(PEM_read_bio_PrivateKey(bio.get(), nullptr, noPassphrase, nullptr));
}

} // namespace

Result<QByteArray> exportPfx(const GeneratedCertificate &certificate, const QString &password,
                             PfxEncryption encryption, const QString &friendlyName)
{
    ERR_clear_error();
    ossl::X509Ptr cert = ossl::fromDer(certificate.der);
    ossl::PKeyPtr key = readKey(certificate.privateKeyPem);
    if (!cert || !key)
        return ossl::error(u"crypto.pfx-export"_s,
                           QCoreApplication::translate("Crypto", "The certificate or its private "
                                                                 "key could not be read for the "
                                                                 "PFX."));
    if (X509_check_private_key(cert.get(), key.get()) != 1)
        return ossl::error(u"crypto.pfx-export"_s,
                           QCoreApplication::translate("Crypto", "The private key does not belong "
                                                                 "to the certificate."));

    const bool legacy = encryption == PfxEncryption::LegacyTripleDesSha1;
    // A cipher NID (not a PBE one) makes OpenSSL 3 use PBES2 with PBKDF2 and HMAC-SHA256.
    const int bagNid = legacy ? NID_pbe_WithSHA1And3_Key_TripleDES_CBC : NID_aes_256_cbc;
    const ossl::SecretUtf8 pass(password);
    const QByteArray name = friendlyName.toUtf8();
    // mac_iter -1: no MAC here, so that PKCS12_set_mac below chooses its digest.
    ossl::Pkcs12Ptr p12(PKCS12_create_ex(pass.data(), name.isEmpty() ? nullptr : name.constData(), key.get(),
                                         cert.get(), nullptr, bagNid, bagNid, PKCS12_DEFAULT_ITER, -1, 0,
                                         nullptr, nullptr));
    if (!p12 || PKCS12_set_mac(p12.get(), pass.data(), pass.size(), nullptr, 0, PKCS12_DEFAULT_ITER,
                               legacy ? EVP_sha1() : EVP_sha256()) != 1)
        return ossl::error(u"crypto.pfx-export"_s,
                           QCoreApplication::translate("Crypto", "Could not build the PFX file."));

    unsigned char *buffer = nullptr;
    const int length = i2d_PKCS12(p12.get(), &buffer);
    if (length <= 0)
        return ossl::error(u"crypto.pfx-export"_s,
                           QCoreApplication::translate("Crypto", "Could not encode the PFX file."));
    QByteArray pfx(reinterpret_cast<const char *>(buffer), length);
    OPENSSL_free(buffer);
    return pfx;
}

} // namespace s2s::crypto
