// The session loader (engine/session/SessionRead.h, readSessionFile) on a state file and its
// transcript's JSON Lines: the input is the state, then "\n\x1e\n", then the transcript file
// (none without the separator); what it loads is written back as the session writer would. Each
// line the fast transcript reader reads must read as QJsonDocument reads it.
#include "../support/TranscriptLineOracle.h"
#include "FuzzSupport.h"
#include "session/SessionRead.h"
#include "session/TranscriptLines.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = s2s::fuzz::bytes(data, size);
    const qsizetype separator = input.indexOf("\n\x1e\n");
    const QByteArray transcript = separator < 0 ? QByteArray() : input.mid(separator + 3);
    (void)s2s::fuzz::file(transcript, QStringLiteral("input.transcript.jsonl"));
    const QList<QByteArray> lines = transcript.split('\n'); // alive while the reader compares
    s2s::TranscriptLineReader reader;
    for (const QByteArray &line : lines)
        if (const QString differs = s2s::test::transcriptLineDisagreement(reader, line); !differs.isEmpty())
            qFatal("TranscriptLineReader disagrees with QJsonDocument: %s", qPrintable(differs));
    const auto session = s2s::readSessionFile(s2s::fuzz::file(separator < 0 ? input : input.left(separator)));
    if (session) {
        (void)session.value()->toJson();
        for (const s2s::TranscriptEntry &entry : session.value()->transcript().entries())
            (void)s2s::transcriptLine(entry);
    } else {
        (void)session.error().toText();
    }
    return 0;
}
