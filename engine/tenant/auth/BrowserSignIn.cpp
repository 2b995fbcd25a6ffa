#include "tenant/auth/InteractiveSignIn.h"

#include <QCoreApplication>

#include <QUrlQuery>

#include "tenant/auth/LoopbackListener.h"
#include "tenant/auth/Pkce.h"

using namespace Qt::StringLiterals;

namespace s2s::auth {

QCoro::Task<Result<TokenSet>> signInWithBrowser(http::HttpClient &http, QUrl login, SignInSettings settings,
                                                SignInUi ui)
{
    const Pkce pkce = makePkce();
    const QByteArray state = randomUrlSafe(16);
    LoopbackListener listener(state);
    if (auto listening = listener.listen(); !listening)
        co_return listening.error();
    const QString redirect = listener.redirectUri().toString();

    QUrl authorize = oauthUrl(login, settings.tenant, u"authorize"_s);
    QUrlQuery query;
    query.addQueryItem(u"client_id"_s, settings.clientId);
    query.addQueryItem(u"response_type"_s, u"code"_s);
    query.addQueryItem(u"redirect_uri"_s, redirect);
    query.addQueryItem(u"response_mode"_s, u"query"_s);
    query.addQueryItem(u"scope"_s, settings.scopes);
    query.addQueryItem(u"state"_s, QString::fromLatin1(state));
    query.addQueryItem(u"code_challenge"_s, QString::fromLatin1(pkce.challenge));
    query.addQueryItem(u"code_challenge_method"_s, u"S256"_s);
    query.addQueryItem(u"prompt"_s, u"select_account"_s);
    authorize.setQuery(query);
    if (!ui.openBrowser) {
        Error noBrowser{u"tenant.sign-in.no-browser"_s,
                        QCoreApplication::translate("SignIn", "No browser is available to sign "
                                                              "in."),
                        {},
                        QCoreApplication::translate("SignIn", "Use --sign-in device-code.")};
        co_return noBrowser; // a named local: core/Coroutines.h
    }
    if (ui.showMessage)
        ui.showMessage(QCoreApplication::translate("SignIn", "Sign in to Microsoft 365 in the browser window "
                                                             "that opened."));
    ui.openBrowser(authorize);

    const auto code = co_await listener.waitForCode(settings.browserTimeout);
    if (!code)
        co_return code.error();
    const Form form{{u"client_id"_s, settings.clientId},
                    {u"grant_type"_s, u"authorization_code"_s},
                    {u"code"_s, *code},
                    {u"redirect_uri"_s, redirect},
                    {u"code_verifier"_s, QString::fromLatin1(pkce.verifier)},
                    {u"scope"_s, settings.scopes}};
    // Never resent: the code is single-use, and a 503 may come after it was spent.
    const auto reply = co_await postForm(http, oauthUrl(login, settings.tenant, u"token"_s), form,
                                         Resend::Never);
    if (!reply)
        co_return reply.error();
    co_return tokenSetFrom(*reply, QCoreApplication::translate("SignIn", "Sign-in"), settings.clientId);
}

} // namespace s2s::auth
