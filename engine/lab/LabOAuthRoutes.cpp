#include "LabOAuthRoutes.h"

#include <QRegularExpression>

#include "lab/LabFaults.h"
#include "lab/LabHttp.h"
#include "lab/LabIdToken.h"
#include "lab/LabOAuthErrors.h"
#include "lab/LabScopes.h"
#include "tenant/auth/Pkce.h"

using namespace Qt::StringLiterals;

namespace s2s::lab {
namespace {

// Entra keeps authorization codes for about ten minutes; the lab is stricter.
constexpr std::chrono::minutes codeLifetime{5};
const QString deviceGrantType = u"urn:ietf:params:oauth:grant-type:device_code"_s;

// The sign-in clients are registered for http://localhost: Entra lets a loopback redirect take
// any port, but the path must match the registration's (none), and no query or fragment.
bool isLoopbackRedirect(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && url.scheme() == u"http" && url.host() == u"localhost" && url.port() > 0 &&
           (url.path().isEmpty() || url.path() == u"/") && url.userInfo().isEmpty() && !url.hasQuery() &&
           !url.hasFragment();
}

bool isCodeVerifier(const QString &verifier)
{
    static const QRegularExpression shape(u"^[A-Za-z0-9\\-._~]{43,128}$"_s);
    return shape.match(verifier).hasMatch();
}

QHttpServerResponse redirect(const QString &redirectUri, const QUrlQuery &query)
{
    QUrl target(redirectUri);
    target.setQuery(query);
    QHttpServerResponse response = http::status(302);
    response.setHeader("Location", target.toEncoded());
    return response;
}

QHttpServerResponse redirectError(const QString &redirectUri, const QString &state, const QString &error,
                                  int aadsts, const QString &description)
{
    QUrlQuery query;
    query.addQueryItem(u"error"_s, error);
    query.addQueryItem(u"error_description"_s,
                       QString::fromLatin1(QUrl::toPercentEncoding(
                           u"AADSTS%1: %2"_s.arg(QString::number(aadsts), description))));
    if (!state.isEmpty())
        query.addQueryItem(u"state"_s, QString::fromLatin1(QUrl::toPercentEncoding(state)));
    return redirect(redirectUri, query);
}

} // namespace

LabOAuthRoutes::LabOAuthRoutes(const LabTenantModel &model, LabTokenStore &tokens, QUrl base)
    : m_model(model)
    , m_tokens(tokens)
    , m_base(std::move(base))
{}

QString LabOAuthRoutes::faultsFile() const
{
    return labFaultsFile(m_model.folder().path());
}

QHttpServerResponse LabOAuthRoutes::faultResponse(const LabTenantFault &fault)
{
    const int status = fault.status;
    // An error Entra gives for reasons the lab does not model (MFA, Conditional Access, consent).
    if (!fault.code.isEmpty())
        return oauthError(status, fault.code, fault.aadsts,
                          fault.message.isEmpty() ? u"Injected lab fault."_s : fault.message);
    if (status == 429 || status == 503 || status == 504)
        return oauthError(status, u"temporarily_unavailable"_s, 90033,
                          u"A transient error has occurred. Please try again."_s);
    return oauthError(status, u"invalid_client"_s, 7000218,
                      u"The request was refused by an injected lab fault."_s);
}

std::optional<QHttpServerResponse> LabOAuthRoutes::refuseTenantOrClient(const QString &tenant,
                                                                        const QString &clientId) const
{
    const auto read = m_model.read();
    if (!read)
        return oauthError(500, u"server_error"_s, 90000, read.error().message);
    if (!LabTenantModel::namesTenant(*read, tenant))
        return oauthError(400, u"invalid_tenant"_s, 90002,
                          u"Tenant '%1' not found. Check to make sure you have the correct tenant "
                          "ID and are signing into the correct cloud."_s.arg(tenant));
    if (clientId.isEmpty())
        return oauthError(400, u"invalid_request"_s, 900144,
                          u"The request body must contain the following parameter: "
                          "'client_id'."_s);
    const LabClient client = labClient(*read, clientId);
    if (client.kind == LabClientKind::Unknown)
        return oauthError(400, u"unauthorized_client"_s, 700016,
                          u"Application with identifier '%1' was not found in the directory "
                          "'%2'."_s.arg(clientId, read->value(u"displayName").toString()));
    // A single-tenant app signs in at its tenant only, never at a multi-tenant endpoint.
    if (!client.multiTenant && (tenant == u"organizations" || tenant == u"common"))
        return oauthError(400, u"invalid_request"_s, 50194,
                          u"Application '%1' is not configured as a multi-tenant application. "
                          "Usage of the /common endpoint is not supported for such applications "
                          "created after '10/15/2018'. Use a tenant-specific endpoint or "
                          "configure the application to be multi-tenant."_s.arg(clientId));
    return std::nullopt;
}

std::optional<QHttpServerResponse> LabOAuthRoutes::refuseClientAuthentication(const QUrlQuery &form) const
{
    const auto read = m_model.read();
    if (!read)
        return serverError(read.error());
    const bool presentsCredential = form.hasQueryItem(u"client_secret"_s) ||
                                    form.hasQueryItem(u"client_assertion"_s);
    switch (labClient(*read, http::field(form, u"client_id"_s)).kind) {
    case LabClientKind::Public:
        if (presentsCredential)
            return oauthError(401, u"invalid_client"_s, 700025,
                              u"Client is public so neither 'client_assertion' nor "
                              "'client_secret' should be presented."_s);
        return std::nullopt;
    case LabClientKind::Confidential:
        // The lab keeps no client secrets or certificates: a confidential client never gets a
        // token, and without a credential Entra answers exactly this.
        if (!presentsCredential)
            return oauthError(401, u"invalid_client"_s, 7000218,
                              u"The request body must contain the following parameter: "
                              "'client_assertion' or 'client_secret'."_s);
        return oauthError(401, u"invalid_client"_s, 7000215,
                          u"Invalid client secret provided. Ensure the secret being sent in the "
                          "request is the client secret value, not the client secret ID."_s);
    case LabClientKind::Unknown: break; // refused before, by refuseTenantOrClient
    }
    return std::nullopt;
}

QHttpServerResponse LabOAuthRoutes::authorize(const QString &tenant, const QHttpServerRequest &request)
{
    const QUrlQuery query = http::queryFields(request);
    const QString clientId = http::field(query, u"client_id"_s);
    if (auto refused = refuseTenantOrClient(tenant, clientId))
        return std::move(*refused);
    const QString redirectUri = http::field(query, u"redirect_uri"_s);
    // A redirect the application is not registered for is never followed: Entra shows the error.
    if (!isLoopbackRedirect(redirectUri))
        return oauthError(
            400, u"invalid_request"_s, 50011,
            u"The redirect URI '%1' specified in the request does not match the "
            "redirect URIs configured for the application '%2'. Make sure the "
            "redirect URI sent in the request matches one added to your "
            "application in the Azure portal (http://localhost, any port)."_s.arg(redirectUri, clientId));
    const QString state = http::field(query, u"state"_s);
    if (http::field(query, u"response_type"_s) != u"code")
        return redirectError(redirectUri, state, u"unsupported_response_type"_s, 700054,
                             u"response_type must be 'code'."_s);
    if (http::field(query, u"scope"_s).isEmpty())
        return redirectError(redirectUri, state, u"invalid_request"_s, 900144,
                             u"The request body must contain the following parameter: "
                             "'scope'."_s);
    const QString challenge = http::field(query, u"code_challenge"_s);
    if (challenge.isEmpty() || http::field(query, u"code_challenge_method"_s) != u"S256")
        return redirectError(redirectUri, state, u"invalid_request"_s, 9002325,
                             u"Proof Key for Code Exchange is required: send code_challenge with "
                             "code_challenge_method=S256."_s);
    const auto signIn = m_model.signIn();
    if (!signIn)
        return redirectError(redirectUri, state, u"server_error"_s, 90000, signIn.error().message);
    // The account must exist: Entra's sign-in page stops there, nothing is redirected.
    if (const auto user = m_model.user(signIn->userPrincipalName); !user)
        return user.error().code == u"lab.user-not-found" ? userNotFound(user.error())
                                                          : serverError(user.error());
    // The lab approves its own sign-in: the account and consented scopes of tenant.json.
    const QString code = LabTokenStore::randomString(48);
    m_codes.insert(code, PendingCode{clientId, redirectUri, challenge,
                                     labGrant(clientId, *signIn, http::field(query, u"scope"_s)),
                                     Clock::now() + codeLifetime});
    QUrlQuery answer;
    answer.addQueryItem(u"code"_s, code);
    if (!state.isEmpty())
        answer.addQueryItem(u"state"_s, QString::fromLatin1(QUrl::toPercentEncoding(state)));
    return redirect(redirectUri, answer);
}

QHttpServerResponse LabOAuthRoutes::token(const QString &tenant, const QHttpServerRequest &request)
{
    const QUrlQuery form = http::formFields(request);
    if (auto refused = refuseTenantOrClient(tenant, http::field(form, u"client_id"_s)))
        return std::move(*refused);
    if (auto refused = refuseClientAuthentication(form))
        return std::move(*refused);
    const QString grantType = http::field(form, u"grant_type"_s);
    if (grantType == u"authorization_code")
        return redeemCode(form);
    if (grantType == u"refresh_token")
        return redeemRefreshToken(form);
    if (grantType == deviceGrantType)
        return redeemDeviceCode(form);
    return oauthError(400, u"unsupported_grant_type"_s, 70003,
                      u"The app requested an unsupported grant type '%1'."_s.arg(grantType));
}

QHttpServerResponse LabOAuthRoutes::redeemCode(const QUrlQuery &form)
{
    const auto found = m_codes.constFind(http::field(form, u"code"_s));
    if (found == m_codes.constEnd())
        return invalidGrant(54005, u"OAuth2 Authorization code was already redeemed or is not "
                                   "valid. Please retry with a new valid code."_s);
    if (Clock::now() >= found->expires) {
        m_codes.erase(found);
        return invalidGrant(70008, u"The provided authorization code or refresh token has "
                                   "expired due to inactivity."_s);
    }
    if (found->clientId.compare(http::field(form, u"client_id"_s), Qt::CaseInsensitive) != 0)
        return invalidGrant(700005, u"Provided Authorization Code is intended to use against "
                                    "other client."_s);
    if (found->redirectUri != http::field(form, u"redirect_uri"_s))
        return invalidGrant(500112, u"The reply address '%1' does not match the reply address "
                                    "'%2' provided when requesting Authorization code."_s.arg(
                                        http::field(form, u"redirect_uri"_s), found->redirectUri));
    const QString verifier = http::field(form, u"code_verifier"_s);
    // The real PKCE check (RFC 7636): BASE64URL(SHA256(code_verifier)) == code_challenge.
    if (!isCodeVerifier(verifier) ||
        QString::fromLatin1(auth::pkceChallenge(verifier.toLatin1())) != found->codeChallenge)
        return invalidGrant(501481, u"The Code_Verifier does not match the code_challenge "
                                    "supplied in the authorization request."_s);
    const LabGrant grant = found->grant;
    m_codes.erase(found); // single use
    return tokens(grant);
}

QHttpServerResponse LabOAuthRoutes::redeemRefreshToken(const QUrlQuery &form)
{
    auto grant = m_tokens.redeemRefreshToken(http::field(form, u"refresh_token"_s));
    if (!grant || grant->clientId.compare(http::field(form, u"client_id"_s), Qt::CaseInsensitive) != 0)
        return invalidGrant(70000, u"Provided grant is invalid or malformed."_s);
    const auto signIn = m_model.signIn();
    if (!signIn)
        return serverError(signIn.error());
    // A refresh keeps the grant's permissions that are still consented, narrowed to those it
    // asks for; it never widens them.
    LabGrant renewed = *grant;
    renewed.scopes = grantedLabScopes(grant->scopes, signIn->consentedScopes);
    if (const QString scope = http::field(form, u"scope"_s); !scope.isEmpty()) {
        const LabRequestedScopes requested = parseLabScopes(scope);
        renewed.scopes = grantedLabScopes(requested.graph, renewed.scopes);
        renewed.openId.clear();
        for (const QString &name : grant->openId)
            if (requested.has(name) || name == u"offline_access")
                renewed.openId.append(name);
    }
    return tokens(renewed);
}

QHttpServerResponse LabOAuthRoutes::tokens(const LabGrant &grant)
{
    const auto tenant = m_model.read();
    if (!tenant)
        return serverError(tenant.error());
    const auto signIn = labSignIn(*tenant);
    if (!signIn)
        return serverError(signIn.error());
    // Checked at every issue: a user removed from tenant.json gets no more tokens.
    const auto user = m_model.user(grant.userPrincipalName);
    if (!user)
        return user.error().code == u"lab.user-not-found" ? userNotFound(user.error())
                                                          : serverError(user.error());
    const LabTenantLifetimes lifetimes = labTenantLifetimes(faultsFile());
    const LabTokenStore::Issued issued = m_tokens.issue(grant, lifetimes.accessToken);
    // scope names the access token's permissions only, as Entra's token response does.
    QJsonObject answer{{u"token_type"_s, u"Bearer"_s},
                       {u"scope"_s, grant.scopes.join(u' ')},
                       {u"expires_in"_s, qint64(issued.expiresIn.count())},
                       {u"ext_expires_in"_s, qint64(issued.expiresIn.count())},
                       {u"access_token"_s, issued.accessToken}};
    if (!issued.refreshToken.isEmpty())
        answer.insert(u"refresh_token"_s, issued.refreshToken);
    if (grant.openId.contains(u"openid"_s)) {
        const QString tenantId = tenant->value(u"tenantId").toString();
        answer.insert(u"id_token"_s,
                      labIdToken(grant, *user, labClient(*tenant, grant.clientId).emitsRoles, tenantId,
                                 m_base.toString() + u"/"_s + tenantId + u"/v2.0"_s));
    }
    return http::json(answer, 200);
}

} // namespace s2s::lab
