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
        // The kind (SignIn) lets the step that called name where to sign in.
        return QCoreApplication::translate("Graph", "Sign in again: the token expired or was "
                                                    "revoked.");
    case 403:
        // Two separate needs: consent for the delegated permission (granted once per client) and
        // a directory role of the account that may change the principal.
        return QCoreApplication::translate(
                   "Graph", "The signed-in account lacks consent or a directory role for %1. "
                            "Consent: a Cloud Application Administrator, Application "
                            "Administrator or Privileged Role Administrator grants admin consent "
                            "to the delegated permission %1 for the sign-in client (Entra admin "
                            "center > Enterprise applications > the client > Permissions). Role: "
                            "to change the SharePoint Online principal, sign in with an account "
                            "that holds Global Administrator, Application Administrator or Cloud "
                            "Application Administrator (activated, if assigned through Privileged "
                            "Identity Management).")
            .arg(permission);
    case 404:
        return QCoreApplication::translate("Graph", "Check the tenant and the application id: the "
                                                    "object does not exist there.");
    case 429:
    case 503:
    case 504:
        return QCoreApplication::translate("Graph", "Microsoft Graph is throttling or unavailable; "
                                                    "try again in a few minutes.");
    default: break;
    }
    return {};
}

QString remedyForCode(const QString &code)
{
    // SPNs are unique tenant-wide: the one being added belongs to another principal.
    if (code == u"Request_MultipleObjectsWithSameKeyValue")
        return QCoreApplication::translate(
            "Graph", "Another service principal in the tenant already holds this service "
                     "principal name. Find it (Entra admin center > Enterprise applications, or "
                     "GET /v1.0/servicePrincipals?$filter=servicePrincipalNames/any(n:n eq "
                     "'<the SPN>')&$select=id,appId,displayName) and remove the name there, or "
                     "choose another public domain.");
    return {};
}

} // namespace

Error graphError(const http::Response &response, const QString &permission, const QString &clientRequestId)
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

    const QString none = u"none"_s;
    QString text = QCoreApplication::translate("Graph", "Microsoft Graph answered HTTP %1 %2: %3 "
                                                        "(request-id %4, client-request-id %5, date %6).")
                       .arg(QString::number(response.status), code, message,
                            requestId.isEmpty() ? none : requestId,
                            clientRequestId.isEmpty() ? none : clientRequestId, date.isEmpty() ? none : date);
    if (throttled)
        text += u" "_s + QCoreApplication::translate("Graph", "Gave up after %1 attempts and %2 s of "
                                                              "waiting.")
                             .arg(response.attempts)
                             .arg(double(response.waited.count()) / 1000.0, 0, 'f', 1);
    const QString detail =
        u"%1 %2\ncode: %3\nmessage: %4\nrequest-id: %5\nclient-request-id: %6\ndate: %7"_s.arg(
            QString::fromLatin1(response.method), response.url.toString(QUrl::RemoveUserInfo), code, message,
            requestId, clientRequestId, date);
    QString remedy = remedyForCode(code);
    if (remedy.isEmpty())
        remedy = remedyFor(response.status, permission);
    return Error{u"graph."_s + code, text, detail, remedy,
                 response.status == 401 ? ErrorKind::SignIn
                 : throttled            ? ErrorKind::Backend // unavailable: nothing was read or changed
                                        : ErrorKind::Failure};
}

} // namespace s2s
