#include "LabTenantModel.h"

#include "core/Constants.h"
#include "lab/LabJson.h"

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

} // namespace

Error labGraphError(const QString &code, const QString &message, const QString &remedy)
{
    return Error{u"graph."_s + code, message, {}, remedy};
}

LabTenantModel::LabTenantModel(LabFolder folder) : m_folder(std::move(folder)) {}

Result<QJsonObject> LabTenantModel::read() const
{
    return m_folder.readTenant();
}

Result<LabTenantModel::Account> LabTenantModel::account() const
{
    const auto tenant = read();
    if (!tenant)
        return tenant.error();
    const QJsonObject signIn = tenant->value(u"signIn").toObject();
    Account account{signIn.value(u"userPrincipalName").toString(), {}};
    for (const QJsonValue &scope : signIn.value(u"scopes").toArray())
        account.scopes.append(scope.toString());
    return account;
}

Result<bool> LabTenantModel::knowsClient(const QString &clientId) const
{
    const auto tenant = read();
    if (!tenant)
        return tenant.error();
    if (clientId.compare(constants::defaultClientId, Qt::CaseInsensitive) == 0)
        return true;
    for (const QJsonValue &known : tenant->value(u"signIn")[u"clientIds"].toArray())
        if (known.toString().compare(clientId, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

bool LabTenantModel::namesTenant(const QJsonObject &tenant, const QString &segment)
{
    if (segment == u"organizations" || segment == u"common"
        || segment.compare(tenant.value(u"tenantId").toString(), Qt::CaseInsensitive) == 0)
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

Result<QJsonArray> LabTenantModel::replacedKeyCredentials(const QJsonArray &existing,
                                                          const QJsonValue &sent) const
{
    if (!sent.isArray())
        return badRequest(u"Invalid value specified for property 'keyCredentials' of resource "
                          "'ServicePrincipal'."_s);
    QJsonArray replaced;
    for (const QJsonValue &value : sent.toArray()) {
        const QJsonObject key = value.toObject();
        const QString keyBase64 = key.value(u"key").toString();
        if (keyBase64.isEmpty() || key.value(u"type").toString().isEmpty()
            || key.value(u"usage").toString().isEmpty())
            return badRequest(u"Invalid value specified for property 'keyCredentials' of resource "
                              "'ServicePrincipal': key, type and usage are required."_s);
        if (const int known = indexOf(existing, u"key"_s, keyBase64); known >= 0) {
            replaced.append(existing.at(known));
            continue;
        }
        if (!certificateFromBase64(keyBase64))
            return badRequest(u"Key credential key is not a valid X.509 certificate."_s);
        QJsonObject created = keyCredentialJson(keyBase64, key.value(u"displayName").toString());
        created.insert(u"type"_s, key.value(u"type").toString());
        created.insert(u"usage"_s, key.value(u"usage").toString());
        for (const QString &date : {u"startDateTime"_s, u"endDateTime"_s})
            if (QDateTime::fromString(key.value(date).toString(), Qt::ISODate).isValid())
                created.insert(date, key.value(date).toString());
        replaced.append(created);
    }
    return replaced;
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
            principal.insert(it.key(), it.value()); // replaced whole, as Graph does
        } else if (it.key() == u"keyCredentials") {
            const auto keys = replacedKeyCredentials(principal.value(u"keyCredentials").toArray(),
                                                     it.value());
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
