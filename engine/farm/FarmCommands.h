#pragma once

#include <QString>

namespace s2s::farm_commands {

// The PowerShell an admin would type for each farm operation. Display text only (plans,
// transcript): the host receives arguments as data and never runs these strings.
QString quote(const QString &value);

QString hostInfo();
QString servers();
QString testRemoting(const QString &server);
QString webApplications();
QString authenticationProvider(const QString &webApplication, const QString &zone);
QString stsConfig();
QString setAllowOAuthOverHttp(bool allow);
QString runningStsCertificate(const QString &server);
// The PFX as the commands below use it: $pfxBytes read from the file, $pfxPassword typed (the
// password never appears in command text).
QString loadPfx(const QString &pfxPath);
QString setStsSigningCertificate();
QString hasRootCertificate(const QString &server, const QString &thumbprint);
QString importPfx(const QString &server);
QString resetServer(const QString &server);
QString authenticationRealm();
QString setAuthenticationRealm(const QString &realm);
QString appPrincipal(const QString &site, const QString &nameIdentifier);
QString registerAppPrincipal(const QString &site, const QString &nameIdentifier,
                             const QString &displayName);
QString serviceApplicationProxies();
QString newAcsProxy(const QString &name, const QString &metadataEndpoint);
QString trustedIssuers();
QString newTrustedIssuer(const QString &name, const QString &metadataEndpoint);
QString fetchFromFarm(const QString &url);

} // namespace s2s::farm_commands
