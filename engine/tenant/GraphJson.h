#pragma once

#include <QJsonObject>

#include "tenant/TenantTypes.h"
#include "tenant/http/HttpTypes.h"

namespace s2s::graph_json {

// Microsoft Graph v1.0 resources <-> the engine's types.
Organization organization(const QJsonObject &json);
ServicePrincipal servicePrincipal(const QJsonObject &json);
KeyCredential keyCredential(const QJsonObject &json);
// Only the fields that are set: a re-sent existing key is exactly {key,type,usage}.
QJsonObject keyCredentialJson(const KeyCredential &key);
AcsMetadata acsMetadata(const QJsonObject &json);
// The status and the Bearer challenge's realm and client_id of a realm discovery answer.
RealmDiscovery realmDiscovery(const http::Response &response);

} // namespace s2s::graph_json
