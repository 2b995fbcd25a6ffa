#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QStringList>
#include <QTcpServer>
#include <QUrl>

#include <functional>

namespace s2s::test {

struct FakeRequest {
    QByteArray method;
    QString target;                        // path and query, percent-decoded
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    QDateTime received;
};

struct FakeResponse {
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
};

// A plain-HTTP stand-in for Graph and the identity platform: answers each "METHOD target" with
// the responses queued for it, in order, and records every request. A request nothing was
// queued for is answered 599 and listed in unexpected(): tests fail on it.
class FakeHttpServer : public QObject {
    Q_OBJECT
public:
    FakeHttpServer();

    QUrl url() const;
    void expect(const QByteArray &method, const QString &target, FakeResponse response);
    // Answers computed from the request (e.g. checking a PKCE verifier); also consumed in order.
    void expect(const QByteArray &method, const QString &target,
                std::function<FakeResponse(const FakeRequest &)> respond);

    const QList<FakeRequest> &requests() const { return m_requests; }
    QList<FakeRequest> requestsFor(const QByteArray &method, const QString &target) const;
    const QStringList &unexpected() const { return m_unexpected; }
    // Queued answers nobody asked for.
    QStringList unused() const;

private:
    void read(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const FakeRequest &request);

    QTcpServer m_server;
    QHash<QString, QList<std::function<FakeResponse(const FakeRequest &)>>> m_queued;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<FakeRequest> m_requests;
    QStringList m_unexpected;
};

QByteArray json(const char *text);
FakeResponse jsonResponse(int status, const QByteArray &body);

} // namespace s2s::test
