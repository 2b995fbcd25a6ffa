#include "LabConcurrentWriter.h"

#include <QJsonArray>

#include "core/Constants.h"
#include "crypto/Certificate.h"
#include "lab/LabJson.h"

using namespace Qt::StringLiterals;

namespace s2s::lab {
namespace {

Error writeError(const QString &message)
{
    return Error{u"lab.concurrent-write"_s, message, {}, u"Fix \"concurrentWrite\" in faults.json."_s};
}

QString thumbprintOf(const QJsonValue &key)
{
    const QString base64 = key[u"key"].toString();
    if (base64.isEmpty())
        return {};
    return crypto::sha1Thumbprint(QByteArray::fromBase64(base64.toLatin1()));
}

// The key credentials without (or, with `strip`, with an emptied value for) the one of `thumbprint`.
Result<QJsonArray> changedKeys(const QJsonArray &keys, const QString &thumbprint, bool strip)
{
    QJsonArray changed;
    bool found = false;
    for (const QJsonValue &key : keys) {
        if (thumbprintOf(key).compare(thumbprint, Qt::CaseInsensitive) != 0) {
            changed.append(key);
            continue;
        }
        found = true;
        if (strip) {
            QJsonObject stripped = key.toObject();
            stripped.remove(u"key"_s);
            changed.append(stripped);
        }
    }
    if (!found)
        return writeError(u"No key credential has the thumbprint %1."_s.arg(thumbprint));
    return changed;
}

Result<QJsonObject> changed(QJsonObject principal, const QJsonObject &change)
{
    for (auto it = change.begin(); it != change.end(); ++it) {
        const QString value = it.value().toString();
        if (it.key() == u"appId")
            continue;
        if (value.isEmpty())
            return writeError(u"\"%1\" needs a text value."_s.arg(it.key()));
        QStringList spns;
        for (const QJsonValue &spn : principal.value(u"servicePrincipalNames").toArray())
            spns.append(spn.toString());
        const QJsonArray keys = principal.value(u"keyCredentials").toArray();
        if (it.key() == u"addSpn") {
            if (!spns.contains(value, Qt::CaseInsensitive))
                spns.append(value);
            principal.insert(u"servicePrincipalNames"_s, QJsonArray::fromStringList(spns));
        } else if (it.key() == u"removeSpn") {
            spns.removeIf([&](const QString &spn) { return spn.compare(value, Qt::CaseInsensitive) == 0; });
            principal.insert(u"servicePrincipalNames"_s, QJsonArray::fromStringList(spns));
        } else if (it.key() == u"addKey") {
            const auto generated = crypto::generateSelfSigned(value, 2048, 365);
            if (!generated)
                return generated.error();
            QJsonArray added = keys;
            added.append(keyCredentialJson(QString::fromLatin1(generated->der.toBase64()), u"CN="_s + value));
            principal.insert(u"keyCredentials"_s, added);
        } else if (it.key() == u"removeKey" || it.key() == u"stripKey") {
            const auto rest = changedKeys(keys, value, it.key() == u"stripKey");
            if (!rest)
                return rest.error();
            principal.insert(u"keyCredentials"_s, *rest);
        } else {
            return writeError(u"Unknown change \"%1\"."_s.arg(it.key()));
        }
    }
    return principal;
}

} // namespace

Status applyConcurrentWrite(const LabFolder &folder, const QJsonObject &change)
{
    auto tenant = folder.readTenant();
    if (!tenant)
        return tenant.error();
    const QString appId = change.value(u"appId").toString(constants::spoAppId);
    QJsonArray principals = tenant->value(u"servicePrincipals").toArray();
    const int index = indexOf(principals, u"appId"_s, appId);
    if (index < 0)
        return writeError(u"tenant.json has no service principal with appId %1."_s.arg(appId));
    const auto principal = changed(principals.at(index).toObject(), change);
    if (!principal)
        return principal.error();
    principals.replace(index, *principal);
    QJsonObject written = *tenant;
    written.insert(u"servicePrincipals"_s, principals);
    return folder.writeTenant(written);
}

} // namespace s2s::lab
