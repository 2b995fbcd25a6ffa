#pragma once

#include "farm/FarmBackend.h"
#include "farm/FarmCodec.h"
#include "farm/HostTransport.h"

namespace s2s {

// The farm backend over a host process speaking the JSON Lines protocol: Windows PowerShell with
// the SharePoint snap-in on a farm, or s2s-lab-host for the lab. Arguments travel as JSON data.
class ProtocolFarmBackend final : public FarmBackend {
public:
    explicit ProtocolFarmBackend(HostTransport::Config config);

    QString kind() const override { return QStringLiteral("powershell-protocol"); }
    HostTransport &transport() { return m_transport; }
    QJsonObject reportInfo() const override;
    // Kills the host (a PowerShell runspace cannot be interrupted); the next call restarts it.
    void cancel() override { m_transport.cancel(); }

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
    // Calls `op` and converts its result with `read`.
    template <typename T, typename Read>
    QCoro::Task<Result<T>> request(QString op, QJsonObject args, QString server, Read read,
                                   int timeoutFactor = 1)
    {
        const Result<QJsonValue> answer = co_await m_transport.call(op, args, server, timeoutFactor);
        if (!answer)
            co_return answer.error();
        co_return Result<T>(read(answer.value()));
    }

    // Calls `op` whose result is a JSON array of objects read by `read`.
    template <typename T>
    QCoro::Task<Result<QList<T>>> requestList(QString op, QJsonObject args,
                                              T (*read)(const QJsonValue &))
    {
        return request<QList<T>>(std::move(op), std::move(args), QString(),
                                 [read](const QJsonValue &json) { return farm_codec::listOf(json, read); });
    }

    HostTransport m_transport;
};

} // namespace s2s
