#include "LabDirectory.h"

#include <QCoreApplication>
#include <QJsonArray>

#include "core/Constants.h"

using namespace Qt::StringLiterals;

namespace s2s::lab {
namespace {

// Directory role template ids (Microsoft Entra built-in roles reference) whose holders may update
// any service principal's credentials and names.
const QStringList principalWriterRoles{
    u"62e90394-69f5-4237-9190-012177145e10"_s, // Global Administrator
    u"9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3"_s, // Application Administrator
    u"158c047a-c907-4556-b7ef-446551a6b5f7"_s, // Cloud Application Administrator
};

} // namespace

QStringList LabUser::roleTemplateIds() const
{
    QStringList ids;
    for (const LabDirectoryRole &role : directoryRoles)
        ids.append(role.roleTemplateId);
    return ids;
}

std::optional<LabUser> labUser(const QJsonObject &tenant, const QString &userPrincipalName)
{
    for (const QJsonValue &value : tenant.value(u"users").toArray()) {
        const QJsonObject json = value.toObject();
        if (userPrincipalName.isEmpty() ||
            json.value(u"userPrincipalName").toString().compare(userPrincipalName, Qt::CaseInsensitive) != 0)
            continue;
        LabUser user{json.value(u"userPrincipalName").toString(),
                     json.value(u"id").toString(),
                     json.value(u"displayName").toString(),
                     {}};
        for (const QJsonValue &role : json.value(u"directoryRoles").toArray())
            user.directoryRoles.append({role[u"roleTemplateId"].toString(), role[u"displayName"].toString()});
        return user;
    }
    return std::nullopt;
}

bool mayUpdateServicePrincipals(const LabUser &user)
{
    for (const QString &id : user.roleTemplateIds())
        if (principalWriterRoles.contains(id, Qt::CaseInsensitive))
            return true;
    return false;
}

Result<LabSignIn> labSignIn(const QJsonObject &tenant)
{
    const QJsonObject json = tenant.value(u"signIn").toObject();
    LabSignIn signIn;
    signIn.userPrincipalName = json.value(u"userPrincipalName").toString();
    for (const QJsonValue &scope : json.value(u"scopes").toArray())
        signIn.consentedScopes.append(scope.toString());
    const QString deviceCode = json.value(u"deviceCode").toString(u"approve"_s);
    if (deviceCode == u"approve")
        signIn.deviceCode = LabDeviceCodeOutcome::Approve;
    else if (deviceCode == u"decline")
        signIn.deviceCode = LabDeviceCodeOutcome::Decline;
    else if (deviceCode == u"expire")
        signIn.deviceCode = LabDeviceCodeOutcome::Expire;
    else if (deviceCode == u"mistype")
        signIn.deviceCode = LabDeviceCodeOutcome::Mistype;
    else
        return Error{
            u"lab.tenant-json"_s,
            QCoreApplication::translate("Lab", "tenant.json signIn.deviceCode is \"%1\".").arg(deviceCode),
            {},
            QCoreApplication::translate("Lab", "Use \"approve\", \"decline\", \"expire\" "
                                               "or \"mistype\".")};
    return signIn;
}

LabClient labClient(const QJsonObject &tenant, const QString &clientId)
{
    const QJsonObject signIn = tenant.value(u"signIn").toObject();
    if (clientId.compare(constants::defaultClientId, Qt::CaseInsensitive) == 0)
        return {LabClientKind::Public, true, signIn.value(u"widsInIdToken").toBool()};
    static const QStringList rolesClaims{u"SecurityGroup"_s, u"DirectoryRole"_s, u"All"_s};
    for (const QJsonValue &client : signIn.value(u"clients").toArray())
        if (client[u"appId"].toString().compare(clientId, Qt::CaseInsensitive) == 0)
            return {client[u"publicClient"].toBool() ? LabClientKind::Public : LabClientKind::Confidential,
                    client[u"signInAudience"].toString() != u"AzureADMyOrg",
                    rolesClaims.contains(client[u"groupMembershipClaims"].toString(), Qt::CaseInsensitive)};
    for (const QJsonValue &known : signIn.value(u"clientIds").toArray())
        if (known.toString().compare(clientId, Qt::CaseInsensitive) == 0)
            return {LabClientKind::Public, true};
    return {};
}

} // namespace s2s::lab
