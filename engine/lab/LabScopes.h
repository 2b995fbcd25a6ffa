#pragma once

#include <QString>
#include <QStringList>

#include "lab/LabDirectory.h"
#include "lab/LabTokenStore.h"

namespace s2s::lab {

// The `scope` parameter of a sign-in request as Entra reads it: Graph permissions (with or without
// the https://graph.microsoft.com/ prefix, case-insensitive) and the OpenID Connect scopes, which
// need no consent and are not permissions on the access token.
struct LabRequestedScopes {
    QStringList graph;  // short names as sent ("Application.ReadWrite.All"), ".default" kept
    QStringList openId; // openid, profile, email, offline_access as sent, lower-case
    bool has(const QString &openIdScope) const { return openId.contains(openIdScope); }
};
LabRequestedScopes parseLabScopes(const QString &scopeParameter);

// The Graph permissions a token carries: those requested that are in `consented` (tenant.json
// signIn.scopes), spelled as consented; ".default" stands for every consented permission.
// OpenID Connect names in `consented` are ignored: they are never permissions.
QStringList grantedLabScopes(const QStringList &requested, const QStringList &consented);

// "https://graph.microsoft.com/User.Read" -> "User.Read"; other names unchanged.
QString shortGraphScope(const QString &scope);
bool isOpenIdScope(const QString &scope);

// The grant a sign-in for `scope` gets: the requested Graph permissions tenant.json consents to,
// and the OpenID Connect scopes asked for (they need no consent).
LabGrant labGrant(const QString &clientId, const LabSignIn &signIn, const QString &scope);

} // namespace s2s::lab
