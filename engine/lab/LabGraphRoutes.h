#pragma once

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QStringList>
#include <QUrl>

#include <optional>

#include "lab/LabTenantModel.h"
#include "lab/LabTokenStore.h"

namespace s2s::lab {

// Microsoft Graph v1.0 as the lab tenant serves it: /me, /organization, servicePrincipals read
// with Graph's $select rules and PATCHed with Graph's replace-the-collection rule. Every call
// needs a valid bearer token from the lab's token endpoint (401 otherwise) holding a scope the
// call needs (403 otherwise: /me needs User.Read or wider); a PATCH also needs the signed-in user
// to hold a directory role that may update service principals (403). Every answer carries
// request-id and client-request-id, and errors read
// {"error":{"code","message","innerError":{"date","request-id","client-request-id"}}}.
class LabGraphRoutes {
public:
    // One Graph call: the ids it answers with.
    struct Call {
        QString requestId;
        QString clientRequestId;
    };
    static Call callFor(const QHttpServerRequest &request);
    static QHttpServerResponse withIds(const Call &call, QHttpServerResponse response);
    static QHttpServerResponse error(const Call &call, int status, const QString &code,
                                     const QString &message);

    LabGraphRoutes(const LabTenantModel &model, LabTokenStore &tokens, QUrl base);

    QHttpServerResponse me(const Call &call, const QHttpServerRequest &request);
    QHttpServerResponse organization(const Call &call, const QHttpServerRequest &request);
    // GET servicePrincipals(appId='...') (`property` "appId") and servicePrincipals/{id} ("id"):
    // single objects.
    QHttpServerResponse principal(const Call &call, const QString &property, const QString &value,
                                  const QHttpServerRequest &request);
    // GET servicePrincipals[?$filter=appId eq '...']: a collection, `key` always null.
    QHttpServerResponse principals(const Call &call, const QHttpServerRequest &request);
    QHttpServerResponse patchPrincipal(const Call &call, const QString &id,
                                       const QHttpServerRequest &request);

    // An injected fault (faults.json): 401 expires the presented token first.
    QHttpServerResponse faultResponse(const Call &call, const QHttpServerRequest &request, int status,
                                      int retryAfterSeconds);

private:
    // 401 or 403 when the request's token is missing, unknown, expired or lacks all of `anyOf`.
    std::optional<QHttpServerResponse> refuse(const Call &call, const QHttpServerRequest &request,
                                              const QStringList &anyOf) const;
    QHttpServerResponse failure(const Call &call, const Error &failed) const;
    QString metadataContext(const QString &entitySet) const;

    const LabTenantModel &m_model;
    LabTokenStore &m_tokens;
    QUrl m_base;
};

} // namespace s2s::lab
