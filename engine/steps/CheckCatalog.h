#pragma once

#include <QList>
#include <QString>

#include "core/Check.h"
#include "core/Error.h"

namespace s2s {

// Titles of every check id of PROCEDURE.md, translated, in one place.
QString checkTitle(const QString &id);

Check passCheck(const QString &id, const QString &expected, const QString &actual);
Check failCheck(const QString &id, const QString &expected, const QString &actual,
                const QString &remedy);
Check warnCheck(const QString &id, const QString &expected, const QString &actual,
                const QString &remedy);
// The check could not be decided (no baseline, ...): shown as such, never fails a run.
Check unknownCheck(const QString &id, const QString &expected, const QString &actual,
                   const QString &remedy);
Check checkIf(bool passed, const QString &id, const QString &expected, const QString &actual,
              const QString &remedy);
// The checks `ids` all failed because reading the state failed with `error`.
QList<Check> unreadableChecks(const QStringList &ids, const Error &error);

ValidationReport makeReport(QList<Check> checks);

} // namespace s2s
