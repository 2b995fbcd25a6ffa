#include "LabFarmFetch.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QUrl>

#include <QCoro/QCoroNetworkReply>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace s2s::lab {
namespace {

constexpr int transferTimeoutMs = 15000;
constexpr int maxRedirects = 5;                            // as FarmHost.ps1
constexpr qint64 maxAnswerBytes = qint64(4) * 1024 * 1024; // as FarmHost.ps1's $S2SOutboundMaxBytes

Error fetchError(const QString &url, const QString &what, const QString &remedy)
{
    return Error{u"farm.outbound"_s, u"The farm could not fetch %1: %2"_s.arg(url, what), {}, remedy};
}

const QString outboundRemedy = u"Allow outbound HTTPS (TCP 443) from the SharePoint servers to "
                               "accounts.accesscontrol.windows.net and login.microsoftonline.com, "
                               "directly or through the proxy configured for the farm."_s;

// TLS 1.2 or newer, trusting only the CA certificates of `caFile` (the system's when empty).
Result<QSslConfiguration> farmTls(const QString &url, const QString &caFile)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (!caFile.isEmpty()) {
        const QList<QSslCertificate> trusted = QSslCertificate::fromPath(caFile, QSsl::Pem);
        if (trusted.isEmpty())
            return fetchError(url, u"the tenant's certificate %1 cannot be read."_s.arg(caFile),
                              u"Start the lab farm host with --tenant-ca <the PEM file the "
                              "wizard wrote for this run>."_s);
        tls.setCaCertificates(trusted); // this tenant's CA only, not the system's
    }
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    return tls;
}

} // namespace

QString originOf(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != u"https" && scheme != u"http"))
        return {};
    const int port = url.port(scheme == u"https" ? 443 : 80);
    return u"%1://%2:%3"_s.arg(scheme, url.host().toLower(), QString::number(port));
}

bool reachesOrigin(const QStringList &origins, const QUrl &url)
{
    const QString origin = originOf(url);
    if (origin.isEmpty())
        return false;
    return std::any_of(origins.begin(), origins.end(),
                       [&origin](const QString &allowed) { return originOf(QUrl(allowed)) == origin; });
}

QCoro::Task<Result<QByteArray>> fetchOverHttps(QString url, QString caFile, QStringList origins)
{
    const Result<QSslConfiguration> tls = farmTls(url, caFile);
    if (!tls)
        co_return tls.error();
    QNetworkAccessManager network;
    // Redirects by hand: Qt would follow one to any host; the farm follows one only on the same
    // scheme and host (FarmHost.ps1), at most maxRedirects times, and reaches nothing outside
    // `origins`.
    const QUrl requested(url);
    QUrl next = requested;
    std::unique_ptr<QNetworkReply> reply;
    for (int hop = 0;; ++hop) {
        QNetworkRequest request{next};
        request.setSslConfiguration(*tls);
        request.setTransferTimeout(transferTimeoutMs);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        reply.reset(network.get(request));
        co_await reply.get();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QUrl location = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        if (status < 300 || status >= 400 || !location.isValid())
            break;
        const QUrl target = next.resolved(location);
        if (hop >= maxRedirects || target.scheme() != requested.scheme() ||
            target.host().compare(requested.host(), Qt::CaseInsensitive) != 0 ||
            !reachesOrigin(origins, target))
            co_return fetchError(url, u"it redirects to %1, which is not followed."_s.arg(target.toString()),
                                 u"A proxy or firewall may rewrite the request; allow this server "
                                 "to reach the URL directly."_s);
        next = target;
    }
    if (reply->error() != QNetworkReply::NoError &&
        reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isNull())
        co_return fetchError(url, reply->errorString(), outboundRemedy);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200) {
        Error refused{u"farm.http-status"_s,
                      u"%1 answered %2 %3."_s.arg(
                          url, QString::number(status),
                          reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString()),
                      QString::fromUtf8(reply->readAll().left(2000)),
                      u"Check the tenant id in the metadata endpoint."_s};
        co_return refused; // a named local: core/Coroutines.h
    }
    co_return reply->readAll();
}

QCoro::Task<Result<HttpAnswer>> postOverHttps(QString url, QByteArray body, QString contentType,
                                              QString caFile, QStringList origins)
{
    const QUrl target(url);
    if (!reachesOrigin(origins, target)) {
        Error unreachable{u"farm.outbound"_s,
                          u"The farm could not reach %1: the remote name could not be resolved or the "
                          "connection timed out."_s.arg(url),
                          {},
                          outboundRemedy};
        co_return unreachable; // a named local: core/Coroutines.h
    }
    const Result<QSslConfiguration> tls = farmTls(url, caFile);
    if (!tls)
        co_return tls.error();
    QNetworkAccessManager network;
    QNetworkRequest request{target};
    request.setSslConfiguration(*tls);
    request.setTransferTimeout(transferTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    request.setHeader(QNetworkRequest::UserAgentHeader, u"S2SWizard-FarmHost"_s);
    const std::unique_ptr<QNetworkReply> reply(network.post(request, body));
    co_await reply.get();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (status.isNull()) {
        Error failed{u"farm.outbound"_s,
                     u"The farm could not post to %1: %2"_s.arg(url, reply->errorString()),
                     {},
                     outboundRemedy};
        co_return failed; // a named local: core/Coroutines.h
    }
    const QByteArray answered = reply->readAll();
    if (answered.size() > maxAnswerBytes) {
        Error tooLarge{u"farm.outbound"_s,
                       u"The answer of %1 is larger than %2 bytes."_s.arg(target.host()).arg(maxAnswerBytes),
                       {},
                       outboundRemedy};
        co_return tooLarge; // a named local: core/Coroutines.h
    }
    HttpAnswer answer{status.toInt(), answered};
    co_return answer; // a named local: core/Coroutines.h
}

} // namespace s2s::lab
