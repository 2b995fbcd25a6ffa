#pragma once

#include <QHash>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

#include <chrono>
#include <optional>

#include <QCoro/QCoroTask>

#include "core/Error.h"

namespace s2s::auth {

// The redirect target of the browser sign-in: http://localhost:<port> on this machine only. It
// answers the browser's one request and hands over the authorization code when `state` matches.
class LoopbackListener : public QObject {
    Q_OBJECT
public:
    explicit LoopbackListener(QByteArray expectedState, QObject *parent = nullptr);

    // 127.0.0.1 on a free port, and ::1 on the same port when it can (browsers resolve
    // "localhost" either way).
    Status listen();
    QUrl redirectUri() const;
    // The code, Entra's error, or a timeout.
    QCoro::Task<Result<QString>> waitForCode(std::chrono::milliseconds timeout);

Q_SIGNALS:
    void finished();

private:
    void accept(QTcpServer *server);
    void readRequest(QTcpSocket *socket);
    void handle(QTcpSocket *socket, const QByteArray &target);
    void finish(Result<QString> result);

    QByteArray m_state;
    QTcpServer m_ipv4;
    QTcpServer m_ipv6;
    QHash<QTcpSocket *, QByteArray> m_pending;
    std::optional<Result<QString>> m_result;
};

} // namespace s2s::auth
