#pragma once

#include <QString>

#include "core/Error.h"
#include "session/Session.h"

namespace s2s {

enum class TranscriptFormat {
    Text,
    Html,
    Json
};

// txt: laid out like Start-Transcript -IncludeInvocationHeader; html: one section per step with
// its check table; json: the entries and every step's last report.
QString transcriptAsText(const Session &session);
QString transcriptAsHtml(const Session &session);
QString transcriptAsJson(const Session &session);

Result<TranscriptFormat> transcriptFormatFor(const QString &path, const QString &format);
// Writes the export atomically.
Status exportTranscript(const Session &session, const QString &path, TranscriptFormat format);

} // namespace s2s
