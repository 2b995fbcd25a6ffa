#include "TlsSettings.h"

#include "core/CaFile.h"

namespace s2s::http {

Result<QSslConfiguration> tlsConfiguration(const QString &extraCaFile)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    if (extraCaFile.isEmpty())
        return tls;
    const auto extra = readCaFile(extraCaFile);
    if (!extra)
        return extra.error();
    tls.addCaCertificates(*extra);
    return tls;
}

} // namespace s2s::http
