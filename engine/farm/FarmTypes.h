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

} // namespace s2s
