#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

#include "core/Error.h"

namespace s2s::lab {

// Who may sign in to the lab tenant and how, read from tenant.json:
//   "users": [{"userPrincipalName", "id", "displayName", "directoryRoles":
//              [{"roleTemplateId", "displayName"}]}],
//   "signIn": {"userPrincipalName", "scopes": [consented Graph permissions], "widsInIdToken",
//              "deviceCode": "approve"|"decline"|"expire"|"mistype",
//              "clients": [{"appId", "publicClient", "signInAudience", "groupMembershipClaims"}],
//              "clientIds": [public client ids]}
// Directory roles (wids) go into an id_token only when the client's registration asks for them:
// groupMembershipClaims SecurityGroup, DirectoryRole or All. The default client is Microsoft's
// registration, which the admin cannot change: "widsInIdToken" says what it emits (absent: no).

struct LabDirectoryRole {
    QString roleTemplateId;
    QString displayName;
};

struct LabUser {
    QString userPrincipalName;
    QString id; // object id
    QString displayName;
    QList<LabDirectoryRole> directoryRoles;
    QStringList roleTemplateIds() const;
};

// The tenant.json user with this UPN (case-insensitive).
std::optional<LabUser> labUser(const QJsonObject &tenant, const QString &userPrincipalName);

// Whether the user holds a directory role that lets Graph update a service principal's SPNs and
// keys on a delegated token: Global, Application or Cloud Application Administrator.
bool mayUpdateServicePrincipals(const LabUser &user);

// What the user does with a device code on the sign-in page.
enum class LabDeviceCodeOutcome {
    Approve, // signs in: approved at the first poll one interval after the code was issued
    Decline, // answers "No" to "Are you trying to sign in?": authorization_declined
    Expire,  // never comes: the code expires
    Mistype, // types a wrong code: pending until the code expires
};

struct LabSignIn {
    QString userPrincipalName;
    QStringList consentedScopes;
    LabDeviceCodeOutcome deviceCode = LabDeviceCodeOutcome::Approve;
};
Result<LabSignIn> labSignIn(const QJsonObject &tenant);

// The sign-in clients: the default public client, tenant.json signIn.clients and the older
// signIn.clientIds (public, multi-tenant clients).
enum class LabClientKind {
    Unknown,
    Public,
    Confidential
};
struct LabClient {
    LabClientKind kind = LabClientKind::Unknown;
    // signInAudience "AzureADMyOrg" (single tenant) is false: such an app cannot sign in at
    // /organizations or /common. Absent or "AzureADMultipleOrgs": true.
    bool multiTenant = true;
    // Its id_tokens carry the user's directory roles (wids).
    bool emitsRoles = false;
};
LabClient labClient(const QJsonObject &tenant, const QString &clientId);

} // namespace s2s::lab
