#pragma once

#include <QJsonObject>
#include <QUrl>

#include "Error.h"

namespace s2s {

// Base URLs of the cloud the wizard talks to, in one place so tests, the lab and other clouds can
// replace them together.
struct Endpoints {
    QUrl login = QUrl(QStringLiteral("https://login.microsoftonline.com"));
    QUrl graph = QUrl(QStringLiteral("https://graph.microsoft.com"));
    QUrl acs = QUrl(QStringLiteral("https://accounts.accesscontrol.windows.net"));
    // Where SharePoint Online answers (realm discovery). Empty: the tenant's own root,
    // https://<initial domain's first label>.sharepoint.com (sharePointRoot). An endpoints file
    // names it, e.g. the lab's SharePoint Online endpoint.
    QUrl sharepoint;

    // $metadataEndpoint of the article.
    QString metadataEndpoint(const QString &tenantId) const;
    // The SharePoint Online host of a tenant whose initial domain is `initialDomain`
    // ("contoso.onmicrosoft.com" -> "contoso.sharepoint.com"): what ACS tokens name as resource.
    static QString sharePointHost(const QString &initialDomain);
    // Where realm discovery is asked: `sharepoint` when set, else https://<sharePointHost>.
    QUrl sharePointRoot(const QString &initialDomain) const;

    static Result<Endpoints> fromJson(const QJsonObject &json);
    // An endpoints file (--endpoints): a JSON object with exactly "login", "graph", "acs" and
    // "sharepoint".
    static Result<Endpoints> fromFile(const QString &path);
    QJsonObject toJson() const;
};

} // namespace s2s
