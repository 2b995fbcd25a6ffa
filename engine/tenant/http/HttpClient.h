#pragma once

#include <QList>
#include <QNetworkAccessManager>
#include <QSslConfiguration>

#include <QCoro/QCoroTask>

#include "core/Error.h"
#include "tenant/http/HttpTypes.h"

namespace s2s {
class ResumableWait;
}

namespace s2s::http {

// Sends the tenant side's HTTPS requests: system proxy, TLS 1.2+, retries of 429/503/504 as
// Retry-After asks within the policy's bounds. Any HTTP status is a Response; only a request that
// got no answer (DNS, TLS, proxy, timeout) is an Error.
class HttpClient {
public:
    explicit HttpClient(QSslConfiguration tls, RetryPolicy policy = {});
    Q_DISABLE_COPY_MOVE(HttpClient)

    QCoro::Task<Result<Response>> send(Request request);

    // Requests put on the wire, retries included (for the --report).
    int requestCount() const { return m_requests; }

    // The owner is closing: every request in flight ends now (its coroutine resumes with
    // backend.cancelled while what it uses is still alive, instead of waiting forever for an
    // answer no event loop will deliver), and every later send fails at once.
    void abandonRequests();

private:
    QCoro::Task<Result<Response>> sendOnce(const Request &request);
    // The request as Qt sends it: TLS, timeout, redirect policy and headers.
    QNetworkRequest wireRequest(const Request &request) const;

    QNetworkAccessManager m_network;
    QSslConfiguration m_tls;
    RetryPolicy m_policy;
    int m_requests = 0;
    bool m_abandoned = false;
    QList<ResumableWait *> m_waits; // the requests in flight
};

} // namespace s2s::http
