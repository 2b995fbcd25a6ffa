#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

#include "core/StepId.h"
#include "session/Session.h"

namespace s2s {

// A session file the welcome page can offer to open, with what the offer says about it.
struct SessionSummary {
    QString path;
    QDateTime started;
    std::optional<StepId> firstUnfinished;
    QList<StepState> states; // per step, in allStepIds() order, as the session last saved them
};

// The summary of `session`, open from `path` (no file read).
SessionSummary summaryOf(const QString &path, const Session &session);
// Reads `path` without locking it; nothing when it cannot be read.
std::optional<SessionSummary> summarizeSession(const QString &path);
// The newest unfinished session in `folder` that ran against `target` ("lab:<dir>" or "farm").
std::optional<SessionSummary> findResumableSession(const QString &folder, const QString &target);

// The newest session in `folder` that ran against `target` and set the trust up (every step done,
// not removed since): what the welcome page offers to renew or remove.
std::optional<SessionSummary> findSetUpSession(const QString &folder, const QString &target);

} // namespace s2s
