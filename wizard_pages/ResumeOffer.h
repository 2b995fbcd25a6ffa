#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

#include "core/Error.h"
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

// A session file the offer passed over because it cannot be read or its content was refused
// (SessionRules): the admin learns why a setup is not offered instead of seeing nothing.
struct PassedOverSession {
    QString path;
    Error why;
};

// What a session folder offers for one target ("lab:<dir>" or "farm"), read in one pass.
struct SessionOffers {
    std::optional<SessionSummary> resumable; // the newest unfinished session
    std::optional<SessionSummary> setUp;     // the newest finished one: to validate, renew or remove
    QList<PassedOverSession> passedOver;     // newest first
};

// The summary of `session`, open from `path` (no file read).
SessionSummary summaryOf(const QString &path, const Session &session);
// Reads `path` without locking it; nothing when it cannot be read.
std::optional<SessionSummary> summarizeSession(const QString &path);
// Reads every session in `folder` (without locking) and sorts out what it offers for `target`.
SessionOffers findSessionOffers(const QString &folder, const QString &target);

} // namespace s2s
