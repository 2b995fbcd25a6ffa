#include "Recorder.h"

#include <QCoreApplication>

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
    // Host records come from the farm host: they belong to a farm command, never a Graph call.
    if (kind == TranscriptEntry::Kind::Farm && !m_hostRecords.isEmpty()) {
        m_hostRecords.append(output);
        entry.output = m_hostRecords.join(u'\n');
        m_hostRecords.clear();
    }
    entry.ok = ok;
    entry.durationMs = durationMs;
    m_session.appendTranscript(std::move(entry));
}

void Recorder::activity(const Activity &activity) const
{
    if (m_activity)
        m_activity(activity);
}

void Recorder::addHostRecord(const Activity &record)
{
    m_hostRecords.append(describe(record));
}

Error Recorder::withStep(Error error) const
{
    if (const QString remedy = m_remedy ? m_remedy(error) : QString(); !remedy.isEmpty())
        error.remedy = remedy;
    if (error.kind != ErrorKind::Backend || m_step.isEmpty())
        return error;
    error.message = QCoreApplication::translate("Recorder", "In step %1: %2").arg(m_step, error.message);
    return error;
}

void Recorder::serverProgress(const ServerProgress &progress) const
{
    if (m_serverProgress)
        m_serverProgress(progress);
}

} // namespace s2s
