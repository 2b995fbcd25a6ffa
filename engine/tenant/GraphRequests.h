#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace s2s::graph_requests {

// The paths below the Graph root that the client sends; the previews below are built from them,
// so what the admin reads is what goes on the wire.
QString organizationPath();
QString servicePrincipalByAppIdPath(const QString &appId);
QString servicePrincipalPath(const QString &id);

// The Microsoft Graph requests as an admin reads them in the plan and the transcript.
QString signIn();
QString organization(const QUrl &graph);
QString servicePrincipalByAppId(const QUrl &graph, const QString &appId);
QString patchServicePrincipalNames(const QUrl &graph, const QString &id, const QStringList &names);
QString patchKeyCredentials(const QUrl &graph, const QString &id, int existing,
                            const QString &addedDisplayName);
QString acsMetadata(const QString &url);
// Realm discovery at SharePoint Online: GET <root>/_vti_bin/client.svc.
QUrl realmDiscoveryUrl(const QUrl &sharePointRoot);
QString realmDiscovery(const QUrl &sharePointRoot);

} // namespace s2s::graph_requests
