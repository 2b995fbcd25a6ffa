#include "GraphRequests.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/Constants.h"

using namespace Qt::StringLiterals;

namespace s2s::graph_requests {
namespace {

QString root(const QUrl &graph)
{
    return graph.toString(QUrl::StripTrailingSlash);
}

// OData string literal: a quote inside is doubled.
QString odataString(QString value)
{
    return u"'"_s + value.replace(u'\'', u"''"_s) + u"'"_s;
}

} // namespace

QString organizationPath()
{
    return u"/v1.0/organization?$select=id,displayName,verifiedDomains"_s;
}

QString servicePrincipalByAppIdPath(const QString &appId)
{
    // A single-object GET selecting keyCredentials is the only read that returns each `key`.
    return u"/v1.0/servicePrincipals(appId=%1)?$select=id,appId,displayName,servicePrincipalNames,"
           "keyCredentials"_s.arg(odataString(appId));
}

QString servicePrincipalPath(const QString &id)
{
    return u"/v1.0/servicePrincipals/"_s + id;
}

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
    return u"GET "_s + root(graph) + organizationPath();
}

QString servicePrincipalByAppId(const QUrl &graph, const QString &appId)
{
    return u"GET "_s + root(graph) + servicePrincipalByAppIdPath(appId);
}

QString patchServicePrincipalNames(const QUrl &graph, const QString &id, const QStringList &names)
{
    const QJsonObject body{{u"servicePrincipalNames"_s, QJsonArray::fromStringList(names)}};
    return u"PATCH %1%2\n%3"_s.arg(root(graph), servicePrincipalPath(id),
                                   QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)));
}

QString patchKeyCredentials(const QUrl &graph, const QString &id, int existing,
                            const QString &addedDisplayName)
{
    // The existing keys are re-sent, not shown: that part is words, the rest is the request.
    const QString existingKeys = QCoreApplication::translate(
        "GraphRequests", "%n existing key(s) re-sent as {key,type,usage}", nullptr, existing);
    return u"PATCH %1%2\n{\"keyCredentials\":[%3, {\"type\":\"AsymmetricX509Cert\","
           "\"usage\":\"Verify\",\"key\":\"<base64 DER>\",\"displayName\":\"%4\"}]}"_s.arg(
               root(graph), servicePrincipalPath(id), existingKeys, addedDisplayName);
}

QString acsMetadata(const QString &url)
{
    return u"GET "_s + url;
}

QUrl realmDiscoveryUrl(const QUrl &sharePointRoot)
{
    return QUrl(sharePointRoot.toString(QUrl::StripTrailingSlash) + u"/_vti_bin/client.svc"_s);
}

QString realmDiscovery(const QUrl &sharePointRoot)
{
    return u"GET %1\nAuthorization: Bearer"_s.arg(realmDiscoveryUrl(sharePointRoot).toString());
}

} // namespace s2s::graph_requests
