#include "SignInSession.h"

#include <QCoreApplication>

#include <QLoggingCategory>

#include "tenant/auth/InteractiveSignIn.h"

Q_DECLARE_LOGGING_CATEGORY(lcHttp)

using namespace Qt::StringLiterals;

namespace s2s::auth {

SignInSession::SignInSession(http::HttpClient &http, QUrl login, SignInSettings settings,
                             SignInUi ui, secrets::SecretStore &secrets)
    : m_http(http), m_login(std::move(login)), m_settings(std::move(settings)), m_ui(std::move(ui)),
      m_secrets(secrets)
{
}

QString SignInSession::secretKey() const
{
    const QString authority = m_login.port() > 0 ? u"%1:%2"_s.arg(m_login.host()).arg(m_login.port())
                                                 : m_login.host();
    return secrets::secretKey(u"refresh-token"_s,
                              u"%1/%2/%3"_s.arg(authority, m_settings.tenant, m_settings.clientId));
}

QCoro::Task<Result<QStringList>> SignInSession::signIn()
{
    const auto stored = co_await m_secrets.read(secretKey());
    if (stored && stored->has_value()) {
        const auto silent = co_await redeemRefreshToken(**stored);
        if (silent) {
            co_await adopt(*silent);
            co_return silent->scopes;
        }
        qCInfo(lcHttp).noquote() << "stored sign-in not accepted, signing in again:"
                                 << silent.error().code;
    }
    Result<TokenSet> tokens;
    if (m_settings.flow == SignInSettings::Flow::Browser)
        tokens = co_await signInWithBrowser(m_http, m_login, m_settings, m_ui);
    else
        tokens = co_await signInWithDeviceCode(m_http, m_login, m_settings, m_ui);
    if (m_ui.promptDone)
        m_ui.promptDone();
    if (!tokens)
        co_return tokens.error();
    co_await adopt(*tokens);
    co_return tokens->scopes;
}

QCoro::Task<void> SignInSession::adopt(TokenSet tokens)
{
    m_tokens = tokens;
    if (tokens.refreshToken.isEmpty())
        co_return;
    // A store that cannot keep it costs only a sign-in next time: the run goes on.
    const Status stored = co_await m_secrets.write(secretKey(), tokens.refreshToken);
    if (!stored)
        qCWarning(lcHttp).noquote() << "refresh token not stored:" << stored.error().message;
}

QCoro::Task<Status> SignInSession::signOut()
{
    m_tokens.reset();
    co_return co_await m_secrets.remove(secretKey());
}

QCoro::Task<Result<TokenSet>> SignInSession::redeemRefreshToken(QString refreshToken)
{
    const Form form{{u"client_id"_s, m_settings.clientId},
                    {u"grant_type"_s, u"refresh_token"_s},
                    {u"refresh_token"_s, refreshToken},
                    {u"scope"_s, m_settings.scopes}};
    const auto reply =
        co_await postForm(m_http, oauthUrl(m_login, m_settings.tenant, u"token"_s), form);
    if (!reply)
        co_return reply.error();
    auto tokens = tokenSetFrom(*reply, QCoreApplication::translate("SignIn", "Token refresh"));
    // Entra may omit a new refresh token; the old one stays valid then.
    if (tokens && tokens->refreshToken.isEmpty())
        tokens.value().refreshToken = refreshToken;
    co_return tokens;
}

QCoro::Task<Result<QString>> SignInSession::accessToken()
{
    if (!m_tokens) {
        Error notSignedIn{u"tenant.not-signed-in"_s,
                          QCoreApplication::translate("SignIn", "Not signed in to Microsoft "
                                                                "365."), {},
                          QCoreApplication::translate("SignIn", "Sign in first (step \"Prepare "
                                                                "tools and sign in\").")};
        co_return notSignedIn;
    }
    // Renew a minute early so a token never expires between this check and Graph.
    if (m_tokens->expiresAt.isValid()
        && QDateTime::currentDateTimeUtc().secsTo(m_tokens->expiresAt) < 60)
        co_return co_await renewAccessToken();
    // A copy first: GCC 12 moves from a member named in co_return.
    const QString token = m_tokens->accessToken;
    co_return token;
}

QCoro::Task<Result<QString>> SignInSession::renewAccessToken()
{
    if (!m_tokens || m_tokens->refreshToken.isEmpty()) {
        Error cannotRenew{u"tenant.sign-in.expired"_s,
                          QCoreApplication::translate("SignIn", "The Microsoft 365 sign-in expired "
                                                                "and cannot be renewed."), {},
                          QCoreApplication::translate("SignIn", "Sign in again (step \"Prepare "
                                                                "tools and sign in\").")};
        co_return cannotRenew;
    }
    const auto renewed = co_await redeemRefreshToken(m_tokens->refreshToken);
    if (!renewed) {
        m_tokens.reset();
        co_return renewed.error();
    }
    co_await adopt(*renewed);
    co_return renewed->accessToken;
}

} // namespace s2s::auth
