#pragma once

#include <QJsonObject>

#include <functional>

#include <QCoro/QCoroTask>

#include "core/Error.h"
#include "farm/FarmTypes.h"
#include "session/Activity.h"

namespace s2s {

// Everything the steps need from the SharePoint farm. Farm-wide operations run locally on the
// server hosting the wizard; those taking a server name act on that server (through remoting on a
// real farm). Implementations: the lab farm and, later, the Windows PowerShell host transport.
class FarmBackend {
public:
    virtual ~FarmBackend() = default;

    virtual QString kind() const = 0;
    // How it runs, for the --report "backends" object.
    virtual QJsonObject reportInfo() const { return {{QStringLiteral("kind"), kind()}}; }
    // Receives the host starting and the verbose, warning and progress records of running
    // operations, for live display (the runner installs it).
    void setActivityHandler(std::function<void(const Activity &)> handler)
    {
        m_activity = std::move(handler);
    }
    // Stops what runs now: pending operations fail as cancelled (backend.cancelled).
    virtual void cancel() = 0;

    virtual QCoro::Task<Result<HostInfo>> hostInfo() = 0;
    virtual QCoro::Task<Result<QList<ServerInfo>>> servers() = 0;
    virtual QCoro::Task<Status> testRemoting(QString server) = 0;

    virtual QCoro::Task<Result<QList<WebApplicationInfo>>> webApplications() = 0;
    virtual QCoro::Task<Result<AuthenticationProviderInfo>>
    authenticationProvider(QString webApplication, QString zone) = 0;

    virtual QCoro::Task<Result<StsConfigInfo>> stsConfig() = 0;
    virtual QCoro::Task<Status> setAllowOAuthOverHttp(bool allow) = 0;
    // The signing certificate the STS running on `server` publishes in its metadata.
    virtual QCoro::Task<Result<CertificateInfo>> runningStsCertificate(QString server) = 0;
    // Set-SPSecurityTokenServiceConfig -ImportSigningCertificate: farm configuration, set once.
    virtual QCoro::Task<Result<CertificateInfo>> setStsSigningCertificate(PfxData pfx) = 0;
    // Whether Cert:\LocalMachine\Root of `server` holds the certificate with `thumbprint`.
    virtual QCoro::Task<Result<bool>> hasRootCertificate(QString server, QString thumbprint) = 0;
    // Import-PfxCertificate into Cert:\LocalMachine\Root of `server`.
    virtual QCoro::Task<Result<CertificateInfo>> importPfx(QString server, PfxData pfx) = 0;
    // iisreset and Restart-Service SPTimerV4 on `server` (an outage for it); returns once its STS
    // answers again.
    virtual QCoro::Task<Status> resetServer(QString server) = 0;

    virtual QCoro::Task<Result<QString>> authenticationRealm() = 0;
    virtual QCoro::Task<Status> setAuthenticationRealm(QString realm) = 0;

    // Get-SPAppPrincipal -Site -NameIdentifier: zero or one principal.
    virtual QCoro::Task<Result<QList<AppPrincipalInfo>>> appPrincipals(QString site,
                                                                        QString nameIdentifier) = 0;
    virtual QCoro::Task<Result<AppPrincipalInfo>>
    registerAppPrincipal(QString site, QString nameIdentifier, QString displayName) = 0;

    virtual QCoro::Task<Result<QList<ServiceProxyInfo>>> serviceApplicationProxies() = 0;
    virtual QCoro::Task<Result<ServiceProxyInfo>>
    newAcsProxy(QString name, QString metadataEndpoint, bool defaultProxyGroup) = 0;

    virtual QCoro::Task<Result<QList<TrustedIssuerInfo>>> trustedIssuers() = 0;
    virtual QCoro::Task<Result<TrustedIssuerInfo>>
    newTrustedIssuer(QString name, QString metadataEndpoint, bool isTrustBroker) = 0;

    // Fetches `url` over HTTPS from the farm (outbound reachability of ACS); returns the body.
    virtual QCoro::Task<Result<QByteArray>> fetchFromFarm(QString url) = 0;

protected:
    void reportActivity(const Activity &activity) const
    {
        if (m_activity)
            m_activity(activity);
    }

private:
    std::function<void(const Activity &)> m_activity;
};

} // namespace s2s
