#include "FarmLock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QLoggingCategory>
#include <QSysInfo>

#include <QCoro/QCoroSignal>

#include <utility>

Q_LOGGING_CATEGORY(lcFarmLock, "engine.farmlock")

using namespace Qt::StringLiterals;

namespace s2s {
namespace {

std::chrono::milliseconds durationFromEnvironment(const char *name, std::chrono::milliseconds fallback,
                                                  std::chrono::milliseconds unit)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value >= 0 ? unit * value : fallback;
}

// "10:42" today, else "2026-11-30 10:42", in local time; the text as it came when unreadable.
QString shownTime(const QString &iso)
{
    const QDateTime time = QDateTime::fromString(iso, Qt::ISODate);
    if (!time.isValid())
        return iso;
    const QDateTime local = time.toLocalTime();
    return local.date() == QDate::currentDate() ? local.toString(u"HH:mm"_s)
                                                : local.toString(u"yyyy-MM-dd HH:mm"_s);
}

} // namespace

FarmLock::Options FarmLock::Options::fromEnvironment()
{
    Options options;
    options.wait = durationFromEnvironment("S2S_FARM_LOCK_WAIT_SECONDS", options.wait,
                                           std::chrono::seconds(1));
    options.poll = durationFromEnvironment("S2S_FARM_LOCK_POLL_MS", options.poll,
                                           std::chrono::milliseconds(1));
    options.poll = std::max(options.poll, std::chrono::milliseconds(100));
    return options;
}

FarmLock::FarmLock(FarmBackend &farm, Options options, QObject *parent)
    : QObject(parent)
    , m_farm(farm)
    , m_options(options)
{
    m_claim.machine = QSysInfo::machineHostName();
    m_claim.process = QString::number(QCoreApplication::applicationPid());
    // A runner without a session file (tests, a scratch run) still names itself to other runs.
    m_claim.session = QStringLiteral("(scratch session)");
    m_renewal.setTimerType(Qt::PreciseTimer);
    m_renewal.setInterval(m_options.renewEvery);
    connect(&m_renewal, &QTimer::timeout, this, [this] { QCoro::connect(renew(), this, [] {}); });
}

FarmLock::~FarmLock()
{
    if (m_held)
        qCWarning(lcFarmLock) << "the farm lock was not released; it counts as stale after"
                              << m_options.staleSeconds << "seconds";
}

Error FarmLock::lockedError(const FarmLockHolder &holder, int staleSeconds)
{
    return Error{
        u"farm.locked"_s,
        QCoreApplication::translate("FarmLock", "The farm is locked by %1 on %2 since %3 (session %4).")
            .arg(holder.owner, holder.machine, shownTime(holder.since), holder.session),
        QCoreApplication::translate("FarmLock", "Process %1; last renewed %2.")
            .arg(holder.process, shownTime(holder.renewed)),
        QCoreApplication::translate("FarmLock", "Wait for that run to finish, or after %1 minutes "
                                                "without renewal the lock counts as stale.")
            .arg(staleSeconds / 60),
        ErrorKind::Backend};
}

QCoro::Task<Result<FarmLockAnswer>> FarmLock::acquire(std::function<void(const FarmLockHolder &)> waiting)
{
    const QDeadlineTimer deadline(m_options.wait, Qt::PreciseTimer);
    m_waitCancelled = false;
    const QString staleSeconds = QString::number(m_options.staleSeconds);
    for (;;) {
        // An acquire whose answer is lost (the host killed by a cancel, a timeout) may have taken
        // the lock all the same: release() then releases it.
        m_attempted = true;
        Result<FarmLockAnswer> answer = co_await m_farm.call<AcquireFarmLockOp>(m_claim, staleSeconds);
        if (!answer)
            co_return answer;
        if (answer->acquired) {
            m_holder = answer->holder;
            m_held = true;
            m_renewal.start();
            co_return answer;
        }
        if (deadline.hasExpired()) {
            Error locked = lockedError(answer->holder, m_options.staleSeconds);
            co_return locked;
        }
        if (waiting)
            waiting(answer->holder);
        const auto left = std::chrono::milliseconds(deadline.remainingTime());
        // Until the next poll, or at once when the admin stops the wait (cancelWait).
        co_await qCoro(this, &FarmLock::waitCancelled, std::min(m_options.poll, left));
        if (std::exchange(m_waitCancelled, false)) {
            Error cancelled{
                u"backend.cancelled"_s,
                QCoreApplication::translate("FarmLock", "Cancelled while waiting for the farm lock."),
                lockedError(answer->holder, m_options.staleSeconds).message,
                QCoreApplication::translate("FarmLock", "Run the step again when you are ready."),
                ErrorKind::Backend};
            co_return cancelled;
        }
    }
}

void FarmLock::cancelWait()
{
    m_waitCancelled = true;
    Q_EMIT waitCancelled();
}

QCoro::Task<Status> FarmLock::release()
{
    m_renewal.stop();
    if (!m_held && !m_attempted)
        co_return success();
    const bool held = std::exchange(m_held, false);
    m_attempted = false;
    const Result<bool> released = co_await m_farm.call<ReleaseFarmLockOp>(m_claim);
    if (!released && !held && released.error().code == u"farm.lock-not-holder")
        co_return success(); // another run holds it: never ours
    if (!released) {
        qCWarning(lcFarmLock).noquote() << "releasing the farm lock failed:" << released.error().toText();
        co_return released.error();
    }
    co_return success();
}

QCoro::Task<> FarmLock::renew()
{
    if (!m_held || m_renewing)
        co_return;
    m_renewing = true;
    const Result<FarmLockHolder> renewed = co_await m_farm.call<RenewFarmLockOp>(m_claim);
    m_renewing = false;
    if (renewed) {
        m_holder = renewed.value();
        co_return;
    }
    qCWarning(lcFarmLock).noquote() << "renewing the farm lock failed:" << renewed.error().toText();
    if (renewed.error().code == u"farm.lock-lost" && m_held) {
        m_held = false;
        m_renewal.stop();
        Q_EMIT lost(renewed.error());
    }
}

} // namespace s2s
