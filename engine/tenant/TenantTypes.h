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
    // The location of its endpoints[] entry whose protocol is "OAuth2": the ACS token endpoint.
    QString tokenEndpoint;
};

// What SharePoint Online answered a request with an empty bearer token: 401 and
// WWW-Authenticate: Bearer realm="<tenant id>",client_id="00000003-0000-0ff1-ce00-000000000000".
struct RealmDiscovery {
    QString url; // what was asked
    int status = 0;
    QString realm;    // empty when the answer named none
    QString clientId; // the client_id parameter
    QString wwwAuthenticate;
};

} // namespace s2s
