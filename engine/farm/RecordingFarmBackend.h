#pragma once

#include "farm/FarmBackend.h"
#include "session/Recorder.h"

namespace s2s {

// Puts every farm operation in the transcript as the PowerShell an admin would read, with what
// came back, then forwards to the real backend. Steps only ever see this wrapper.
class RecordingFarmBackend final : public FarmBackend {
public:
    RecordingFarmBackend(FarmBackend &inner, Recorder &recorder)
        : m_inner(inner), m_recorder(recorder) {}

    QString kind() const override { return m_inner.kind(); }
    QJsonObject reportInfo() const override { return m_inner.reportInfo(); }
    void cancel() override { m_inner.cancel(); }

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
    template <typename T, typename Format>
    QCoro::Task<Result<T>> run(QString server, QString command, QCoro::Task<Result<T>> task,
                               Format format)
    {
        return m_recorder.record(TranscriptEntry::Kind::Farm, std::move(server),
                                 std::move(command), std::move(task), format);
    }

    FarmBackend &m_inner;
    Recorder &m_recorder;
};

// How farm objects print in the transcript, like PowerShell's default table and list views.
QString formatCertificate(const CertificateInfo &certificate);

} // namespace s2s
