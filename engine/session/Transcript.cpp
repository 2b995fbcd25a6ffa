#include "Transcript.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace s2s {

QString transcriptKindName(TranscriptEntry::Kind kind)
{
    switch (kind) {
    case TranscriptEntry::Kind::Farm: return u"farm"_s;
    case TranscriptEntry::Kind::Graph: return u"graph"_s;
    case TranscriptEntry::Kind::Validation: return u"validation"_s;
    case TranscriptEntry::Kind::Note: return u"note"_s;
    }
    return u"note"_s;
}

TranscriptEntry::Kind transcriptKindFromName(QAnyStringView name)
{
    for (auto kind :
         {TranscriptEntry::Kind::Farm, TranscriptEntry::Kind::Graph, TranscriptEntry::Kind::Validation})
        if (QAnyStringView::equal(transcriptKindName(kind), name))
            return kind;
    return TranscriptEntry::Kind::Note;
}

QJsonObject TranscriptEntry::toJson() const
{
    return {{u"time"_s, time.toUTC().toString(Qt::ISODateWithMs)},
            {u"step"_s, step},
            {u"server"_s, server},
            {u"kind"_s, transcriptKindName(kind)},
            {u"command"_s, command},
            {u"output"_s, output},
            {u"outcome"_s, ok ? u"ok"_s : u"error"_s},
            {u"durationMs"_s, durationMs}};
}

TranscriptEntry TranscriptEntry::fromJson(const QJsonObject &json)
{
    TranscriptEntry entry;
    entry.time = QDateTime::fromString(json.value(u"time").toString(), Qt::ISODateWithMs);
    entry.step = json.value(u"step").toString();
    entry.server = json.value(u"server").toString();
    entry.kind = transcriptKindFromName(json.value(u"kind").toString());
    entry.command = json.value(u"command").toString();
    entry.output = json.value(u"output").toString();
    entry.ok = json.value(u"outcome").toString() != u"error";
    entry.durationMs = json.value(u"durationMs").toInteger();
    return entry;
}

QJsonArray Transcript::toJson() const
{
    QJsonArray array;
    for (const TranscriptEntry &entry : m_entries)
        array.append(entry.toJson());
    return array;
}

Transcript Transcript::fromJson(const QJsonArray &json)
{
    Transcript transcript;
    for (const QJsonValue &value : json)
        transcript.append(TranscriptEntry::fromJson(value.toObject()));
    return transcript;
}

} // namespace s2s
