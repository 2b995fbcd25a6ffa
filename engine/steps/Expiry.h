#pragma once

#include <QDateTime>
#include <QList>

#include "core/StepId.h"
#include "session/Session.h"

namespace s2s {

// Whole days from `now` until `notAfter` (negative once it has passed): what --check, the report's
// "expiry" and the validity checks call "days left".
qint64 daysLeft(const QDateTime &notAfter, const QDateTime &now = QDateTime::currentDateTimeUtc());

// Whether an end date `days` away falls within the warning window of --warn-days `warnDays`: the
// checks expect "more than warnDays days left".
inline bool expiresWithin(qint64 days, int warnDays)
{
    return days <= warnDays;
}

// Whether a check of the `steps` stands at warn in the session's step reports (an `unknown` check
// never counts): with no failure, a headless --check or --auto then exits 4 (ExitWarning).
bool warningStands(const Session &session, const QList<StepId> &steps);

} // namespace s2s
