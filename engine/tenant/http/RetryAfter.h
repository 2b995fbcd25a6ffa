#pragma once

#include <QByteArray>
#include <QDateTime>

#include <chrono>
#include <optional>

namespace s2s::http {

// The wait a Retry-After header asks for: delta-seconds ("120") or an HTTP date
// ("Wed, 21 Oct 2026 07:28:00 GMT", counted from `now`). Empty when absent or unreadable.
std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray &value, const QDateTime &now);

} // namespace s2s::http
