#pragma once

#include <QJsonArray>
#include <QJsonObject>

#include "core/Error.h"
#include "farm/FarmTypes.h"
#include "tenant/TenantTypes.h"

namespace s2s::lab {

// A Graph keyCredential for a base64 DER certificate, with dates and customKeyIdentifier taken
// from the certificate as Graph does.
QJsonObject keyCredentialJson(const QString &keyBase64, const QString &displayName);

Result<CertificateInfo> certificateFromBase64(const QString &base64);

// The ACS metadata document the lab tenant publishes, shaped like ACS's own
// (accounts.accesscontrol.windows.net/<tenant>/metadata/json/1): realm, issuer, the signing
// certificate in keys[] ({usage "signing", keyInfo {x5t}, keyValue {type "x509Certificate", value
// base64 DER}}) and endpoints[] with the OAuth2 token endpoint `tokenEndpoint`.
QJsonObject acsMetadataDocument(const QJsonObject &tenant, const QString &tokenEndpoint,
                                const QByteArray &signingCertificateDer);

// Finds an element of an array of objects whose `key` equals `value` (case-insensitive).
int indexOf(const QJsonArray &array, const QString &key, const QString &value);

} // namespace s2s::lab
