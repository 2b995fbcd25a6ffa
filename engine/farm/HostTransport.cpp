#include "HostTransport.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QStringDecoder>

#include <QCoro/QCoroSignal>

#include "farm/FarmCodec.h"

Q_LOGGING_CATEGORY(lcHost, "engine.farm")

using namespace Qt::StringLiterals;

namespace s2s {
namespace {

bool isUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    return !decoder.hasError();
}

// What makes `message` something else than one of the protocol's messages (DESIGN.md, "Farm
// backend"): the ready announcement, an event or an answer of a request. Empty when it is one.
QString notAMessage(const QJsonObject &message)
{
    const QString event = message.value(u"event").toString();
    if (event == u"ready")
        return {};
    const QJsonValue id = message.value(u"id");
    if (event == u"verbose" || event == u"warning" || event == u"progress")
        return id.isDouble() ? QString() : u"an event without a request id"_s;
    if (!event.isEmpty() || message.contains(u"event"_s))
        return u"an unknown event"_s;
    if (!message.value(u"ok").isBool())
        return u"neither an event nor an answer (no \"ok\")"_s;
    if (!message.value(u"ok").toBool() && !message.value(u"error").isObject())
        return u"a failure without an error object"_s;
    // The host's answer to a request line it could not read carries no usable id.
    if (!id.isDouble() && !(id.isNull() && message.value(u"error")[u"code"].toString() == u"farm.protocol"))
        return u"an answer without a request id"_s;
    return {};
}

} // namespace

void PendingHostCall::settle(Result<QJsonValue> value)
{
    if (done)
        return;
    done = true;
    result = std::move(value);
    Q_EMIT settled();
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
        co_await qCoro(pending.data(), &PendingHostCall::settled);
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
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    const QJsonObject message = document.object();
    QString fault;
    if (!isUtf8(line))
        fault = u"invalid UTF-8"_s;
    else if (parseError.error != QJsonParseError::NoError)
        fault = u"not JSON (%1)"_s.arg(parseError.errorString());
    else if (!document.isObject())
        fault = u"JSON that is not an object"_s;
    else
        fault = notAMessage(message);
    const QString event = message.value(u"event").toString();
    // The host's answer to a request line it could not read carries no usable id; one request
    // is in flight at a time, so it is that one's (rather than leaving it to its timeout).
    const bool unreadRequest = !message.value(u"id").isDouble() && message.contains(u"ok"_s);
    if (fault.isEmpty() && event != u"ready" &&
        (!m_inFlight || (!unreadRequest && message.value(u"id").toInteger() != m_inFlightId)))
        fault = u"a message for request %1 while %2 is in flight"_s.arg(
            message.value(u"id").toVariant().toString(),
            m_inFlight ? QString::number(m_inFlightId) : u"none"_s);
    if (!fault.isEmpty()) {
        // A host that writes what is not the protocol cannot be trusted with the next answer.
        qCWarning(lcHost).noquote() << "non-protocol line from the farm host:" << fault
                                    << QString::fromUtf8(line.left(200));
        stopHost(
            protocolError(tr("The farm host sent a line that is not a protocol message: %1.").arg(fault)));
        return;
    }
    if (event == u"ready" && message.value(u"fatal").toBool()) {
        // The host cannot serve at all (Constrained Language Mode): its reason is every call's.
        stopHost(farm_codec::error(message.value(u"error").toObject()));
        return;
    }
    if (event == u"ready") {
        qCDebug(lcHost) << "host ready";
        m_ready = message;
        m_timer.stop();
        Q_EMIT hostReady(message);
        pump();
        return;
    }
    if (!event.isEmpty()) {
        Q_EMIT hostEvent(m_inFlight->op, m_inFlight->request.value(u"server").toString(), event,
                         message.value(u"text").toString());
        return;
    }
    m_timer.stop();
    qCDebug(lcHost) << "answer" << m_inFlightId << message.value(u"ok").toBool();
    QPointer<PendingHostCall> done = m_inFlight;
    m_inFlight.clear();
    if (message.value(u"ok").toBool())
        done->settle(message.value(u"result"));
    else
        done->settle(farm_codec::error(message.value(u"error").toObject()));
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

void HostTransport::failAll(const Error &reason)
{
    QList<QPointer<PendingHostCall>> pending;
    if (m_inFlight)
        pending.append(m_inFlight);
    m_inFlight.clear();
    while (!m_queue.isEmpty())
        pending.append(m_queue.dequeue());
    for (const QPointer<PendingHostCall> &call : pending)
        if (call)
            call->settle(reason);
}

} // namespace s2s
