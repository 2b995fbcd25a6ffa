#include "GraphError.h"

#include <QCoreApplication>

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace s2s {
namespace {

QString remedyFor(int status, const QString &permission)
{
    switch (status) {
    case 401:
        return
            QCoreApplication::translate("Graph", "Sign in again (step \"Prepare tools and sign "
                                        "in\"): the token expired or was "
               "revoked.");
    case 403:
        return
            QCoreApplication::translate("Graph", "The signed-in account lacks the role or "
                                        "consent for %1. Sign in with an "
               "Application Administrator or Cloud Application Administrator (for "
               "Application.ReadWrite.All; Directory.Read.All or Organization.Read.All to read the "
               "organization), and have a Global Administrator or Privileged Role Administrator "
               "grant admin consent to %1 for the sign-in client (Entra admin center > Enterprise "
               "applications > the client > Permissions).").arg(permission);
    case 404:
        return
            QCoreApplication::translate("Graph", "Check the tenant and the application id: the "
                                        "object does not exist there.");
    case 429:
    case 503:
    case 504:
        return
            QCoreApplication::translate("Graph", "Microsoft Graph is throttling or unavailable; "
                                        "try again in a few minutes.");
    default:
        break;
    }
    return {};
}

} // namespace

Error graphError(const http::Response &response, const QString &permission)
{
    const QJsonObject error = QJsonDocument::fromJson(response.body).object().value(u"error").toObject();
    const QJsonObject inner = error.value(u"innerError").toObject();
    QString code = error.value(u"code").toString();
    if (code.isEmpty())
        code = u"HTTP%1"_s.arg(response.status);
    QString message = error.value(u"message").toString();
    if (message.isEmpty())
        message = QString::fromUtf8(response.body.left(300)).simplified();
    QString requestId = inner.value(u"request-id").toString();
    if (requestId.isEmpty())
        requestId = QString::fromLatin1(response.header("request-id"));
    QString date = inner.value(u"date").toString();
    if (date.isEmpty())
        date = QString::fromLatin1(response.header("Date"));
    const bool throttled = response.status == 429 || response.status == 503 || response.status == 504;

    QString text =
        QCoreApplication::translate("Graph", "Microsoft Graph answered HTTP %1 %2: %3 "
                                    "(request-id %4, date %5).").arg(
        QString::number(response.status), code, message,
        requestId.isEmpty() ? u"none"_s : requestId, date.isEmpty() ? u"none"_s : date);
    if (throttled)
        text += u" "_s
                + QCoreApplication::translate("Graph", "Gave up after %1 attempts and %2 s of "
                                                       "waiting.")
                      .arg(response.attempts)
                      .arg(response.waited.count() / 1000.0, 0, 'f', 1);
    const QString detail = u"%1 %2\ncode: %3\nmessage: %4\nrequest-id: %5\ndate: %6"_s.arg(
        QString::fromLatin1(response.method), response.url.toString(QUrl::RemoveUserInfo), code,
        message, requestId, date);
    return Error{u"graph."_s + code, text, detail,
                 remedyFor(response.status, permission)};
}

} // namespace s2s
