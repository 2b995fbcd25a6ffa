#include "HostTransport.h"

#include <QJsonDocument>
#include <QLoggingCategory>

#include "farm/HostLine.h"

Q_LOGGING_CATEGORY(lcHost, "engine.farm")

using namespace Qt::StringLiterals;

namespace s2s {

void PendingHostCall::settle(Result<QJsonValue> value)
{
    if (done)
        return;
    done = true;
    result = std::move(value);
    QMetaObject::invokeMethod(
        this, [this] { wait.end(); }, Qt::QueuedConnection);
}

void PendingHostCall::settleNow(Result<QJsonValue> value)
{
    if (!done) {
        done = true;
        result = std::move(value);
    }
    wait.end();
}

HostTransport::HostTransport(Config config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{
    m_timer.setSingleShot(true);
    // A coarse timer may fire 5% early: an operation gets at least the time it was promised.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &HostTransport::onTimeout);
}

HostTransport::~HostTransport()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(3000);
    }
    failAll(hostError(tr("The farm host was closed."), {}));
}

Error HostTransport::hostError(const QString &what, const QString &remedy) const
{
    return Error{u"backend.farm-host"_s, what, m_config.program, remedy, ErrorKind::Backend};
}

QCoro::Task<Result<QJsonValue>> HostTransport::call(QString op, QJsonObject args, QString server,
                                                    int timeoutFactor)
{
    if (m_abandoned) {
        Error closing{u"backend.cancelled"_s,
                      tr("%1 was not run: the wizard is closing.").arg(op),
                      {},
                      {},
                      ErrorKind::Backend};
        co_return closing;
    }
    QPointer<PendingHostCall> pending = new PendingHostCall(this);
    pending->op = op;
    pending->timeout = m_config.opTimeout * std::max(1, timeoutFactor);
    pending->request = {{u"op"_s, op},
                        {u"args"_s, args},
                        {u"server"_s, server.isEmpty() ? QJsonValue() : QJsonValue(server)}};
    ++m_calls;
    m_queue.enqueue(pending);
    pump();
    if (pending && !pending->done)
        co_await pending->wait.ended();
    if (!pending)
        co_return hostError(tr("The farm host went away while running %1.").arg(op), {});
    Result<QJsonValue> result = pending->result;
    pending->deleteLater();
    co_return result;
}

void HostTransport::cancel()
{
    stopHost(Error{u"backend.cancelled"_s,
                   tr("Cancelled: the farm host was stopped."),
                   {},
                   tr("Run the step again when you are ready."),
                   ErrorKind::Backend});
}

void HostTransport::abandonCalls()
{
    m_abandoned = true;
    const Error closing{
        u"backend.cancelled"_s, tr("Cancelled: the wizard is closing."), {}, {}, ErrorKind::Backend};
    takePending();
    // Every call not resumed yet: those waiting for the host, and those settled whose resume is
    // still posted to an event loop that may never run again (each a leaked coroutine frame).
    QList<QPointer<PendingHostCall>> unresumed;
    for (PendingHostCall *call : findChildren<PendingHostCall *>(Qt::FindDirectChildrenOnly))
        unresumed.append(call);
    for (const QPointer<PendingHostCall> &call : unresumed)
        if (call)
            call->settleNow(closing);
}

void HostTransport::pump()
{
    if (m_inFlight || m_queue.isEmpty())
        return;
    if (!m_process) {
        startHost();
        return;
    }
    if (!m_ready)
        return; // the ready line starts the first request
    m_inFlight = m_queue.dequeue();
    if (!m_inFlight) {
        pump();
        return;
    }
    m_inFlightId = ++m_nextId;
    QJsonObject request = m_inFlight->request;
    request.insert(u"id"_s, m_inFlightId);
    // Never the arguments: they may carry a PFX and its password.
    qCDebug(lcHost) << "request" << m_inFlightId << m_inFlight->op;
    m_process->write(QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n');
    m_timer.start(m_inFlight->timeout);
}

void HostTransport::startHost()
{
    m_ready.reset();
    m_buffer.clear();
    m_process = new QProcess(this);
    m_process->setProgram(m_config.program);
    m_process->setArguments(m_config.arguments);
    if (!m_config.environment.isEmpty()) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(m_config.environment);
        m_process->setProcessEnvironment(environment);
    }
    connect(m_process, &QProcess::readyReadStandardOutput, this, &HostTransport::onReadyRead);
    connect(m_process, &QProcess::readyReadStandardError, this, [this] {
        const QByteArray text = m_process->readAllStandardError();
        qCInfo(lcHost).noquote() << "host stderr:" << QString::fromUtf8(text).trimmed();
    });
    connect(m_process, &QProcess::finished, this, &HostTransport::onExited);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            stopHost(hostError(
                tr("The farm host %1 could not start: %2").arg(m_config.program, m_process->errorString()),
                tr("Check that the program exists and may run.")));
    });
    ++m_hostStarts;
    qCInfo(lcHost) << "starting farm host" << m_config.hostProgram();
    Q_EMIT hostStarting();
    m_process->start();
    // On Windows a program that may not run (AppLocker, WDAC) fails inside start(): the handler
    // above stopped the host and failed every call already.
    if (!m_process)
        return;
    if (!m_config.initialInput.isEmpty())
        m_process->write(m_config.initialInput); // buffered until the process runs
    m_timer.start(m_config.startTimeout);
}

