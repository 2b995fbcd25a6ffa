#pragma once

#include "core/Endpoints.h"
#include "tenant/GraphClient.h"
#include "tenant/TenantBackend.h"
#include "tenant/auth/SignInSession.h"

namespace s2s {

// The tenant through Microsoft Graph v1.0 at `endpoints.graph`, signed in at `endpoints.login`.
class GraphTenantBackend final : public TenantBackend {
public:
    GraphTenantBackend(const Endpoints &endpoints, QSslConfiguration tls, auth::SignInSettings settings,
                       auth::SignInUi ui, secrets::SecretStore &secrets, http::RetryPolicy retry = {});

    QString kind() const override { return QStringLiteral("graph"); }
    QJsonObject reportInfo() const override;

    void bindTenant(const QString &tenantId) override;
    QCoro::Task<Result<SignedInAccount>> signIn() override;
    // Only while the sign-in still holds tokens: a failed renewal signs the admin out.
    std::optional<SignedInAccount> account() const override
    {
        return m_session.isSignedIn() ? m_account : std::nullopt;
    }
    QCoro::Task<Status> signOut() override;
    void abandonRequests() override { m_http.abandonRequests(); }
    QCoro::Task<Result<Organization>> organization() override;
    QCoro::Task<Result<ServicePrincipal>> servicePrincipalByAppId(QString appId) override;
    QCoro::Task<Status> patchServicePrincipalNames(QString id, QStringList names) override;
    QCoro::Task<Status> patchKeyCredentials(QString id, QList<KeyCredential> keys) override;
    QCoro::Task<Result<AcsMetadata>> acsMetadata(QString url) override;
    QCoro::Task<Result<RealmDiscovery>> discoverRealm(QUrl sharePointRoot) override;
    QString lastRequestIds() const override { return m_graph.lastRequestIds(); }

    const auth::SignInSession &signInSession() const { return m_session; }

private:
    http::HttpClient m_http;
    auth::SignInSession m_session;
    GraphClient m_graph;
    std::optional<SignedInAccount> m_account;
};

} // namespace s2s
