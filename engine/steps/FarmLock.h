#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>

#include <QCoro/QCoroTask>

#include "farm/FarmBackend.h"
#include "farm/ops/FarmLockOps.h"

namespace s2s {

// This run's hold on the farm-wide lock (farm/ops/FarmLockOps.h): taken before a run's first
// change reads the farm, renewed while held, released at the end of the run. Talks to the farm
// backend directly (not through the transcript recorder): the runner notes taking it, taking it
// over and waiting for it in the transcript itself.
class FarmLock : public QObject {
    Q_OBJECT
public:
    struct Options {
        // How long to wait while another live run holds the lock, polling every `poll`.
        std::chrono::milliseconds wait{std::chrono::minutes(2)};
        std::chrono::milliseconds poll{std::chrono::seconds(5)};
        // How often to renew it; well inside the stale time.
        std::chrono::milliseconds renewEvery{std::chrono::minutes(1)};
        int staleSeconds = farm_lock::defaultStaleSeconds;

        // The defaults, with S2S_FARM_LOCK_WAIT_SECONDS and S2S_FARM_LOCK_POLL_MS (the tests'
        // knobs: a few seconds) when set.
        static Options fromEnvironment();
    };

    FarmLock(FarmBackend &farm, Options options, QObject *parent = nullptr);
    ~FarmLock() override;

    // Who this run is: this machine, this process and `session` (the session file's path).
    void setSession(const QString &session) { m_claim.session = session; }
    const FarmLockClaim &claim() const { return m_claim; }
    bool isHeld() const { return m_held; }
    const FarmLockHolder &holder() const { return m_holder; }

    // Takes the lock, waiting up to Options::wait while another live run holds it (`waiting` is
    // told who, once per poll). Holding it already: at once. Fails with farm.locked (a Backend
    // error: exit 3) naming the holder when the wait ends, or with the host's error.
    QCoro::Task<Result<FarmLockAnswer>> acquire(std::function<void(const FarmLockHolder &)> waiting);
    // Ends a waiting acquire() now with backend.cancelled (the admin's Stop); nothing otherwise.
    void cancelWait();
    // Releases it when held, or when an acquire was sent whose answer may have been lost; the
    // renewal stops either way.
    QCoro::Task<Status> release();

    // The error of a lock another run holds: who, where, since when, and what to do.
    static Error lockedError(const FarmLockHolder &holder, int staleSeconds);

Q_SIGNALS:
    // A renewal found the lock taken over by another run (this run stopped renewing in time).
    void lost(const s2s::Error &error);
    // cancelWait() was called: wakes a waiting acquire() (internal).
    void waitCancelled();

private:
    QCoro::Task<> renew();

    FarmBackend &m_farm;
    Options m_options;
    FarmLockClaim m_claim;
    FarmLockHolder m_holder;
    bool m_held = false;
    bool m_attempted = false; // an acquire was sent and nothing released since
    bool m_renewing = false;
    bool m_waitCancelled = false;
    QTimer m_renewal;
};

} // namespace s2s
