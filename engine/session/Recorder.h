#pragma once

#include <QElapsedTimer>
#include <QString>

#include <functional>

#include <QCoro/QCoroTask>

#include "core/Error.h"
#include "session/ServerProgress.h"
#include "session/Session.h"

namespace s2s {

// Writes what the backends run into the session transcript, under the step now running, and
// reports each command as live progress.
class Recorder {
public:
    explicit Recorder(Session &session) : m_session(session) {}

    void setStep(const QString &stepKey) { m_step = stepKey; }
    void setProgressHandler(std::function<void(const QString &)> handler)
    {
        m_progress = std::move(handler);
    }

    void setServerProgressHandler(std::function<void(const ServerProgress &)> handler)
    {
        m_serverProgress = std::move(handler);
    }

    void add(TranscriptEntry::Kind kind, const QString &server, const QString &command,
             const QString &output, bool ok, qint64 durationMs);
    void progress(const QString &text) const;
    void serverProgress(const ServerProgress &progress) const;

    // Awaits `task`, then records the command with `format(value)` or the error as its output.
    template <typename T, typename Format>
    QCoro::Task<Result<T>> record(TranscriptEntry::Kind kind, QString server, QString command,
                                  QCoro::Task<Result<T>> task, Format format)
    {
        progress(command);
        QElapsedTimer timer;
        timer.start();
        Result<T> result = co_await std::move(task);
        add(kind, server, command, result ? format(result.value()) : result.error().toText(),
            result.ok(), timer.elapsed());
        co_return result;
    }

private:
    Session &m_session;
    QString m_step;
    std::function<void(const QString &)> m_progress;
    std::function<void(const ServerProgress &)> m_serverProgress;
};

} // namespace s2s
