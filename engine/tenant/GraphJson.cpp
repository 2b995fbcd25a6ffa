#include "GraphJson.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace s2s::graph_json {

Organization organization(const QJsonObject &json)
{
    Organization organization{json.value(u"id").toString(), json.value(u"displayName").toString(), {}};
    for (const QJsonValue &domain : json.value(u"verifiedDomains").toArray())
        organization.verifiedDomains.append(
            {domain[u"name"].toString(), domain[u"isInitial"].toBool(), domain[u"isDefault"].toBool()});
    return organization;
}

KeyCredential keyCredential(const QJsonObject &json)
{
    return {json.value(u"keyId").toString(),
            json.value(u"type").toString(),
            json.value(u"usage").toString(),
            json.value(u"key").toString(),
            json.value(u"customKeyIdentifier").toString(),
            json.value(u"displayName").toString(),
            QDateTime::fromString(json.value(u"startDateTime").toString(), Qt::ISODateWithMs),
            QDateTime::fromString(json.value(u"endDateTime").toString(), Qt::ISODateWithMs)};
}

ServicePrincipal servicePrincipal(const QJsonObject &json)
{
    ServicePrincipal principal{json.value(u"id").toString(),
                               json.value(u"appId").toString(),
                               json.value(u"displayName").toString(),
                               {},
                               {}};
    for (const QJsonValue &name : json.value(u"servicePrincipalNames").toArray())
        principal.servicePrincipalNames.append(name.toString());
    for (const QJsonValue &key : json.value(u"keyCredentials").toArray())
        principal.keyCredentials.append(keyCredential(key.toObject()));
    return principal;
}

QJsonObject keyCredentialJson(const KeyCredential &key)
{
    QJsonObject json;
    for (const auto &[name, value] :
         {std::pair{u"keyId"_s, key.keyId}, std::pair{u"type"_s, key.type}, std::pair{u"usage"_s, key.usage},
          std::pair{u"key"_s, key.key}, std::pair{u"customKeyIdentifier"_s, key.customKeyIdentifier},
          std::pair{u"displayName"_s, key.displayName}})
        if (!value.isEmpty())
            json.insert(name, value);
    if (key.startDateTime.isValid())
        json.insert(u"startDateTime"_s, key.startDateTime.toUTC().toString(Qt::ISODate));
    if (key.endDateTime.isValid())
        json.insert(u"endDateTime"_s, key.endDateTime.toUTC().toString(Qt::ISODate));
    return json;
}

AcsMetadata acsMetadata(const QJsonObject &json)
{
    AcsMetadata metadata{json.value(u"realm").toString(),
                         json.value(u"issuer").toString(),
                         int(json.value(u"keys").toArray().size()),
                         {}};
    for (const QJsonValue &endpoint : json.value(u"endpoints").toArray())
        if (endpoint[u"protocol"].toString().compare(u"OAuth2", Qt::CaseInsensitive) == 0) {
            metadata.tokenEndpoint = endpoint[u"location"].toString();
            break;
        }
    return metadata;
}

namespace {
// One parameter of a Bearer challenge: realm="x" (quoted or not), case-insensitive name.
QString challengeParameter(const QString &challenge, const QString &name)
{
    static const QRegularExpression parameter(
        uR"re((?:^|[\s,])([A-Za-z_]+)\s*=\s*(?:"([^"]*)"|([^\s,]*)))re"_s);
    for (auto match = parameter.globalMatch(challenge); match.hasNext();) {
        const auto next = match.next();
        if (next.captured(1).compare(name, Qt::CaseInsensitive) == 0)
            return next.hasCaptured(2) ? next.captured(2) : next.captured(3);
    }
    return {};
}
} // namespace

RealmDiscovery realmDiscovery(const http::Response &response)
{
    RealmDiscovery discovery;
    discovery.status = response.status;
    for (const auto &[name, value] : response.headers) {
        if (name.compare("WWW-Authenticate", Qt::CaseInsensitive) != 0)
            continue;
        const QString challenge = QString::fromLatin1(value).trimmed();
        if (!challenge.startsWith(u"Bearer", Qt::CaseInsensitive))
            continue;
        discovery.wwwAuthenticate = challenge;
        discovery.realm = challengeParameter(challenge.mid(6), u"realm"_s);
        discovery.clientId = challengeParameter(challenge.mid(6), u"client_id"_s);
        break;
    }
    return discovery;
}

} // namespace s2s::graph_json
