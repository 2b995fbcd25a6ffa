#include "LabFarmModel.h"

#include <QJsonArray>

#include <algorithm>

#include "core/Constants.h"
#include "core/UrlText.h"
#include "farm/FarmCodec.h"

using namespace Qt::StringLiterals;

namespace s2s::lab {
namespace {

// The service whose instance serves the web applications (and so the STS metadata) on a server.
const QString webApplicationService = u"Microsoft SharePoint Foundation Web Application"_s;

bool isBlank(const QJsonValue &value)
{
    return value.isNull() || value.isUndefined() || (value.isBool() && !value.toBool()) ||
           (value.isString() && value.toString().isEmpty()) ||
           (value.isArray() && value.toArray().isEmpty()) || (value.isObject() && value.toObject().isEmpty());
}

// `known` written over `original`: a new part gets every known field; an existing one keeps its
// other fields and gains a known field only once it has a value.
QJsonObject kept(const QJsonObject &original, const QJsonObject &known)
{
    if (original.isEmpty())
        return known;
    QJsonObject merged = original;
    for (auto it = known.begin(); it != known.end(); ++it)
        if (original.contains(it.key()) || !isBlank(it.value()))
            merged.insert(it.key(), it.value());
    return merged;
}

template <typename T, typename Read>
QList<T> readList(const QJsonValue &array, Read read)
{
    QList<T> list;
    for (const QJsonValue &value : array.toArray())
        list.append(read(value.toObject()));
    return list;
}

template <typename T, typename Write>
QJsonArray writeList(const QList<T> &list, Write write)
{
    QJsonArray array;
    for (const T &item : list)
        array.append(kept(item.json, write(item)));
    return array;
}

// A part in the protocol's shape, read and written by FarmCodec.
template <typename Lab, typename Info>
Lab protocolPart(const QJsonObject &json, Info info)
{
    Lab part;
    static_cast<decltype(info) &>(part) = info;
    part.json = json;
    return part;
}

// A proxy as the farm reports it: its .NET type from farm.json "type", else the ACS proxy's by
// its English typeName, else the generic proxy's (as the SharePoint simulator does).
LabProxy readProxy(const QJsonObject &json)
{
    LabProxy proxy = protocolPart<LabProxy>(json, farm_codec::proxy(json));
    proxy.fullTypeName = json.value(u"type").toString();
    if (proxy.fullTypeName.isEmpty())
        proxy.fullTypeName = proxy.typeName == constants::acsProxyTypeName
                                 ? constants::acsProxyFullTypeName
                                 : constants::serviceProxyFullTypeName;
    return proxy;
}

// farm.json names the .NET type "type" (optional, kept as read), not "fullTypeName".
QJsonObject proxyJson(const LabProxy &proxy)
{
    QJsonObject json = farm_codec::toJson(static_cast<const ServiceProxyInfo &>(proxy));
    json.remove(u"fullTypeName"_s);
    return json;
}

LabZone readZone(const QJsonObject &json)
{
    LabZone zone;
    zone.zone = json.value(u"zone").toString();
    zone.url = json.value(u"url").toString();
    zone.windowsAuthentication = json.value(u"windowsAuthentication").toBool();
    zone.kerberos = json.value(u"kerberos").toBool();
    zone.trustedProvider = json.value(u"trustedProvider").toString();
    zone.formsProvider = json.value(u"formsProvider").toString();
    zone.extended = json.value(u"extended").toBool(true);
    zone.json = json;
    return zone;
}

QJsonObject zoneJson(const LabZone &zone)
{
    return {{u"zone"_s, zone.zone},
            {u"url"_s, zone.url},
            {u"windowsAuthentication"_s, zone.windowsAuthentication},
            {u"kerberos"_s, zone.kerberos},
            {u"trustedProvider"_s, zone.trustedProvider},
            {u"formsProvider"_s, zone.formsProvider}};
}

LabWebApplication readWebApplication(const QJsonObject &json)
{
    return {json.value(u"url").toString(),
            json.value(u"name").toString(),
            json.value(u"hasRootSite").toBool(),
            json.value(u"claimsAuthentication").toBool(true),
            readList<LabZone>(json.value(u"zones"), readZone),
            json};
}

QJsonObject webApplicationJson(const LabWebApplication &app)
{
    return {{u"url"_s, app.url},
            {u"name"_s, app.name},
            {u"hasRootSite"_s, app.hasRootSite},
            {u"zones"_s, writeList(app.zones, zoneJson)}};
}

LabServer readServer(const QJsonObject &json)
{
    LabServer server;
    server.name = json.value(u"name").toString();
    server.role = json.value(u"role").toString();
    server.reachable = json.value(u"reachable").toBool();
    server.runningSigningCertificate = json.value(u"runningSigningCertificate").toString();
    for (const QJsonValue &certificate : json.value(u"rootCertificates").toArray())
        server.rootCertificates.append(certificate.toString());
    server.stsRedirectsTo = json.value(u"stsRedirectsTo").toString();
    const QJsonValue services = json.value(u"services");
    server.servesWebApplications = server.isSharePointServer() &&
                                   (!services.isArray() ||
                                    services.toArray().contains(QJsonValue(webApplicationService)));
    server.json = json;
    return server;
}

QJsonObject serverJson(const LabServer &server)
{
    return {{u"name"_s, server.name},
            {u"role"_s, server.role},
            {u"reachable"_s, server.reachable},
            {u"runningSigningCertificate"_s, server.runningSigningCertificate},
            {u"rootCertificates"_s, QJsonArray::fromStringList(server.rootCertificates)}};
}

} // namespace

WebApplicationInfo LabWebApplication::info() const
{
    static const QStringList order{u"Default"_s, u"Intranet"_s, u"Internet"_s, u"Custom"_s, u"Extranet"_s};
    WebApplicationInfo info{url, name, hasRootSite, {}};
    for (const LabZone &zone : zones)
        if (zone.extended && !zone.url.isEmpty())
            info.zones.append(zone);
    std::stable_sort(info.zones.begin(), info.zones.end(), [](const ZoneInfo &a, const ZoneInfo &b) {
        return order.indexOf(a.zone) < order.indexOf(b.zone);
    });
    return info;
}

LabFarm LabFarm::fromJson(const QJsonObject &json)
{
    LabFarm farm;
    const QJsonObject host = json.value(u"host").toObject();
    farm.host = {host.value(u"powershellVersion").toString(), host.value(u"sharepointBuild").toString(),
                 host.value(u"computerName").toString(), host};
    const QJsonObject account = json.value(u"account").toObject();
    farm.account = {account.value(u"name").toString(), account.value(u"farmAdmin").toBool(),
                    account.value(u"elevated").toBool(), account.value(u"shellAdmin").toBool(true), account};
    farm.outboundHttps = json.value(u"outboundHttps").toBool();
    farm.language = json.value(u"language").toString();
    farm.appManagementService = json.value(u"appManagementService").toBool(true);
    farm.realm = json.value(u"realm").toString();
    const QJsonObject sts = json.value(u"sts").toObject();
    farm.sts = {sts.value(u"allowOAuthOverHttp").toBool(), sts.value(u"signingCertificate").toString(),
                sts.value(u"signingKey").toString(), sts};
    farm.servers = readList<LabServer>(json.value(u"servers"), readServer);
    farm.webApplications = readList<LabWebApplication>(json.value(u"webApplications"), readWebApplication);
    farm.appPrincipals = readList<LabAppPrincipal>(json.value(u"appPrincipals"), [](const QJsonObject &o) {
        return protocolPart<LabAppPrincipal>(o, farm_codec::appPrincipal(o));
    });
    farm.proxies = readList<LabProxy>(json.value(u"proxies"), readProxy);
    farm.trustedIssuers = readList<LabIssuer>(json.value(u"trustedIssuers"), [](const QJsonObject &o) {
        return protocolPart<LabIssuer>(o, farm_codec::issuer(o));
    });
    farm.properties = json.value(u"properties").toObject();
    farm.farmVersion = json.value(u"farmVersion").toInt();
    farm.json = json;
    return farm;
}

QJsonObject LabFarm::toJson() const
{
    const QJsonObject known{
        {u"host"_s, kept(host.json, {{u"powershellVersion"_s, host.powershellVersion},
                                     {u"sharepointBuild"_s, host.sharepointBuild}})},
        {u"account"_s, kept(account.json, {{u"name"_s, account.name},
                                           {u"farmAdmin"_s, account.farmAdmin},
                                           {u"elevated"_s, account.elevated}})},
        {u"outboundHttps"_s, outboundHttps},
        {u"realm"_s, realm},
        {u"sts"_s, kept(sts.json, {{u"allowOAuthOverHttp"_s, sts.allowOAuthOverHttp},
                                   {u"signingCertificate"_s, sts.signingCertificate},
                                   {u"signingKey"_s, sts.signingKey}})},
        {u"servers"_s, writeList(servers, serverJson)},
        {u"webApplications"_s, writeList(webApplications, webApplicationJson)},
        {u"appPrincipals"_s,
         writeList(appPrincipals,
                   [](const AppPrincipalInfo &principal) { return farm_codec::toJson(principal); })},
        {u"proxies"_s, writeList(proxies, proxyJson)},
        {u"trustedIssuers"_s,
         writeList(trustedIssuers,
                   [](const TrustedIssuerInfo &issuer) { return farm_codec::toJson(issuer); })},
        {u"properties"_s, properties}};
    QJsonObject merged = kept(json, known);
    if (farmVersion != 0) // absent until the farm object is first updated
        merged.insert(u"farmVersion"_s, farmVersion);
    return merged;
}

LabServer *LabFarm::server(const QString &name)
{
    for (LabServer &server : servers)
        if (server.name.compare(name, Qt::CaseInsensitive) == 0)
            return &server;
    return nullptr;
}

const LabWebApplication *LabFarm::webApplication(const QString &url) const
{
    for (const LabWebApplication &app : webApplications)
        if (sameUrl(app.url, url))
            return &app;
    return nullptr;
}

bool LabFarm::isLocalServer(const QString &name) const
{
    QString local = host.computerName;
    for (auto it = servers.begin(); local.isEmpty() && it != servers.end(); ++it)
        if (it->isSharePointServer())
            local = it->name;
    return !local.isEmpty() && (name.compare(local, Qt::CaseInsensitive) == 0 ||
                                name.startsWith(local + u'.', Qt::CaseInsensitive));
}

Result<LabFarm> LabFarmModel::read() const
{
    const auto json = m_folder.readFarm();
    if (!json)
        return json.error();
    return LabFarm::fromJson(*json);
}

Error LabFarmModel::lockError(const QString &why)
{
    return Error{u"backend.lab"_s, why, {}, u"Check that the lab folder is writable."_s, ErrorKind::Backend};
}

Status LabFarmModel::write(const LabFarm &farm) const
{
    const QJsonObject json = farm.toJson();
    if (json == farm.json)
        return success(); // nothing changed: the file stays as it was written
    return m_folder.writeFarm(json);
}

} // namespace s2s::lab
