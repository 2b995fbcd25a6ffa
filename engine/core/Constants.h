#pragma once

#include <QString>

namespace s2s::constants {

// Facts fixed by Microsoft (PROCEDURE.md, "Constants").
inline const QString spoAppId = QStringLiteral("00000003-0000-0ff1-ce00-000000000000");
inline const QString acsPrincipalPrefix = QStringLiteral("00000001-0000-0000-c000-000000000000");
inline const QString acsProxyTypeName = QStringLiteral("Azure Access Control Service Application Proxy");
// The ACS proxy's .NET type: TypeName above is translated with the farm's language, this is not.
inline const QString acsProxyFullTypeName = QStringLiteral(
    "Microsoft.SharePoint.Administration.SPAzureAccessControlServiceApplicationProxy");
// Every other service application proxy the lab knows.
inline const QString serviceProxyFullTypeName = QStringLiteral(
    "Microsoft.SharePoint.Administration.SPServiceApplicationProxy");
inline const QString defaultClientId = QStringLiteral("14d82eec-204b-4c2f-b7e8-296a70dab67e");
// OpenID Connect for the account (id_token), offline_access for the refresh token, and the two
// Graph permissions the steps use. No User.Read: the account comes from the id_token, not /me.
inline const QString delegatedScopes = QStringLiteral(
    "openid profile offline_access Application.ReadWrite.All Organization.Read.All");
inline const QString requiredGraphScope = QStringLiteral("Application.ReadWrite.All");
// Directory roles (template ids, as in the wids claim) that may update the SharePoint Online
// service principal: Global, Application and Cloud Application Administrator.
inline const QString globalAdministratorRole = QStringLiteral("62e90394-69f5-4237-9190-012177145e10");
inline const QString applicationAdministratorRole = QStringLiteral("9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3");
inline const QString cloudApplicationAdministratorRole = QStringLiteral(
    "158c047a-c907-4556-b7ef-446551a6b5f7");
inline const QString acsObjectName = QStringLiteral("ACS");
inline const QString appPrincipalDisplayName = QStringLiteral("SharePoint Online");

} // namespace s2s::constants
