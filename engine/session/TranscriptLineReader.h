#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

#include "session/Transcript.h"

namespace s2s {

// Transcript lines in the shape the wizard writes them (transcriptLine): flat JSON objects of
// strings and whole numbers, read straight into entries. QJsonDocument, its values and their
// copies were three quarters of reading a 100,000-entry transcript, and an allocation per value
// most of the rest: a value equal to the previous line's (the step, the server, often the output)
// shares that line's string, and the time, kind and outcome are read without one.
//
// Only what is certainly read the same way as TranscriptEntry::fromJson(QJsonDocument) reads it is
// read here. Anything else gives std::nullopt, and the caller reads the line with QJsonDocument,
// which then decides: a nested value, a known key twice or of another type, a number that is not
// a whole one below 10^15, a \u escape of a surrogate, bytes that are not UTF-8, and anything that
// is not JSON. No validation happens here: the caller checks the entry's values as it does for
// any other (checkTranscriptEntryJson).
class TranscriptLineReader {
public:
    // `line` must stay alive while this reader reads later lines (the previous values are compared
    // in place).
    std::optional<TranscriptEntry> read(QByteArrayView line);

private:
    // A field's value on the previous line: raw bytes (unescaped) and the string made of them.
    struct Previous {
        QByteArrayView raw;
        QString text;
    };
    Previous m_step, m_server, m_command, m_output;
};

} // namespace s2s
