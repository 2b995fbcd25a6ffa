#include "LabTokenStore.h"

#include "tenant/auth/Pkce.h"

namespace s2s::lab {

QString LabTokenStore::randomString(int bytes)
{
    // The system generator, as for the real PKCE verifier: not guessable, even in the lab.
    return QString::fromLatin1(auth::randomUrlSafe(bytes));
}

LabTokenStore::Issued LabTokenStore::issue(const LabGrant &grant, std::chrono::seconds accessLifetime)
{
    // Entra issues a refresh token only to a client that asked for offline_access.
    Issued issued{randomString(), grant.offlineAccess() ? randomString() : QString(), accessLifetime};
    m_access.insert(issued.accessToken, Access{grant, Clock::now() + accessLifetime});
    if (!issued.refreshToken.isEmpty())
        m_refresh.insert(issued.refreshToken, grant);
    return issued;
}

LabTokenStore::Check LabTokenStore::check(const QString &accessToken) const
{
    const auto found = m_access.constFind(accessToken);
    if (found == m_access.constEnd())
        return Check::Unknown;
    return Clock::now() < found->expires ? Check::Valid : Check::Expired;
}

std::optional<LabGrant> LabTokenStore::grant(const QString &accessToken) const
{
    if (check(accessToken) != Check::Valid)
        return std::nullopt;
    return m_access.value(accessToken).grant;
}

void LabTokenStore::expire(const QString &accessToken)
{
    const auto found = m_access.find(accessToken);
    if (found != m_access.end())
        found->expires = Clock::now() - std::chrono::seconds(1);
}

std::optional<LabGrant> LabTokenStore::redeemRefreshToken(const QString &refreshToken)
{
    const auto found = m_refresh.constFind(refreshToken);
    if (found == m_refresh.constEnd())
        return std::nullopt;
    LabGrant grant = *found;
    m_refresh.erase(found);
    return grant;
}

} // namespace s2s::lab
