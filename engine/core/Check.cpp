#include "Check.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace s2s {

QString checkStatusName(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass: return u"pass"_s;
    case CheckStatus::Warn: return u"warn"_s;
    case CheckStatus::Fail: return u"fail"_s;
    case CheckStatus::Unknown: return u"unknown"_s;
    }
    return u"fail"_s;
}

// Context "PageText": the texts were first the pages' own.
QString checkStatusText(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass: return QCoreApplication::translate("PageText", "pass");
    case CheckStatus::Warn: return QCoreApplication::translate("PageText", "warning");
    case CheckStatus::Fail: return QCoreApplication::translate("PageText", "fail");
    case CheckStatus::Unknown: return QCoreApplication::translate("PageText", "unknown");
    }
    return {};
}

CheckStatus checkStatusFromName(const QString &name)
{
    if (name == u"pass")
        return CheckStatus::Pass;
    if (name == u"warn")
        return CheckStatus::Warn;
    if (name == u"unknown")
        return CheckStatus::Unknown;
    return CheckStatus::Fail;
}

QJsonObject Check::toJson() const
{
    return {{u"id"_s, id},
            {u"title"_s, title},
            {u"status"_s, checkStatusName(status)},
            {u"expected"_s, expected},
            {u"actual"_s, actual},
            {u"remedy"_s, remedy}};
}

Check Check::fromJson(const QJsonObject &json)
{
    return {json.value(u"id").toString(),
            json.value(u"title").toString(),
            checkStatusFromName(json.value(u"status").toString()),
            json.value(u"expected").toString(),
            json.value(u"actual").toString(),
            json.value(u"remedy").toString()};
}

bool ValidationReport::hasFailure() const
{
    for (const Check &check : checks)
        if (check.status == CheckStatus::Fail)
            return true;
    return false;
}

const Check *ValidationReport::find(const QString &id) const
{
    for (const Check &check : checks)
        if (check.id == id)
            return &check;
    return nullptr;
}

QJsonObject ValidationReport::toJson() const
{
    QJsonArray array;
    for (const Check &check : checks)
        array.append(check.toJson());
    return {{u"time"_s, time.toUTC().toString(Qt::ISODate)}, {u"checks"_s, array}};
}

ValidationReport ValidationReport::fromJson(const QJsonObject &json)
{
    ValidationReport report;
    report.time = QDateTime::fromString(json.value(u"time").toString(), Qt::ISODate);
    const QJsonArray array = json.value(u"checks").toArray();
    for (const QJsonValue &value : array)
        report.checks.append(Check::fromJson(value.toObject()));
    return report;
}

} // namespace s2s
