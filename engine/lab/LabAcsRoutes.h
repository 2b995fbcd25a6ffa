#pragma once

#include <QByteArray>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QUrl>

#include "core/Error.h"
#include "lab/LabAcsSigningKey.h"
#include "lab/LabTenantModel.h"

namespace s2s::lab {

// The ACS side of the lab tenant (DESIGN.md "The lab"; PROCEDURE.md "The trust, proven end to
// end"):
// - the metadata document at the path Endpoints::metadataEndpoint() builds
//   (/<tenant id>/metadata/json/1): realm = tenant id, issuer = 00000001-...@<tenant id>, the
//   OAuth2 token endpoint and the signing certificate. Another tenant id answers 404, as ACS does.
// - the token endpoint POST /<tenant id>/tokens/OAuth/2: a client_credentials grant with an RS256
//   client assertion (jwt-bearer), verified for real against the keyCredentials of the principal
//   of client_id in tenant.json, answered in ACS's form or with Entra's errors.
// - SharePoint Online's realm discovery, GET /_vti_bin/client.svc: 401 with
//   WWW-Authenticate: Bearer realm="<tenant id>",... to an "Authorization: Bearer" request, 403
//   without one.
class LabAcsRoutes {
public:
    LabAcsRoutes(const LabTenantModel &model, QUrl base);

    QHttpServerResponse metadata(const QString &tenantId) const;
    QHttpServerResponse token(const QString &tenant, const QHttpServerRequest &request) const;
    QHttpServerResponse realmDiscovery(const QHttpServerRequest &request) const;

    // <base>/<tenant id>/tokens/OAuth/2: the metadata's OAuth2 location, the assertion's aud.
    QString tokenEndpoint(const QString &tenantId) const;

private:
    // 200 in ACS's form: an access token for `resource`, RS256-signed with the metadata's key.
    QHttpServerResponse issue(const QString &tenantId, const QString &nameId, const QString &resource) const;

    const LabTenantModel &m_model;
    QUrl m_base;
};

} // namespace s2s::lab
