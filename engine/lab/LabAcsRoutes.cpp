#include "LabAcsRoutes.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUrlQuery>

#include <optional>

#include "core/Constants.h"
#include "crypto/Certificate.h"
#include "crypto/Jwt.h"
#include "lab/LabHttp.h"
#include "lab/LabJson.h"
#include "lab/LabOAuthErrors.h"

using namespace Qt::StringLiterals;

namespace s2s::lab {
namespace {

const QString clientCredentials = u"client_credentials"_s;
const QString jwtBearer = u"urn:ietf:params:oauth:client-assertion-type:jwt-bearer"_s;
// How far the assertion's nbf and exp may be off the lab's clock, as Entra allows.
constexpr qint64 clockSkewSeconds = 300; // five minutes
// The life of an access token the lab ACS issues.
constexpr qint64 accessTokenSeconds = 3600; // one hour
const QString certificateCredentialsDoc = u"Review the documentation at "
                                          "https://docs.microsoft.com/en-us/azure/active-directory/develop/"
                                          "active-directory-certificate-credentials ."_s;

// ACS answers for the tenant's id or one of its verified domains, never for common/organizations.
bool namesAcsTenant(const QJsonObject &tenant, const QString &segment)
{
    if (segment.compare(tenant.value(u"tenantId").toString(), Qt::CaseInsensitive) == 0)
        return true;
    return indexOf(tenant.value(u"verifiedDomains").toArray(), u"name"_s, segment) >= 0;
}

std::optional<QJsonObject> principalByAppId(const QJsonObject &tenant, const QString &appId)
{
    const QJsonArray principals = tenant.value(u"servicePrincipals").toArray();
    const int index = indexOf(principals, u"appId"_s, appId);
    if (index < 0)
        return std::nullopt;
    return principals.at(index).toObject();
}

QHttpServerResponse missingParameter(const QString &name)
{
    return acsError(400, u"invalid_request"_s, 900144,
                    u"The request body must contain the following parameter: '%1'."_s.arg(name));
}

QHttpServerResponse malformedAssertion(const QString &why)
{
    return acsError(400, u"invalid_request"_s, 50027, u"JWT token is invalid or malformed: %1."_s.arg(why));
}

QString entraDate(const QDateTime &date)
{
    return date.toUTC().toString(u"MM/dd/yyyy HH:mm:ss"_s);
}

QString isoSeconds(qint64 epoch)
{
    return QDateTime::fromSecsSinceEpoch(epoch, Qt::UTC).toString(u"yyyy-MM-ddTHH:mm:ss'.0000000Z'"_s);
}

// AADSTS700027 as Entra words it: the reason, the thumbprint the client named, the key found.
QHttpServerResponse signatureRefused(const QString &reason, const QString &thumbprint, const QString &appId,
                                     const QString &foundKey = {})
{
    QString details = u"[Reason - %1, Thumbprint of key used by client: '%2'"_s.arg(reason, thumbprint);
    if (!foundKey.isEmpty())
        details += u", Found key '%1'"_s.arg(foundKey);
    details +=
        u", Please visit the Azure Portal, Graph Explorer or directly use MS Graph to see "
        "configured keys for app Id '%1'. Review the documentation at "
        "https://docs.microsoft.com/en-us/graph/deployments if you're not using the global cloud.]"_s.arg(
            appId);
    return acsError(401, u"invalid_client"_s, 700027,
                    u"Client assertion failed signature validation. "_s + details);
}

// A keyCredential that verifies signatures: an X.509 certificate with usage Verify.
bool isVerifyCertificate(const QJsonObject &credential)
{
    return credential.value(u"type").toString().compare(u"AsymmetricX509Cert"_s, Qt::CaseInsensitive) == 0 &&
           credential.value(u"usage").toString().compare(u"Verify"_s, Qt::CaseInsensitive) == 0;
}

// Whether one of `principal`'s SPNs names `host` for `appId`: exactly "<appId>/<host>", or a
// wildcard "<appId>/*.<domain>" with the host inside that domain (case-insensitive).
bool spnCovers(const QJsonObject &principal, const QString &appId, const QString &host)
{
    const QString prefix = appId + u"/"_s;
    for (const QJsonValue &value : principal.value(u"servicePrincipalNames").toArray()) {
        const QString spn = value.toString();
        if (!spn.startsWith(prefix, Qt::CaseInsensitive))
            continue;
        const QString named = spn.mid(prefix.size());
        if (named.compare(host, Qt::CaseInsensitive) == 0)
            return true;
        if (named.startsWith(u"*."_s) && named.size() > 2 &&
            host.endsWith(named.mid(1), Qt::CaseInsensitive) && host.size() > named.size() - 1)
            return true;
    }
    return false;
}

// The request as far as it has been checked: the tenant, the form, the client principal.
struct AcsRequest {
    QJsonObject tenant;
    QString tenantId;
    QString tenantName;
    QUrlQuery form;
    QString clientId; // <appId>@<realm>
    QString appId;
    QString clientRealm;
    QJsonObject client;
};

using Refusal = std::optional<QHttpServerResponse>;

// The grant: client_credentials with a jwt-bearer client assertion, every parameter present.
Refusal refuseGrant(const QUrlQuery &form)
{
    if (!form.hasQueryItem(u"grant_type"_s))
        return missingParameter(u"grant_type"_s);
    const QString grantType = http::field(form, u"grant_type"_s);
    // The farm's older encoding (grant_type=http://oauth.net/grant_type/jwt/1.0/bearer with
    // `assertion`) is refused here as any other grant.
    if (grantType != clientCredentials)
        return acsError(400, u"unsupported_grant_type"_s, 70003,
                        u"The app requested an unsupported grant type '%1'."_s.arg(grantType));
    for (const QString &name :
         {u"client_id"_s, u"client_assertion_type"_s, u"client_assertion"_s, u"resource"_s})
        if (http::field(form, name).isEmpty())
            return missingParameter(name);
    if (http::field(form, u"client_assertion_type"_s) != jwtBearer)
        return acsError(400, u"invalid_request"_s, 7000216,
                        u"'client_assertion' with client_assertion_type '%1' is required for the "
                        "'client_credentials' grant type."_s.arg(jwtBearer));
    return std::nullopt;
}

// client_id: <appId>@<realm>, the realm the tenant's, the appId one of its principals.
Refusal refuseClient(AcsRequest &request)
{
    request.clientId = http::field(request.form, u"client_id"_s);
    request.appId = request.clientId.section(u'@', 0, 0);
    request.clientRealm = request.clientId.contains(u'@') ? request.clientId.section(u'@', 1) : QString();
    const auto client = principalByAppId(request.tenant, request.appId);
    if (request.clientRealm.compare(request.tenantId, Qt::CaseInsensitive) != 0 || !client)
        return acsError(
            400, u"unauthorized_client"_s, 700016,
            u"Application with identifier '%1' was not found in the directory '%2'. This "
            "can happen if the application has not been installed by the administrator of "
            "the tenant or consented to by any user in the tenant. You may have sent your "
            "authentication request to the wrong tenant."_s.arg(request.clientId, request.tenantName));
    request.client = *client;
    return std::nullopt;
}

// The assertion's shape: RS256, the claims the trust needs present.
Refusal refuseAssertionShape(const crypto::Jwt &assertion)
{
    const QString algorithm = assertion.header.value(u"alg").toString();
    if (algorithm != u"RS256")
        return acsError(400, u"invalid_request"_s, 5002738,
                        u"Invalid JWT token. '%1' is not a supported signature algorithm. The ACS token "
                        "endpoint accepts 'RS256' only."_s.arg(algorithm));
    for (const QString &name : {u"iss"_s, u"sub"_s, u"aud"_s, u"jti"_s})
        if (!assertion.claims.value(name).isString() || assertion.claims.value(name).toString().isEmpty())
            return malformedAssertion(u"the client assertion has no '%1' claim"_s.arg(name));
    for (const QString &name : {u"nbf"_s, u"exp"_s})
        if (!assertion.claims.value(name).isDouble())
            return malformedAssertion(u"the client assertion has no numeric '%1' claim"_s.arg(name));
    return std::nullopt;
}

// The key: the client principal's certificate whose SHA-1 the header's x5t names, in date, and
// the signature made with it.
Refusal refuseKey(const AcsRequest &request, const crypto::Jwt &assertion)
{
    const QString x5t = assertion.header.value(u"x5t").toString();
    const auto x5tBytes = crypto::base64UrlDecode(x5t.toLatin1());
    const QString thumbprint = x5tBytes ? QString::fromLatin1(x5tBytes->toHex().toUpper()) : QString();
    std::optional<QJsonObject> key;
    QByteArray keyDer;
    for (const QJsonValue &value : request.client.value(u"keyCredentials").toArray()) {
        const QJsonObject credential = value.toObject();
        const QByteArray der = QByteArray::fromBase64(credential.value(u"key").toString().toLatin1());
        if (isVerifyCertificate(credential) && !x5t.isEmpty() && crypto::x5tOf(der) == x5t) {
            key = credential;
            keyDer = der;
            break;
        }
    }
    if (!key)
        return signatureRefused(u"The key was not found."_s, thumbprint, request.appId);
    const QDateTime start = QDateTime::fromString(key->value(u"startDateTime").toString(), Qt::ISODateWithMs);
    const QDateTime end = QDateTime::fromString(key->value(u"endDateTime").toString(), Qt::ISODateWithMs);
    const QString foundKey = u"Start=%1, End=%2"_s.arg(entraDate(start), entraDate(end));
    if (!end.isValid() || end <= QDateTime::currentDateTimeUtc())
        return signatureRefused(u"The key used is expired."_s, thumbprint, request.appId, foundKey);
    if (!crypto::verifyRs256(assertion.signingInput, assertion.signature, keyDer))
        return signatureRefused(u"The provided signature value did not match the expected signature value."_s,
                                thumbprint, request.appId, foundKey);
    return std::nullopt;
}

// The signed claims: iss = sub = client_id, aud = the endpoint posted to, nbf..exp around now.
Refusal refuseClaims(const AcsRequest &request, const QJsonObject &claims, const QString &audience)
{
    if (claims.value(u"iss").toString() != request.clientId ||
        claims.value(u"sub").toString() != request.clientId)
        return acsError(400, u"invalid_client"_s, 700021,
                        u"Client assertion application identifier doesn't match 'client_id' parameter. "_s +
                            certificateCredentialsDoc);
    if (claims.value(u"aud").toString() != audience)
        return acsError(400, u"invalid_client"_s, 700023,
                        u"Client assertion audience claim does not match Realm issuer. "_s +
                            certificateCredentialsDoc);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 notBefore = qint64(claims.value(u"nbf").toDouble());
    const qint64 expires = qint64(claims.value(u"exp").toDouble());
    if (expires + clockSkewSeconds < now || notBefore - clockSkewSeconds > now || expires <= notBefore)
        return acsError(400, u"invalid_client"_s, 700024,
                        u"Client assertion is not within its valid time range. Current time: %1, "
                        "assertion valid from %2, expiry time of assertion %3. "_s.arg(
                            isoSeconds(now), isoSeconds(notBefore), isoSeconds(expires)) +
                            certificateCredentialsDoc);
    return std::nullopt;
}

// The resource: <appId>/<host>@<realm>, the realm the tenant's, the host an SPN of the principal
// whose appId it names.
Refusal refuseResource(const AcsRequest &request, const QString &resource)
{
    const qsizetype at = resource.lastIndexOf(u'@');
    const QString realm = at < 0 ? QString() : resource.mid(at + 1);
    const QString principal = at < 0 ? resource : resource.left(at);
    const qsizetype slash = principal.indexOf(u'/');
    const QString appId = slash < 0 ? principal : principal.left(slash);
    const QString host = slash < 0 ? QString() : principal.mid(slash + 1);
    const auto target = principalByAppId(request.tenant, appId);
    if (realm.compare(request.tenantId, Qt::CaseInsensitive) != 0 || host.isEmpty() || !target ||
        !spnCovers(*target, appId, host))
        return acsError(400, u"invalid_resource"_s, 500011,
                        u"The resource principal named %1 was not found in the tenant named %2. This can "
                        "happen if the application has not been installed by the administrator of the "
                        "tenant or consented to by any user in the tenant. You might have sent your "
                        "authentication request to the wrong tenant."_s.arg(resource, request.tenantName));
    return std::nullopt;
}

} // namespace

LabAcsRoutes::LabAcsRoutes(const LabTenantModel &model, QUrl base)
    : m_model(model)
    , m_base(std::move(base))
{}

QString LabAcsRoutes::tokenEndpoint(const QString &tenantId) const
{
    return m_base.toString(QUrl::StripTrailingSlash) + u"/"_s + tenantId + u"/tokens/OAuth/2"_s;
}

QHttpServerResponse LabAcsRoutes::metadata(const QString &tenantId) const
{
    const auto tenant = m_model.read();
    if (!tenant)
        return http::json({{u"error"_s, tenant.error().message}}, 500);
    if (tenantId.compare(tenant->value(u"tenantId").toString(), Qt::CaseInsensitive) != 0)
        return http::json({{u"error"_s, u"ACS90002: Tenant '%1' not found."_s.arg(tenantId)}}, 404);
    const QString id = tenant->value(u"tenantId").toString();
    return http::json(acsMetadataDocument(*tenant, tokenEndpoint(id), labAcsSigningKey().certificateDer),
                      200);
}

QHttpServerResponse LabAcsRoutes::token(const QString &tenant, const QHttpServerRequest &request) const
{
    const auto read = m_model.read();
    if (!read)
        return serverError(read.error());
    AcsRequest acs;
    acs.tenant = *read;
    acs.tenantId = read->value(u"tenantId").toString();
    acs.tenantName = read->value(u"displayName").toString();
    if (!namesAcsTenant(*read, tenant))
        return acsError(400, u"invalid_tenant"_s, 90002,
                        u"Tenant '%1' not found. Check to make sure you have the correct tenant ID and "
                        "are signing into the correct cloud."_s.arg(tenant));
    // Only a form carries parameters: any other body has none, as Entra reads it.
    const QByteArray contentType = request.value("content-type").split(';').first().trimmed().toLower();
    if (contentType == "application/x-www-form-urlencoded")
        acs.form = http::formFields(request);
    if (auto refused = refuseGrant(acs.form))
        return std::move(*refused);
    if (auto refused = refuseClient(acs))
        return std::move(*refused);
    const auto assertion = crypto::parseJwt(http::field(acs.form, u"client_assertion"_s).toLatin1());
    if (!assertion)
        return malformedAssertion(u"the client assertion is not a compact JWS"_s);
    if (auto refused = refuseAssertionShape(*assertion))
        return std::move(*refused);
    // The signature before the claims: nothing of an unsigned assertion is looked at further.
    if (auto refused = refuseKey(acs, *assertion))
        return std::move(*refused);
    // aud: the token endpoint exactly as posted to.
    const QString audience = m_base.toString(QUrl::StripTrailingSlash) +
                             request.url().path(QUrl::FullyEncoded);
    if (auto refused = refuseClaims(acs, assertion->claims, audience))
        return std::move(*refused);
    const QString resource = http::field(acs.form, u"resource"_s);
    if (auto refused = refuseResource(acs, resource))
        return std::move(*refused);
    return issue(acs.tenantId, acs.appId + u"@"_s + acs.clientRealm, resource);
}

QHttpServerResponse LabAcsRoutes::issue(const QString &tenantId, const QString &nameId,
                                        const QString &resource) const
{
    // The access token, signed with the key published in the metadata's keys[].
    const LabAcsSigningKey key = labAcsSigningKey();
    const QString issuer = constants::acsPrincipalPrefix + u"@"_s + tenantId;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 expires = now + accessTokenSeconds;
    const QJsonObject header{
        {u"typ"_s, u"JWT"_s}, {u"alg"_s, u"RS256"_s}, {u"x5t"_s, crypto::x5tOf(key.certificateDer)}};
    const QJsonObject claims{{u"aud"_s, resource}, {u"iss"_s, issuer},    {u"nbf"_s, now},
                             {u"exp"_s, expires},  {u"nameid"_s, nameId}, {u"identityprovider"_s, issuer}};
    const auto accessToken = crypto::makeRs256Jwt(header, claims, key.privateKeyPem);
    if (!accessToken)
        return serverError(accessToken.error());
    return http::json({{u"token_type"_s, u"Bearer"_s},
                       {u"access_token"_s, QString::fromLatin1(*accessToken)},
                       {u"expires_in"_s, QString::number(accessTokenSeconds)},
                       {u"not_before"_s, QString::number(now)},
                       {u"expires_on"_s, QString::number(expires)},
                       {u"resource"_s, resource}},
                      200);
}

QHttpServerResponse LabAcsRoutes::realmDiscovery(const QHttpServerRequest &request) const
{
    const auto tenant = m_model.read();
    if (!tenant)
        return http::json({{u"error"_s, tenant.error().message}}, 500);
    const QByteArray authorization = request.value("authorization").trimmed().toLower();
    // SharePoint Online names its realm only to a bearer request; anonymous is refused flat.
    if (authorization != "bearer" && !authorization.startsWith("bearer "))
        return http::json({{u"error"_s, u"Access denied."_s}}, 403);
    QHttpServerResponse response = http::json(
        {{u"error_description"_s, u"Invalid JWT token. No token header."_s}}, 401);
    const QString challenge =
        u"Bearer realm=\"%1\",client_id=\"%2\",trusted_issuers=\"%3@*,https://sts.windows.net/*/\","
        "authorization_uri=\"https://login.windows.net/common/oauth2/authorize\""_s.arg(
            tenant->value(u"tenantId").toString(), constants::spoAppId, constants::acsPrincipalPrefix);
    response.setHeader("WWW-Authenticate", challenge.toLatin1());
    return response;
}

} // namespace s2s::lab
