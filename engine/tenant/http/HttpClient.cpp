#include "HttpClient.h"

#include <QCoreApplication>

#include <QLoggingCategory>
#include <QNetworkProxyFactory>
#include <QNetworkReply>

#include <utility>

#include <QCoro/QCoroTimer>

#include "core/ResumableWait.h"
#include "tenant/http/PreciseSleep.h"
#include "tenant/http/RetryAfter.h"

Q_LOGGING_CATEGORY(lcHttp, "engine.tenant")

using namespace Qt::StringLiterals;

namespace s2s::http {
namespace {

constexpr int transferTimeoutMs = 60000;

bool isRetryable(int status)
{
    return status == 429 || status == 503 || status == 504;
}

// What the log may show of a request: method and URL, never headers or bodies.
QString describe(const Request &request)
{
    return QString::fromLatin1(request.method) + u' ' + request.url.toString(QUrl::RemoveUserInfo);
}

// A request the wizard did not send, or stopped waiting for, because it is closing.
Error closingError(const Request &request)
{
    return Error{u"backend.cancelled"_s,
                 QCoreApplication::translate("Network", "%1 was cancelled: the wizard is closing.")
                     .arg(describe(request)),
                 {},
                 {},
                 ErrorKind::Backend};
}

} // namespace

HttpClient::HttpClient(QSslConfiguration tls, RetryPolicy policy)
    : m_tls(tls)
    , m_policy(policy)
{
    // Admins behind a proxy configured for the system (WinHTTP/IE settings, $https_proxy).
    QNetworkProxyFactory::setUseSystemConfiguration(true);
}

void HttpClient::abandonRequests()
{
    m_abandoned = true;
    // Each waiting coroutine resumes inside this loop, sees m_abandoned and aborts its reply.
    const QList<ResumableWait *> waits = std::exchange(m_waits, {});
    for (ResumableWait *wait : waits)
        wait->end();
}

QCoro::Task<Result<Response>> HttpClient::send(Request request)
{
    std::chrono::milliseconds waited{0};
    std::chrono::milliseconds backoff = m_policy.fallbackWait;
    for (int attempt = 1;; ++attempt) {
        auto response = co_await sendOnce(request);
        if (!response)
            co_return response;
        response.value().attempts = attempt;
        response.value().waited = waited;
        if (!request.retryThrottled || !isRetryable(response->status) || attempt >= m_policy.maxAttempts ||
            m_abandoned)
            co_return response;
        const auto asked = parseRetryAfter(response->header("Retry-After"), QDateTime::currentDateTimeUtc());
        const std::chrono::milliseconds wait = asked.value_or(backoff);
        if (!asked)
            backoff *= 2;
        if (waited + wait > m_policy.maxTotalWait) {
            qCWarning(lcHttp).noquote() << describe(request) << "-> HTTP" << response->status
                                        << "; Retry-After exceeds the wait budget, giving up";
            co_return response;
        }
        qCInfo(lcHttp).noquote() << describe(request) << "-> HTTP" << response->status << "; retrying in"
                                 << wait.count() << "ms";
        co_await sleepAtLeast(wait); // what the server asked for, not 5% less
        waited += wait;
    }
}

QNetworkRequest HttpClient::wireRequest(const Request &request) const
{
    QNetworkRequest wire(request.url);
    wire.setSslConfiguration(m_tls);
    wire.setTransferTimeout(transferTimeoutMs);
    // A token or grant must not reach another host: Qt would re-send the Authorization header and
    // the body along a cross-origin redirect.
    wire.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                      request.carriesSecret() ? QNetworkRequest::SameOriginRedirectPolicy
                                              : QNetworkRequest::NoLessSafeRedirectPolicy);
    if (!request.contentType.isEmpty())
        wire.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);
    if (!request.bearer.isEmpty())
        wire.setRawHeader("Authorization", "Bearer " + request.bearer);
    else if (request.emptyBearer)
        wire.setRawHeader("Authorization", "Bearer");
    wire.setRawHeader("Accept", "application/json");
    if (!request.clientRequestId.isEmpty())
        wire.setRawHeader("client-request-id", request.clientRequestId);
    return wire;
}

QCoro::Task<Result<Response>> HttpClient::sendOnce(const Request &request)
{
    const QNetworkRequest wire = wireRequest(request);
    if (m_abandoned) {
        Error closing = closingError(request);
        co_return closing;
    }
    ++m_requests;
    std::unique_ptr<QNetworkReply> reply(m_network.sendCustomRequest(wire, request.method, request.body));
    ResumableWait wait;
    // Queued: the coroutine deletes the reply, which must not happen inside its own finished().
    QObject::connect(
        reply.get(), &QNetworkReply::finished, reply.get(), [&wait] { wait.end(); }, Qt::QueuedConnection);
    m_waits.append(&wait);
    co_await wait.ended();
    m_waits.removeAll(&wait);
    if (!reply->isFinished()) { // abandoned
        reply->abort();
        Error closing = closingError(request);
        co_return closing;
    }

    Response response;
    response.url = request.url;
    response.method = request.method;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.body = reply->readAll();
    response.headers = reply->rawHeaderPairs();
    qCInfo(lcHttp).noquote() << describe(request) << "-> HTTP" << response.status;
    // Same-origin redirects were followed; a 3xx left over is one the policy refused to follow.
    const bool refusedRedirect = reply->error() == QNetworkReply::InsecureRedirectError ||
                                 (request.carriesSecret() && response.status >= 300 && response.status < 400);
    if (refusedRedirect) {
        const QUrl target = request.url.resolved(QUrl(QString::fromLatin1(response.header("Location"))));
        const QString why = request.carriesSecret()
                                ? QCoreApplication::translate("Network", "the request carries a "
                                                                         "token")
                                : QCoreApplication::translate("Network", "it would leave HTTPS");
        Error refused{
            u"backend.redirect"_s,
            QCoreApplication::translate("Network", "%1 redirected to %2; the wizard did "
                                                   "not follow, because %3.")
                .arg(request.url.host(), target.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo), why),
            describe(request) + u" -> "_s + target.toString(QUrl::RemoveQuery),
            QCoreApplication::translate("Network", "Check --endpoints and any proxy or "
                                                   "TLS inspection between this machine "
                                                   "and %1: Microsoft Graph and the "
                                                   "sign-in endpoints do not redirect.")
                .arg(request.url.host()),
            ErrorKind::Backend};
        co_return refused; // a named local: core/Coroutines.h
    }
    if (response.status == 0) {
        const QString host = request.url.host();
        Error error{
            u"backend.network"_s,
            QCoreApplication::translate("Network", "No answer from %1: %2").arg(host, reply->errorString()),
            describe(request),
            QCoreApplication::translate("Network",
                                        "Check that this machine reaches %1 over HTTPS (proxy, firewall, TLS "
                                        "inspection: add its CA with --ca-file).")
                .arg(host),
            ErrorKind::Backend};
        co_return error; // a named local: core/Coroutines.h
    }
    co_return response;
}

} // namespace s2s::http
