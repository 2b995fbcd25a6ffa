// The device code flow of LabOAuthRoutes (RFC 8628 as Entra serves it).
#include "LabOAuthRoutes.h"

#include "lab/LabFaults.h"
#include "lab/LabHttp.h"
#include "lab/LabOAuthErrors.h"
#include "lab/LabScopes.h"

using namespace Qt::StringLiterals;

namespace s2s::lab {

QHttpServerResponse LabOAuthRoutes::deviceCode(const QString &tenant, const QHttpServerRequest &request)
{
    const QUrlQuery form = http::formFields(request);
    const QString clientId = http::field(form, u"client_id"_s);
    if (auto refused = refuseTenantOrClient(tenant, clientId))
        return std::move(*refused);
    if (http::field(form, u"scope"_s).isEmpty())
        return oauthError(400, u"invalid_request"_s, 900144,
                          u"The request body must contain the following parameter: "
                          "'scope'."_s);
    const auto signIn = m_model.signIn();
    if (!signIn)
        return serverError(signIn.error());
    const LabTenantLifetimes lifetimes = labTenantLifetimes(faultsFile());
    const QString deviceCode = LabTokenStore::randomString(48);
    const QString userCode = LabTokenStore::randomString(6).toUpper().left(9);
    // No one visits the page: tenant.json signIn.deviceCode says what the user would do there.
    const Clock::time_point now = Clock::now();
    m_devices.insert(deviceCode,
                     PendingDevice{clientId, labGrant(clientId, *signIn, http::field(form, u"scope"_s)),
                                   signIn->deviceCode, now, now + lifetimes.deviceCode,
                                   lifetimes.deviceCodeInterval, std::nullopt});
    const QString verificationUri = m_base.toString() + u"/devicelogin"_s;
    return http::json(
        {{u"user_code"_s, userCode},
         {u"device_code"_s, deviceCode},
         {u"verification_uri"_s, verificationUri},
         {u"expires_in"_s, qint64(lifetimes.deviceCode.count())},
         {u"interval"_s, qint64(lifetimes.deviceCodeInterval.count())},
         {u"message"_s, u"To sign in, use a web browser to open the page %1 and enter the code %2 "
                        "to authenticate."_s.arg(verificationUri, userCode)}},
        200);
}

QHttpServerResponse LabOAuthRoutes::redeemDeviceCode(const QUrlQuery &form)
{
    const auto found = m_devices.find(http::field(form, u"device_code"_s));
    if (found == m_devices.end() ||
        found->clientId.compare(http::field(form, u"client_id"_s), Qt::CaseInsensitive) != 0)
        return invalidGrant(70000, u"Provided grant is invalid or malformed."_s);
    const Clock::time_point now = Clock::now();
    if (now >= found->expires) {
        m_devices.erase(found);
        return oauthError(400, u"expired_token"_s, 70020,
                          u"The provided value for the input parameter 'device_code' is not "
                          "valid. This device code has expired."_s);
    }
    const std::optional<Clock::time_point> lastPoll = found->lastPoll;
    found->lastPoll = now;
    // 80% of the interval: client timers may fire a little early (Qt's coarse timers by 5%).
    const auto tolerated = std::chrono::milliseconds(found->interval) * 8 / 10;
    if (lastPoll && now - *lastPoll < tolerated)
        return oauthError(
            400, u"slow_down"_s, 70016,
            u"Polling too fast: wait %1 seconds between requests."_s.arg(found->interval.count()));
    const auto pending = [] {
        return oauthError(400, u"authorization_pending"_s, 70016,
                          u"OAuth 2.0 device flow error. Authorization is pending. Continue "
                          "polling."_s);
    };
    // The user needs the interval at least to enter the code: a poll before it finds it pending
    // (no early-timer allowance here: approval is what a client must wait for).
    if (now - found->issued < std::chrono::milliseconds(found->interval))
        return pending();
    switch (found->outcome) {
    case LabDeviceCodeOutcome::Approve: break;
    case LabDeviceCodeOutcome::Decline:
        m_devices.erase(found);
        return oauthError(400, u"authorization_declined"_s, 65004,
                          u"User declined to consent to access the app."_s);
    case LabDeviceCodeOutcome::Expire:
    case LabDeviceCodeOutcome::Mistype:
        // Nobody enters the right code: pending until the code expires (expired_token above).
        return pending();
    }
    const LabGrant grant = found->grant;
    m_devices.erase(found);
    return tokens(grant);
}

} // namespace s2s::lab
