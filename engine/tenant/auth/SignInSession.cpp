#include "SignInSession.h"

#include <QCoreApplication>

#include <QLoggingCategory>
#include <QUuid>

#include "tenant/auth/InteractiveSignIn.h"

Q_DECLARE_LOGGING_CATEGORY(lcHttp)

using namespace Qt::StringLiterals;

namespace s2s::auth {
namespace {

const QString organizations = u"organizations"_s;

// Entra's answers when an account cannot sign in to the tenant asked for: the tenant does not
// exist (90002) or the account is not in it (50020).
bool refusesTenant(const Error &error)
{
    return error.code == u"tenant.sign-in.invalid_tenant" || error.message.contains(u"AADSTS90002") ||
           error.message.contains(u"AADSTS50020");
}

} // namespace

SignInSession::SignInSession(http::HttpClient &http, QUrl login, SignInSettings settings, SignInUi ui,
                             secrets::SecretStore &secrets)
    : m_http(http)
    , m_login(std::move(login))
    , m_settings(std::move(settings))
    , m_ui(std::move(ui))
    , m_secrets(secrets)
{}

void SignInSession::bindTenant(const QString &tenantId)
{
    m_boundTenant = tenantId;
    // A sign-in held for another tenant (the GUI keeps one across sessions) is not used here.
    if (m_tokens && !heldTenant().isEmpty() && heldTenant().compare(tenantId, Qt::CaseInsensitive) != 0)
        m_tokens.reset();
}

QString SignInSession::heldTenant() const
{
    return m_tokens && m_tokens->id ? m_tokens->id->tenantId : QString();
}

QString SignInSession::authority() const
{
    if (!m_settings.tenant.isEmpty())
        return m_settings.tenant;
    return m_boundTenant.isEmpty() ? organizations : m_boundTenant;
}

QString SignInSession::silentTenant() const
{
    if (!m_boundTenant.isEmpty())
        return m_boundTenant;
    // --tenant naming a tenant id: its stored sign-in serves a run without a session (--check).
    return QUuid::fromString(m_settings.tenant).isNull() ? QString() : m_settings.tenant;
}

QString SignInSession::secretKey(const QString &tenant) const
{
    const QString host = m_login.port() > 0 ? u"%1:%2"_s.arg(m_login.host()).arg(m_login.port())
                                            : m_login.host();
    return secrets::secretKey(u"refresh-token"_s,
                              u"%1/%2/%3"_s.arg(host, tenant.toLower(), m_settings.clientId));
}

QCoro::Task<Result<SignedIn>> SignInSession::signIn()
{
    // Only a session that knows its tenant signs in silently: a new one lets the admin pick the
    // account, and with it the tenant.
    Result<std::optional<QString>> stored = std::optional<QString>();
    if (const QString tenant = silentTenant(); !tenant.isEmpty())
        stored = co_await m_secrets.read(secretKey(tenant));
    Result<TokenSet> tokens;
    if (stored && stored->has_value()) {
        tokens = co_await redeemRefreshToken(**stored);
        if (!tokens)
            qCInfo(lcHttp).noquote() << "stored sign-in not accepted, signing in again:"
                                     << tokens.error().code;
    }
    if (!tokens || !tokens->id)
        tokens = co_await signInInteractively();
    if (!tokens)
        co_return tokens.error();
    if (!tokens->id) {
        Error noIdToken{u"tenant.sign-in.id-token"_s,
                        QCoreApplication::translate("SignIn", "The sign-in returned no id_token, "
                                                              "so the account and its tenant are "
                                                              "unknown."),
                        {},
                        QCoreApplication::translate("SignIn", "Check that --endpoints points at "
                                                              "a Microsoft identity platform "
                                                              "endpoint.")};
        co_return noIdToken; // a named local: core/Coroutines.h
    }
    if (const Status tenant = checkTenant(*tokens); !tenant)
        co_return tenant.error();
    hold(*tokens);
    co_await keepRefreshToken();
    SignedIn signedIn{tokens->scopes, *tokens->id};
    co_return signedIn; // a named local: core/Coroutines.h
}

QCoro::Task<Result<TokenSet>> SignInSession::signInInteractively()
{
    SignInSettings settings = m_settings;
    settings.tenant = authority();
    Result<TokenSet> tokens;
    if (settings.flow == SignInSettings::Flow::Browser)
        tokens = co_await signInWithBrowser(m_http, m_login, settings, m_ui);
    else
        tokens = co_await signInWithDeviceCode(m_http, m_login, settings, m_ui);
    if (m_ui.promptDone)
        m_ui.promptDone();
    if (!tokens && !m_boundTenant.isEmpty() && refusesTenant(tokens.error()))
        co_return wrongTenant(tokens.error());
    co_return tokens;
}

Status SignInSession::checkTenant(const TokenSet &tokens) const
{
    // openid is always asked for, so every answer names its tenant: one that does not is not
    // taken for the bound tenant.
    const QString tenant = tokens.id ? tokens.id->tenantId : QString();
    if (m_boundTenant.isEmpty() || tenant.compare(m_boundTenant, Qt::CaseInsensitive) == 0)
        return success();
    const QString account = tokens.id ? tokens.id->preferredUsername
                                      : QCoreApplication::translate("SignIn", "an answer without "
                                                                              "an id_token");
    return Error{u"backend.tenant-mismatch"_s,
                 QCoreApplication::translate("SignIn", "This session belongs to the Microsoft 365 "
                                                       "tenant %1, but %2 signed in to the tenant "
                                                       "%3. Nothing was read from or written to "
                                                       "either tenant.")
                     .arg(m_boundTenant, account, tenant),
                 {},
                 QCoreApplication::translate("SignIn", "Sign out, then sign in with an account of "
                                                       "the tenant %1 (in the browser, pick that "
                                                       "account or use a private window). To set "
                                                       "up the tenant %2 instead, start a new "
                                                       "session.")
                     .arg(m_boundTenant, tenant),
                 ErrorKind::Backend};
}

Error SignInSession::wrongTenant(const Error &refused) const
{
    return Error{u"backend.tenant-mismatch"_s,
                 QCoreApplication::translate("SignIn", "This session belongs to the Microsoft 365 "
                                                       "tenant %1, and Microsoft Entra ID refused "
                                                       "the sign-in to it: %2")
                     .arg(m_boundTenant, refused.message),
                 refused.detail,
                 QCoreApplication::translate("SignIn", "Sign in with an account of the tenant %1 "
                                                       "(check --endpoints and --tenant). To set "
                                                       "up another tenant, start a new session.")
                     .arg(m_boundTenant),
                 ErrorKind::Backend};
}

void SignInSession::hold(TokenSet tokens)
{
    if (!tokens.id && m_tokens)
        tokens.id = m_tokens->id;
    m_tokens = std::move(tokens);
}

QCoro::Task<void> SignInSession::keepRefreshToken()
{
    if (!m_tokens || m_tokens->refreshToken.isEmpty() || !m_tokens->id)
        co_return;
    // Kept per tenant: a session resumed later finds only its own tenant's sign-in. A store that
    // cannot keep it costs only a sign-in next time: the run goes on.
    const QString key = secretKey(m_tokens->id->tenantId);
    const QString refreshToken = m_tokens->refreshToken;
    const Status stored = co_await m_secrets.write(key, refreshToken);
    if (!stored)
        qCWarning(lcHttp).noquote() << "refresh token not stored:" << stored.error().message;
}

QCoro::Task<Status> SignInSession::signOut()
{
    QStringList tenants{heldTenant(), m_boundTenant, m_settings.tenant, organizations};
    m_tokens.reset();
    // The held and bound tenants' sign-ins, and one kept under the authority by earlier
    // versions ("organizations" or --tenant).
    tenants.removeAll(QString());
    tenants.removeDuplicates();
    Status removed = success();
    for (const QString &tenant : tenants)
        if (const Status each = co_await m_secrets.remove(secretKey(tenant)); !each)
            removed = each;
    co_return removed;
}

QCoro::Task<Result<TokenSet>> SignInSession::redeemRefreshToken(QString refreshToken)
{
    const Form form{{u"client_id"_s, m_settings.clientId},
                    {u"grant_type"_s, u"refresh_token"_s},
                    {u"refresh_token"_s, refreshToken},
                    {u"scope"_s, m_settings.scopes}};
    const auto reply = co_await postForm(m_http, oauthUrl(m_login, authority(), u"token"_s), form);
    if (!reply)
        co_return reply.error();
    auto tokens = tokenSetFrom(*reply, QCoreApplication::translate("SignIn", "Token refresh"),
                               m_settings.clientId);
    // Entra may omit a new refresh token; the old one stays valid then.
    if (tokens && tokens->refreshToken.isEmpty())
        tokens.value().refreshToken = refreshToken;
    co_return tokens;
}

QCoro::Task<Result<QString>> SignInSession::accessToken()
{
    if (m_tokens && !m_boundTenant.isEmpty() && heldTenant().compare(m_boundTenant, Qt::CaseInsensitive) != 0)
        m_tokens.reset(); // never a token of another tenant for this session's Graph calls
    if (!m_tokens) {
        Error notSignedIn{u"tenant.not-signed-in"_s,
                          QCoreApplication::translate("SignIn", "Not signed in to Microsoft "
                                                                "365."),
                          {},
                          QCoreApplication::translate("SignIn", "Sign in first."),
                          ErrorKind::SignIn};
        co_return notSignedIn; // a named local: core/Coroutines.h
    }
    // Renew a minute early so a token never expires between this check and Graph.
    if (m_tokens->expiresAt.isValid() && QDateTime::currentDateTimeUtc().secsTo(m_tokens->expiresAt) < 60)
        co_return co_await renewAccessToken();
    // A copy first: core/Coroutines.h.
    const QString token = m_tokens->accessToken;
    co_return token;
}

QCoro::Task<Result<QString>> SignInSession::renewAccessToken()
{
    if (!m_tokens || m_tokens->refreshToken.isEmpty()) {
        Error cannotRenew{u"tenant.sign-in.expired"_s,
                          QCoreApplication::translate("SignIn", "The Microsoft 365 sign-in expired "
                                                                "and cannot be renewed."),
                          {},
                          QCoreApplication::translate("SignIn", "Sign in again."),
                          ErrorKind::SignIn};
        co_return cannotRenew; // a named local: core/Coroutines.h
    }
    const auto renewed = co_await redeemRefreshToken(m_tokens->refreshToken);
    if (!renewed) {
        m_tokens.reset();
        co_return renewed.error();
    }
    if (const Status tenant = checkTenant(*renewed); !tenant) {
        m_tokens.reset();
        co_return tenant.error();
    }
    hold(*renewed);
    co_await keepRefreshToken();
    co_return renewed->accessToken;
}

} // namespace s2s::auth
