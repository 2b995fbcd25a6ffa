#pragma once

#include <QString>
#include <QStringList>

#include <optional>

#include "core/Error.h"

namespace s2s::auth {

// The claims of an OpenID Connect id_token that say who signed in where.
struct IdClaims {
    QString tenantId;                          // tid
    QString objectId;                          // oid
    QString preferredUsername;                 // preferred_username (the UPN for work accounts)
    std::optional<QStringList> directoryRoles; // wids, only when the client's registration emits it
};

// Reads the id_token the token endpoint returned. Its signature is not checked: it came straight
// from the token endpoint over server-authenticated TLS, which OpenID Connect Core 3.1.3.7 accepts
// in place of the signature. Its audience must be our client and it must name a tenant.
Result<IdClaims> readIdToken(const QString &idToken, const QString &clientId);

} // namespace s2s::auth
