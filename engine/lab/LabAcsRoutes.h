#pragma once

#include <QHttpServerResponse>

#include "lab/LabTenantModel.h"

namespace s2s::lab {

// The ACS metadata document of the lab tenant, at the path Endpoints::metadataEndpoint() builds
// (/<tenant id>/metadata/json/1): realm = tenant id, issuer = 00000001-...@<tenant id>, signing
// keys. Another tenant id answers 404, as ACS does.
class LabAcsRoutes {
public:
    explicit LabAcsRoutes(const LabTenantModel &model);

    QHttpServerResponse metadata(const QString &tenantId) const;

private:
    const LabTenantModel &m_model;
};

} // namespace s2s::lab
