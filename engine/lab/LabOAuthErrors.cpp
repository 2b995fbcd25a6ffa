#include "LabOAuthErrors.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUuid>

#include "lab/LabHttp.h"

using namespace Qt::StringLiterals;

namespace s2s::lab {

namespace {

QHttpServerResponse entraError(int status, const QString &error, int aadsts, const QString &description,
                               const QString &separator)
{
    const QString traceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString correlationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString timestamp = QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-dd HH:mm:ss'Z'"_s);
    const QString text = u"AADSTS%1: %2%6Trace ID: %3%6Correlation ID: %4%6Timestamp: %5"_s.arg(
        QString::number(aadsts), description, traceId, correlationId, timestamp, separator);
    return http::json({{u"error"_s, error},
                       {u"error_description"_s, text},
                       {u"error_codes"_s, QJsonArray{aadsts}},
                       {u"timestamp"_s, timestamp},
                       {u"trace_id"_s, traceId},
                       {u"correlation_id"_s, correlationId}},
                      status);
}

} // namespace

// Entra's error body: the description starts with the AADSTS code, as clients show it.
QHttpServerResponse oauthError(int status, const QString &error, int aadsts, const QString &description)
{
    return entraError(status, error, aadsts, description, u" "_s);
}

QHttpServerResponse acsError(int status, const QString &error, int aadsts, const QString &description)
{
    return entraError(status, error, aadsts, description, u"\r\n"_s);
}

QHttpServerResponse invalidGrant(int aadsts, const QString &description)
{
    return oauthError(400, u"invalid_grant"_s, aadsts, description);
}

QHttpServerResponse userNotFound(const Error &error)
{
    return oauthError(400, u"invalid_grant"_s, 50034, error.message);
}

QHttpServerResponse serverError(const Error &error)
{
    return oauthError(500, u"server_error"_s, 90000, error.message);
}

} // namespace s2s::lab
