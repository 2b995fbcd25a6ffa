#include "ChangeLog.h"

#include <QJsonArray>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace s2s {
namespace {

using Kind = ChangeRecord::Kind;

constexpr std::array kindNames{
    std::pair{Kind::OAuthOverHttp, u"oauth-over-http"},
    std::pair{Kind::StsCertificate, u"sts-certificate"},
    std::pair{Kind::KeyAdded, u"key-added"},
    std::pair{Kind::KeyRemoved, u"key-removed"},
    std::pair{Kind::SpnAdded, u"spn-added"},
    std::pair{Kind::AppPrincipalRegistered, u"app-principal-registered"},
    std::pair{Kind::RealmChanged, u"realm-changed"},
    std::pair{Kind::AcsProxyCreated, u"acs-proxy-created"},
    std::pair{Kind::TrustedIssuerCreated, u"trusted-issuer-created"},
};

QString dateText(const QDateTime &date)
{
    return date.isValid() ? date.toString(Qt::ISODateWithMs) : QString();
}

QDateTime dateFrom(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

} // namespace

QString changeKindName(Kind kind)
{
    for (const auto &[each, name] : kindNames)
        if (each == kind)
            return QString::fromUtf16(name);
    return {};
}

std::optional<Kind> changeKindFromName(const QString &name)
{
    for (const auto &[each, text] : kindNames)
        if (QStringView(text) == name)
            return each;
    return std::nullopt;
}

bool ChangeRecord::sameChangeAs(const ChangeRecord &other) const
{
    if (kind != other.kind)
        return false;
    if (kind == Kind::RealmChanged || kind == Kind::OAuthOverHttp)
        return true;
    return object.compare(other.object, Qt::CaseInsensitive) == 0;
}

QJsonObject ChangeRecord::toJson() const
{
    QJsonObject json{{u"kind"_s, changeKindName(kind)},
                     {u"step"_s, step},
                     {u"object"_s, object},
                     {u"recorded"_s, dateText(recorded)}};
    for (const auto &[key, value] : {std::pair{u"name"_s, name}, std::pair{u"site"_s, site},
                                     std::pair{u"before"_s, before}, std::pair{u"after"_s, after}})
        if (!value.isEmpty())
            json.insert(key, value);
    if (undone.isValid())
        json.insert(u"undone"_s, dateText(undone));
    if (foundGone)
        json.insert(u"foundGone"_s, true);
    return json;
}

std::optional<ChangeRecord> ChangeRecord::fromJson(const QJsonObject &json)
{
    const auto kind = changeKindFromName(json.value(u"kind").toString());
    if (!kind)
        return std::nullopt;
    ChangeRecord record;
    record.kind = *kind;
    record.step = json.value(u"step").toString();
    record.object = json.value(u"object").toString();
    record.name = json.value(u"name").toString();
    record.site = json.value(u"site").toString();
    record.before = json.value(u"before").toString();
    record.after = json.value(u"after").toString();
    record.recorded = dateFrom(json.value(u"recorded"));
    record.undone = dateFrom(json.value(u"undone"));
    record.foundGone = json.value(u"foundGone").toBool();
    return record;
}

const ChangeRecord *ChangeLog::find(const ChangeRecord &change) const
{
    for (const ChangeRecord &each : changes)
        if (each.sameChangeAs(change))
            return &each;
    return nullptr;
}

QJsonObject ChangeLog::toJson() const
{
    QJsonArray array;
    for (const ChangeRecord &change : changes)
        array.append(change.toJson());
    QJsonObject json{{u"complete"_s, complete}, {u"changes"_s, array}};
    if (removalStarted.isValid())
        json.insert(u"removalStarted"_s, dateText(removalStarted));
    if (removalFinished.isValid())
        json.insert(u"removalFinished"_s, dateText(removalFinished));
    return json;
}

ChangeLog ChangeLog::fromSessionJson(const QJsonObject &sessionJson)
{
    ChangeLog log;
    if (!sessionJson.value(u"changeLog").isObject()) {
        // Written before changes were recorded: whatever it changed is unknown.
        log.complete = sessionJson.value(u"steps").toObject().isEmpty();
        return log;
    }
    const QJsonObject json = sessionJson.value(u"changeLog").toObject();
    log.complete = json.value(u"complete").toBool(false);
    for (const QJsonValue &value : json.value(u"changes").toArray())
        if (const auto change = ChangeRecord::fromJson(value.toObject()))
            log.changes.append(*change);
    log.removalStarted = dateFrom(json.value(u"removalStarted"));
    log.removalFinished = dateFrom(json.value(u"removalFinished"));
    return log;
}

} // namespace s2s
