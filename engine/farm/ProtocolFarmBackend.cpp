#include "ProtocolFarmBackend.h"

#include <QCoreApplication>
#include <QFileInfo>

#include "farm/FarmCodec.h"
#include "farm/FarmOps.h"

using namespace Qt::StringLiterals;

namespace s2s {
namespace codec = farm_codec;
namespace ops = farm_ops;
namespace {

Unit nothing(const QJsonValue &)
{
    return {};
}

QString text(const QJsonValue &value)
{
    return value.toString();
}

bool yes(const QJsonValue &value)
{
    return value.toBool();
}

// iisreset and the timer restart, then waiting for the STS to answer, take minutes on a busy server.
constexpr int resetTimeoutFactor = 5;

Activity::Kind activityKind(const QString &event)
{
    if (event == u"warning")
        return Activity::Kind::Warning;
    if (event == u"progress")
        return Activity::Kind::Progress;
    return Activity::Kind::Verbose;
}

QString readyText(const HostInfo &info)
{
    const QString yes = QCoreApplication::translate("ProtocolFarmBackend", "yes");
    const QString no = QCoreApplication::translate("ProtocolFarmBackend", "no");
    return QCoreApplication::translate("ProtocolFarmBackend",
                                       "Farm host ready: PowerShell %1, SharePoint %2, farm "
                                       "administrator: %3")
        .arg(info.powershellVersion, info.sharepointBuild, info.farmAdmin ? yes : no);
}

} // namespace

ProtocolFarmBackend::ProtocolFarmBackend(HostTransport::Config config)
    : m_transport(std::move(config))
{
    // Starting Windows PowerShell and loading the snap-in takes seconds: say so while it happens.
    QObject::connect(&m_transport, &HostTransport::hostStarting, &m_transport, [this] {
        reportActivity({Activity::Kind::HostStarting, TranscriptEntry::Kind::Farm, {},
                        QCoreApplication::translate("ProtocolFarmBackend",
                                                    "Starting the farm host %1 and loading "
                                                    "SharePoint…")
                            .arg(QFileInfo(m_transport.config().hostProgram()).fileName())});
    });
    QObject::connect(&m_transport, &HostTransport::hostReady, &m_transport,
                     [this](const QJsonObject &announcement) {
                         reportActivity({Activity::Kind::HostReady, TranscriptEntry::Kind::Farm, {},
                                         readyText(codec::hostInfo(announcement))});
                     });
    QObject::connect(&m_transport, &HostTransport::hostEvent, &m_transport,
                     [this](const QString &, const QString &server, const QString &event,
                            const QString &text) {
                         reportActivity({activityKind(event), TranscriptEntry::Kind::Farm, server,
                                         text});
                     });
}

QJsonObject ProtocolFarmBackend::reportInfo() const
{
    QJsonObject info{{u"kind"_s, kind()},
                     {u"program"_s, m_transport.config().hostProgram()},
                     {u"hostStarts"_s, m_transport.hostStarts()},
                     {u"calls"_s, m_transport.calls()}};
    if (!m_transport.config().relayedProgram.isEmpty())
        info.insert(u"relay"_s, m_transport.config().program);
    return info;
}

QCoro::Task<Result<HostInfo>> ProtocolFarmBackend::hostInfo()
{
    return request<HostInfo>(ops::hostInfo, {}, {}, codec::hostInfo);
}

QCoro::Task<Result<QList<ServerInfo>>> ProtocolFarmBackend::servers()
{
    return requestList<ServerInfo>(ops::servers, {}, codec::server);
}

QCoro::Task<Status> ProtocolFarmBackend::testRemoting(QString server)
{
    return request<Unit>(ops::testRemoting, {}, server, nothing);
}

QCoro::Task<Result<QList<WebApplicationInfo>>> ProtocolFarmBackend::webApplications()
{
    return requestList<WebApplicationInfo>(ops::webApplications, {}, codec::webApplication);
}

QCoro::Task<Result<AuthenticationProviderInfo>>
ProtocolFarmBackend::authenticationProvider(QString webApplication, QString zone)
{
    const QJsonObject args{{u"webApplication"_s, webApplication}, {u"zone"_s, zone}};
    return request<AuthenticationProviderInfo>(ops::authenticationProvider, args, {},
                                               codec::authenticationProvider);
}

QCoro::Task<Result<StsConfigInfo>> ProtocolFarmBackend::stsConfig()
{
    return request<StsConfigInfo>(ops::stsConfig, {}, {}, codec::stsConfig);
}

QCoro::Task<Status> ProtocolFarmBackend::setAllowOAuthOverHttp(bool allow)
{
    return request<Unit>(ops::setAllowOAuthOverHttp, {{u"allow"_s, allow}}, {}, nothing);
}

QCoro::Task<Result<CertificateInfo>> ProtocolFarmBackend::runningStsCertificate(QString server)
{
    return request<CertificateInfo>(ops::runningStsCertificate, {}, server, codec::certificate);
}

QCoro::Task<Result<CertificateInfo>> ProtocolFarmBackend::setStsSigningCertificate(PfxData pfx)
{
    return request<CertificateInfo>(ops::setSigningCertificate, codec::toJson(pfx), {},
                                    codec::certificate);
}

QCoro::Task<Result<bool>> ProtocolFarmBackend::hasRootCertificate(QString server,
                                                                   QString thumbprint)
{
    return request<bool>(ops::hasRootCertificate, {{u"thumbprint"_s, thumbprint}}, server, yes);
}

QCoro::Task<Result<CertificateInfo>> ProtocolFarmBackend::importPfx(QString server, PfxData pfx)
{
    return request<CertificateInfo>(ops::importPfx, codec::toJson(pfx), server, codec::certificate);
}

QCoro::Task<Status> ProtocolFarmBackend::resetServer(QString server)
{
    return request<Unit>(ops::resetServer, {}, server, nothing, resetTimeoutFactor);
}

QCoro::Task<Result<QString>> ProtocolFarmBackend::authenticationRealm()
{
    return request<QString>(ops::realm, {}, {}, text);
}

QCoro::Task<Status> ProtocolFarmBackend::setAuthenticationRealm(QString realm)
{
    return request<Unit>(ops::setRealm, {{u"realm"_s, realm}}, {}, nothing);
}

QCoro::Task<Result<QList<AppPrincipalInfo>>>
ProtocolFarmBackend::appPrincipals(QString site, QString nameIdentifier)
{
    const QJsonObject args{{u"site"_s, site}, {u"nameIdentifier"_s, nameIdentifier}};
    return requestList<AppPrincipalInfo>(ops::appPrincipals, args, codec::appPrincipal);
}

QCoro::Task<Result<AppPrincipalInfo>>
ProtocolFarmBackend::registerAppPrincipal(QString site, QString nameIdentifier, QString displayName)
{
    const QJsonObject args{{u"site"_s, site},
                           {u"nameIdentifier"_s, nameIdentifier},
                           {u"displayName"_s, displayName}};
    return request<AppPrincipalInfo>(ops::registerAppPrincipal, args, {}, codec::appPrincipal);
}

QCoro::Task<Result<QList<ServiceProxyInfo>>> ProtocolFarmBackend::serviceApplicationProxies()
{
    return requestList<ServiceProxyInfo>(ops::proxies, {}, codec::proxy);
}

QCoro::Task<Result<ServiceProxyInfo>>
ProtocolFarmBackend::newAcsProxy(QString name, QString metadataEndpoint, bool defaultProxyGroup)
{
    const QJsonObject args{{u"name"_s, name},
                           {u"metadataEndpoint"_s, metadataEndpoint},
                           {u"defaultProxyGroup"_s, defaultProxyGroup}};
    return request<ServiceProxyInfo>(ops::newAcsProxy, args, {}, codec::proxy);
}

QCoro::Task<Result<QList<TrustedIssuerInfo>>> ProtocolFarmBackend::trustedIssuers()
{
    return requestList<TrustedIssuerInfo>(ops::issuers, {}, codec::issuer);
}

QCoro::Task<Result<TrustedIssuerInfo>>
ProtocolFarmBackend::newTrustedIssuer(QString name, QString metadataEndpoint, bool isTrustBroker)
{
    const QJsonObject args{{u"name"_s, name},
                           {u"metadataEndpoint"_s, metadataEndpoint},
                           {u"isTrustBroker"_s, isTrustBroker}};
    return request<TrustedIssuerInfo>(ops::newIssuer, args, {}, codec::issuer);
}

QCoro::Task<Result<QByteArray>> ProtocolFarmBackend::fetchFromFarm(QString url)
{
    return request<QByteArray>(ops::fetch, {{u"url"_s, url}}, {}, [](const QJsonValue &json) {
        return QByteArray::fromBase64(json[u"body"].toString().toLatin1());
    });
}

} // namespace s2s
