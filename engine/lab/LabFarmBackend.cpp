#include "LabFarmBackend.h"

// farm.json keeps farm objects in the very shape the host protocol carries them, so the lab
// reads them with the protocol's codec.

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <QUuid>

#include "core/Constants.h"
#include "core/UrlText.h"
#include "crypto/Pkcs12.h"
#include "farm/FarmCodec.h"
#include "lab/LabFarmFetch.h"
#include "lab/LabJson.h"

using namespace Qt::StringLiterals;

namespace s2s::lab {
namespace {

// SharePoint reports errors as PowerShell error records; the lab words them the same way.
Error farmError(const QString &code, const QString &message, const QString &remedy = {})
{
    return Error{code, message, {}, remedy};
}

// Opens a PFX as Windows does on import: with its password, refusing a wrong one in Windows' words.
Result<crypto::PfxContents> openPfx(const PfxData &pfx)
{
    const auto contents = crypto::readPfx(pfx.bytes, pfx.password);
    if (!contents && contents.error().code == u"crypto.pfx-password")
        return farmError(u"farm.pfx-password"_s,
                         u"The specified network password is not correct."_s,
                         u"Give the password the PFX was exported with."_s);
    if (!contents)
        return farmError(u"farm.pfx-unreadable"_s,
                         u"The PFX cannot be imported: %1"_s.arg(contents.error().message),
                         contents.error().remedy);
    if (!contents->hasPrivateKey || !contents->keyMatchesCertificate)
        return farmError(u"farm.pfx-no-key"_s,
                         u"The PFX holds no private key for its certificate."_s,
                         u"Export the certificate again together with its private key."_s);
    return contents;
}

QString base64Of(const CertificateInfo &certificate)
{
    return QString::fromLatin1(certificate.der.toBase64());
}

// A proxy of farm.json as the farm reports it: its .NET type from "type", else the ACS proxy's
// by its English typeName, else the generic proxy's (as the SharePoint simulator does).
ServiceProxyInfo proxyOf(const QJsonObject &json)
{
    ServiceProxyInfo info = farm_codec::proxy(json);
    info.fullTypeName = json.value(u"type").toString();
    if (info.fullTypeName.isEmpty())
        info.fullTypeName = info.typeName == constants::acsProxyTypeName
                                ? constants::acsProxyFullTypeName
                                : constants::serviceProxyFullTypeName;
    return info;
}

} // namespace

LabFarmBackend::LabFarmBackend(LabFolder folder, QString tenantCaFile)
    : m_folder(std::move(folder)), m_tenantCaFile(std::move(tenantCaFile))
{
}

QCoro::Task<Result<HostInfo>> LabFarmBackend::hostInfo()
{
    const auto farm = m_folder.readFarm();
    if (!farm)
        co_return farm.error();
    const QJsonObject host = farm->value(u"host").toObject();
    const QJsonObject account = farm->value(u"account").toObject();
    co_return HostInfo{host.value(u"powershellVersion").toString(),
                       host.value(u"sharepointBuild").toString(),
                       account.value(u"name").toString(), account.value(u"farmAdmin").toBool(),
                       account.value(u"elevated").toBool()};
}

QCoro::Task<Result<QList<ServerInfo>>> LabFarmBackend::servers()
{
    const auto farm = m_folder.readFarm();
    if (!farm)
        co_return farm.error();
    co_return farm_codec::listOf(farm->value(u"servers"), farm_codec::server);
}

Result<QJsonObject> LabFarmBackend::reachableServer(const QJsonObject &farm,
                                                    const QString &name) const
{
    const QJsonArray servers = farm.value(u"servers").toArray();
    const int index = indexOf(servers, u"name"_s, name);
    if (index < 0)
        return farmError(u"farm.server-unknown"_s,
                         u"The server %1 is not a server of this farm."_s.arg(name));
    const QJsonObject server = servers.at(index).toObject();
    if (server.value(u"role").toString() == u"Invalid")
        return farmError(u"farm.server-not-sharepoint"_s,
                         u"%1 has role Invalid (SQL or mail server): it runs no SharePoint."_s.arg(
                             name));
    if (!server.value(u"reachable").toBool())
        return farmError(
            u"farm.remoting"_s,
            u"Connecting to remote server %1 failed: WinRM cannot complete the operation."_s.arg(
                name),
            u"On %1 run Enable-PSRemoting -Force, and check the firewall (TCP 5985) between the "
            "servers; then Test-WSMan %1 must answer."_s.arg(name));
    return server;
}

QCoro::Task<Status> LabFarmBackend::testRemoting(QString server)
{
    const auto found = readWithServer(server);
    if (!found)
        co_return found.error();
    co_return success();
}

QCoro::Task<Result<QList<WebApplicationInfo>>> LabFarmBackend::webApplications()
{
    const auto farm = m_folder.readFarm();
    if (!farm)
        co_return farm.error();
    co_return farm_codec::listOf(farm->value(u"webApplications"), farm_codec::webApplication);
}

QCoro::Task<Result<AuthenticationProviderInfo>>
LabFarmBackend::authenticationProvider(QString webApplication, QString zone)
{
    const auto farm = m_folder.readFarm();
    if (!farm)
        co_return farm.error();
    const QJsonArray apps = farm->value(u"webApplications").toArray();
    const int appIndex = indexOf(apps, u"url"_s, withoutTrailingSlash(webApplication));
    if (appIndex < 0)
        co_return farmError(u"farm.webapp-unknown"_s,
                            u"Cannot find an SPWebApplication object with URL %1."_s.arg(
                                webApplication));
    const QJsonArray zones = apps.at(appIndex)[u"zones"].toArray();
    const int zoneIndex = indexOf(zones, u"zone"_s, zone);
    if (zoneIndex < 0)
        co_return farmError(u"farm.zone-unknown"_s,
                            u"The web application %1 has no %2 zone."_s.arg(webApplication, zone));
    const QJsonObject found = zones.at(zoneIndex).toObject();
    // As FarmHost.ps1 reports it: without Integrated Windows authentication a zone is not NTLM,
    // whatever its Kerberos setting says.
    const bool windows = found.value(u"windowsAuthentication").toBool();
    // Without Windows authentication the zone signs in through a trusted identity provider.
    const QString provider = windows ? u"Windows Authentication"_s
                                     : found.value(u"trustedProvider").toString(u"ADFS"_s);
    co_return AuthenticationProviderInfo{provider, windows,
                                         !windows || found.value(u"kerberos").toBool(), true};
}

QCoro::Task<Result<StsConfigInfo>> LabFarmBackend::stsConfig()
{
    const auto farm = m_folder.readFarm();
    if (!farm)
        co_return farm.error();
    const QJsonObject sts = farm->value(u"sts").toObject();
    const auto certificate = certificateFromBase64(sts.value(u"signingCertificate").toString());
    if (!certificate)
        co_return certificate.error();
    co_return StsConfigInfo{sts.value(u"allowOAuthOverHttp").toBool(), *certificate};
}

QCoro::Task<Status> LabFarmBackend::setAllowOAuthOverHttp(bool allow)
{
    auto farm = m_folder.readFarm();
    if (!farm)
        co_return farm.error();
    QJsonObject sts = farm->value(u"sts").toObject();
    sts.insert(u"allowOAuthOverHttp"_s, allow);
    farm.value().insert(u"sts"_s, sts);
    co_return m_folder.writeFarm(*farm);
}

QCoro::Task<Result<CertificateInfo>> LabFarmBackend::runningStsCertificate(QString server)
{
    const auto found = readWithServer(server);
    if (!found)
        co_return found.error();
    co_return certificateFromBase64(found->server.value(u"runningSigningCertificate").toString());
}

QCoro::Task<Result<CertificateInfo>> LabFarmBackend::setStsSigningCertificate(PfxData pfx)
{
    auto farm = m_folder.readFarm();
    if (!farm)
        co_return farm.error();
    const auto contents = openPfx(pfx);
    if (!contents)
        co_return contents.error();
    const CertificateInfo certificate = contents->certificate.info;
    QJsonObject sts = farm->value(u"sts").toObject();
    sts.insert(u"signingCertificate"_s, base64Of(certificate));
    farm.value().insert(u"sts"_s, sts);
    if (auto written = m_folder.writeFarm(*farm); !written)
        co_return written.error();
    co_return certificate;
}

QCoro::Task<Result<bool>> LabFarmBackend::hasRootCertificate(QString server, QString thumbprint)
{
    const auto found = readWithServer(server);
    if (!found)
        co_return found.error();
    for (const QJsonValue &stored : found->server.value(u"rootCertificates").toArray()) {
        const auto certificate = certificateFromBase64(stored.toString());
        if (certificate && certificate->thumbprint.compare(thumbprint, Qt::CaseInsensitive) == 0)
            co_return true;
    }
    co_return false;
}

QCoro::Task<Result<CertificateInfo>> LabFarmBackend::importPfx(QString server, PfxData pfx)
{
    auto found = readWithServer(server);
    if (!found)
        co_return found.error();
    QJsonObject &farm = found.value().farm;
    const auto contents = openPfx(pfx);
    if (!contents)
        co_return contents.error();
    const CertificateInfo certificate = contents->certificate.info;
    QJsonArray store = found->server.value(u"rootCertificates").toArray();
    // A certificate store holds a certificate once, whatever the number of imports.
    if (!store.contains(base64Of(certificate)))
        store.append(base64Of(certificate));
    setInServer(farm, server, u"rootCertificates"_s, store);
    if (auto written = m_folder.writeFarm(farm); !written)
        co_return written.error();
    co_return certificate;
}

QCoro::Task<Status> LabFarmBackend::resetServer(QString server)
{
    auto found = readWithServer(server);
    if (!found)
        co_return found.error();
    QJsonObject &farm = found.value().farm;
    // Like iisreset: the STS of this server loads the farm's signing certificate now, not before.
    const QJsonValue configured = farm.value(u"sts").toObject().value(u"signingCertificate");
    setInServer(farm, server, u"runningSigningCertificate"_s, configured);
    co_return m_folder.writeFarm(farm);
}

Result<LabFarmBackend::FarmAndServer> LabFarmBackend::readWithServer(const QString &server) const
{
    const auto farm = m_folder.readFarm();
    if (!farm)
        return farm.error();
    const auto found = reachableServer(*farm, server);
    if (!found)
        return found.error();
    return FarmAndServer{*farm, *found};
}

void LabFarmBackend::setInServer(QJsonObject &farm, const QString &server, const QString &key,
                                 const QJsonValue &value)
{
    QJsonArray servers = farm.value(u"servers").toArray();
    const int index = indexOf(servers, u"name"_s, server);
    QJsonObject entry = servers.at(index).toObject();
    entry.insert(key, value);
    servers.replace(index, entry);
    farm.insert(u"servers"_s, servers);
}

QCoro::Task<Result<QString>> LabFarmBackend::authenticationRealm()
{
    const auto farm = m_folder.readFarm();
    if (!farm)
        co_return farm.error();
    co_return farm->value(u"realm").toString();
}

QCoro::Task<Status> LabFarmBackend::setAuthenticationRealm(QString realm)
{
    auto farm = m_folder.readFarm();
    if (!farm)
        co_return farm.error();
    if (QUuid::fromString(realm).isNull())
        co_return farmError(u"farm.realm-invalid"_s,
                            u"The realm \"%1\" is not a GUID."_s.arg(realm));
    farm.value().insert(u"realm"_s, realm);
    co_return m_folder.writeFarm(*farm);
}

QCoro::Task<Result<QList<AppPrincipalInfo>>> LabFarmBackend::appPrincipals(QString site,
                                                                              QString nameIdentifier)
{
    const auto farm = m_folder.readFarm();
    if (!farm)
        co_return farm.error();
    QList<AppPrincipalInfo> list;
    for (const QJsonValue &value : farm->value(u"appPrincipals").toArray()) {
        const AppPrincipalInfo principal = farm_codec::appPrincipal(value);
        if (sameUrl(principal.site, site)
            && principal.nameIdentifier.compare(nameIdentifier, Qt::CaseInsensitive) == 0)
            list.append(principal);
    }
    co_return list;
}

QCoro::Task<Result<AppPrincipalInfo>>
LabFarmBackend::registerAppPrincipal(QString site, QString nameIdentifier, QString displayName)
{
    auto farm = m_folder.readFarm();
    if (!farm)
        co_return farm.error();
    const QJsonArray apps = farm->value(u"webApplications").toArray();
    const int appIndex = indexOf(apps, u"url"_s, withoutTrailingSlash(site));
    if (appIndex < 0 || !apps.at(appIndex)[u"hasRootSite"].toBool())
        co_return farmError(u"farm.site-unknown"_s,
                            u"Cannot find an SPSite object with Id or Url: %1."_s.arg(site),
                            u"Create a site collection at the root of the web application."_s);
    QJsonArray principals = farm->value(u"appPrincipals").toArray();
    for (const QJsonValue &value : principals) {
        // Register-SPAppPrincipal returns the existing principal for a known identifier.
        if (value[u"nameIdentifier"].toString().compare(nameIdentifier, Qt::CaseInsensitive) == 0
            && sameUrl(value[u"site"].toString(), site))
            co_return farm_codec::appPrincipal(value);
    }
    const QJsonObject created{{u"site"_s, withoutTrailingSlash(site)},
                              {u"nameIdentifier"_s, nameIdentifier},
                              {u"displayName"_s, displayName}};
    principals.append(created);
    farm.value().insert(u"appPrincipals"_s, principals);
    if (auto written = m_folder.writeFarm(*farm); !written)
        co_return written.error();
    co_return farm_codec::appPrincipal(created);
}

QCoro::Task<Result<QList<ServiceProxyInfo>>> LabFarmBackend::serviceApplicationProxies()
{
    const auto farm = m_folder.readFarm();
    if (!farm)
        co_return farm.error();
    QList<ServiceProxyInfo> proxies;
    for (const QJsonValue &json : farm->value(u"proxies").toArray())
        proxies.append(proxyOf(json.toObject()));
    co_return proxies;
}

QCoro::Task<Result<ServiceProxyInfo>>
LabFarmBackend::newAcsProxy(QString name, QString metadataEndpoint, bool defaultProxyGroup)
{
    auto farm = m_folder.readFarm();
    if (!farm)
        co_return farm.error();
    QJsonArray proxies = farm->value(u"proxies").toArray();
    if (indexOf(proxies, u"name"_s, name) >= 0)
        co_return farmError(
            u"farm.name-in-use"_s,
            u"An object of the type Microsoft.SharePoint.Administration."
            "SPAzureAccessControlServiceApplicationProxy named \"%1\" already exists under the "
            "parent Microsoft.SharePoint.Administration.SPFarm."_s.arg(name),
            u"A service application proxy named %1 exists already. Remove it "
            "(Remove-SPServiceApplicationProxy) if it is stale, or keep it if it is the ACS "
            "proxy of this tenant."_s.arg(name));
    const QJsonObject created{{u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                              {u"name"_s, name},
                              {u"typeName"_s, constants::acsProxyTypeName},
                              {u"status"_s, u"Online"_s},
                              {u"metadataEndpointUri"_s, metadataEndpoint},
                              {u"inDefaultGroup"_s, defaultProxyGroup}};
    proxies.append(created);
    farm.value().insert(u"proxies"_s, proxies);
    if (auto written = m_folder.writeFarm(*farm); !written)
        co_return written.error();
    co_return proxyOf(created);
}

QCoro::Task<Result<QList<TrustedIssuerInfo>>> LabFarmBackend::trustedIssuers()
{
    const auto farm = m_folder.readFarm();
    if (!farm)
        co_return farm.error();
    co_return farm_codec::listOf(farm->value(u"trustedIssuers"), farm_codec::issuer);
}

QCoro::Task<Result<TrustedIssuerInfo>>
LabFarmBackend::newTrustedIssuer(QString name, QString metadataEndpoint, bool isTrustBroker)
{
    auto farm = m_folder.readFarm();
    if (!farm)
        co_return farm.error();
    QJsonArray issuers = farm->value(u"trustedIssuers").toArray();
    if (indexOf(issuers, u"name"_s, name) >= 0)
        co_return farmError(u"farm.name-in-use"_s,
                            u"A trusted security token issuer named \"%1\" already exists."_s.arg(
                                name),
                            u"Remove the stale issuer (Remove-SPTrustedSecurityTokenIssuer %1) "
                            "if it belongs to an old tenant, then run the step again."_s.arg(name));
    // Like SharePoint: the issuer id comes from the metadata document, fetched by the farm.
    const auto body = co_await fetch(*farm, metadataEndpoint);
    if (!body)
        co_return body.error();
    const QJsonObject metadata = QJsonDocument::fromJson(*body).object();
    const QString issuer = metadata.value(u"issuer").toString();
    if (issuer.isEmpty())
        co_return farmError(u"farm.metadata-invalid"_s,
                            u"The metadata document at %1 has no issuer."_s.arg(metadataEndpoint));
    const QJsonObject created{{u"name"_s, name},
                              {u"registeredIssuerName"_s, issuer},
                              {u"metadataEndpoint"_s, metadataEndpoint},
                              {u"isSelfIssuer"_s, !isTrustBroker}};
    issuers.append(created);
    farm.value().insert(u"trustedIssuers"_s, issuers);
    if (auto written = m_folder.writeFarm(*farm); !written)
        co_return written.error();
    co_return farm_codec::issuer(created);
}

QCoro::Task<Result<QByteArray>> LabFarmBackend::fetchFromFarm(QString url)
{
    const auto farm = m_folder.readFarm();
    if (!farm)
        co_return farm.error();
    auto fetched = co_await fetch(*farm, url);
    co_return fetched;
}

QCoro::Task<Result<QByteArray>> LabFarmBackend::fetch(QJsonObject farm, QString url) const
{
    const Error unreachable{u"farm.outbound"_s,
                            u"The farm could not reach %1: the remote name could not be "
                            "resolved or the connection timed out."_s.arg(url),
                            {},
                            u"Allow outbound HTTPS (TCP 443) from the SharePoint servers to "
                            "accounts.accesscontrol.windows.net and login.microsoftonline.com, "
                            "directly or through the proxy configured for the farm."_s};
    if (!farm.value(u"outboundHttps").toBool())
        co_return unreachable;
    const auto tenant = m_folder.readTenant();
    if (!tenant)
        co_return tenant.error();
    // The lab has no internet: only the lab tenant's own server can answer.
    if (!isLabTenantUrl(*tenant, url))
        co_return unreachable;
    auto fetched = co_await fetchOverHttps(url, m_tenantCaFile);
    co_return fetched;
}

} // namespace s2s::lab
