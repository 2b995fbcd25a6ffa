#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

namespace s2s::lab {

// Who a lab token was issued to and what it may do.
struct LabGrant {
    QString clientId;
    QString userPrincipalName;
    QStringList scopes; // the Graph permissions on the access token (its scp claim)
    QStringList openId; // OpenID Connect scopes granted: openid, profile, offline_access, email
    bool offlineAccess() const { return openId.contains(QStringLiteral("offline_access")); }
};

// The lab tenant's access and refresh tokens: random opaque strings held in this process's memory
// only (never in tenant.json, never logged), so a restart signs everybody out as a real token
// service's revocation would.
class LabTokenStore {
public:
    using Clock = std::chrono::steady_clock;

    struct Issued {
        QString accessToken;
        QString refreshToken; // empty unless the grant has offline_access
        std::chrono::seconds expiresIn{0};
    };
    Issued issue(const LabGrant &grant, std::chrono::seconds accessLifetime);

    enum class Check {
        Valid,
        Unknown,
        Expired
    };
    Check check(const QString &accessToken) const;
    std::optional<LabGrant> grant(const QString &accessToken) const;
    // Makes a token read as expired at once (the 401 fault).
    void expire(const QString &accessToken);

    // Redeems a refresh token: it is spent, the caller issues a new pair (rotation).
    std::optional<LabGrant> redeemRefreshToken(const QString &refreshToken);

    // A random URL-safe string of `bytes` random bytes (codes, tokens).
    static QString randomString(int bytes = 32);

private:
    struct Access {
        LabGrant grant;
        Clock::time_point expires;
    };
    QHash<QString, Access> m_access;
    QHash<QString, LabGrant> m_refresh;
};

} // namespace s2s::lab
