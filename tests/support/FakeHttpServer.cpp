#include "FakeHttpServer.h"

#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace s2s::test {
namespace {

QString keyFor(const QByteArray &method, const QString &target)
{
    return QString::fromLatin1(method) + u' ' + target;
}

} // namespace

QByteArray json(const char *text)
{
    return QByteArray(text);
}

FakeResponse jsonResponse(int status, const QByteArray &body)
{
    return {status, body, {{"Content-Type", "application/json"}}};
}

FakeHttpServer::FakeHttpServer()
{
    if (!m_server.listen(QHostAddress::LocalHost, 0))
        qFatal("fake HTTP server cannot listen");
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            socket->setParent(this);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

QUrl FakeHttpServer::url() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.serverPort()));
}

void FakeHttpServer::expect(const QByteArray &method, const QString &target, FakeResponse response)
{
    expect(method, target, [response](const FakeRequest &) { return response; });
}

void FakeHttpServer::expect(const QByteArray &method, const QString &target,
                            std::function<FakeResponse(const FakeRequest &)> respond)
{
    m_queued[keyFor(method, target)].append(std::move(respond));
}

QList<FakeRequest> FakeHttpServer::requestsFor(const QByteArray &method, const QString &target) const
{
    QList<FakeRequest> found;
    for (const FakeRequest &request : m_requests)
        if (request.method == method && request.target == target)
            found.append(request);
    return found;
}

QStringList FakeHttpServer::unused() const
{
    QStringList keys;
    for (auto it = m_queued.constBegin(); it != m_queued.constEnd(); ++it)
        if (!it.value().isEmpty())
            keys.append(it.key());
    return keys;
}

void FakeHttpServer::read(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    FakeRequest request;
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    request.method = requestLine.value(0);
    request.target = QUrl::fromPercentEncoding(requestLine.value(1)); // decoded: tests write it plainly
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                   lines.at(i).mid(colon + 1).trimmed());
    }
    const qsizetype length = request.headers.value("content-length", "0").toLongLong();
    if (buffer.size() < headerEnd + 4 + length)
        return;
    request.body = buffer.mid(headerEnd + 4, length);
    request.received = QDateTime::currentDateTimeUtc();
    buffer.remove(0, headerEnd + 4 + length);
    respond(socket, request);
}

void FakeHttpServer::respond(QTcpSocket *socket, const FakeRequest &request)
{
    m_requests.append(request);
    auto &queue = m_queued[keyFor(request.method, request.target)];
    FakeResponse response{599, "unexpected request", {}};
    if (queue.isEmpty())
        m_unexpected.append(keyFor(request.method, request.target));
    else
        response = queue.takeFirst()(request);
    QByteArray wire = "HTTP/1.1 " + QByteArray::number(response.status) + " Fake\r\n";
    for (const auto &[name, value] : response.headers)
        wire += name + ": " + value + "\r\n";
    wire += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\nConnection: close\r\n\r\n" +
            response.body;
    socket->write(wire);
    socket->disconnectFromHost();
}

} // namespace s2s::test
