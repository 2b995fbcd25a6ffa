#include "CaFile.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace s2s {

Result<QList<QSslCertificate>> readCaFile(const QString &path)
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(path, QSsl::Pem);
    if (certificates.isEmpty())
        return Error{u"input.ca-file"_s,
                     QCoreApplication::translate("Network", "%1 holds no PEM "
                                                            "certificate.")
                         .arg(path),
                     {},
                     QCoreApplication::translate("Network", "Give a file with -----BEGIN "
                                                            "CERTIFICATE----- blocks."),
                     ErrorKind::Input};
    return certificates;
}

} // namespace s2s
