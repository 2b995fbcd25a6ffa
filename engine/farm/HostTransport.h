#pragma once

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QQueue>
#include <QTimer>

#include <chrono>
#include <optional>

#include <QCoro/QCoroTask>

#include "core/Error.h"
#include "core/ResumableWait.h"

namespace s2s {

// One request waiting for the host; settles once with a result or an error.
class PendingHostCall : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    QString op;
    QJsonObject request;
    std::chrono::milliseconds timeout{0};
    bool done = false;
    Result<QJsonValue> result;
    ResumableWait wait; // what the calling coroutine waits on

    // Settles once and resumes the caller from the event loop (never inside the host's output
    // handling, which the caller's next call would re-enter).
    void settle(Result<QJsonValue> value);
    // Settles once and resumes the caller right now: the wizard is closing.
    void settleNow(Result<QJsonValue> value);
};

// Talks to a farm host process (Windows PowerShell with our script, or the lab host) over JSON
// Lines on stdin/stdout (DESIGN.md, "Farm backend"). The host answers one request at a time, so
// requests queue here and only the head is in flight. The process starts on the first call and
// stays warm; a crash, a timeout or a cancel fails what is pending and the next call restarts it.
class HostTransport : public QObject {
    Q_OBJECT
public:
    struct Config {
        QString program;
        QStringList arguments;
        std::chrono::milliseconds startTimeout{std::chrono::seconds(90)};
        std::chrono::milliseconds opTimeout{std::chrono::seconds(120)};
        // The longest protocol line accepted; a longer one fails what is pending at once. The
        // largest answer is outbound.fetch's: a body of at most 4 MiB (FarmHost.ps1's
        // $S2SOutboundMaxBytes), 5.3 MiB in base64: 8 MiB leaves room and no more.
        qsizetype maxLineBytes = qsizetype{8} * 1024 * 1024;
        // Written to stdin right after each start (the PowerShell host reads its script so).
        QByteArray initialInput;
        // Variables added to the inherited environment of the host.
        QProcessEnvironment environment;
        // The program that serves the farm when `program` only relays to it (the lab's fault
        // relay in front of pwsh); empty when `program` is the host itself.
        QString relayedProgram;

        // What serves the farm: the report and the activity name it.
        QString hostProgram() const { return relayedProgram.isEmpty() ? program : relayedProgram; }
    };

    explicit HostTransport(Config config, QObject *parent = nullptr);
    ~HostTransport() override;

    // `timeoutFactor` stretches the per-operation timeout for long operations (iisreset).
    QCoro::Task<Result<QJsonValue>> call(QString op, QJsonObject args, QString server = {},
                                         int timeoutFactor = 1);
    // Kills the host; every pending call fails as cancelled.
    void cancel();
    // The wizard is closing: every pending call fails now with backend.cancelled (its coroutine
    // resumes synchronously, while what it uses is alive), and later calls fail at once without
    // starting a host.
    void abandonCalls();

    const Config &config() const { return m_config; }
    int hostStarts() const { return m_hostStarts; }
    int calls() const { return m_calls; }
    // The host's ready announcement (versions, farm admin, elevated) once it started.
    std::optional<QJsonObject> readyInfo() const { return m_ready; }

Q_SIGNALS:
    // A host process is starting; it is usable once hostReady arrives.
    void hostStarting();
    void hostReady(const QJsonObject &announcement);
    // verbose, warning and progress records of the running operation.
    void hostEvent(const QString &op, const QString &server, const QString &kind, const QString &text);

private:
    void pump();
    void startHost();
    void onReadyRead();
    void onLine(const QByteArray &line);
    void onExited();
    void onTimeout();
    void stopHost(const Error &reason);
    // Empties the queue and the call in flight, for failing them.
    QList<QPointer<PendingHostCall>> takePending();
    void failAll(const Error &reason);
    Error hostError(const QString &what, const QString &remedy) const;
    // A line that is not the protocol (backend.farm-protocol): the host counts as broken.
    Error protocolError(const QString &what) const;

    Config m_config;
    QProcess *m_process = nullptr;
    QByteArray m_buffer;
    QQueue<QPointer<PendingHostCall>> m_queue;
    QPointer<PendingHostCall> m_inFlight;
    qint64 m_inFlightId = 0;
    qint64 m_nextId = 0;
    std::optional<QJsonObject> m_ready;
    QTimer m_timer;
    int m_hostStarts = 0;
    int m_calls = 0;
    bool m_abandoned = false;
};

} // namespace s2s
