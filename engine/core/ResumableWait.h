#pragma once

#include <QtGlobal>

#include <coroutine>
#include <utility>

namespace s2s {

// A one-shot wait a coroutine suspends on (`co_await wait.ended()`) until end() is called, and
// is resumed right inside end(), synchronously. QCoro's signal awaiters resume through the event
// loop, which no longer runs while the wizard closes: a wait ended then would never resume, and
// its coroutine frame would leak (LeakSanitizer). Who ends a wait from a signal of an object the
// coroutine then deletes posts end() (Qt::QueuedConnection) instead.
class ResumableWait {
public:
    ResumableWait() = default;
    Q_DISABLE_COPY_MOVE(ResumableWait)

    // What the coroutine co_awaits: a handle on this wait. The promise may copy it freely (g++ 12
    // copied an awaitable co_awaited as an lvalue, and the copy never heard end()).
    struct Awaiter {
        ResumableWait *wait;
        bool await_ready() const noexcept { return wait->m_ended; }
        void await_suspend(std::coroutine_handle<> waiting) const noexcept { wait->m_waiting = waiting; }
        void await_resume() const noexcept {}
    };
    Awaiter ended() { return Awaiter{this}; }
    bool hasEnded() const { return m_ended; }

    void end()
    {
        if (std::exchange(m_ended, true))
            return;
        if (const std::coroutine_handle<> waiting = std::exchange(m_waiting, {}))
            waiting.resume();
    }

private:
    bool m_ended = false;
    std::coroutine_handle<> m_waiting;
};

} // namespace s2s
