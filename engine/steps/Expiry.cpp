#include "Expiry.h"

#include <cmath>

namespace s2s {

qint64 daysLeft(const QDateTime &notAfter, const QDateTime &now)
{
    constexpr double secondsPerDay = 24 * 60 * 60;
    return qint64(std::floor(double(now.secsTo(notAfter)) / secondsPerDay));
}

bool warningStands(const Session &session, const QList<StepId> &steps)
{
    for (StepId id : steps) {
        const StepRecord record = session.step(id);
        if (!record.report)
            continue;
        for (const Check &check : record.report->checks)
            if (check.status == CheckStatus::Warn)
                return true;
    }
    return false;
}

} // namespace s2s
