#pragma once

// The oracle for session/TranscriptLineReader: what it reads of a line must be what QJsonDocument
// and TranscriptEntry::fromJson read of it. Shared by tst_sessionstorage and fuzz_session
// (header-only: the fuzzers build without the test support library).
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QStringList>

#include "session/Transcript.h"
#include "session/TranscriptLineReader.h"

namespace s2s::test {

// Empty when the reader agrees with QJsonDocument on `line`, or left the line to it; otherwise
// what differs. `reader` keeps its state from the lines before (the values it shares).
inline QString transcriptLineDisagreement(TranscriptLineReader &reader, const QByteArray &line)
{
    const std::optional<TranscriptEntry> fast = reader.read(line);
    if (!fast)
        return {};
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return QStringLiteral("read a line QJsonDocument refuses (%1)").arg(error.errorString());
    const TranscriptEntry slow = TranscriptEntry::fromJson(document.object());
    QStringList differ;
    if (fast->time != slow.time || fast->time.timeSpec() != slow.time.timeSpec() ||
        fast->time.isValid() != slow.time.isValid())
        differ << QStringLiteral("time %1 vs %2")
                      .arg(fast->time.toString(Qt::ISODateWithMs), slow.time.toString(Qt::ISODateWithMs));
    const auto text = [&differ](const char *name, const QString &a, const QString &b) {
        if (a != b)
            differ << QStringLiteral("%1 \"%2\" vs \"%3\"").arg(QLatin1String(name), a, b);
    };
    text("step", fast->step, slow.step);
    text("server", fast->server, slow.server);
    text("command", fast->command, slow.command);
    text("output", fast->output, slow.output);
    if (fast->kind != slow.kind)
        differ << QStringLiteral("kind");
    if (fast->ok != slow.ok)
        differ << QStringLiteral("outcome");
    if (fast->durationMs != slow.durationMs)
        differ << QStringLiteral("durationMs %1 vs %2").arg(fast->durationMs).arg(slow.durationMs);
    return differ.join(QStringLiteral("; "));
}

} // namespace s2s::test
