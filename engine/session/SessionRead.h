#pragma once

#include <QString>

#include <memory>

#include "core/Error.h"
#include "session/Session.h"

namespace s2s {

// What of a session to read: the resume offer and the baseline need only the state, which stays
// small however long the transcript grows.
enum class SessionParts {
    StateAndTranscript,
    StateOnly
};

// Reads a session without locking it (transcript export, the resume offer, the baseline): the
// state file and, for StateAndTranscript, its transcript file (session/TranscriptLines; a torn
// last record is left out). A schema 1 file, which holds its transcript, reads as it is.
Result<std::unique_ptr<Session>> readSessionFile(const QString &path,
                                                 SessionParts parts = SessionParts::StateAndTranscript);

// The state file's JSON as a session, with the error naming `path`.
Result<std::unique_ptr<Session>> sessionFromFileJson(const QString &path, const QJsonObject &json);

} // namespace s2s
