#include "Pkcs12.h"

#include <QCoreApplication>

#include <QFile>

#include <openssl/err.h>
#include <openssl/pem.h>

#include "OpenSsl.h"

using namespace Qt::StringLiterals;

namespace s2s::crypto {
namespace {

Error corrupt()
{
    return ossl::error(
        u"crypto.pfx-corrupt"_s,
        QCoreApplication::translate("Crypto", "The file is not a readable PFX (PKCS#12): it is "
                                              "damaged or of another kind."),
        QCoreApplication::translate("Crypto", "Copy the PFX again from where it was exported, or "
                                              "export it again with its private key."));
}

Error wrongPassword()
{
    return ossl::error(u"crypto.pfx-password"_s,
                       QCoreApplication::translate("Crypto", "The password does not open this PFX "
                                                             "file."),
                       QCoreApplication::translate("Crypto", "Type the password the PFX was "
                                                             "exported with. If you are sure it is "
                                                             "right, the file was altered: copy or "
                                                             "export it again."));
}

// After the MAC matched: a parse failure is a missing algorithm or damage inside the file.
Error unreadableContent()
{
    bool unsupported = false;
    const QString detail = ossl::takeErrors(&unsupported);
    if (!unsupported)
        return Error{u"crypto.pfx-corrupt"_s,
                     QCoreApplication::translate("Crypto", "The PFX opens with this password but "
                                                           "its content is damaged."),
                     detail,
                     QCoreApplication::translate("Crypto", "Export the certificate again with its "
                                                           "private key.")};
    return Error{u"crypto.pfx-unsupported"_s,
                 QCoreApplication::translate("Crypto", "The PFX is encrypted with an algorithm OpenSSL 3 no "
                                                       "longer offers (such as RC2)."),
                 detail,
                 QCoreApplication::translate("Crypto", "Export it again choosing TripleDES-SHA1 or "
                                                       "AES256-SHA256 encryption.")};
}

bool macMatches(PKCS12 *p12, const ossl::SecretUtf8 &pass)
{
    if (PKCS12_verify_mac(p12, pass.data(), pass.size()) == 1)
        return true;
    // An empty password is written either as "" or as no password at all (as PKCS12_parse tries).
    return pass.size() == 0 && PKCS12_verify_mac(p12, nullptr, 0) == 1;
}

} // namespace

Result<PfxContents> readPfx(const QByteArray &pfx, const QString &password, PfxKey keyExport)
{
    ERR_clear_error();
    const auto *cursor = reinterpret_cast<const unsigned char *>(pfx.constData());
    ossl::Pkcs12Ptr p12(d2i_PKCS12(nullptr, &cursor, long(pfx.size())));
    if (!p12)
        return corrupt();
    const ossl::SecretUtf8 pass(password);
    const bool hasMac = PKCS12_mac_present(p12.get()) == 1;
    if (hasMac && !macMatches(p12.get(), pass))
        return wrongPassword();

    EVP_PKEY *rawKey = nullptr;
    X509 *rawCert = nullptr;
    STACK_OF(X509) *chain = nullptr;
    const bool parsed = PKCS12_parse(p12.get(), pass.data(), &rawKey, &rawCert, &chain) == 1;
    const ossl::PKeyPtr key(rawKey);
    const ossl::X509Ptr cert(rawCert);
    sk_X509_pop_free(chain, X509_free); // the chain is not ours to check: only the leaf matters
    if (!parsed)
        return hasMac ? unreadableContent() : wrongPassword(); // without a MAC, cannot tell apart
    if (!cert)
        return ossl::error(u"crypto.pfx-no-certificate"_s,
                           QCoreApplication::translate("Crypto", "The PFX holds no certificate."),
                           QCoreApplication::translate("Crypto", "Export the certificate together "
                                                                 "with its private key."));

    PfxContents contents;
    const auto details = inspectCertificate(ossl::toDer(cert.get()));
    if (!details)
        return details.error();
    contents.certificate = details.value();
    contents.hasPrivateKey = key != nullptr;
    contents.privateKeyBits = key ? EVP_PKEY_get_bits(key.get()) : 0;
    contents.keyMatchesCertificate = key && X509_check_private_key(cert.get(), key.get()) == 1;
    if (key && keyExport == PfxKey::Export) {
        const ossl::BioPtr bio(BIO_new(BIO_s_mem()));
        if (bio && PEM_write_bio_PrivateKey(bio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) == 1)
            contents.privateKeyPem = ossl::bioBytes(bio.get());
    }
    ERR_clear_error(); // a mismatch leaves an error nobody asked for
    return contents;
}

Result<PfxContents> readPfxFile(const QString &path, const QString &password, PfxKey key)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{u"crypto.file-read"_s,
                     QCoreApplication::translate("Crypto", "Could not read %1.").arg(path),
                     file.errorString(),
                     QCoreApplication::translate("Crypto", "Check the path and that the wizard's "
                                                           "account may read the file.")};
    return readPfx(file.readAll(), password, key);
}

} // namespace s2s::crypto
