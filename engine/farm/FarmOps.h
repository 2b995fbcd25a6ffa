#pragma once

#include <QString>
#include <QStringList>

namespace s2s::farm_ops {

// The operation names of the farm host protocol: the contract between the C++ side and every
// host (the Windows PowerShell script and the lab host). A test keeps the script in step with it.
inline const QString hostInfo = QStringLiteral("host.info");
inline const QString servers = QStringLiteral("servers.list");
inline const QString testRemoting = QStringLiteral("remoting.test");
inline const QString webApplications = QStringLiteral("webapps.list");
inline const QString authenticationProvider = QStringLiteral("webapp.authProvider");
inline const QString stsConfig = QStringLiteral("sts.get");
inline const QString setAllowOAuthOverHttp = QStringLiteral("sts.setAllowOAuthOverHttp");
inline const QString runningStsCertificate = QStringLiteral("sts.running");
inline const QString setSigningCertificate = QStringLiteral("sts.setSigningCertificate");
inline const QString hasRootCertificate = QStringLiteral("cert.rootHas");
inline const QString importPfx = QStringLiteral("cert.importPfx");
inline const QString resetServer = QStringLiteral("server.reset");
inline const QString realm = QStringLiteral("realm.get");
inline const QString setRealm = QStringLiteral("realm.set");
inline const QString appPrincipals = QStringLiteral("appPrincipal.get");
inline const QString registerAppPrincipal = QStringLiteral("appPrincipal.register");
inline const QString proxies = QStringLiteral("proxies.list");
inline const QString newAcsProxy = QStringLiteral("acsProxy.new");
inline const QString issuers = QStringLiteral("issuers.list");
inline const QString newIssuer = QStringLiteral("issuer.new");
inline const QString fetch = QStringLiteral("outbound.fetch");

inline QStringList all()
{
    return {hostInfo, servers, testRemoting, webApplications, authenticationProvider, stsConfig,
            setAllowOAuthOverHttp, runningStsCertificate, setSigningCertificate,
            hasRootCertificate, importPfx, resetServer, realm, setRealm, appPrincipals,
            registerAppPrincipal, proxies, newAcsProxy, issuers, newIssuer, fetch};
}

} // namespace s2s::farm_ops
