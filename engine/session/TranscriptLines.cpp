#include "TranscriptLines.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>
#include <QThread>

#include <algorithm>
#include <future>
#include <vector>

#include "session/SessionRules.h"
#include "session/TranscriptLineReader.h"

using namespace Qt::StringLiterals;

namespace s2s {

QString transcriptPathFor(const QString &sessionPath)
{
    const QFileInfo info(sessionPath);
    return info.dir().filePath(info.completeBaseName() + u".transcript.jsonl"_s);
}

QByteArray transcriptLine(const TranscriptEntry &entry)
{
    return QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact) + '\n';
}

namespace {

Error badLine(qsizetype lineNumber, const QString &problem)
{
    return Error{
        u"input.session"_s,
        QCoreApplication::translate("Session", "Transcript line %1: %2").arg(lineNumber).arg(problem),
        {},
        QCoreApplication::translate("Session", "Start a new setup if the file was changed by "
                                               "hand."),
        ErrorKind::Input};
}

// A run of whole lines: its entries, or the first bad line (numbered from the run's first line)
// and what is wrong with it.
struct LinesRead {
    QList<TranscriptEntry> entries;
    qsizetype lines = 0;
    qsizetype badLine = 0; // 0: none
    QString problem;
};

// checkTranscriptEntryJson for entries read without a QJsonObject. It looks at the step and the
// server alone, and a transcript repeats a few of them (a regular expression per entry was an
// eighth of the reading): each pair is checked once.
class EntryChecks {
public:
    Status check(const TranscriptEntry &entry)
    {
        std::pair<QString, QString> key{entry.step, entry.server};
        if (m_passed.contains(key))
            return success();
        // An absent key reads as empty, and an empty value passes as an absent one does.
        Status checked = checkTranscriptEntryJson(
            QJsonObject{{u"step"_s, entry.step}, {u"server"_s, entry.server}});
        if (checked)
            m_passed.insert(std::move(key));
        return checked;
    }

private:
    QSet<std::pair<QString, QString>> m_passed;
};

// The lines of bytes[from, to), each ending in '\n'.
LinesRead readLines(const QByteArray &bytes, qsizetype from, qsizetype to)
{
    LinesRead read;
    TranscriptLineReader reader;
    EntryChecks checks;
    const auto refuse = [&read](const QString &problem) {
        read.badLine = read.lines;
        read.problem = problem;
        return read;
    };
    read.entries.reserve(std::count(bytes.cbegin() + from, bytes.cbegin() + to, '\n'));
    for (qsizetype start = from; start < to;) {
        ++read.lines;
        const qsizetype end = bytes.indexOf('\n', start);
        // The line in place, not copied (a long transcript is tens of megabytes).
        const QByteArray line = QByteArray::fromRawData(bytes.constData() + start, end - start);
        start = end + 1;
        if (QByteArrayView(line).trimmed().isEmpty())
            continue;
        if (auto entry = reader.read(line)) {
            if (const Status checked = checks.check(*entry); !checked)
                return refuse(checked.error().message);
            read.entries.append(std::move(*entry));
            continue;
        }
        // Not in the wizard's own shape: QJsonDocument reads it and decides.
        QJsonParseError parseError{};
        const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject())
            return refuse(QCoreApplication::translate("Session", "not a JSON object."));
        const QJsonObject entry = document.object();
        if (const Status checked = checkTranscriptEntryJson(entry); !checked)
            return refuse(checked.error().message);
        read.entries.append(TranscriptEntry::fromJson(entry));
    }
    return read;
}

// Where the runs parsed side by side begin and end: one per core for a long transcript (100,000
// entries are some 40 MB), each ending after a line end.
QList<qsizetype> runBounds(const QByteArray &bytes, qsizetype whole)
{
    const int runs = whole < qsizetype{1024} * 1024 ? 1 : std::max(1, QThread::idealThreadCount());
    QList<qsizetype> bounds{0};
    for (int i = 1; i < runs; ++i) {
        const qsizetype cut = bytes.indexOf('\n', whole * i / runs) + 1;
        if (cut <= 0 || cut >= whole)
            break;
        if (cut > bounds.last())
            bounds.append(cut);
    }
    bounds.append(whole);
    return bounds;
}

} // namespace

Result<TranscriptRead> parseTranscriptLines(const QByteArray &bytes)
{
    TranscriptRead read;
    // A record is written with its line end: bytes after the last one are a record a crash cut
    // short. The records before it stand.
    const qsizetype whole = bytes.lastIndexOf('\n') + 1;
    read.tornTail = whole < bytes.size();
    read.goodBytes = whole;
    const QList<qsizetype> bounds = runBounds(bytes, whole);
    std::vector<std::future<LinesRead>> others;
    for (qsizetype i = 1; i + 1 < bounds.size(); ++i)
        others.push_back(
            std::async(std::launch::async, readLines, std::cref(bytes), bounds[i], bounds[i + 1]));
    std::vector<LinesRead> runs;
    runs.push_back(readLines(bytes, bounds[0], bounds[1]));
    for (std::future<LinesRead> &other : others)
        runs.push_back(other.get());
    qsizetype linesBefore = 0;
    qsizetype entries = 0;
    for (const LinesRead &run : runs) {
        if (run.badLine > 0)
            return badLine(linesBefore + run.badLine, run.problem);
        linesBefore += run.lines;
        entries += run.entries.size();
    }
    read.transcript.reserve(entries);
    for (LinesRead &run : runs)
        for (TranscriptEntry &entry : run.entries)
            read.transcript.append(std::move(entry));
    return read;
}

Result<TranscriptRead> readTranscriptFile(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return TranscriptRead{};
    if (!file.open(QIODevice::ReadOnly))
        return Error{u"session.read"_s,
                     QCoreApplication::translate("Session", "Cannot read the transcript %1.")
                         .arg(QDir::toNativeSeparators(path)),
                     file.errorString(),
                     QCoreApplication::translate("Session", "Check the file's permissions.")};
    auto read = parseTranscriptLines(file.readAll());
    if (!read) {
        Error error = read.error();
        error.detail = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
        return error;
    }
    return read;
}

} // namespace s2s
