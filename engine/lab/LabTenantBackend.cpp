#include "LabTenantBackend.h"

#include <QJsonArray>

#include "core/Constants.h"
#include "lab/LabJson.h"

using namespace Qt::StringLiterals;

namespace s2s::lab {
namespace {

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

LabTenantBackend::LabTenantBackend(LabFolder folder) : m_model(std::move(folder)) {}

QCoro::Task<Result<SignedInAccount>> LabTenantBackend::signIn()
{
    // The lab approves its own sign-in; the account and its consented scopes come from the file.
    const auto account = m_model.account();
    if (!account)
        co_return account.error();
    // Member by member: GCC 12 miscompiles this aggregate's braced init inside a coroutine.
    SignedInAccount signedIn;
    signedIn.userPrincipalName = account->userPrincipalName;
    signedIn.scopes = account->scopes;
    m_account = signedIn;
    co_return signedIn;
}

Result<QJsonObject> LabTenantBackend::signedInTenant()
{
    if (!m_account)
        return labGraphError(u"InvalidAuthenticationToken"_s, u"Access token is empty."_s,
                             u"Sign in first (step \"Prepare tools and sign in\")."_s);
    return m_model.read();
}

QCoro::Task<Result<Organization>> LabTenantBackend::organization()
{
    const auto tenant = signedInTenant();
    if (!tenant)
        co_return tenant.error();
    const QJsonObject json = LabTenantModel::organizationJson(*tenant);
    Organization organization{json.value(u"id").toString(), json.value(u"displayName").toString(),
                              {}};
    for (const QJsonValue &domain : json.value(u"verifiedDomains").toArray())
        organization.verifiedDomains.append({domain[u"name"].toString(),
                                             domain[u"isInitial"].toBool(),
                                             domain[u"isDefault"].toBool()});
    co_return organization;
}

QCoro::Task<Result<ServicePrincipal>> LabTenantBackend::servicePrincipalByAppId(QString appId)
{
    if (const auto tenant = signedInTenant(); !tenant)
        co_return tenant.error();
    const auto found = m_model.principal(u"appId"_s, appId);
    if (!found)
        co_return found.error();
    ServicePrincipal principal{found->value(u"id").toString(), found->value(u"appId").toString(),
                               found->value(u"displayName").toString(), {}, {}};
    for (const QJsonValue &name : found->value(u"servicePrincipalNames").toArray())
        principal.servicePrincipalNames.append(name.toString());
    for (const QJsonValue &key : found->value(u"keyCredentials").toArray())
        principal.keyCredentials.append(keyFromJson(key.toObject()));
    co_return principal;
}

Status LabTenantBackend::patchPrincipal(const QString &id, const QJsonObject &changes)
{
    if (const auto tenant = signedInTenant(); !tenant)
        return tenant.error();
    if (!m_account->scopes.contains(constants::requiredGraphScope))
        return labGraphError(u"Authorization_RequestDenied"_s,
                             u"Insufficient privileges to complete the operation."_s,
                             u"Sign in with an account holding the Application Administrator or "
                             "Cloud Application Administrator role, and consent to "
                             "Application.ReadWrite.All."_s);
    return m_model.patchPrincipal(id, changes);
}

QCoro::Task<Status> LabTenantBackend::patchServicePrincipalNames(QString id, QStringList names)
{
    co_return patchPrincipal(id, QJsonObject{{u"servicePrincipalNames"_s,
                                              QJsonArray::fromStringList(names)}});
}

QCoro::Task<Status> LabTenantBackend::patchKeyCredentials(QString id, QList<KeyCredential> keys)
{
    QJsonArray sent;
    for (const KeyCredential &key : keys) {
        QJsonObject json{{u"key"_s, key.key}, {u"type"_s, key.type}, {u"usage"_s, key.usage}};
        if (!key.displayName.isEmpty())
            json.insert(u"displayName"_s, key.displayName);
        if (key.startDateTime.isValid())
            json.insert(u"startDateTime"_s, key.startDateTime.toString(Qt::ISODate));
        if (key.endDateTime.isValid())
            json.insert(u"endDateTime"_s, key.endDateTime.toString(Qt::ISODate));
        sent.append(json);
    }
    co_return patchPrincipal(id, QJsonObject{{u"keyCredentials"_s, sent}});
}

QCoro::Task<Result<AcsMetadata>> LabTenantBackend::acsMetadata(QString url)
{
    const auto tenant = m_model.read();
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
