#pragma once

#include <QTimer>

#include <algorithm>
#include <chrono>

#include <QCoro/QCoroTask>
#include <QCoro/QCoroTimer>

namespace s2s::http {

// Waits at least `duration` (QCoro::sleepFor's coarse timer may fire up to 5% early, Qt's
// documented accuracy of Qt::CoarseTimer): for waits the product promises, such as a server's
// Retry-After or RFC 8628's polling interval. Qt::PreciseTimer keeps millisecond accuracy.
inline QCoro::Task<void> sleepAtLeast(std::chrono::milliseconds duration)
{
    QTimer timer;
    timer.setTimerType(Qt::PreciseTimer);
    timer.setSingleShot(true);
    timer.start(std::max(duration, std::chrono::milliseconds(0)));
    co_await qCoro(timer).waitForTimeout();
}

} // namespace s2s::http
