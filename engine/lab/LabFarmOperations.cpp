#include "LabFarmOperations.h"

#include <QJsonDocument>
#include <QUuid>

#include <algorithm>

#include "core/Constants.h"
#include "core/UrlText.h"
#include "crypto/Pkcs12.h"
#include "farm/FarmOps.h"
#include "lab/LabFarmAnswers.h"
#include "lab/LabFarmFetch.h"
#include "lab/LabFarmLanguage.h"
#include "lab/LabFarmLock.h"
#include "lab/LabJson.h"
#include "lab/LabTrustProof.h"

using namespace Qt::StringLiterals;

namespace s2s::lab {

Error farmError(const QString &code, const QString &message, const QString &remedy)
{
    return Error{code, message, {}, remedy};
}

Result<crypto::PfxContents> openPfxWithKey(const PfxData &pfx)
{
    auto contents = crypto::readPfx(pfx.bytes, pfx.password, crypto::PfxKey::Export);
    if (!contents && contents.error().code == u"crypto.pfx-password")
        return farmError(u"farm.pfx-password"_s, u"The specified network password is not correct."_s,
                         u"Give the password the PFX was exported with."_s);
    if (!contents)
        return farmError(u"farm.pfx-unreadable"_s,
                         u"The PFX cannot be imported: %1"_s.arg(contents.error().message),
                         contents.error().remedy);
    if (!contents->hasPrivateKey || !contents->keyMatchesCertificate)
        return farmError(u"farm.pfx-no-key"_s, u"The PFX holds no private key for its certificate."_s,
                         u"Export the certificate again together with its private key."_s);
    return contents;
}

Result<CertificateInfo> openPfx(const PfxData &pfx)
{
    const auto contents = openPfxWithKey(pfx);
    if (!contents)
        return contents.error();
    return contents->certificate.info;
}

QString base64Of(const CertificateInfo &certificate)
{
    return QString::fromLatin1(certificate.der.toBase64());
}

namespace {

// Whether `parts` holds one named `name` (SharePoint compares names case-insensitively).
template <typename Lab>
bool hasNamed(const QList<Lab> &parts, const QString &name)
{
    return std::any_of(parts.begin(), parts.end(), [&name](const Lab &part) {
        return part.name.compare(name, Qt::CaseInsensitive) == 0;
    });
}

// A list of farm.json as the protocol carries it.
template <typename Info, typename Lab>
Result<QList<Info>> listed(const LabFarmContext &lab, QList<Lab> LabFarm::*list)
{
    return fromFarm(lab, [list](LabFarm &farm) -> Result<QList<Info>> {
        return QList<Info>((farm.*list).begin(), (farm.*list).end());
    });
}

Result<QList<ServerInfo>> servers(const LabFarmContext &lab, const NoArgs &)
{
    return listed<ServerInfo>(lab, &LabFarm::servers);
}

Result<QList<WebApplicationInfo>> webApplications(const LabFarmContext &lab, const NoArgs &)
{
    return fromFarm(lab, [](LabFarm &farm) -> Result<QList<WebApplicationInfo>> {
        QList<WebApplicationInfo> list;
        for (const LabWebApplication &app : farm.webApplications)
            list.append(app.info());
        return list;
    });
}

Result<AuthenticationProviderInfo> authenticationProvider(const LabFarmContext &lab,
                                                          const GetAuthenticationProviderOp::Args &args)
{
    return fromFarm(lab, [&args](LabFarm &farm) -> Result<AuthenticationProviderInfo> {
        const LabWebApplication *app = farm.webApplication(args.webApplication);
        if (!app)
            return farmError(
                u"farm.webapp-unknown"_s,
                u"Cannot find an SPWebApplication object with URL %1."_s.arg(args.webApplication));
        // As FarmHost.ps1 reports it: without Integrated Windows authentication a zone is not
        // NTLM, whatever its Kerberos setting says, and signs in through its forms provider
        // (shown by its type's display name, not the membership provider's) or its trusted one;
        // a classic-mode web application lists no provider.
        for (const LabZone &zone : app->zones) {
            if (zone.zone.compare(args.zone, Qt::CaseInsensitive) != 0)
                continue;
            if (!zone.extended)
                break;
            if (!app->claimsAuthentication)
                return AuthenticationProviderInfo{{}, false, true, false};
            const QString provider = zone.windowsAuthentication
                                         ? translated(farm.language, u"Windows Authentication"_s)
                                     : !zone.formsProvider.isEmpty()
                                         ? translated(farm.language, u"Forms Authentication"_s)
                                     : !zone.trustedProvider.isEmpty() ? zone.trustedProvider
                                                                       : u"ADFS"_s;
            return AuthenticationProviderInfo{provider, zone.windowsAuthentication,
                                              !zone.windowsAuthentication || zone.kerberos, true};
        }
        return farmError(
            u"farm.zone-unknown"_s,
            u"The web application %1 is not extended to the zone %2."_s.arg(args.webApplication, args.zone));
    });
}

Result<StsConfigInfo> stsConfig(const LabFarmContext &lab, const NoArgs &)
{
    return fromFarm(lab, [](LabFarm &farm) -> Result<StsConfigInfo> {
        const auto certificate = certificateFromBase64(farm.sts.signingCertificate);
        if (!certificate)
            return certificate.error();
        return StsConfigInfo{farm.sts.allowOAuthOverHttp, *certificate};
    });
}

Status setAllowOAuthOverHttp(const LabFarmContext &lab, const SetAllowOAuthOverHttpOp::Args &args)
{
    return lab.model.mutate([&args](LabFarm &farm) {
        farm.sts.allowOAuthOverHttp = args.allow;
        return success();
    });
}

Result<CertificateInfo> setStsSigningCertificate(const LabFarmContext &lab,
                                                 const SetStsSigningCertificateOp::Args &args)
{
    return lab.model.mutate([&args](LabFarm &farm) -> Result<CertificateInfo> {
        const auto contents = openPfxWithKey(args.pfx);
        if (!contents)
            return contents.error();
        // The configuration database keeps the key too: the farm signs with it.
        farm.sts.signingCertificate = base64Of(contents->certificate.info);
        farm.sts.signingKey = QString::fromLatin1(contents->privateKeyPem);
        return contents->certificate.info;
    });
}

Result<QString> realm(const LabFarmContext &lab, const NoArgs &)
{
    return fromFarm(lab, [](LabFarm &farm) -> Result<QString> { return farm.realm; });
}

Status setRealm(const LabFarmContext &lab, const SetRealmOp::Args &args)
{
    return lab.model.mutate([&args](LabFarm &farm) -> Status {
        if (QUuid::fromString(args.realm).isNull())
            return farmError(u"farm.realm-invalid"_s, u"The realm \"%1\" is not a GUID."_s.arg(args.realm));
        farm.realm = args.realm;
        return success();
    });
}

// Whether the site collection at `site` exists (the root site of its web application).
bool hasRootSite(const LabFarm &farm, const QString &site)
{
    const LabWebApplication *app = farm.webApplication(site);
    return app && app->hasRootSite;
}

bool isPrincipal(const AppPrincipalInfo &principal, const QString &site, const QString &nameIdentifier)
{
    return sameUrl(principal.site, site) &&
           principal.nameIdentifier.compare(nameIdentifier, Qt::CaseInsensitive) == 0;
}

Result<QList<AppPrincipalInfo>> appPrincipals(const LabFarmContext &lab, const GetAppPrincipalsOp::Args &args)
{
    return fromFarm(lab, [&args](LabFarm &farm) -> Result<QList<AppPrincipalInfo>> {
        // FarmHost.ps1 passes Get-SPWeb's own error on here (register words it as site-unknown).
        if (!hasRootSite(farm, args.site))
            return farmError(u"farm.powershell"_s,
                             u"Cannot find an SPWeb object with Id or Url: %1."_s.arg(args.site));
        QList<AppPrincipalInfo> list;
        for (const LabAppPrincipal &principal : farm.appPrincipals)
            if (isPrincipal(principal, args.site, args.nameIdentifier))
                list.append(principal);
        return list;
    });
}

Result<AppPrincipalInfo> registerAppPrincipal(const LabFarmContext &lab,
                                              const RegisterAppPrincipalOp::Args &args)
{
    return lab.model.mutate([&args](LabFarm &farm) -> Result<AppPrincipalInfo> {
        if (!hasRootSite(farm, args.site))
            return farmError(u"farm.site-unknown"_s,
                             u"Cannot find an SPSite object with Id or Url: %1."_s.arg(args.site),
                             u"Create a site collection at the root of the web application."_s);
        if (!farm.appManagementService)
            return farmError(
                u"farm.app-principal"_s,
                u"Register-SPAppPrincipal failed for %1: The App Management Service Application is "
                "not available."_s.arg(args.site),
                u"Registering an app principal needs the App Management service application: "
                "create it (New-SPAppManagementServiceApplication), start the App Management "
                "Service on a server, and put its proxy in the web application's proxy group."_s);
        // Register-SPAppPrincipal returns the existing principal for a known identifier.
        for (const LabAppPrincipal &principal : farm.appPrincipals)
            if (isPrincipal(principal, args.site, args.nameIdentifier))
                return AppPrincipalInfo(principal);
        LabAppPrincipal created;
        created.site = withoutTrailingSlash(args.site);
        created.nameIdentifier = args.nameIdentifier;
        created.displayName = args.displayName;
        farm.appPrincipals.append(created);
        return AppPrincipalInfo(created);
    });
}

// The trust taken down (--remove): each removal fails when its object is not there, as
// FarmHost.ps1 refuses it before it calls SharePoint (whose pipebind error it words).
Status removeAppPrincipal(const LabFarmContext &lab, const RemoveAppPrincipalOp::Args &args)
{
    return lab.model.mutate([&args](LabFarm &farm) -> Status {
        if (!hasRootSite(farm, args.site))
            return farmError(u"farm.site-unknown"_s,
                             u"Cannot find an SPSite object with Id or Url: %1."_s.arg(args.site),
                             u"Give the URL of the web application whose root site collection the app "
                             "principal was registered on."_s);
        const auto before = farm.appPrincipals.size();
        farm.appPrincipals.removeIf([&args](const LabAppPrincipal &principal) {
            return isPrincipal(principal, args.site, args.nameIdentifier);
        });
        if (farm.appPrincipals.size() == before)
            return farmError(
                u"farm.app-principal-unknown"_s,
                u"No app principal %1 is registered on %2."_s.arg(args.nameIdentifier, args.site),
                u"It was removed already, or it was registered under another identifier "
                "(Get-SPAppPrincipal -Site (Get-SPSite %1).RootWeb -NameIdentifier ...)."_s.arg(args.site));
        return success();
    });
}

// A proxy as the farm reports it: its TypeName in the farm's language.
ServiceProxyInfo reported(const LabFarm &farm, const LabProxy &proxy)
{
    ServiceProxyInfo info = proxy;
    info.typeName = translated(farm.language, proxy.typeName);
    return info;
}

Result<QList<ServiceProxyInfo>> proxies(const LabFarmContext &lab, const NoArgs &)
{
    return fromFarm(lab, [](LabFarm &farm) -> Result<QList<ServiceProxyInfo>> {
        QList<ServiceProxyInfo> list;
        for (const LabProxy &proxy : farm.proxies)
            list.append(reported(farm, proxy));
        return list;
    });
}

Result<ServiceProxyInfo> newAcsProxy(const LabFarmContext &lab, const NewAcsProxyOp::Args &args)
{
    return lab.model.mutate([&args](LabFarm &farm) -> Result<ServiceProxyInfo> {
        if (hasNamed(farm.proxies, args.name))
            return farmError(u"farm.name-in-use"_s,
                             u"An object of the type Microsoft.SharePoint.Administration."
                             "SPAzureAccessControlServiceApplicationProxy named \"%1\" already exists "
                             "under the parent Microsoft.SharePoint.Administration.SPFarm."_s.arg(args.name),
                             u"A service application proxy named %1 exists already. Remove it "
                             "(Remove-SPServiceApplicationProxy) if it is stale, or keep it if it is the "
                             "ACS proxy of this tenant."_s.arg(args.name));
        LabProxy created;
        created.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        created.name = args.name;
        created.typeName = constants::acsProxyTypeName;
        created.status = u"Online"_s;
        created.metadataEndpointUri = args.metadataEndpoint;
        created.inDefaultGroup = args.defaultProxyGroup;
        created.fullTypeName = constants::acsProxyFullTypeName;
        farm.proxies.append(created);
        return reported(farm, created);
    });
}

// Any proxy by its Id (Remove-SPServiceApplicationProxy takes every kind); the farm's default
// proxy group loses it with it (inDefaultGroup is the proxy's membership).
Status removeProxy(const LabFarmContext &lab, const RemoveAcsProxyOp::Args &args)
{
    return lab.model.mutate([&args](LabFarm &farm) -> Status {
        const QUuid id = QUuid::fromString(args.id);
        const auto before = farm.proxies.size();
        if (!id.isNull())
            farm.proxies.removeIf([&id](const LabProxy &proxy) { return QUuid::fromString(proxy.id) == id; });
        if (farm.proxies.size() == before)
            return farmError(u"farm.proxy-unknown"_s,
                             u"Cannot find a service application proxy with Id %1."_s.arg(args.id),
                             u"It was removed already, or the id is not the proxy's: list the proxies "
                             "with Get-SPServiceApplicationProxy."_s);
        return success();
    });
}

Result<QList<TrustedIssuerInfo>> trustedIssuers(const LabFarmContext &lab, const NoArgs &)
{
    return listed<TrustedIssuerInfo>(lab, &LabFarm::trustedIssuers);
}

Status issuerNameFree(const LabFarm &farm, const QString &name)
{
    if (hasNamed(farm.trustedIssuers, name))
        return farmError(u"farm.name-in-use"_s,
                         u"A trusted security token issuer named \"%1\" already exists."_s.arg(name),
                         u"Remove the stale issuer (Remove-SPTrustedSecurityTokenIssuer %1) if it "
                         "belongs to an old tenant, then run the step again."_s.arg(name));
    return success();
}

Result<TrustedIssuerInfo> addIssuer(const LabFarmContext &lab, const NewTrustedIssuerOp::Args &args,
                                    const QByteArray &metadataDocument)
{
    const QJsonObject metadata = QJsonDocument::fromJson(metadataDocument).object();
    const QString issuer = metadata.value(u"issuer").toString();
    if (issuer.isEmpty())
        return farmError(u"farm.metadata-invalid"_s,
                         u"The metadata document at %1 has no issuer."_s.arg(args.metadataEndpoint));
    // Like SharePoint (and the simulator): the issuer keeps the first signing certificate the
    // metadata publishes (keys[].keyValue.value).
    QString certificate;
    for (const QJsonValue &key : metadata.value(u"keys").toArray())
        if (certificate.isEmpty())
            certificate = key[u"keyValue"][u"value"].toString();
    return lab.model.mutate([&args, &issuer, &certificate](LabFarm &farm) -> Result<TrustedIssuerInfo> {
        if (const Status free = issuerNameFree(farm, args.name); !free)
            return free.error();
        LabIssuer created;
        created.name = args.name;
        created.registeredIssuerName = issuer;
        created.metadataEndpoint = args.metadataEndpoint;
        created.isSelfIssuer = !args.isTrustBroker;
        // farm.json keeps `json` and, over it, the known fields that are not blank: isSelfIssuer
        // false is named here so that it is kept too.
        if (!certificate.isEmpty())
            created.json = {{u"isSelfIssuer"_s, created.isSelfIssuer},
                            {u"signingCertificate"_s, certificate}};
        farm.trustedIssuers.append(created);
        return TrustedIssuerInfo(created);
    });
}

Status removeTrustedIssuer(const LabFarmContext &lab, const RemoveTrustedIssuerOp::Args &args)
{
    return lab.model.mutate([&args](LabFarm &farm) -> Status {
        const auto before = farm.trustedIssuers.size();
        farm.trustedIssuers.removeIf([&args](const LabIssuer &issuer) {
            return issuer.name.compare(args.name, Qt::CaseInsensitive) == 0;
        });
        if (farm.trustedIssuers.size() == before)
            return farmError(
                u"farm.issuer-unknown"_s,
                u"Cannot find a SPTrustedSecurityTokenService object with Id or Name: %1."_s.arg(args.name),
                u"It was removed already, or it has another name: list the issuers with "
                "Get-SPTrustedSecurityTokenIssuer."_s);
        return success();
    });
}

QCoro::Task<Result<TrustedIssuerInfo>> newTrustedIssuer(const LabFarmContext &lab,
                                                        NewTrustedIssuerOp::Args args)
{
    const auto farm = lab.model.read();
    if (!farm)
        co_return farm.error();
    if (const Status free = issuerNameFree(*farm, args.name); !free)
        co_return free.error();
    // Like SharePoint: the issuer id comes from the metadata document, fetched by the farm.
    const auto body = co_await fetchFromLabFarm(lab, args.metadataEndpoint);
    if (!body)
        co_return body.error();
    co_return addIssuer(lab, args, *body);
}

// fetchOverHttps answers 2xx only. Not a coroutine: core/Coroutines.h.
Result<FetchFromFarmOp::Result> fetched(const Result<QByteArray> &body)
{
    if (!body)
        return body.error();
    return FetchFromFarmOp::Result{200, *body};
}

QCoro::Task<Result<FetchFromFarmOp::Result>> fetch(const LabFarmContext &lab, FetchFromFarmOp::Args args)
{
    const Result<QByteArray> body = co_await fetchFromLabFarm(lab, args.url);
    co_return fetched(body);
}

Result<HostInfo> hostInfo(const LabFarmContext &lab, const NoArgs &)
{
    return labHostInfo(lab);
}

} // namespace

Result<HostInfo> labHostInfo(const LabFarmContext &lab)
{
    // Without the farm cmdlets FarmHost.ps1 cannot ask SPFarm whether the account is a farm admin.
    return fromFarm(lab, [&lab](LabFarm &farm) -> Result<HostInfo> {
        return HostInfo{farm.host.powershellVersion, farm.host.sharepointBuild, farm.account.name,
                        farm.account.farmAdmin && lab.load.loaded(), farm.account.elevated};
    });
}

namespace {

// Where the lab tenant server listens (LabTenantServer::baseUrl, tenant.json's port).
QString labTenantOrigin(const QJsonObject &tenant)
{
    return u"https://127.0.0.1:%1"_s.arg(tenant.value(u"port").toInt());
}

} // namespace

namespace {

// The origins the lab farm reaches for `url`, or farm.outbound when it cannot reach `url`.
Result<QStringList> originsReaching(const LabFarmContext &lab, const QString &url)
{
    const Error unreachable{u"farm.outbound"_s,
                            u"The farm could not reach %1: the remote name could not be "
                            "resolved or the connection timed out."_s.arg(url),
                            {},
                            u"Allow outbound HTTPS (TCP 443) from the SharePoint servers to "
                            "accounts.accesscontrol.windows.net and login.microsoftonline.com, "
                            "directly or through the proxy configured for the farm."_s};
    const auto farm = lab.model.read();
    if (!farm)
        return farm.error();
    if (!farm->outboundHttps)
        return unreachable;
    // The lab has no internet: it reaches what the admin configured (--endpoints: their acs
    // origin, given as allowedOrigins), else only the lab tenant's own server.
    QStringList origins = lab.allowedOrigins;
    if (origins.isEmpty()) {
        const auto tenant = lab.model.folder().readTenant();
        if (!tenant)
            return tenant.error();
        origins.append(labTenantOrigin(*tenant));
    }
    if (!reachesOrigin(origins, QUrl(url)))
        return unreachable;
    return origins;
}

} // namespace

QCoro::Task<Result<QByteArray>> fetchFromLabFarm(LabFarmContext lab, QString url)
{
    const Result<QStringList> origins = originsReaching(lab, url);
    if (!origins)
        co_return origins.error();
    auto fetched = co_await fetchOverHttps(url, lab.tenantCaFile, *origins);
    co_return fetched;
}

QCoro::Task<Result<HttpAnswer>> postFromLabFarm(LabFarmContext lab, QString url, QByteArray body,
                                                QString contentType)
{
    const Result<QStringList> origins = originsReaching(lab, url);
    if (!origins)
        co_return origins.error();
    auto posted = co_await postOverHttps(url, body, contentType, lab.tenantCaFile, *origins);
    co_return posted;
}

LabOperations labFarmOperations()
{
    LabOperations table;
    addLabOperation<HostInfoOp>(table, hostInfo, Needs::Nothing);
    addServerOperations(table);
    addLabOperation<ListServersOp>(table, servers);
    addLabOperation<FetchFromFarmOp>(table, fetch);
    addLabOperation<ListWebApplicationsOp>(table, webApplications);
    addLabOperation<GetAuthenticationProviderOp>(table, authenticationProvider);
    addLabOperation<GetStsConfigOp>(table, stsConfig);
    addLabOperation<SetAllowOAuthOverHttpOp>(table, setAllowOAuthOverHttp);
    addLabOperation<SetStsSigningCertificateOp>(table, setStsSigningCertificate);
    addLabOperation<GetRealmOp>(table, realm);
    addLabOperation<SetRealmOp>(table, setRealm);
    addLabOperation<GetAppPrincipalsOp>(table, appPrincipals);
    addLabOperation<RegisterAppPrincipalOp>(table, registerAppPrincipal);
    addLabOperation<ListProxiesOp>(table, proxies);
    addLabOperation<NewAcsProxyOp>(table, newAcsProxy);
    addLabOperation<ListTrustedIssuersOp>(table, trustedIssuers);
    addLabOperation<NewTrustedIssuerOp>(table, newTrustedIssuer);
    addLabOperation<RemoveAcsProxyOp>(table, removeProxy);
    addLabOperation<RemoveTrustedIssuerOp>(table, removeTrustedIssuer);
    addLabOperation<RemoveAppPrincipalOp>(table, removeAppPrincipal);
    addTrustProofOperations(table);
    addFarmLockOperations(table);
    return table;
}

} // namespace s2s::lab
