#pragma once

#include <QString>

namespace s2s::constants {

// Facts fixed by Microsoft (PROCEDURE.md, "Constants").
inline const QString spoAppId = QStringLiteral("00000003-0000-0ff1-ce00-000000000000");
inline const QString acsPrincipalPrefix = QStringLiteral("00000001-0000-0000-c000-000000000000");
inline const QString acsProxyTypeName =
    QStringLiteral("Azure Access Control Service Application Proxy");
// The ACS proxy's .NET type: TypeName above is translated with the farm's language, this is not.
inline const QString acsProxyFullTypeName =
    QStringLiteral("Microsoft.SharePoint.Administration.SPAzureAccessControlServiceApplicationProxy");
// Every other service application proxy the lab knows.
inline const QString serviceProxyFullTypeName =
    QStringLiteral("Microsoft.SharePoint.Administration.SPServiceApplicationProxy");
inline const QString defaultClientId = QStringLiteral("14d82eec-204b-4c2f-b7e8-296a70dab67e");
inline const QString delegatedScopes =
    QStringLiteral("Application.ReadWrite.All Organization.Read.All offline_access");
inline const QString requiredGraphScope = QStringLiteral("Application.ReadWrite.All");
inline const QString acsObjectName = QStringLiteral("ACS");
inline const QString appPrincipalDisplayName = QStringLiteral("SharePoint Online");

} // namespace s2s::constants
