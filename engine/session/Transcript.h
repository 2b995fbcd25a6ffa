#pragma once

#include <QAnyStringView>
#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QString>

#include "core/TranscriptKind.h"

namespace s2s {

// One thing the wizard ran (a PowerShell command on the farm or a Graph request) and what came back.
struct TranscriptEntry {
    using Kind = TranscriptKind;
    QDateTime time;
    QString step;   // step key, empty outside a step
    QString server; // farm server the command ran on, empty for local/farm-wide
    Kind kind = Kind::Note;
    QString command; // as an admin would type it
    QString output;  // what came back, already free of secrets
    bool ok = true;
    qint64 durationMs = 0;

    QJsonObject toJson() const;
    static TranscriptEntry fromJson(const QJsonObject &json);
};

QString transcriptKindName(TranscriptEntry::Kind kind);
// The kind a name stands for; Note for a name it does not know.
TranscriptEntry::Kind transcriptKindFromName(QAnyStringView name);

class Transcript {
public:
    void append(TranscriptEntry entry) { m_entries.append(std::move(entry)); }
    void reserve(qsizetype entries) { m_entries.reserve(entries); }
    const QList<TranscriptEntry> &entries() const { return m_entries; }

    QJsonArray toJson() const;
    static Transcript fromJson(const QJsonArray &json);

private:
    QList<TranscriptEntry> m_entries;
};

} // namespace s2s
