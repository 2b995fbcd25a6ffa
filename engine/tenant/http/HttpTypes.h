#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>

#include <chrono>

namespace s2s::http {

// One HTTPS request of the tenant side. `bearer` goes only into the Authorization header: never
// into a log, the transcript or an error.
struct Request {
    QByteArray method = QByteArrayLiteral("GET");
    QUrl url;
    QByteArray body;
    QByteArray contentType;
    QByteArray bearer;
    // Sends "Authorization: Bearer" with no token: how SharePoint Online is asked for its realm.
    bool emptyBearer = false;
    // Sent as the client-request-id header (Graph echoes it and logs it with its request-id).
    QByteArray clientRequestId;
    // The body holds a grant (authorization code, refresh token, device code).
    bool carriesGrant = false;
    // Whether 429/503/504 may be answered by sending the request again.
    bool retryThrottled = true;

    // A request with a token or a grant never follows a redirect to another origin.
    bool carriesSecret() const { return carriesGrant || !bearer.isEmpty(); }
};

struct Response {
    QUrl url;
    QByteArray method;
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    int attempts = 1;                    // 1 + retries after 429/503/504
    std::chrono::milliseconds waited{0}; // total time spent waiting before retries

    // Case-insensitive header lookup; empty when absent.
    QByteArray header(const QByteArray &name) const;
    bool isSuccess() const { return status >= 200 && status < 300; }
};

// Retries of throttled or unavailable answers: at most `maxAttempts` requests and `maxTotalWait`
// spent waiting, whatever Retry-After asks for.
struct RetryPolicy {
    int maxAttempts = 6;
    std::chrono::milliseconds maxTotalWait{std::chrono::seconds(120)};
    std::chrono::milliseconds fallbackWait{std::chrono::seconds(2)}; // without Retry-After, doubled
};

} // namespace s2s::http
