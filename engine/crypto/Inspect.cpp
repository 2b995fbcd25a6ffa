#include "Inspect.h"

#include <QCoreApplication>

#include <openssl/err.h>
#include <openssl/pem.h>

#include "OpenSsl.h"

using namespace Qt::StringLiterals;

namespace s2s::crypto {
namespace {

ossl::X509Ptr readCertificate(const QByteArray &derOrPem)
{
    if (!derOrPem.trimmed().startsWith("-----BEGIN"))
        return ossl::fromDer(derOrPem);
    ossl::BioPtr bio(BIO_new_mem_buf(derOrPem.constData(), int(derOrPem.size())));
    return ossl::X509Ptr(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
}

} // namespace

Result<CertificateDetails> inspectCertificate(const QByteArray &derOrPem)
{
    ERR_clear_error();
    ossl::X509Ptr cert = readCertificate(derOrPem);
    if (!cert)
        return ossl::error(u"crypto.certificate-unreadable"_s,
                           QCoreApplication::translate("Crypto", "The file is not an X.509 "
                                                                 "certificate in DER (.cer) or PEM "
                                                                 "form."),
                           QCoreApplication::translate("Crypto", "Export the certificate again as "
                                                                 "DER encoded binary X.509 "
                                                                 "(.CER)."));
    // Thumbprints and Graph use the DER, whatever form the certificate came in.
    const QByteArray der = ossl::toDer(cert.get());
    CertificateDetails details;
    details.info = ossl::certificateInfo(cert.get(), der);
    details.signatureAlgorithm = QString::fromLatin1(OBJ_nid2ln(X509_get_signature_nid(cert.get())));
    details.base64Der = QString::fromLatin1(der.toBase64());
    // Not X509_check_issued: it also wants keyCertSign, which an STS certificate lacks.
    details.selfSigned = X509_self_signed(cert.get(), 1) == 1;
    return details;
}

} // namespace s2s::crypto
