#include "Recorder.h"

namespace s2s {

void Recorder::add(TranscriptEntry::Kind kind, const QString &server, const QString &command,
                   const QString &output, bool ok, qint64 durationMs)
{
    TranscriptEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.step = m_step;
    entry.server = server;
    entry.kind = kind;
    entry.command = command;
    entry.output = output;
    entry.ok = ok;
    entry.durationMs = durationMs;
    m_session.appendTranscript(std::move(entry));
}

void Recorder::progress(const QString &text) const
{
    if (m_progress)
        m_progress(text);
}

void Recorder::serverProgress(const ServerProgress &progress) const
{
    if (m_serverProgress)
        m_serverProgress(progress);
}

} // namespace s2s
