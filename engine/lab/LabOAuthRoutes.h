#pragma once

#include "lab/LabFaults.h"

#include <QHash>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QUrl>

#include <optional>

#include "lab/LabTenantModel.h"
#include "lab/LabTokenStore.h"

namespace s2s::lab {

// The Microsoft identity platform (v2.0) endpoints of the lab tenant: authorize (approves itself
// and redirects to the loopback listener), token (authorization code with a real PKCE S256 check,
// refresh token with rotation, device code) and devicecode. As strict as Entra: the access token
// carries the requested Graph permissions that tenant.json consents to, a refresh token only for
// offline_access, an id_token only for openid; the signed-in user must exist in tenant.json; a
// confidential client gets no token without a credential. Answers and errors are shaped like
// Entra's: {error, error_description "AADSTSnnnn: ...", error_codes, timestamp, trace_id,
// correlation_id}.
class LabOAuthRoutes {
public:
    LabOAuthRoutes(const LabTenantModel &model, LabTokenStore &tokens, QUrl base);

    QHttpServerResponse authorize(const QString &tenant, const QHttpServerRequest &request);
    QHttpServerResponse token(const QString &tenant, const QHttpServerRequest &request);
    QHttpServerResponse deviceCode(const QString &tenant, const QHttpServerRequest &request);

    // An injected fault (faults.json) on a sign-in endpoint, in Entra's error shape.
    static QHttpServerResponse faultResponse(const LabTenantFault &fault);

private:
    using Clock = LabTokenStore::Clock;
    struct PendingCode {
        QString clientId;
        QString redirectUri;
        QString codeChallenge;
        LabGrant grant;
        Clock::time_point expires;
    };
    struct PendingDevice {
        QString clientId;
        LabGrant grant;
        LabDeviceCodeOutcome outcome = LabDeviceCodeOutcome::Approve;
        Clock::time_point issued;
        Clock::time_point expires;
        std::chrono::seconds interval{0};
        std::optional<Clock::time_point> lastPoll;
    };

    std::optional<QHttpServerResponse> refuseTenantOrClient(const QString &tenant,
                                                            const QString &clientId) const;
    // The token endpoint also refuses a confidential client (no credential) and a public client
    // that presents one.
    std::optional<QHttpServerResponse> refuseClientAuthentication(const QUrlQuery &form) const;
    QHttpServerResponse redeemCode(const QUrlQuery &form);
    QHttpServerResponse redeemRefreshToken(const QUrlQuery &form);
    QHttpServerResponse redeemDeviceCode(const QUrlQuery &form);
    QHttpServerResponse tokens(const LabGrant &grant);
    QString faultsFile() const;

    const LabTenantModel &m_model;
    LabTokenStore &m_tokens;
    QUrl m_base;
    QHash<QString, PendingCode> m_codes;
    QHash<QString, PendingDevice> m_devices;
};

} // namespace s2s::lab
