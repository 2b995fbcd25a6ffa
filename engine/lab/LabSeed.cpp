// The lab's starting state (DESIGN.md, "Lab seed"). Certificates are real (the farm's generated
// for each lab) so that thumbprints, dates and key sizes read back through the same code as on a farm.
#include "LabFolder.h"

#include <QJsonArray>
#include <QUuid>

#include "core/Constants.h"
#include "crypto/Certificate.h"
#include "lab/LabJson.h"

using namespace Qt::StringLiterals;

namespace s2s::lab {
namespace {

// The tenant's earlier key credential, Workflow Manager's: a real certificate (RSA 2048, SHA-256,
// 2026 to 2046) made once with OpenSSL, its private key discarded. The tenant holds only the
// public part, as Entra ID does, so a fresh lab needs no key of its own for it (a key generation
// is a quarter of a second of a full lab run on a 2-core machine).
constexpr char workflowManagerCertificate[] =
    "MIIDJzCCAg+gAwIBAgIUUNvEYoQDABoj2vdpPfV1wWTIIKUwDQYJKoZIhvcNAQELBQAwIzEhMB8GA1UEAwwYQ29udG9zbyBX"
    "b3JrZmxvdyBNYW5hZ2VyMB4XDTI2MTIwMjA2MTkyOFoXDTQ2MTIwMjA2MTkyOFowIzEhMB8GA1UEAwwYQ29udG9zbyBXb3Jr"
    "ZmxvdyBNYW5hZ2VyMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAlugM+EbXIpvZpcOgBqM13gRd1ZY4hrYc+wYY"
    "sESaoAmUI+elu9TuYgBj7fPU3Bpbs94sCfyKydTknW3tLTyGhLCS5r27tPzvnUJHX35QO6Yd5l67I7W/kiJRpCGBh8B0YaTy"
    "RXYGh7kEsH7zEu1D8hrsBzwCxpEZhikPY3Wije6jeArotMGLp7HnU3z+QmDToRZ16ZLcmJnsvLEfXVc9mVj386YTUAukrzay"
    "gBV/WWBJwV04TlDowXsLYrizDyIQEabSJjsO/xzVLZdiTlOg6pQ2C8IQrhzs15RN7imxnzccTYy/DK8gGMBc3cVtqmBg4gkj"
    "T0Wz8/PW3YahZsj8cQIDAQABo1MwUTAdBgNVHQ4EFgQUdtnXoN1rTs6kzRIWgf1qI3bcNyswHwYDVR0jBBgwFoAUdtnXoN1r"
    "Ts6kzRIWgf1qI3bcNyswDwYDVR0TAQH/BAUwAwEB/zANBgkqhkiG9w0BAQsFAAOCAQEAEA5yh8XBQx1e27ER2akTjH2o5ECr"
    "lWHxoy/fgf84OsJkz+V1uazaMsC7l7HWGJnnsmlfpmxZEBg4tQgO/vc6ujq0UqqJVPBFoY+YVrYIrejQSKcQybz0PWgRDvCq"
    "IUBnXFcqGpfxXuk/Ec8ZXx/QA761YptL++UW7AourvbptgFWHIBJ9D0y8bzVS7q4nLx0VMToIRtmZYGxAKEZWy5Wo/gL+Ti/"
    "asJ0pCDlDyfLbMJdE18jBe0UypLGnVkhKwhLuFTDUviSGwiEBx5y0wuLjZVPRg2B2+K/96hZOe9QSh1a65TLLSfOgy0lcI1D"
    "6krK3DZmyDKc02gsRF5flUGK9w==";

crypto::GeneratedCertificate generated(const QString &commonName, int validityDays, int keyAttempts)
{
    const auto certificate = crypto::generateSelfSigned(commonName, 2048, validityDays, keyAttempts);
    // Key generation only fails when OpenSSL itself is broken: the lab cannot work then.
    Q_ASSERT(certificate.ok());
    return certificate ? *certificate : crypto::GeneratedCertificate{};
}

QJsonObject zone(const QString &name, const QString &url, bool kerberos)
{
    return {
        {u"zone"_s, name}, {u"url"_s, url}, {u"windowsAuthentication"_s, true}, {u"kerberos"_s, kerberos}};
}

QJsonObject server(const QString &name, const QString &role, const QString &certificate)
{
    QJsonObject json{{u"name"_s, name}, {u"role"_s, role}, {u"reachable"_s, true}};
    if (!certificate.isEmpty())
        json.insert(u"runningSigningCertificate"_s, certificate);
    return json;
}

} // namespace

QJsonObject seedFarm(int keyAttempts)
{
    // The configuration database holds the STS key as well (farm.json sts.signingKey): the farm
    // signs its client assertions with it (trust.requestToken).
    const crypto::GeneratedCertificate stsCertificate = generated(u"SharePoint Security Token Service"_s,
                                                                  15 * 365, keyAttempts);
    const QString sts = QString::fromLatin1(stsCertificate.der.toBase64());
    const QJsonArray servers{
        server(u"SP-WFE1"_s, u"WebFrontEnd"_s, sts), server(u"SP-WFE2"_s, u"WebFrontEnd"_s, sts),
        server(u"SP-APP1"_s, u"Application"_s, sts), server(u"SP-SQL1"_s, u"Invalid"_s, {})};
    const QJsonArray webApplications{
        QJsonObject{
            {u"url"_s, seed::httpWebApp},
            {u"name"_s, u"SharePoint - 80"_s},
            {u"hasRootSite"_s, true},
            // Its public URL, under the public domain: the host ACS must issue inbound
            // tokens for (trust-token-inbound).
            {u"zones"_s, QJsonArray{zone(u"Default"_s, seed::httpWebApp, false),
                                    zone(u"Internet"_s, u"https://sharepoint.contoso.com"_s, false)}}},
        QJsonObject{{u"url"_s, seed::httpsWebApp},
                    {u"name"_s, u"Contoso Portal - 443"_s},
                    {u"hasRootSite"_s, true},
                    {u"zones"_s, QJsonArray{zone(u"Default"_s, seed::httpsWebApp, false)}}}};
    // A provider-hosted add-in registered on the old realm: a realm change breaks it.
    const QString addinIssuerId = u"6e2c1b7a-0d4f-4a39-8c51-7b9e2f3a4d60"_s;
    const QJsonArray issuers{
        QJsonObject{{u"name"_s, u"Contoso Expenses High-Trust"_s},
                    {u"registeredIssuerName"_s, addinIssuerId + u"@"_s + seed::farmRealm},
                    {u"metadataEndpoint"_s, QString()},
                    {u"isSelfIssuer"_s, false}}};
    const QJsonArray appPrincipals{
        QJsonObject{{u"site"_s, seed::httpsWebApp},
                    {u"nameIdentifier"_s, u"c3d9a4f1-52e8-4b7d-a6c0-9e1f2b3c4d5e@"_s + seed::farmRealm},
                    {u"displayName"_s, u"Contoso Expenses"_s}}};
    const QJsonArray proxies{QJsonObject{{u"id"_s, u"2f6a9c1e-4b7d-4e3a-8c5f-1a2b3c4d5e6f"_s},
                                         {u"name"_s, u"Managed Metadata Service"_s},
                                         {u"typeName"_s, u"Managed Metadata Service Connection"_s},
                                         {u"status"_s, u"Online"_s},
                                         {u"metadataEndpointUri"_s, QString()},
                                         {u"inDefaultGroup"_s, true}}};
    return {{u"schema"_s, 1},
            {u"host"_s, QJsonObject{{u"powershellVersion"_s, u"5.1.17763.6414"_s},
                                    {u"sharepointBuild"_s, u"16.0.17928.20238"_s}}},
            {u"account"_s,
             QJsonObject{{u"name"_s, u"CONTOSO\\sp-admin"_s}, {u"farmAdmin"_s, true}, {u"elevated"_s, true}}},
            {u"outboundHttps"_s, true},
            {u"realm"_s, seed::farmRealm},
            {u"sts"_s, QJsonObject{{u"allowOAuthOverHttp"_s, false},
                                   {u"signingCertificate"_s, sts},
                                   {u"signingKey"_s, QString::fromLatin1(stsCertificate.privateKeyPem)}}},
            {u"servers"_s, servers},
            {u"webApplications"_s, webApplications},
            {u"appPrincipals"_s, appPrincipals},
            {u"proxies"_s, proxies},
            {u"trustedIssuers"_s, issuers}};
}

QJsonObject seedTenant(int port)
{
    const QString existingKey = QString::fromLatin1(workflowManagerCertificate);
    const QJsonArray spns{constants::spoAppId, constants::spoAppId + u"/*.sharepoint.com"_s};
    const QJsonArray keys{keyCredentialJson(existingKey, u"CN=Contoso Workflow Manager"_s)};
    const QJsonObject spo{{u"id"_s, u"5b1f0c3e-9a2d-4c6b-8e7f-2d3c4b5a6e7f"_s},
                          {u"appId"_s, constants::spoAppId},
                          {u"displayName"_s, u"Office 365 SharePoint Online"_s},
                          {u"servicePrincipalNames"_s, spns},
                          {u"keyCredentials"_s, keys}};
    // The admin who signs in holds Application Administrator: enough to update the SPO principal.
    const QString adminUpn = u"admin@contoso.onmicrosoft.com"_s;
    const QJsonArray users{
        QJsonObject{{u"userPrincipalName"_s, adminUpn},
                    {u"id"_s, u"3c9e7a51-8d2f-4b60-a1e4-6f0b2d8c5a97"_s},
                    {u"displayName"_s, u"Contoso Admin"_s},
                    {u"directoryRoles"_s,
                     QJsonArray{QJsonObject{{u"roleTemplateId"_s, u"9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3"_s},
                                            {u"displayName"_s, u"Application Administrator"_s}}}}}};
    const QJsonArray domains{
        QJsonObject{
            {u"name"_s, u"contoso.onmicrosoft.com"_s}, {u"isInitial"_s, true}, {u"isDefault"_s, false}},
        QJsonObject{{u"name"_s, seed::publicDomain}, {u"isInitial"_s, false}, {u"isDefault"_s, true}}};
    return {{u"schema"_s, 1},
            {u"port"_s, port},
            {u"tenantId"_s, seed::tenantId},
            {u"displayName"_s, u"Contoso (lab)"_s},
            {u"verifiedDomains"_s, domains},
            {u"users"_s, users},
            // Consent as an admin grants it for the wizard: no User.Read, which the client must
            // not need. widsInIdToken false: the default client is Microsoft's registration,
            // which an admin cannot make emit directory roles, so nothing says it does.
            {u"signIn"_s, QJsonObject{{u"userPrincipalName"_s, adminUpn},
                                      {u"scopes"_s, QJsonArray{u"Application.ReadWrite.All"_s,
                                                               u"Organization.Read.All"_s}},
                                      {u"widsInIdToken"_s, false},
                                      {u"deviceCode"_s, u"approve"_s}}},
            {u"servicePrincipals"_s, QJsonArray{spo}}};
}

} // namespace s2s::lab
