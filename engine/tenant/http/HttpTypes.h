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
};

struct Response {
    QUrl url;
    QByteArray method;
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    int attempts = 1;                     // 1 + retries after 429/503/504
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
