#include "TlsSettings.h"

#include <QCoreApplication>

#include <QSslCertificate>

using namespace Qt::StringLiterals;

namespace s2s::http {

Result<QSslConfiguration> tlsConfiguration(const QString &extraCaFile)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    if (extraCaFile.isEmpty())
        return tls;
    const QList<QSslCertificate> extra = QSslCertificate::fromPath(extraCaFile, QSsl::Pem);
    if (extra.isEmpty())
        return Error{u"input.ca-file"_s,
                     QCoreApplication::translate("Network", "%1 holds no PEM "
                                                            "certificate.").arg(extraCaFile), {},
                     QCoreApplication::translate("Network", "Give a file with -----BEGIN "
                                                            "CERTIFICATE----- blocks."), ErrorKind::Input};
    tls.addCaCertificates(extra);
    return tls;
}

} // namespace s2s::http
