#include "Certificate.h"

#include <QCoreApplication>

#include <QCryptographicHash>
#include <QThread>

#include <algorithm>

#include "OpenSsl.h"
#include "SelfSigned.h"

using namespace Qt::StringLiterals;

namespace s2s::crypto {

QString sha1Thumbprint(const QByteArray &der)
{
    return QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha1).toHex()).toUpper();
}

int keyAttemptsOnAllCores()
{
    return std::clamp(QThread::idealThreadCount(), 1, 4);
}

Result<GeneratedCertificate> generateSelfSigned(const QString &commonName, int keyBits, int validityDays,
                                                int keyAttempts)
{
    auto key = ossl::generateRsaKey(keyBits, keyAttempts);
    if (!key)
        return key.error();
    ossl::NamePtr name(X509_NAME_new());
    const QByteArray cn = commonName.toUtf8();
    if (!name ||
        X509_NAME_add_entry_by_txt(name.get(), "CN", MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char *>(cn.constData()), -1, -1, 0) != 1)
        return ossl::error(u"crypto.subject"_s,
                           QCoreApplication::translate("Crypto", "Could not set the certificate "
                                                                 "subject."));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Valid from an hour ago so that servers with a slightly slow clock accept it at once.
    return ossl::selfSign(key->get(), name.get(), now.addSecs(qint64{-60} * 60), now.addDays(validityDays),
                          "critical,digitalSignature,keyEncipherment");
}

Result<CertificateInfo> inspectDer(const QByteArray &der)
{
    ossl::X509Ptr cert = ossl::fromDer(der);
    if (!cert)
        return ossl::error(u"crypto.openssl"_s,
                           QCoreApplication::translate("Crypto", "The data is not a DER-encoded "
                                                                 "X.509 certificate."));
    return ossl::certificateInfo(cert.get(), der);
}

} // namespace s2s::crypto