void HostTransport::onReadyRead()
{
    m_buffer += m_process->readAllStandardOutput();
    qsizetype newline;
    while ((newline = m_buffer.indexOf('\n')) >= 0) {
        if (newline > m_config.maxLineBytes)
            break;
        const QByteArray line = m_buffer.left(newline).trimmed();
        m_buffer.remove(0, newline + 1);
        if (!line.isEmpty())
            onLine(line);
        if (!m_process)
            return; // the line stopped the host
    }
    if (m_buffer.size() > m_config.maxLineBytes)
        stopHost(
            protocolError(tr("The farm host sent a line longer than %1 bytes.").arg(m_config.maxLineBytes)));
}

Error HostTransport::protocolError(const QString &what) const
{
    const QString op = m_inFlight ? m_inFlight->op : QString();
    return Error{u"backend.farm-protocol"_s, op.isEmpty() ? what : tr("%1 (while running %2)").arg(what, op),
                 m_config.hostProgram(),
                 tr("The host was stopped and restarts on the next call. This is a defect of the "
                    "host script or of something writing to its output; the log has the line."),
                 ErrorKind::Backend};
}

void HostTransport::onLine(const QByteArray &line)
{
    const HostLine decoded = decodeHostLine(line);
    QString fault = decoded.fault;
    const bool announcement = decoded.kind == HostLine::Kind::Ready ||
                              decoded.kind == HostLine::Kind::FatalReady;
    if (fault.isEmpty() && !announcement &&
        (!m_inFlight || (!decoded.unreadRequest && decoded.id != m_inFlightId)))
        fault = u"a message for request %1 while %2 is in flight"_s.arg(
            decoded.message.value(u"id").toVariant().toString(),
            m_inFlight ? QString::number(m_inFlightId) : u"none"_s);
    if (!fault.isEmpty()) {
        // A host that writes what is not the protocol cannot be trusted with the next answer.
        qCWarning(lcHost).noquote() << "non-protocol line from the farm host:" << fault
                                    << QString::fromUtf8(line.left(200));
        stopHost(
            protocolError(tr("The farm host sent a line that is not a protocol message: %1.").arg(fault)));
        return;
    }
    switch (decoded.kind) {
    case HostLine::Kind::Stray: return; // carries a fault: handled above
    case HostLine::Kind::FatalReady:
        // The host cannot serve at all (Constrained Language Mode): its reason is every call's.
        stopHost(decoded.answer.error());
        return;
    case HostLine::Kind::Ready:
        qCDebug(lcHost) << "host ready";
        m_ready = decoded.message;
        m_timer.stop();
        Q_EMIT hostReady(decoded.message);
        pump();
        return;
    case HostLine::Kind::Event:
    case HostLine::Kind::Answer: break;
    }
    if (decoded.kind == HostLine::Kind::Event) {
        Q_EMIT hostEvent(m_inFlight->op, m_inFlight->request.value(u"server").toString(), decoded.event,
                         decoded.text);
        return;
    }
    m_timer.stop();
    qCDebug(lcHost) << "answer" << m_inFlightId << decoded.answer.ok();
    QPointer<PendingHostCall> done = m_inFlight;
    m_inFlight.clear();
    done->settle(decoded.answer);
    pump();
}

void HostTransport::onExited()
{
    const QString how = m_process->exitStatus() == QProcess::CrashExit
                            ? tr("crashed")
                            : tr("exited with code %1").arg(m_process->exitCode());
    const QString op = m_inFlight ? m_inFlight->op : QString();
    stopHost(hostError(op.isEmpty() ? tr("The farm host %1.").arg(how)
                                    : tr("The farm host %1 while running %2.").arg(how, op),
                       tr("Run the step again: the host restarts. If it keeps failing, the log "
                          "has the host's error output.")));
}

void HostTransport::onTimeout()
{
    if (!m_ready) {
        stopHost(hostError(tr("The farm host did not get ready within %1 s (loading the "
                              "SharePoint snap-in).")
                               .arg(m_config.startTimeout.count() / 1000),
                           tr("Check that SharePoint Server is installed on this server and that "
                              "Windows PowerShell starts.")));
        return;
    }
    const QString op = m_inFlight ? m_inFlight->op : QString();
    stopHost(Error{u"backend.timeout"_s,
                   tr("The farm operation %1 did not finish within %2 s.")
                       .arg(op)
                       .arg(m_inFlight ? m_inFlight->timeout.count() / 1000 : 0),
                   m_config.program,
                   tr("The host was stopped and restarts on the next call. Raise --op-timeout if "
                      "the farm is slow."),
                   ErrorKind::Backend});
}

void HostTransport::stopHost(const Error &reason)
{
    m_timer.stop();
    if (m_process) {
        QProcess *process = m_process;
        m_process = nullptr;
        process->disconnect(this);
        process->kill();
        process->waitForFinished(3000);
        process->deleteLater();
    }
    m_ready.reset();
    failAll(reason);
}

QList<QPointer<PendingHostCall>> HostTransport::takePending()
{
    QList<QPointer<PendingHostCall>> pending;
    if (m_inFlight)
        pending.append(m_inFlight);
    m_inFlight.clear();
    while (!m_queue.isEmpty())
        pending.append(m_queue.dequeue());
    return pending;
}

void HostTransport::failAll(const Error &reason)
{
    for (const QPointer<PendingHostCall> &call : takePending())
        if (call)
            call->settle(reason);
}

} // namespace s2s
