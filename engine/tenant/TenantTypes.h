#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace s2s {

struct VerifiedDomain {
    QString name;
    bool isInitial = false;
    bool isDefault = false;
};

struct Organization {
    QString id; // tenant id ($spocontextID)
    QString displayName;
    QList<VerifiedDomain> verifiedDomains;
};

// Who signed in, from the id_token (preferred_username, tid, oid, wids), never from GET /me, which
// needs User.Read.
struct SignedInAccount {
    QString userPrincipalName;
    QStringList scopes;
    QString tenantId; // tid
    QString objectId; // oid
    // Directory role template ids (wids) when the sign-in client's registration emits them; absent
    // otherwise, and then the role cannot be verified from the token.
    std::optional<QStringList> directoryRoles;
};

// A keyCredential of Microsoft Graph. `key` is only present on a single-object GET that selects
// keyCredentials.
struct KeyCredential {
    QString keyId;
    QString type;  // AsymmetricX509Cert
    QString usage; // Verify
    QString key;   // base64 of the certificate DER, may be empty
    QString customKeyIdentifier;
    QString displayName;
    QDateTime startDateTime;
    QDateTime endDateTime;
};

struct ServicePrincipal {
    QString id; // object id
    QString appId;
    QString displayName;
    QStringList servicePrincipalNames;
    QList<KeyCredential> keyCredentials;
};

// The ACS metadata document (https://accounts.accesscontrol.windows.net/<tenant>/metadata/json/1).
struct AcsMetadata {
    QString realm;
    QString issuer;
    int keyCount = 0;
};

} // namespace s2s
