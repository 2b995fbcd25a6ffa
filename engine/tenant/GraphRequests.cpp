#include "GraphRequests.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/Constants.h"

using namespace Qt::StringLiterals;

namespace s2s::graph_requests {
namespace {

QString base(const QUrl &graph)
{
    return graph.toString(QUrl::StripTrailingSlash) + u"/v1.0"_s;
}

} // namespace

QString signIn()
{
    // Not an HTTP request but the step the admin watches: in the language of the pages.
    return QCoreApplication::translate("GraphRequests",
                                       "Sign in to Microsoft 365 (authorization code + PKCE; "
                                       "scopes: %1)")
        .arg(constants::delegatedScopes);
}

QString organization(const QUrl &graph)
{
    return u"GET %1/organization?$select=id,displayName,verifiedDomains"_s.arg(base(graph));
}

QString servicePrincipalByAppId(const QUrl &graph, const QString &appId)
{
    return u"GET %1/servicePrincipals(appId='%2')?$select=id,appId,servicePrincipalNames,"
           "keyCredentials"_s.arg(base(graph), appId);
}

QString patchServicePrincipalNames(const QUrl &graph, const QString &id, const QStringList &names)
{
    const QJsonObject body{{u"servicePrincipalNames"_s, QJsonArray::fromStringList(names)}};
    return u"PATCH %1/servicePrincipals/%2\n%3"_s.arg(
        base(graph), id, QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)));
}

QString patchKeyCredentials(const QUrl &graph, const QString &id, int existing,
                            const QString &addedDisplayName)
{
    // The existing keys are re-sent, not shown: that part is words, the rest is the request.
    const QString existingKeys =
        QCoreApplication::translate("GraphRequests", "%n existing key(s) re-sent as {key,type,usage}",
                                    nullptr, existing);
    return u"PATCH %1/servicePrincipals/%2\n{\"keyCredentials\":[%3, {\"type\":\"AsymmetricX509Cert\","
           "\"usage\":\"Verify\",\"key\":\"<base64 DER>\",\"displayName\":\"%4\"}]}"_s
        .arg(base(graph), id, existingKeys, addedDisplayName);
}

QString acsMetadata(const QString &url)
{
    return u"GET "_s + url;
}

} // namespace s2s::graph_requests
