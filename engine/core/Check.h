#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace s2s {

// Unknown: the check could not be decided (e.g. no baseline to compare with); it neither fails a
// run nor counts as a warning.
enum class CheckStatus {
    Pass,
    Warn,
    Fail,
    Unknown
};

QString checkStatusName(CheckStatus status);
CheckStatus checkStatusFromName(const QString &name);
// The status in the admin's language ("pass", "Bestanden"), as pages and the HTML export show it.
QString checkStatusText(CheckStatus status);

// One validation result, as PROCEDURE.md names it (id is stable across releases).
struct Check {
    QString id;
    QString title;
    CheckStatus status = CheckStatus::Fail;
    QString expected;
    QString actual;
    QString remedy;

    QJsonObject toJson() const;
    static Check fromJson(const QJsonObject &json);
};

// The checks of one validation run of one step.
struct ValidationReport {
    QDateTime time;
    QList<Check> checks;

    bool hasFailure() const;
    const Check *find(const QString &id) const;
    QJsonObject toJson() const;
    static ValidationReport fromJson(const QJsonObject &json);
};

} // namespace s2s
