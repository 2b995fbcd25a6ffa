#include "TranscriptLines.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>

#include "session/SessionRules.h"

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

} // namespace

Result<TranscriptRead> parseTranscriptLines(const QByteArray &bytes)
{
    TranscriptRead read;
    read.transcript.reserve(bytes.count('\n')); // one record per line: the list grows once
    qsizetype start = 0;
    qsizetype lineNumber = 0;
    while (start < bytes.size()) {
        ++lineNumber;
        const qsizetype end = bytes.indexOf('\n', start);
        if (end < 0) {
            // A record is written with its line end: without one, a crash cut it short. The
            // records before it stand.
            read.tornTail = true;
            break;
        }
        // The line in place, not copied (a long transcript is tens of megabytes).
        const QByteArray line = QByteArray::fromRawData(bytes.constData() + start, end - start);
        if (QByteArrayView(line).trimmed().isEmpty()) {
            start = end + 1;
            read.goodBytes = start;
            continue;
        }
        QJsonParseError parseError{};
        const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject())
            return badLine(lineNumber, QCoreApplication::translate("Session", "not a JSON object."));
        const QJsonObject entry = document.object();
        if (const Status checked = checkTranscriptEntryJson(entry); !checked)
            return badLine(lineNumber, checked.error().message);
        read.transcript.append(TranscriptEntry::fromJson(entry));
        start = end + 1;
        read.goodBytes = start;
    }
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
