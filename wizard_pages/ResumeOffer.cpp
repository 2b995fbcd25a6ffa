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
    const auto session = readSessionFile(path);
    if (!session)
        return std::nullopt;
    return summaryOf(path, *session.value());
}

std::optional<SessionSummary> findResumableSession(const QString &folder, const QString &target)
{
    for (const QString &path : SessionFile::listSessions(folder)) {
        const auto session = readSessionFile(path);
        if (session && session.value()->origin().target == target && !session.value()->isFinished())
            return summaryOf(path, *session.value());
    }
    return std::nullopt;
}

std::optional<SessionSummary> findSetUpSession(const QString &folder, const QString &target)
{
    for (const QString &path : SessionFile::listSessions(folder)) {
        const auto session = readSessionFile(path);
        if (session && session.value()->origin().target == target && session.value()->isFinished())
            return summaryOf(path, *session.value());
    }
    return std::nullopt;
}

} // namespace s2s
