#include "LabHttp.h"

using namespace Qt::StringLiterals;

namespace s2s::lab::http {

QHttpServerResponse json(const QJsonObject &body, int status)
{
    return QHttpServerResponse(body, static_cast<QHttpServerResponse::StatusCode>(status));
}

QHttpServerResponse status(int status)
{
    return QHttpServerResponse(static_cast<QHttpServerResponse::StatusCode>(status));
}

QUrlQuery formFields(const QHttpServerRequest &request)
{
    QByteArray body = request.body();
    body.replace('+', "%20");
    return QUrlQuery(QString::fromUtf8(body));
}

QUrlQuery queryFields(const QHttpServerRequest &request)
{
    QByteArray query = request.url().query(QUrl::FullyEncoded).toLatin1();
    query.replace('+', "%20");
    return QUrlQuery(QString::fromLatin1(query));
}

QString field(const QUrlQuery &query, const QString &name)
{
    return query.queryItemValue(name, QUrl::FullyDecoded);
}

QString bearerToken(const QHttpServerRequest &request)
{
    const QByteArray authorization = request.value("authorization").trimmed();
    if (!authorization.left(7).toLower().startsWith("bearer "))
        return {};
    return QString::fromLatin1(authorization.mid(7).trimmed());
}

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return u"GET"_s;
    case QHttpServerRequest::Method::Post: return u"POST"_s;
    case QHttpServerRequest::Method::Patch: return u"PATCH"_s;
    case QHttpServerRequest::Method::Put: return u"PUT"_s;
    case QHttpServerRequest::Method::Delete: return u"DELETE"_s;
    default: return u"OTHER"_s;
    }
}

} // namespace s2s::lab::http
