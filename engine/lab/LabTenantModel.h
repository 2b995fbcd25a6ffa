#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

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

    // The account that signs in (the lab approves itself) and the scopes consented to it.
    struct Account {
        QString userPrincipalName;
        QStringList scopes;
    };
    Result<Account> account() const;
    // Public clients registered for sign-in: the default one plus tenant.json signIn.clientIds.
    Result<bool> knowsClient(const QString &clientId) const;
    // Whether a login path segment names this tenant: its id, a verified domain, "organizations"
    // or "common" (as Entra accepts them).
    static bool namesTenant(const QJsonObject &tenant, const QString &segment);

    // Graph's organization resource: id, displayName, verifiedDomains.
    static QJsonObject organizationJson(const QJsonObject &tenant);
    // The service principal whose `property` ("id" or "appId") equals `value`.
    Result<QJsonObject> principal(const QString &property, const QString &value) const;

    // PATCH /servicePrincipals/{id}: each present collection replaces the stored one whole, as in
    // Graph. Re-sent key credentials (matched by key) are kept as stored; a new one takes its
    // dates and identifier from its certificate. Every keyCredential must carry key, type, usage.
    Status patchPrincipal(const QString &id, const QJsonObject &changes) const;

private:
    Result<QJsonArray> replacedKeyCredentials(const QJsonArray &existing,
                                              const QJsonValue &sent) const;

    LabFolder m_folder;
};

// An Error as Graph reports it: "graph.<code>" and Graph's message.
Error labGraphError(const QString &code, const QString &message, const QString &remedy = {});

} // namespace s2s::lab
