#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include "crypto/CertificateInfo.h"

namespace s2s {

// What the PowerShell host announces when it is ready.
struct HostInfo {
    QString powershellVersion;
    QString sharepointBuild;
    QString account;
    bool farmAdmin = false;
    bool elevated = false;
};

struct ServerInfo {
    QString name;
    QString role; // "Invalid" for SQL and mail servers: never remoted to
    bool isSharePointServer() const { return role != u"Invalid"; }
};

struct ZoneInfo {
    QString zone; // Default, Intranet, Internet, Custom, Extranet
    QString url;
};

struct WebApplicationInfo {
    QString url;
    QString name;
    bool hasRootSite = false;
    QList<ZoneInfo> zones;
};

// Get-SPAuthenticationProvider -WebApplication -Zone, reduced to what step 1 checks.
struct AuthenticationProviderInfo {
    QString displayName;
    bool windowsAuthentication = false; // Integrated Windows authentication enabled
    bool kerberos = false;              // DisableKerberos = false means Negotiate (Kerberos)
    bool claimsBased = true;
};

// A PFX on its way to the farm with its password: secrets that travel as data on the host's stdin
// and are never printed, logged, saved or put on a command line.
struct PfxData {
    QByteArray bytes;
    QString password;
};

struct StsConfigInfo {
    bool allowOAuthOverHttp = false;
    CertificateInfo signingCertificate;
};

struct AppPrincipalInfo {
    QString displayName;
    QString nameIdentifier;
    QString site;
};

struct ServiceProxyInfo {
    QString id;
    QString name;
    QString typeName;
    QString status; // "Online", "Disabled", ...
    QString metadataEndpointUri;
    bool inDefaultGroup = false;
    // GetType().FullName: what identifies the kind of proxy (typeName is translated with the
    // farm's language).
    QString fullTypeName;
};

struct TrustedIssuerInfo {
    QString name;
    QString registeredIssuerName;
    QString metadataEndpoint;
    bool isSelfIssuer = false; // false means trust broker
};

// What ACS answered one token request the farm signed with its STS key (trust.requestToken). The
// tokens never leave the farm: the assertion travels only to ACS, and of the access token only
// what the check shows comes back.
struct AcsTokenAnswer {
    QString encoding; // the grant encoding sent: acs_token::clientAssertion or acs_token::jwtBearer
    int httpStatus = 0;
    bool accepted = false; // an access token came back
    // The assertion the farm sent, without its signature.
    QString assertionX5t;
    QString assertionIssuer;
    QString assertionAudience;
    // The access token's claims (accepted only): aud, iss, exp and the names of all its claims.
    QString audience;
    QString issuer;
    QDateTime expires;
    QStringList claimNames;
    // The refusal (not accepted): OAuth "error", "error_description" (e.g. "AADSTS700027: ...") and
    // "error_codes".
    QString error;
    QString errorDescription;
    QList<int> errorCodes;
};

namespace acs_token {
// client_credentials with client_assertion_type jwt-bearer and client_assertion (RFC 7521/7523
// client authentication): what PROCEDURE.md says to try first.
inline constexpr QStringView clientAssertion = u"client_credentials";
// grant_type http://oauth.net/grant_type/jwt/1.0/bearer with "assertion": the older ACS form.
inline constexpr QStringView jwtBearer = u"jwt_bearer";
} // namespace acs_token

} // namespace s2s
