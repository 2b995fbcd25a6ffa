#pragma once

#include "farm/FarmBackend.h"
#include "lab/LabFolder.h"

namespace s2s::lab {

// The simulated farm, in process, reading and writing farm.json on every operation so that edits
// to the file take effect at once and the state survives restarts. It behaves like SharePoint
// where the checks depend on it: names collide, unreachable servers refuse remoting, the trusted
// issuer takes its name from the metadata document it fetches, and so on.
//
// The farm reaches the lab tenant for real: the ACS metadata is fetched over HTTPS from the lab
// tenant server, trusting only `tenantCaFile`, the PEM of its certificate for this run.
class LabFarmBackend final : public FarmBackend {
public:
    LabFarmBackend(LabFolder folder, QString tenantCaFile);

    QString kind() const override { return QStringLiteral("lab-in-process"); }
    // Inside s2s-lab-host each operation completes before the next request is read: nothing
    // runs that could be stopped. The wizard cancels by killing that host.
    void cancel() override {}

    QCoro::Task<Result<HostInfo>> hostInfo() override;
    QCoro::Task<Result<QList<ServerInfo>>> servers() override;
    QCoro::Task<Status> testRemoting(QString server) override;
    QCoro::Task<Result<QList<WebApplicationInfo>>> webApplications() override;
    QCoro::Task<Result<AuthenticationProviderInfo>>
    authenticationProvider(QString webApplication, QString zone) override;
    QCoro::Task<Result<StsConfigInfo>> stsConfig() override;
    QCoro::Task<Status> setAllowOAuthOverHttp(bool allow) override;
    QCoro::Task<Result<CertificateInfo>> runningStsCertificate(QString server) override;
    QCoro::Task<Result<CertificateInfo>> setStsSigningCertificate(PfxData pfx) override;
    QCoro::Task<Result<bool>> hasRootCertificate(QString server, QString thumbprint) override;
    QCoro::Task<Result<CertificateInfo>> importPfx(QString server, PfxData pfx) override;
    QCoro::Task<Status> resetServer(QString server) override;
    QCoro::Task<Result<QString>> authenticationRealm() override;
    QCoro::Task<Status> setAuthenticationRealm(QString realm) override;
    QCoro::Task<Result<QList<AppPrincipalInfo>>> appPrincipals(QString site,
                                                                QString nameIdentifier) override;
    QCoro::Task<Result<AppPrincipalInfo>>
    registerAppPrincipal(QString site, QString nameIdentifier, QString displayName) override;
    QCoro::Task<Result<QList<ServiceProxyInfo>>> serviceApplicationProxies() override;
    QCoro::Task<Result<ServiceProxyInfo>>
    newAcsProxy(QString name, QString metadataEndpoint, bool defaultProxyGroup) override;
    QCoro::Task<Result<QList<TrustedIssuerInfo>>> trustedIssuers() override;
    QCoro::Task<Result<TrustedIssuerInfo>>
    newTrustedIssuer(QString name, QString metadataEndpoint, bool isTrustBroker) override;
    QCoro::Task<Result<QByteArray>> fetchFromFarm(QString url) override;

private:
    QCoro::Task<Result<QByteArray>> fetch(QJsonObject farm, QString url) const;
    Result<QJsonObject> reachableServer(const QJsonObject &farm, const QString &name) const;
    struct FarmAndServer {
        QJsonObject farm;
        QJsonObject server;
    };
    // farm.json and the reachable SharePoint server `server` of it.
    Result<FarmAndServer> readWithServer(const QString &server) const;
    // Sets `key` of the server named `server` (which must exist) in `farm`.
    static void setInServer(QJsonObject &farm, const QString &server, const QString &key,
                            const QJsonValue &value);

    LabFolder m_folder;
    QString m_tenantCaFile;
};

} // namespace s2s::lab
