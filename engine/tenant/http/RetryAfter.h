#pragma once

#include <QByteArray>
#include <QDateTime>

#include <chrono>
#include <optional>

namespace s2s::http {

// The longest wait a Retry-After header can ask for: a longer one (or one too large to count in
// milliseconds) reads as this. The retry budget (RetryPolicy::maxTotalWait) then gives up at once.
inline constexpr std::chrono::milliseconds maxRetryAfter{std::chrono::hours(24)};

// The wait a Retry-After header asks for: delta-seconds ("120") or an HTTP date
// ("Wed, 21 Oct 2026 07:28:00 GMT", counted from `now`), between 0 and maxRetryAfter. Empty when
// absent or unreadable.
std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray &value, const QDateTime &now);

} // namespace s2s::http
