#include "LabAcsRoutes.h"

#include "lab/LabHttp.h"
#include "lab/LabJson.h"

using namespace Qt::StringLiterals;

namespace s2s::lab {

LabAcsRoutes::LabAcsRoutes(const LabTenantModel &model)
    : m_model(model)
{}

QHttpServerResponse LabAcsRoutes::metadata(const QString &tenantId) const
{
    const auto tenant = m_model.read();
    if (!tenant)
        return http::json({{u"error"_s, tenant.error().message}}, 500);
    if (tenantId.compare(tenant->value(u"tenantId").toString(), Qt::CaseInsensitive) != 0)
        return http::json({{u"error"_s, u"ACS90002: Tenant '%1' not found."_s.arg(tenantId)}}, 404);
    return http::json(acsMetadataDocument(*tenant), 200);
}

} // namespace s2s::lab
