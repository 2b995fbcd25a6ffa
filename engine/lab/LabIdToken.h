#pragma once

#include <QString>

#include "lab/LabDirectory.h"
#include "lab/LabTokenStore.h"

namespace s2s::lab {

// The id_token Entra issues for an openid sign-in, unsigned (alg "none": the client reads the
// account from it and trusts the TLS channel): aud, iss (`issuer`), iat, nbf, exp, sub (pairwise
// per client), tid, ver "2.0"; name, oid, preferred_username with the profile scope; wids (the
// user's directory role template ids, plus the default User role every member holds) when the
// signing-in client's registration emits them (`emitsRoles`, LabClient).
QString labIdToken(const LabGrant &grant, const LabUser &user, bool emitsRoles, const QString &tenantId,
                   const QString &issuer);

} // namespace s2s::lab
