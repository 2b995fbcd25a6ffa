#include "LabTenantBackend.h"

#include <QJsonArray>

#include "lab/LabJson.h"

using namespace Qt::StringLiterals;

namespace s2s::lab {
namespace {

Error graphError(const QString &code, const QString &message, const QString &remedy = {})
{
    return Error{u"graph."_s + code, message, {}, remedy};
}

KeyCredential keyFromJson(const QJsonObject &json)
{
    return {json.value(u"keyId").toString(),
            json.value(u"type").toString(),
            json.value(u"usage").toString(),
            json.value(u"key").toString(),
            json.value(u"customKeyIdentifier").toString(),
            json.value(u"displayName").toString(),
            QDateTime::fromString(json.value(u"startDateTime").toString(), Qt::ISODate),
            QDateTime::fromString(json.value(u"endDateTime").toString(), Qt::ISODate)};
}

} // namespace

LabTenantBackend::LabTenantBackend(LabFolder folder) : m_folder(std::move(folder)) {}

QCoro::Task<Result<SignedInAccount>> LabTenantBackend::signIn()
{
    // The lab approves its own sign-in; the account and its consented scopes come from the file.
    const auto tenant = m_folder.readTenant();
    if (!tenant)
        co_return tenant.error();
    const QJsonObject signIn = tenant->value(u"signIn").toObject();
    SignedInAccount account{signIn.value(u"userPrincipalName").toString(), {}};
    for (const QJsonValue &scope : signIn.value(u"scopes").toArray())
        account.scopes.append(scope.toString());
    m_account = account;
    co_return account;
}

QCoro::Task<Status> LabTenantBackend::signOut()
{
    m_account.reset();
    co_return success();
}

Result<QJsonObject> LabTenantBackend::signedInTenant()
{
    if (!m_account)
        return graphError(u"InvalidAuthenticationToken"_s, u"Access token is empty."_s,
                          u"Sign in first (step \"Prepare tools and sign in\")."_s);
    return m_folder.readTenant();
}

QCoro::Task<Result<Organization>> LabTenantBackend::organization()
{
    const auto tenant = signedInTenant();
    if (!tenant)
        co_return tenant.error();
    Organization organization{tenant->value(u"tenantId").toString(),
                              tenant->value(u"displayName").toString(), {}};
    for (const QJsonValue &domain : tenant->value(u"verifiedDomains").toArray())
        organization.verifiedDomains.append({domain[u"name"].toString(),
                                             domain[u"isInitial"].toBool(),
                                             domain[u"isDefault"].toBool()});
    co_return organization;
}

QCoro::Task<Result<ServicePrincipal>> LabTenantBackend::servicePrincipalByAppId(QString appId)
{
    const auto tenant = signedInTenant();
    if (!tenant)
        co_return tenant.error();
    const QJsonArray principals = tenant->value(u"servicePrincipals").toArray();
    const int index = indexOf(principals, u"appId"_s, appId);
    if (index < 0)
        co_return graphError(u"Request_ResourceNotFound"_s,
                             u"Resource '%1' does not exist or one of its queried reference-property "
                             "objects are not present."_s.arg(appId));
    const QJsonObject json = principals.at(index).toObject();
    ServicePrincipal principal{json.value(u"id").toString(), json.value(u"appId").toString(),
                               json.value(u"displayName").toString(), {}, {}};
    for (const QJsonValue &name : json.value(u"servicePrincipalNames").toArray())
        principal.servicePrincipalNames.append(name.toString());
    for (const QJsonValue &key : json.value(u"keyCredentials").toArray())
        principal.keyCredentials.append(keyFromJson(key.toObject()));
    co_return principal;
}

Status LabTenantBackend::patchPrincipal(const QString &id, const QString &property,
                                        const QJsonArray &value)
{
    auto tenant = signedInTenant();
    if (!tenant)
        return tenant.error();
    if (!m_account->scopes.contains(u"Application.ReadWrite.All"_s))
        return graphError(u"Authorization_RequestDenied"_s,
                          u"Insufficient privileges to complete the operation."_s,
                          u"Sign in with an account holding the Application Administrator or "
                          "Cloud Application Administrator role, and consent to "
                          "Application.ReadWrite.All."_s);
    QJsonArray principals = tenant->value(u"servicePrincipals").toArray();
    const int index = indexOf(principals, u"id"_s, id);
    if (index < 0)
        return graphError(u"Request_ResourceNotFound"_s,
                          u"Resource '%1' does not exist."_s.arg(id));
    QJsonObject principal = principals.at(index).toObject();
    principal.insert(property, value); // Graph semantics: the collection is replaced whole
    principals.replace(index, principal);
    tenant.value().insert(u"servicePrincipals"_s, principals);
    return m_folder.writeTenant(*tenant);
}

QCoro::Task<Status> LabTenantBackend::patchServicePrincipalNames(QString id, QStringList names)
{
    co_return patchPrincipal(id, u"servicePrincipalNames"_s, QJsonArray::fromStringList(names));
}

QCoro::Task<Status> LabTenantBackend::patchKeyCredentials(QString id, QList<KeyCredential> keys)
{
    // Graph keeps a re-sent key (matched by its key) and takes dates and identifier of a new key
    // from its certificate; every element must carry key, type and usage.
    auto tenant = signedInTenant();
    if (!tenant)
        co_return tenant.error();
    const QJsonArray principals = tenant->value(u"servicePrincipals").toArray();
    const int index = indexOf(principals, u"id"_s, id);
    const QJsonArray existing =
        index < 0 ? QJsonArray() : principals.at(index)[u"keyCredentials"].toArray();
    QJsonArray replaced;
    for (const KeyCredential &key : keys) {
        if (key.key.isEmpty() || key.type.isEmpty() || key.usage.isEmpty())
            co_return graphError(u"Request_BadRequest"_s,
                                 u"Invalid value specified for property 'keyCredentials' of "
                                 "resource 'ServicePrincipal': key, type and usage are required."_s);
        const int known = indexOf(existing, u"key"_s, key.key);
        if (known >= 0) {
            replaced.append(existing.at(known));
            continue;
        }
        if (!certificateFromBase64(key.key))
            co_return graphError(u"Request_BadRequest"_s,
                                 u"Key credential key is not a valid X.509 certificate."_s);
        QJsonObject created = keyCredentialJson(key.key, key.displayName);
        if (key.startDateTime.isValid())
            created.insert(u"startDateTime"_s, key.startDateTime.toString(Qt::ISODate));
        if (key.endDateTime.isValid())
            created.insert(u"endDateTime"_s, key.endDateTime.toString(Qt::ISODate));
        replaced.append(created);
    }
    co_return patchPrincipal(id, u"keyCredentials"_s, replaced);
}

QCoro::Task<Result<AcsMetadata>> LabTenantBackend::acsMetadata(QString url)
{
    const auto tenant = m_folder.readTenant();
    if (!tenant)
        co_return tenant.error();
    if (!isAcsMetadataUrl(*tenant, url))
        co_return Error{u"network.not-found"_s, u"%1 answered 404 Not Found."_s.arg(url), {},
                        u"Check the tenant id in the metadata endpoint."_s};
    const QJsonObject document = acsMetadataDocument(*tenant);
    co_return AcsMetadata{document.value(u"realm").toString(), document.value(u"issuer").toString(),
                          int(document.value(u"keys").toArray().size())};
}

} // namespace s2s::lab
