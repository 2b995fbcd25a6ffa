#pragma once

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QString>
#include <QUrlQuery>

namespace s2s::lab::http {

// HTTP plumbing the lab tenant's routes share (Qt HttpServer 6.4 API).

QHttpServerResponse json(const QJsonObject &body, int status);
QHttpServerResponse status(int status);

// The fields of an application/x-www-form-urlencoded body ('+' is a space there, unlike in URLs).
QUrlQuery formFields(const QHttpServerRequest &request);
// The query of a request read as form fields, as Entra reads authorize's query: '+' is a space
// ("scope=openid+profile").
QUrlQuery queryFields(const QHttpServerRequest &request);
// A query or form field, fully decoded.
QString field(const QUrlQuery &query, const QString &name);
// The token of "Authorization: Bearer <token>", empty when absent.
QString bearerToken(const QHttpServerRequest &request);
QString methodName(QHttpServerRequest::Method method);

} // namespace s2s::lab::http
