#pragma once

#include <QElapsedTimer>
#include <QString>

#include <functional>
#include <optional>
#include <utility>

#include <QCoro/QCoroTask>

#include "core/Activity.h"
#include "core/Error.h"
#include "session/ServerProgress.h"
#include "session/Session.h"

namespace s2s {

// Writes what the backends run into the session transcript, under the step now running, and
// reports each command starting and finishing as live activity.
class Recorder {
public:
    explicit Recorder(Session &session)
        : m_session(session)
    {}

    void setStep(const QString &stepKey) { m_step = stepKey; }
    // The remedy the steps give a failed command's error (one that names a step, which the
    // backends cannot), or empty to keep the error's own.
    void setRemedyHandler(std::function<QString(const Error &)> handler) { m_remedy = std::move(handler); }
    void setActivityHandler(std::function<void(const Activity &)> handler)
    {
        m_activity = std::move(handler);
    }

    void setServerProgressHandler(std::function<void(const ServerProgress &)> handler)
    {
        m_serverProgress = std::move(handler);
    }

    void add(TranscriptEntry::Kind kind, const QString &server, const QString &command, const QString &output,
             bool ok, qint64 durationMs);
    void serverProgress(const ServerProgress &progress) const;
    void activity(const Activity &activity) const;
    // The first transport failure (ErrorKind::Backend) since the last call: a validation that met one
    // could not read the state, which is not the same as reading a wrong one.
    std::optional<Error> takeBackendError() { return std::exchange(m_backendError, std::nullopt); }
    // Verbose and warning records of the running farm operation: they open the output of the
    // next recorded command, as in a PowerShell transcript.
    void addHostRecord(const Activity &record);

    // Awaits `task`, then records the command with `format(value)` or the error as its output.
    template <typename T, typename Format>
    QCoro::Task<Result<T>> record(TranscriptEntry::Kind kind, QString server, QString command,
                                  QCoro::Task<Result<T>> task, Format format)
    {
        activity({Activity::Kind::CommandStarted, kind, server, command});
        QElapsedTimer timer;
        timer.start();
        Result<T> result = co_await std::move(task);
        if (!result) {
            result = withStep(result.error());
            if (!m_backendError && result.error().kind == ErrorKind::Backend)
                m_backendError = result.error();
        }
        const qint64 elapsed = timer.elapsed();
        add(kind, server, command, result ? format(result.value()) : result.error().toText(), result.ok(),
            elapsed);
        activity({Activity::Kind::CommandFinished, kind, server, command, result.ok(), elapsed});
        co_return result;
    }

private:
    // A transport failure (host crashed, timed out) also names the step it interrupted; the
    // remedy handler may name the step to go back to.
    Error withStep(Error error) const;

    Session &m_session;
    QString m_step;
    std::function<void(const ServerProgress &)> m_serverProgress;
    QStringList m_hostRecords;
    std::optional<Error> m_backendError;
    std::function<void(const Activity &)> m_activity;
    std::function<QString(const Error &)> m_remedy;
};

} // namespace s2s
