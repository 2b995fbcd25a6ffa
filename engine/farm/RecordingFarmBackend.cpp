#include "RecordingFarmBackend.h"

#include "farm/FarmCommands.h"

using namespace Qt::StringLiterals;

namespace s2s {
namespace cmd = farm_commands;
namespace {

QString yesNo(bool value)
{
    return value ? u"True"_s : u"False"_s;
}

QString nothing(const Unit &)
{
    return {};
}

QString formatProxy(const ServiceProxyInfo &proxy)
{
    return u"%1 | %2 | %3 | %4"_s.arg(proxy.name, proxy.typeName, proxy.status, proxy.id);
}

QString formatIssuer(const TrustedIssuerInfo &issuer)
{
    return u"Name                 : %1\nRegisteredIssuerName : %2\nMetadataEndPoint     : %3\n"
           "IsSelfIssuer         : %4"_s.arg(issuer.name, issuer.registeredIssuerName,
                                            issuer.metadataEndpoint, yesNo(issuer.isSelfIssuer));
}

QString formatPrincipal(const AppPrincipalInfo &principal)
{
    return u"DisplayName    : %1\nNameIdentifier : %2"_s.arg(principal.displayName,
                                                              principal.nameIdentifier);
}

template <typename T, typename Format>
QString formatList(const QList<T> &items, Format format, const QString &separator = u"\n"_s)
{
    QStringList lines;
    for (const T &item : items)
        lines.append(format(item));
    return lines.join(separator);
}

} // namespace

QString formatCertificate(const CertificateInfo &certificate)
{
    return u"Subject    : %1\nThumbprint : %2\nNotBefore  : %3\nNotAfter   : %4\nKey        : %5 %6"_s
        .arg(certificate.subject, certificate.thumbprint,
             certificate.notBefore.toString(Qt::ISODate),
             certificate.notAfter.toString(Qt::ISODate), certificate.keyAlgorithm)
        .arg(certificate.keyBits);
}

QCoro::Task<Result<HostInfo>> RecordingFarmBackend::hostInfo()
{
    return run({}, cmd::hostInfo(), m_inner.hostInfo(), [](const HostInfo &info) {
        return u"PowerShell %1, SharePoint %2, account %3, farm administrator: %4, elevated: %5"_s
            .arg(info.powershellVersion, info.sharepointBuild, info.account,
                 yesNo(info.farmAdmin), yesNo(info.elevated));
    });
}

QCoro::Task<Result<QList<ServerInfo>>> RecordingFarmBackend::servers()
{
    return run({}, cmd::servers(), m_inner.servers(), [](const QList<ServerInfo> &list) {
        return formatList(list, [](const ServerInfo &s) { return s.name + u"  "_s + s.role; });
    });
}

QCoro::Task<Status> RecordingFarmBackend::testRemoting(QString server)
{
    return run(server, cmd::testRemoting(server), m_inner.testRemoting(server),
               [](const Unit &) { return u"wsmid : http://schemas.dmtf.org/wbem/wsman/identity/1/"
                                         "wsmanidentity.xsd"_s; });
}

QCoro::Task<Result<QList<WebApplicationInfo>>> RecordingFarmBackend::webApplications()
{
    return run({}, cmd::webApplications(), m_inner.webApplications(),
               [](const QList<WebApplicationInfo> &list) {
                   return formatList(list, [](const WebApplicationInfo &app) {
                       return app.url + u"  "_s + app.name;
                   });
               });
}

QCoro::Task<Result<AuthenticationProviderInfo>>
RecordingFarmBackend::authenticationProvider(QString webApplication, QString zone)
{
    return run({}, cmd::authenticationProvider(webApplication, zone),
               m_inner.authenticationProvider(webApplication, zone),
               [](const AuthenticationProviderInfo &info) {
                   return u"DisplayName     : %1\nDisableKerberos : %2\nUseWindowsIntegratedAuthentication : %3"_s
                       .arg(info.displayName, yesNo(!info.kerberos),
                            yesNo(info.windowsAuthentication));
               });
}

QCoro::Task<Result<StsConfigInfo>> RecordingFarmBackend::stsConfig()
{
    return run({}, cmd::stsConfig(), m_inner.stsConfig(), [](const StsConfigInfo &config) {
        return u"AllowOAuthOverHttp : %1\nSigningCertificate :\n%2"_s.arg(
            yesNo(config.allowOAuthOverHttp), formatCertificate(config.signingCertificate));
    });
}

QCoro::Task<Status> RecordingFarmBackend::setAllowOAuthOverHttp(bool allow)
{
    return run({}, cmd::setAllowOAuthOverHttp(allow), m_inner.setAllowOAuthOverHttp(allow),
               nothing);
}

QCoro::Task<Result<CertificateInfo>> RecordingFarmBackend::runningStsCertificate(QString server)
{
    return run(server, cmd::runningStsCertificate(server), m_inner.runningStsCertificate(server),
               formatCertificate);
}

// The PFX and its password go to the inner backend only: the transcript gets the command text
// (which names $pfxBytes and $pfxPassword) and the certificate that came back.
QCoro::Task<Result<CertificateInfo>> RecordingFarmBackend::setStsSigningCertificate(PfxData pfx)
{
    return run({}, cmd::setStsSigningCertificate(),
               m_inner.setStsSigningCertificate(std::move(pfx)), formatCertificate);
}

QCoro::Task<Result<bool>> RecordingFarmBackend::hasRootCertificate(QString server,
                                                                    QString thumbprint)
{
    return run(server, cmd::hasRootCertificate(server, thumbprint),
               m_inner.hasRootCertificate(server, thumbprint), yesNo);
}

QCoro::Task<Result<CertificateInfo>> RecordingFarmBackend::importPfx(QString server, PfxData pfx)
{
    return run(server, cmd::importPfx(server), m_inner.importPfx(server, std::move(pfx)),
               formatCertificate);
}

QCoro::Task<Status> RecordingFarmBackend::resetServer(QString server)
{
    return run(server, cmd::resetServer(server), m_inner.resetServer(server), [](const Unit &) {
        return u"Internet services successfully restarted\nSPTimerV4 restarted"_s;
    });
}

QCoro::Task<Result<QString>> RecordingFarmBackend::authenticationRealm()
{
    return run({}, cmd::authenticationRealm(), m_inner.authenticationRealm(),
               [](const QString &realm) { return realm; });
}

QCoro::Task<Status> RecordingFarmBackend::setAuthenticationRealm(QString realm)
{
    return run({}, cmd::setAuthenticationRealm(realm), m_inner.setAuthenticationRealm(realm),
               nothing);
}

QCoro::Task<Result<QList<AppPrincipalInfo>>>
RecordingFarmBackend::appPrincipals(QString site, QString nameIdentifier)
{
    return run({}, cmd::appPrincipal(site, nameIdentifier),
               m_inner.appPrincipals(site, nameIdentifier),
               [](const QList<AppPrincipalInfo> &list) { return formatList(list, formatPrincipal); });
}

QCoro::Task<Result<AppPrincipalInfo>>
RecordingFarmBackend::registerAppPrincipal(QString site, QString nameIdentifier,
                                           QString displayName)
{
    return run({}, cmd::registerAppPrincipal(site, nameIdentifier, displayName),
               m_inner.registerAppPrincipal(site, nameIdentifier, displayName), formatPrincipal);
}

QCoro::Task<Result<QList<ServiceProxyInfo>>> RecordingFarmBackend::serviceApplicationProxies()
{
    return run({}, cmd::serviceApplicationProxies(), m_inner.serviceApplicationProxies(),
               [](const QList<ServiceProxyInfo> &list) { return formatList(list, formatProxy); });
}

QCoro::Task<Result<ServiceProxyInfo>>
RecordingFarmBackend::newAcsProxy(QString name, QString metadataEndpoint, bool defaultProxyGroup)
{
    return run({}, cmd::newAcsProxy(name, metadataEndpoint),
               m_inner.newAcsProxy(name, metadataEndpoint, defaultProxyGroup), formatProxy);
}

QCoro::Task<Result<QList<TrustedIssuerInfo>>> RecordingFarmBackend::trustedIssuers()
{
    return run({}, cmd::trustedIssuers(), m_inner.trustedIssuers(),
               [](const QList<TrustedIssuerInfo> &list) {
                   return formatList(list, formatIssuer, u"\n\n"_s);
               });
}

QCoro::Task<Result<TrustedIssuerInfo>>
RecordingFarmBackend::newTrustedIssuer(QString name, QString metadataEndpoint, bool isTrustBroker)
{
    return run({}, cmd::newTrustedIssuer(name, metadataEndpoint),
               m_inner.newTrustedIssuer(name, metadataEndpoint, isTrustBroker), formatIssuer);
}

QCoro::Task<Result<QByteArray>> RecordingFarmBackend::fetchFromFarm(QString url)
{
    return run({}, cmd::fetchFromFarm(url), m_inner.fetchFromFarm(url),
               [](const QByteArray &body) {
                   return u"StatusCode : 200\nContent    : %1"_s.arg(
                       QString::fromUtf8(body.left(300)));
               });
}

} // namespace s2s
