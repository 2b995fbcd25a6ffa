#pragma once

#include <QJsonObject>

#include <QCoro/QCoroTask>

#include <optional>

#include "core/Error.h"
#include "tenant/TenantTypes.h"

namespace s2s {

// Everything the steps need from Microsoft 365, in Microsoft Graph terms. A PATCH replaces the
// whole collection, exactly as Graph does: merging is the caller's job (see tenant/Merge.h).
class TenantBackend {
public:
    virtual ~TenantBackend() = default;

    virtual QString kind() const = 0;
    // How it runs, for the --report "backends" object.
    virtual QJsonObject reportInfo() const { return {{QStringLiteral("kind"), kind()}}; }

    // Binds the sign-in to the session's tenant: later sign-ins go to that tenant and any token of
    // another tenant is refused (error "backend.tenant-mismatch") before Graph sees it.
    virtual void bindTenant(const QString &tenantId) = 0;
    virtual QCoro::Task<Result<SignedInAccount>> signIn() = 0;
    // The signed-in account and its granted scopes, if any.
    virtual std::optional<SignedInAccount> account() const = 0;
    bool isSignedIn() const { return account().has_value(); }
    // Forgets the account and removes its stored sign-in (refresh token).
    virtual QCoro::Task<Status> signOut() = 0;
    // The wizard is closing: requests in flight end now with backend.cancelled and later ones fail
    // at once, so no coroutine waits forever on an answer no event loop will deliver.
    virtual void abandonRequests() = 0;

    // The next reads go to the tenant even where a layer answers a repeated read from the last
    // one (steps/ReadOnceTenantBackend.h); nothing to do for a backend that keeps no reads.
    virtual void forgetReads() {}

    virtual QCoro::Task<Result<Organization>> organization() = 0;
    // GET servicePrincipals(appId='...')?$select=id,appId,servicePrincipalNames,keyCredentials
    virtual QCoro::Task<Result<ServicePrincipal>> servicePrincipalByAppId(QString appId) = 0;
    virtual QCoro::Task<Status> patchServicePrincipalNames(QString id, QStringList names) = 0;
    virtual QCoro::Task<Status> patchKeyCredentials(QString id, QList<KeyCredential> keys) = 0;

    // client-request-id and request-id of the last Graph call, for the transcript ("" before any).
    virtual QString lastRequestIds() const { return {}; }

    // The ACS metadata document as the wizard's machine fetches it.
    virtual QCoro::Task<Result<AcsMetadata>> acsMetadata(QString url) = 0;
    // GET <sharePointRoot>/_vti_bin/client.svc with an empty bearer token: SharePoint Online's
    // realm discovery. Any HTTP answer is a result; only a transport failure is an error.
    virtual QCoro::Task<Result<RealmDiscovery>> discoverRealm(QUrl sharePointRoot) = 0;
};

} // namespace s2s
