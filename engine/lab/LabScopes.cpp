#include "LabScopes.h"

using namespace Qt::StringLiterals;

namespace s2s::lab {
namespace {

const QString graphResource = u"https://graph.microsoft.com/"_s;

bool containsScope(const QStringList &scopes, const QString &scope)
{
    for (const QString &candidate : scopes)
        if (shortGraphScope(candidate).compare(shortGraphScope(scope), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

} // namespace

QString shortGraphScope(const QString &scope)
{
    if (scope.startsWith(graphResource, Qt::CaseInsensitive))
        return scope.mid(graphResource.size());
    return scope;
}

bool isOpenIdScope(const QString &scope)
{
    static const QStringList names{u"openid"_s, u"profile"_s, u"email"_s, u"offline_access"_s};
    return names.contains(scope, Qt::CaseInsensitive);
}

LabRequestedScopes parseLabScopes(const QString &scopeParameter)
{
    LabRequestedScopes scopes;
    for (const QString &scope : scopeParameter.split(u' ', Qt::SkipEmptyParts)) {
        if (isOpenIdScope(scope))
            scopes.openId.append(scope.toLower());
        else
            scopes.graph.append(shortGraphScope(scope));
    }
    return scopes;
}

QStringList grantedLabScopes(const QStringList &requested, const QStringList &consented)
{
    const bool everything = containsScope(requested, u".default"_s);
    QStringList granted;
    for (const QString &scope : consented) {
        if (isOpenIdScope(scope) || granted.contains(shortGraphScope(scope), Qt::CaseInsensitive))
            continue;
        if (everything || containsScope(requested, scope))
            granted.append(shortGraphScope(scope));
    }
    return granted;
}

LabGrant labGrant(const QString &clientId, const LabSignIn &signIn, const QString &scope)
{
    const LabRequestedScopes requested = parseLabScopes(scope);
    return LabGrant{clientId, signIn.userPrincipalName,
                    grantedLabScopes(requested.graph, signIn.consentedScopes), requested.openId};
}

} // namespace s2s::lab
