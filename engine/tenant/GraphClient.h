#pragma once

#include <QJsonObject>
#include <QUrl>

#include "tenant/auth/AccessTokenSource.h"
#include "tenant/http/HttpClient.h"

namespace s2s {

// Microsoft Graph v1.0 calls with the signed-in account's token: one renewal and retry on 401,
// every other failure a graphError(). `permission` is what the call needs, for the 403 remedy.
// Each call carries a new client-request-id, which errors and the transcript show with Graph's
// request-id.
class GraphClient {
public:
    GraphClient(http::HttpClient &http, auth::AccessTokenSource &tokens, QUrl graph);

    // `path` below the Graph root, with its query: "/v1.0/organization?$select=id".
    QCoro::Task<Result<QJsonObject>> get(QString path, QString permission);
    QCoro::Task<Status> patch(QString path, QJsonObject body, QString permission);

    const QUrl &root() const { return m_graph; }
    // "client-request-id: …, request-id: …" of the last call ("" before any).
    const QString &lastRequestIds() const { return m_lastIds; }

private:
    QCoro::Task<Result<http::Response>> send(http::Request request, QString permission);
    QUrl urlFor(const QString &path) const;

    http::HttpClient &m_http;
    auth::AccessTokenSource &m_tokens;
    QUrl m_graph;
    QString m_lastIds;
};

} // namespace s2s
