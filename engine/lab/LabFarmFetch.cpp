#include "LabFarmFetch.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QUrl>

#include <QCoro/QCoroNetworkReply>

#include <memory>

using namespace Qt::StringLiterals;

namespace s2s::lab {
namespace {

constexpr int transferTimeoutMs = 15000;

Error fetchError(const QString &url, const QString &what, const QString &remedy)
{
    return Error{u"farm.outbound"_s, u"The farm could not fetch %1: %2"_s.arg(url, what), {},
                 remedy};
}

} // namespace

QCoro::Task<Result<QByteArray>> fetchOverHttps(QString url, QString caFile)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (!caFile.isEmpty()) {
        const QList<QSslCertificate> trusted = QSslCertificate::fromPath(caFile, QSsl::Pem);
        if (trusted.isEmpty())
            co_return fetchError(url, u"the tenant's certificate %1 cannot be read."_s.arg(caFile),
                                 u"Start the lab farm host with --tenant-ca <the PEM file the "
                                 "wizard wrote for this run>."_s);
        tls.setCaCertificates(trusted); // this tenant's CA only, not the system's
    }
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    QNetworkRequest request{QUrl(url)};
    request.setSslConfiguration(tls);
    request.setTransferTimeout(transferTimeoutMs);
    QNetworkAccessManager network;
    std::unique_ptr<QNetworkReply> reply(network.get(request));
    co_await reply.get();
    if (reply->error() != QNetworkReply::NoError
        && reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isNull())
        co_return fetchError(url, reply->errorString(),
                             u"Allow outbound HTTPS (TCP 443) from the SharePoint servers to "
                             "accounts.accesscontrol.windows.net and login.microsoftonline.com, "
                             "directly or through the proxy configured for the farm."_s);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200)
        co_return Error{u"farm.http-status"_s,
                        u"%1 answered %2 %3."_s.arg(
                            url, QString::number(status),
                            reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString()),
                        QString::fromUtf8(reply->readAll().left(2000)),
                        u"Check the tenant id in the metadata endpoint."_s};
    co_return reply->readAll();
}

} // namespace s2s::lab
