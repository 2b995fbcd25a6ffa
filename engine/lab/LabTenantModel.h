#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include "lab/LabDirectory.h"
#include "lab/LabFolder.h"

namespace s2s::lab {

// The lab tenant's state in tenant.json and the rules Microsoft Graph applies to it, in one place
// for every way the lab tenant is reached (the HTTPS server, the in-process backend). Errors carry
// Graph's error code as "graph.<code>" (e.g. graph.Request_BadRequest) and Graph's message.
class LabTenantModel {
public:
    explicit LabTenantModel(LabFolder folder);

    const LabFolder &folder() const { return m_folder; }
    Result<QJsonObject> read() const;

    // How sign-in goes (the lab approves itself): tenant.json "signIn" (LabDirectory.h).
    Result<LabSignIn> signIn() const;
    // The tenant.json user with this UPN; an Error "lab.user-not-found" when there is none.
    Result<LabUser> user(const QString &userPrincipalName) const;
    // Whether a login path segment names this tenant: its id, a verified domain, "organizations"
    // or "common" (as Entra accepts them).
    static bool namesTenant(const QJsonObject &tenant, const QString &segment);

    // Graph's organization resource: id, displayName, verifiedDomains.
    static QJsonObject organizationJson(const QJsonObject &tenant);
    // The service principal whose `property` ("id" or "appId") equals `value`.
    Result<QJsonObject> principal(const QString &property, const QString &value) const;

    // PATCH /servicePrincipals/{id}: each present collection replaces the stored one whole, as in
    // Graph. Every keyCredential sent, re-sent ones included, is stored as a new credential
    // (labKeyCredential). An SPN that another principal holds (case-insensitive) is refused with
    // Request_MultipleObjectsWithSameKeyValue.
    Status patchPrincipal(const QString &id, const QJsonObject &changes) const;

private:
    LabFolder m_folder;
};

// An Error as Graph reports it: "graph.<code>" and Graph's message.
Error labGraphError(const QString &code, const QString &message, const QString &remedy = {});

} // namespace s2s::lab
