#pragma once

#include <QByteArray>
#include <QString>

#include "core/Error.h"
#include "session/Transcript.h"

namespace s2s {

// The transcript's own file beside the session's state: JSON Lines, one independent entry per
// line, only ever appended to. A change then costs one short write however long the transcript
// grows (a farm checked weekly for years), and a crash in the middle of a write tears at most the
// last line, which the reader drops without losing any earlier one.

// "<folder>/<stem>.transcript.jsonl" for the state file "<folder>/<stem>.json".
QString transcriptPathFor(const QString &sessionPath);

// One entry as one line: compact JSON and "\n".
QByteArray transcriptLine(const TranscriptEntry &entry);

struct TranscriptRead {
    Transcript transcript;
    // Bytes of the file that hold whole, good records: a torn last record starts here.
    qsizetype goodBytes = 0;
    // The last record was cut short (no line end): a crash during its write.
    bool tornTail = false;
};

// Reads JSON Lines. A last line without its line end is a torn record (each record is written
// with its line end) and is dropped (tornTail); a complete line that is not a valid entry is an input error
// naming its line number ("input.session"): the file was changed by hand, and nothing in it is used.
Result<TranscriptRead> parseTranscriptLines(const QByteArray &bytes);
// The file at `path`; a file that does not exist is an empty transcript.
Result<TranscriptRead> readTranscriptFile(const QString &path);

} // namespace s2s
