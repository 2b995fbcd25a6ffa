#include "LoopbackListener.h"

#include <QCoreApplication>

#include <QLoggingCategory>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

#include <QCoro/QCoroSignal>

Q_DECLARE_LOGGING_CATEGORY(lcHttp)

using namespace Qt::StringLiterals;

namespace s2s::auth {
namespace {

constexpr qsizetype maxRequestBytes = qsizetype{16} * 1024;

void answer(QTcpSocket *socket, int status, const QString &text)
{
    const QByteArray body = u"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>S2S Wizard"
                            "</title></head><body><p>%1</p></body></html>"_s.arg(text.toHtmlEscaped())
                                .toUtf8();
    const QByteArray reason = status == 200 ? "OK" : status == 400 ? "Bad Request" : "Not Found";
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
                  "\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " +
                  QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    socket->disconnectFromHost();
}

} // namespace

LoopbackListener::LoopbackListener(QByteArray expectedState, QObject *parent)
    : QObject(parent)
    , m_state(std::move(expectedState))
{
    for (QTcpServer *server : {&m_ipv4, &m_ipv6})
        connect(server, &QTcpServer::newConnection, this, [this, server] { accept(server); });
}

Status LoopbackListener::listen()
{
    if (!m_ipv4.listen(QHostAddress::LocalHost, 0))
        return Error{
            u"tenant.sign-in.listener"_s,
            QCoreApplication::translate("SignIn", "Cannot listen on 127.0.0.1 for the sign-in redirect: %1")
                .arg(m_ipv4.errorString()),
            {},
            QCoreApplication::translate("SignIn", "Use --sign-in device-code.")};
    m_ipv6.listen(QHostAddress::LocalHostIPv6, m_ipv4.serverPort()); // best effort
    return success();
}

QUrl LoopbackListener::redirectUri() const
{
    return QUrl(u"http://localhost:%1"_s.arg(m_ipv4.serverPort()));
}

QCoro::Task<Result<QString>> LoopbackListener::waitForCode(std::chrono::milliseconds timeout)
{
    // The whole timeout the admin was promised: qCoro's own timeout is a coarse timer that may
    // fire 5% early.
    QTimer deadline;
    deadline.setTimerType(Qt::PreciseTimer);
    deadline.setSingleShot(true);
    connect(&deadline, &QTimer::timeout, this, &LoopbackListener::finished);
    if (!m_result) {
        deadline.start(timeout);
        co_await qCoro(this, &LoopbackListener::finished);
    }
    if (!m_result) {
        Error expired{
            u"tenant.sign-in.timeout"_s,
            QCoreApplication::translate("SignIn", "The browser sign-in did not come back within %1 minutes.")
                .arg(double(timeout.count()) / 60000.0, 0, 'f', 1),
            {},
            QCoreApplication::translate(
                "SignIn", "Finish the sign-in in the browser window, or use --sign-in device-code.")};
        co_return expired; // a named local: core/Coroutines.h
    }
    const Result<QString> result = *m_result; // a copy: core/Coroutines.h
    co_return result;
}

void LoopbackListener::accept(QTcpServer *server)
{
    while (QTcpSocket *socket = server->nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readRequest(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_pending.remove(socket);
            socket->deleteLater();
        });
    }
}

void LoopbackListener::readRequest(QTcpSocket *socket)
{
    QByteArray &buffer = m_pending[socket];
    buffer += socket->readAll();
    if (buffer.size() > maxRequestBytes) {
        answer(socket, 400, QCoreApplication::translate("SignIn", "Request too large."));
        return;
    }
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    const QList<QByteArray> requestLine = buffer.left(buffer.indexOf("\r\n")).split(' ');
    if (requestLine.size() != 3 || requestLine.at(0) != "GET") {
        answer(socket, 400, QCoreApplication::translate("SignIn", "Unexpected request."));
        return;
    }
    handle(socket, requestLine.at(1));
}

void LoopbackListener::handle(QTcpSocket *socket, const QByteArray &target)
{
    const QUrl url(u"http://localhost"_s + QString::fromLatin1(target));
    const QUrlQuery query(url);
    if (url.path() != u"/" || m_result) {
        answer(socket, 404, QCoreApplication::translate("SignIn", "Not found."));
        return;
    }
    // A redirect with another state was not started by this sign-in: refuse it and keep waiting.
    if (query.queryItemValue(u"state"_s, QUrl::FullyDecoded).toLatin1() != m_state) {
        qCWarning(lcHttp) << "sign-in redirect with a wrong state refused";
        answer(socket, 400,
               QCoreApplication::translate("SignIn",
                                           "This sign-in answer does not belong to the wizard's sign-in."));
        return;
    }
    const QString error = query.queryItemValue(u"error"_s, QUrl::FullyDecoded);
    if (!error.isEmpty()) {
        const QString description = query.queryItemValue(u"error_description"_s, QUrl::FullyDecoded);
        answer(socket, 200,
               QCoreApplication::translate("SignIn", "Sign-in failed: %1. You can close this window.")
                   .arg(description));
        finish(
            Error{u"tenant.sign-in."_s + error,
                  QCoreApplication::translate("SignIn", "Sign-in refused: %1 (%2)").arg(description, error),
                  {},
                  QCoreApplication::translate(
                      "SignIn", "Sign in with an account of the tenant that may consent to the scopes.")});
        return;
    }
    const QString code = query.queryItemValue(u"code"_s, QUrl::FullyDecoded);
    if (code.isEmpty()) {
        answer(socket, 400, QCoreApplication::translate("SignIn", "The sign-in answer carries no code."));
        return;
    }
    answer(socket, 200,
           QCoreApplication::translate("SignIn",
                                       "Signed in. You can close this window and go back to the wizard."));
    finish(code);
}

void LoopbackListener::finish(Result<QString> result)
{
    m_result = std::move(result);
    m_ipv4.close();
    m_ipv6.close();
    Q_EMIT finished();
}

} // namespace s2s::auth
