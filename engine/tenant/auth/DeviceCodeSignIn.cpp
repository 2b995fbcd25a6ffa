#include "tenant/auth/InteractiveSignIn.h"

#include <QCoreApplication>

#include <QDeadlineTimer>

#include <algorithm>

#include "tenant/http/PreciseSleep.h"

using namespace Qt::StringLiterals;

namespace s2s::auth {
namespace {

// RFC 8628, 3.2: "If no value is provided, clients MUST use 5 as the default"; 0 or less (or not
// a number) is no usable value, and polling without a pause would hammer the token endpoint. An
// hour at most: the device code expires long before.
std::chrono::milliseconds pollInterval(const QJsonValue &interval, const SignInSettings &settings)
{
    const double seconds = interval.toDouble(0);
    if (!(seconds > 0))
        return settings.defaultPollInterval;
    return std::chrono::milliseconds(qint64(std::min(seconds, 3600.0) * 1000));
}

} // namespace

QCoro::Task<Result<TokenSet>> signInWithDeviceCode(http::HttpClient &http, QUrl login,
                                                   SignInSettings settings, SignInUi ui)
{
    const Form start{{u"client_id"_s, settings.clientId}, {u"scope"_s, settings.scopes}};
    const auto started = co_await postForm(http, oauthUrl(login, settings.tenant, u"devicecode"_s), start);
    if (!started)
        co_return started.error();
    if (!started->ok())
        co_return oauthError(*started, QCoreApplication::translate("SignIn", "Device code sign-in"));
    const QJsonObject device = started->json;
    const QString deviceCode = device.value(u"device_code").toString();
    std::chrono::milliseconds interval = pollInterval(device.value(u"interval"), settings);
    const QDeadlineTimer deadline(std::chrono::seconds(device.value(u"expires_in").toInt(900)));
    QString message = device.value(u"message").toString();
    if (message.isEmpty())
        message = QCoreApplication::translate("SignIn", "To sign in, open %1 and enter the code %2.")
                      .arg(device.value(u"verification_uri").toString(),
                           device.value(u"user_code").toString());
    if (ui.showMessage)
        ui.showMessage(message);

    const Form poll{{u"grant_type"_s, u"urn:ietf:params:oauth:grant-type:device_code"_s},
                    {u"client_id"_s, settings.clientId},
                    {u"device_code"_s, deviceCode}};
    const QUrl tokenUrl = oauthUrl(login, settings.tenant, u"token"_s);
    for (;;) {
        // Never sooner than the interval (a coarse timer may fire 5% early): a poll before it
        // is answered slow_down.
        co_await http::sleepAtLeast(interval);
        const auto reply = co_await postForm(http, tokenUrl, poll);
        if (!reply)
            co_return reply.error();
        if (reply->ok())
            co_return tokenSetFrom(*reply, QCoreApplication::translate("SignIn", "Device code sign-in"),
                                   settings.clientId);
        if (reply->error == u"authorization_pending" && !deadline.hasExpired())
            continue;
        if (reply->error == u"slow_down" && !deadline.hasExpired()) {
            interval += settings.slowDownStep;
            continue;
        }
        if (reply->error == u"authorization_pending" || reply->error == u"expired_token") {
            Error expired{u"tenant.sign-in.expired_token"_s,
                          QCoreApplication::translate("SignIn", "The device code expired before "
                                                                "the sign-in was finished."),
                          {},
                          QCoreApplication::translate("SignIn", "Run the step again and enter the "
                                                                "new code within the time shown.")};
            co_return expired; // a named local: core/Coroutines.h
        }
        co_return oauthError(*reply, QCoreApplication::translate("SignIn", "Device code sign-in"));
    }
}

} // namespace s2s::auth
