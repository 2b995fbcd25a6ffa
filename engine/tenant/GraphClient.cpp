#include "GraphClient.h"

#include <QCoreApplication>

#include <QJsonDocument>
#include <QUuid>

#include "tenant/GraphError.h"

using namespace Qt::StringLiterals;

namespace s2s {

GraphClient::GraphClient(http::HttpClient &http, auth::AccessTokenSource &tokens, QUrl graph)
    : m_http(http)
    , m_tokens(tokens)
    , m_graph(std::move(graph))
{}

QUrl GraphClient::urlFor(const QString &path) const
{
    return QUrl(m_graph.toString(QUrl::StripTrailingSlash) + path);
}

QCoro::Task<Result<http::Response>> GraphClient::send(http::Request request, QString permission)
{
    auto token = co_await m_tokens.accessToken();
    if (!token)
        co_return token.error();
    request.bearer = token->toUtf8();
    request.clientRequestId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    auto response = co_await m_http.send(request);
    if (response && response->status == 401) {
        // One renewal: a token that expired in flight; a second 401 is a real refusal.
        auto renewed = co_await m_tokens.renewAccessToken();
        if (!renewed)
            co_return renewed.error();
        request.bearer = renewed->toUtf8();
        response = co_await m_http.send(request);
    }
    m_lastIds = u"client-request-id: %1"_s.arg(QString::fromLatin1(request.clientRequestId));
    if (!response) {
        Error failed = response.error();
        failed.detail += u'\n' + m_lastIds;
        co_return failed;
    }
    const QByteArray requestId = response->header("request-id");
    if (!requestId.isEmpty())
        m_lastIds += u", request-id: "_s + QString::fromLatin1(requestId);
    if (!response->isSuccess())
        co_return graphError(*response, permission, QString::fromLatin1(request.clientRequestId));
    co_return response;
}

QCoro::Task<Result<QJsonObject>> GraphClient::get(QString path, QString permission)
{
    http::Request request;
    request.url = urlFor(path);
    const auto response = co_await send(request, permission);
    if (!response)
        co_return response.error();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(response->body, &parseError);
    if (!document.isObject()) {
        Error error{u"graph.bad-response"_s,
                    QCoreApplication::translate("Graph", "Microsoft Graph sent an answer that is "
                                                         "not a JSON object."),
                    u"GET %1: %2"_s.arg(request.url.toString(), parseError.errorString()),
                    {}};
        co_return error; // a named local: core/Coroutines.h
    }
    co_return document.object();
}

QCoro::Task<Status> GraphClient::patch(QString path, QJsonObject body, QString permission)
{
    http::Request request;
    request.method = QByteArrayLiteral("PATCH");
    request.url = urlFor(path);
    request.contentType = QByteArrayLiteral("application/json");
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    const auto response = co_await send(request, permission);
    if (!response)
        co_return response.error();
    co_return success();
}

} // namespace s2s
