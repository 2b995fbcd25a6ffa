// The Retry-After header (engine/tenant/http/RetryAfter.h), and the wait HttpClient adds up.
#include <QDateTime>

#include "FuzzSupport.h"
#include "tenant/http/RetryAfter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QDateTime now = QDateTime(QDate(2026, 10, 21), QTime(7, 28), Qt::UTC);
    const auto wait = s2s::http::parseRetryAfter(s2s::fuzz::bytes(data, size), now);
    if (wait) {
        // HttpClient::send: waited + wait against the budget, then waited += wait.
        const std::chrono::milliseconds waited{std::chrono::seconds(120)};
        (void)(waited + *wait > std::chrono::milliseconds(std::chrono::seconds(120)));
    }
    return 0;
}
