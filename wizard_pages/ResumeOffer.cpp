#include "ResumeOffer.h"

#include "session/SessionFile.h"

namespace s2s {

SessionSummary summaryOf(const QString &path, const Session &session)
{
    SessionSummary summary{path, session.started(), session.firstUnfinished(), {}};
    for (StepId id : allStepIds())
        summary.states.append(session.step(id).state);
    return summary;
}

std::optional<SessionSummary> summarizeSession(const QString &path)
{
    const auto session = readSessionFile(path, SessionParts::StateOnly);
    if (!session)
        return std::nullopt;
    return summaryOf(path, *session.value());
}

SessionOffers findSessionOffers(const QString &folder, const QString &target)
{
    SessionOffers offers;
    for (const QString &path : SessionFile::listSessions(folder)) {
        const auto session = readSessionFile(path, SessionParts::StateOnly);
        if (!session) {
            offers.passedOver.append({path, session.error()});
            continue;
        }
        if (session.value()->origin().target != target)
            continue;
        auto &slot = session.value()->isFinished() ? offers.setUp : offers.resumable;
        if (!slot)
            slot = summaryOf(path, *session.value());
    }
    return offers;
}

} // namespace s2s
