#include "LabTenantModel.h"

#include "core/Constants.h"
#include "lab/LabJson.h"
#include "lab/LabKeyCredentials.h"

using namespace Qt::StringLiterals;

namespace s2s::lab {
namespace {

Error badRequest(const QString &message)
{
    return labGraphError(u"Request_BadRequest"_s, message);
}

Error notFound(const QString &id)
{
    return labGraphError(u"Request_ResourceNotFound"_s,
                         u"Resource '%1' does not exist or one of its queried reference-property "
                         "objects are not present."_s.arg(id));
}

bool isStringArray(const QJsonValue &value)
{
    if (!value.isArray())
        return false;
    for (const QJsonValue &item : value.toArray())
        if (!item.isString())
            return false;
    return true;
}

Result<QJsonArray> newKeyCredentials(const QJsonValue &sent)
{
    if (!sent.isArray())
        return badRequest(u"Invalid value specified for property 'keyCredentials' of resource "
                          "'ServicePrincipal'."_s);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonArray created;
    for (const QJsonValue &value : sent.toArray()) {
        const auto key = labKeyCredential(value.toObject(), now);
        if (!key)
            return key.error();
        created.append(*key);
    }
    return created;
}

// The first of `names` that a principal other than the one at `self` holds, case-insensitive.
QString spnHeldElsewhere(const QJsonArray &principals, int self, const QJsonArray &names)
{
    for (int i = 0; i < principals.size(); ++i) {
        if (i == self)
            continue;
        const QJsonArray held = principals.at(i)[u"servicePrincipalNames"].toArray();
        for (const QJsonValue &name : names)
            for (const QJsonValue &other : held)
                if (name.toString().compare(other.toString(), Qt::CaseInsensitive) == 0)
                    return name.toString();
    }
    return {};
}

} // namespace

Error labGraphError(const QString &code, const QString &message, const QString &remedy)
{
    return Error{u"graph."_s + code, message, {}, remedy};
}

LabTenantModel::LabTenantModel(LabFolder folder)
    : m_folder(std::move(folder))
{}

Result<QJsonObject> LabTenantModel::read() const
{
    return m_folder.readTenant();
}

Result<LabSignIn> LabTenantModel::signIn() const
{
    const auto tenant = read();
    if (!tenant)
        return tenant.error();
    return labSignIn(*tenant);
}

Result<LabUser> LabTenantModel::user(const QString &userPrincipalName) const
{
    const auto tenant = read();
    if (!tenant)
        return tenant.error();
    if (auto found = labUser(*tenant, userPrincipalName))
        return *found;
    return Error{u"lab.user-not-found"_s,
                 u"The user account %1 does not exist in the '%2' directory. To sign into this "
                 "application, the account must be added to the directory."_s.arg(
                     userPrincipalName, tenant->value(u"tenantId").toString()),
                 {},
                 {}};
}

bool LabTenantModel::namesTenant(const QJsonObject &tenant, const QString &segment)
{
    if (segment == u"organizations" || segment == u"common" ||
        segment.compare(tenant.value(u"tenantId").toString(), Qt::CaseInsensitive) == 0)
        return true;
    return indexOf(tenant.value(u"verifiedDomains").toArray(), u"name"_s, segment) >= 0;
}

QJsonObject LabTenantModel::organizationJson(const QJsonObject &tenant)
{
    QJsonArray domains;
    for (const QJsonValue &domain : tenant.value(u"verifiedDomains").toArray())
        domains.append(QJsonObject{{u"name"_s, domain[u"name"].toString()},
                                   {u"isInitial"_s, domain[u"isInitial"].toBool()},
                                   {u"isDefault"_s, domain[u"isDefault"].toBool()},
                                   {u"type"_s, u"Managed"_s},
                                   {u"capabilities"_s, u"Email, OfficeCommunicationsOnline"_s}});
    return {{u"id"_s, tenant.value(u"tenantId").toString()},
            {u"displayName"_s, tenant.value(u"displayName").toString()},
            {u"verifiedDomains"_s, domains}};
}

Result<QJsonObject> LabTenantModel::principal(const QString &property, const QString &value) const
{
    const auto tenant = read();
    if (!tenant)
        return tenant.error();
    const QJsonArray principals = tenant->value(u"servicePrincipals").toArray();
    const int index = indexOf(principals, property, value);
    if (index < 0)
        return notFound(value);
    return principals.at(index).toObject();
}

Status LabTenantModel::patchPrincipal(const QString &id, const QJsonObject &changes) const
{
    auto tenant = read();
    if (!tenant)
        return tenant.error();
    QJsonArray principals = tenant->value(u"servicePrincipals").toArray();
    const int index = indexOf(principals, u"id"_s, id);
    if (index < 0)
        return notFound(id);
    QJsonObject principal = principals.at(index).toObject();
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (it.key() == u"servicePrincipalNames") {
            if (!isStringArray(it.value()))
                return badRequest(u"Invalid value specified for property 'servicePrincipalNames' "
                                  "of resource 'ServicePrincipal'."_s);
            // SPNs are unique across the directory (Graph's alternate key).
            if (!spnHeldElsewhere(principals, index, it.value().toArray()).isEmpty())
                return labGraphError(u"Request_MultipleObjectsWithSameKeyValue"_s,
                                     u"Another object with the same value for property "
                                     "servicePrincipalNames already exists."_s);
            principal.insert(it.key(), it.value()); // replaced whole, as Graph does
        } else if (it.key() == u"keyCredentials") {
            const auto keys = newKeyCredentials(it.value());
            if (!keys)
                return keys.error();
            principal.insert(it.key(), *keys);
        } else {
            return badRequest(u"Property '%1' cannot be changed on the lab tenant: it keeps "
                              "servicePrincipalNames and keyCredentials only."_s.arg(it.key()));
        }
    }
    principals.replace(index, principal);
    tenant.value().insert(u"servicePrincipals"_s, principals);
    return m_folder.writeTenant(*tenant);
}

} // namespace s2s::lab
