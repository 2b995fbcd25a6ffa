#include "TranscriptExport.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>
#include <cstdio>
#include <utility>

#include "session/ChangeSummaryExport.h"

using namespace Qt::StringLiterals;

namespace s2s {
namespace {

const QString stars = u"**********************"_s;

struct TranscriptHtml {
    Q_DECLARE_TR_FUNCTIONS(TranscriptHtml)
};

// UTF-8 text to a device a chunk at a time: a 100,000-entry export (some 80 MB as QString) never
// sits in memory whole, nor is it converted in one piece.
class ChunkedUtf8 {
public:
    explicit ChunkedUtf8(QIODevice &device)
        : m_device(device)
    {
        m_chunk.reserve(chunkChars + 4096);
    }
    ~ChunkedUtf8() { flush(); }
    ChunkedUtf8(const ChunkedUtf8 &) = delete;
    ChunkedUtf8 &operator=(const ChunkedUtf8 &) = delete;

    ChunkedUtf8 &operator+=(const QString &text)
    {
        m_chunk += text;
        if (m_chunk.size() >= chunkChars)
            flush();
        return *this;
    }
    void flush()
    {
        m_device.write(m_chunk.toUtf8()); // a failed write fails QSaveFile::commit()
        m_chunk.resize(0);                // the capacity stays for the next chunk
    }

private:
    static constexpr qsizetype chunkChars = qsizetype{1024} * 1024;
    QIODevice &m_device;
    QString m_chunk;
};

// What a writer made, as a string (the text and HTML are written to a file in chunks).
template <typename Write>
QString writtenToString(Write write)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        ChunkedUtf8 out(buffer);
        write(out);
    }
    return QString::fromUtf8(buffer.data());
}

// Start-Transcript writes times as yyyyMMddHHmmss in local time. toLocalTime() asks the C
// library, which looks at /etc/localtime again on every call: a stat per entry, 0.7 s of a
// 100,000-entry export. The offset from UTC is asked once per quarter hour of UTC time instead,
// the finest step at which any time zone's offset changes.
// A UTC time's fields through a printf format (year, month, day, hour, minute, second): what
// QDateTime::toString makes of a format, written out directly -- its general formatter took a
// tenth of a 100,000-entry export. Null outside the years 1000 to 9999 (the caller's toString).
QString formatUtc(const QDateTime &utc, const char *format)
{
    const QDate date = utc.date();
    if (utc.timeSpec() != Qt::UTC || date.year() < 1000 || date.year() > 9999)
        return {};
    const QTime clock = utc.time();
    char text[32];
    std::snprintf(text, sizeof text, format, date.year(), date.month(), date.day(), clock.hour(),
                  clock.minute(), clock.second());
    return QString::fromLatin1(text);
}

// toString(Qt::ISODate).
QString isoDate(const QDateTime &time)
{
    const QString fast = formatUtc(time, "%04d-%02d-%02dT%02d:%02d:%02dZ");
    return fast.isNull() ? time.toString(Qt::ISODate) : fast;
}

class LocalTimes {
public:
    QString psTime(const QDateTime &time)
    {
        if (!time.isValid())
            return {};
        const qint64 seconds = time.toSecsSinceEpoch();
        const qint64 quarter = seconds >= 0 ? seconds / 900 : (seconds - 899) / 900;
        auto offset = m_offsets.constFind(quarter);
        if (offset == m_offsets.cend())
            offset = m_offsets.insert(quarter, time.toLocalTime().offsetFromUtc());
        const QDateTime local = QDateTime::fromSecsSinceEpoch(seconds + *offset, Qt::UTC);
        const QString fast = formatUtc(local, "%04d%02d%02d%02d%02d%02d");
        return fast.isNull() ? local.toString(u"yyyyMMddHHmmss"_s) : fast;
    }

private:
    QHash<qint64, int> m_offsets; // by quarter hour since the epoch
};

QString stepTitle(const QString &key)
{
    const auto id = stepFromKey(key);
    return id ? u"Step %1: %2"_s.arg(stepNumber(*id)).arg(key) : key;
}

void writeTranscriptText(const Session &session, ChunkedUtf8 &out)
{
    LocalTimes local;
    const SessionOrigin &origin = session.origin();
    const QList<TranscriptEntry> &entries = session.transcript().entries();
    const auto line = [&out](const QString &text) {
        out += text;
        out += u"\r\n"_s; // Windows line ends, as Start-Transcript writes
    };
    // The change record first, as comments: a reader of the file sees the outcome before the log.
    for (const QString &comment : changeSummaryComment(changeSummary(session)))
        line(comment);
    for (const QString &header :
         {stars, u"Windows PowerShell transcript start"_s,
          u"Start time: "_s + local.psTime(session.started()), u"Username: "_s + origin.user,
          u"RunAs User: "_s + origin.user, u"Configuration Name: "_s, u"Machine: "_s + origin.machine,
          u"Host Application: "_s + origin.hostApplication,
          u"Process ID: "_s + QString::number(QCoreApplication::applicationPid()),
          u"PSVersion: "_s + origin.hostVersion, u"Target: "_s + origin.target, u"Session: "_s + session.id(),
          stars})
        line(header);
    QString currentStep;
    QDateTime last = session.started();
    for (const TranscriptEntry &entry : entries) {
        if (entry.step != currentStep) {
            currentStep = entry.step;
            line(u"# ---- %1 ----"_s.arg(stepTitle(entry.step)));
        }
        line(stars);
        line(u"Command start time: "_s + local.psTime(entry.time));
        line(stars);
        if (!entry.server.isEmpty())
            out += u"["_s + entry.server + u"]: "_s;
        out += entry.kind == TranscriptEntry::Kind::Farm ? u"PS>"_s : u"PS># "_s;
        line(entry.command);
        if (!entry.output.isEmpty())
            line(entry.output);
        if (!entry.ok)
            line(u"# outcome: FAILED"_s);
        last = entry.time;
    }
    for (const QString &footer :
         {stars, u"Windows PowerShell transcript end"_s, u"End time: "_s + local.psTime(last), stars})
        line(footer);
}

// Values (GUIDs, thumbprints, SPNs, URLs) keep their characters together: a table cell breaks
// between tokens (.token) and after an SPN's or a URL's "/" (htmlTokens), never inside a GUID at its hyphens.
const QString styleSheet =
    u"body{font-family:Segoe UI,sans-serif;margin:2em}"
    "pre{background:#f4f4f4;padding:.5em;white-space:pre-wrap}table{border-collapse:collapse;margin:.5em 0}"
    "td,th{border:1px solid #ccc;padding:.3em;vertical-align:top;text-align:left}"
    "td.value{word-break:keep-all;overflow-wrap:normal}"
    // Thumbprints and GUIDs in a narrow typeface: two of them fit side by side on a page.
    ".changes td.value,.checks td.value{font-family:Consolas,'DejaVu Sans Mono',monospace;font-size:.85em}"
    ".changes td:first-child,.changes td:last-child{min-width:11em}"
    ".token{white-space:nowrap}.facts th{background:#f4f4f4;font-weight:600}"
    ".verdict{font-size:1.1em}.none{color:#888}small.id{color:#666;font-weight:normal;font-size:.6em}"
    ".pass{color:#107c10}.warn{color:#a66b00}.fail{color:#c50f1f}"
    ".unknown{color:#5b6b9a;font-style:italic}"_s;

// Most commands and outputs hold none of the characters HTML escapes: they are kept as they are
// (shared, not copied a character at a time, a sixth of a 100,000-entry export).
QString esc(const QString &text)
{
    const auto special = [](QChar c) { return c == u'<' || c == u'>' || c == u'&' || c == u'"'; };
    return std::any_of(text.cbegin(), text.cend(), special) ? text.toHtmlEscaped() : text;
}

// The transcript's entries by the step (or lifecycle key) they are filed under, in order: one
// pass over a transcript that may hold 100,000 entries, not one per step.
using EntriesByKey = QHash<QString, QList<const TranscriptEntry *>>;

EntriesByKey entriesByKey(const Session &session)
{
    EntriesByKey byKey;
    for (const TranscriptEntry &entry : session.transcript().entries())
        byKey[entry.step].append(&entry);
    return byKey;
}

// Appends to `html`: an entry-heavy step is tens of megabytes, never held as one string.
void appendEntriesHtml(ChunkedUtf8 &html, const QList<const TranscriptEntry *> &entries)
{
    const QString ok = esc(TranscriptHtml::tr("ok"));
    const QString failed = u"<b class=\"fail\">%1</b>"_s.arg(esc(TranscriptHtml::tr("failed")));
    for (const TranscriptEntry *entry : entries) {
        html += u"<p>"_s + isoDate(entry->time) + u" "_s + esc(entry->server) + u" "_s +
                (entry->ok ? ok : failed) + u"</p>\n<pre>"_s + esc(entry->command) + u"</pre>\n<pre>"_s +
                esc(entry->output) + u"</pre>\n"_s;
    }
}

QString checksHtml(const ValidationReport &report)
{
    QString html = u"<table class=\"checks\">\n<tr>"_s;
    for (const char *column :
         {QT_TRANSLATE_NOOP("TranscriptHtml", "Check"), QT_TRANSLATE_NOOP("TranscriptHtml", "Id"),
          QT_TRANSLATE_NOOP("TranscriptHtml", "Status"), QT_TRANSLATE_NOOP("TranscriptHtml", "Expected"),
          QT_TRANSLATE_NOOP("TranscriptHtml", "Actual"), QT_TRANSLATE_NOOP("TranscriptHtml", "Remedy")})
        html += u"<th>%1</th>"_s.arg(esc(QCoreApplication::translate("TranscriptHtml", column)));
    html += u"</tr>\n"_s;
    for (const Check &check : report.checks) {
        // The class stays the stable English name (the style sheet); the text is translated.
        html += u"<tr><td>%1</td><td>%2</td><td class=\"%3\">%4</td><td class=\"value\">%5</td>"
                "<td class=\"value\">%6</td><td>%7</td></tr>\n"_s.arg(
                    esc(check.title), esc(check.id), esc(checkStatusName(check.status)),
                    esc(checkStatusText(check.status)), htmlTokens(check.expected), htmlTokens(check.actual),
                    esc(check.remedy));
    }
    return html + u"</table>\n"_s;
}

// One step: "Step 9: Set the authentication realm" with its id in small text, its state, its
// entries and its last check table.
void appendStepHtml(ChunkedUtf8 &html, const Session &session, const EntriesByKey &entries, StepId id)
{
    const QString key = stepKey(id);
    const StepRecord record = session.step(id);
    html += u"<section id=\"%1\">\n<h2>%2 <small class=\"id\">%1</small></h2>\n<p>%3</p>\n"_s.arg(
        esc(key), esc(TranscriptHtml::tr("Step %1: %2").arg(QString::number(stepNumber(id)), stepTitle(id))),
        esc(TranscriptHtml::tr("State: %1").arg(stepStateText(record.state))));
    if (record.error)
        html += u"<p class=\"fail\">%1</p>\n"_s.arg(esc(record.error->toText()));
    appendEntriesHtml(html, entries.value(key));
    if (record.report)
        html += checksHtml(*record.report);
    html += u"</section>\n"_s;
}

void writeTranscriptHtml(const Session &session, ChunkedUtf8 &html)
{
    // The document for the change record, in the admin's language; ids, commands and output stay
    // as they ran. The Start-Transcript style text export keeps PowerShell's English framing.
    const QString heading = esc(changeRecordHeading());
    html += u"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>\n<style>%2</style>"
            "</head><body>\n"_s.arg(heading, styleSheet);
    const SessionOrigin &origin = session.origin();
    const ChangeSummary summary = changeSummary(session);
    html += u"<h1>%1</h1>\n<p>%2</p>\n"_s.arg(
        heading, esc(TranscriptHtml::tr("Session %1, started %2 by %3 on %4 (%5)")
                         .arg(session.id(), session.started().toString(Qt::ISODate), summary.runBy,
                              origin.machine, origin.target)));
    html += changeSummaryHtml(summary);
    const EntriesByKey entries = entriesByKey(session);
    for (StepId id : allStepIds())
        appendStepHtml(html, session, entries, id);
    // After setup: the renewal's and the removal's entries (SetupRunner's lifecycle keys), each in
    // its own section after the steps.
    for (const auto &[key, title] :
         {std::pair{u"renew-certificate"_s, TranscriptHtml::tr("Renewal of the STS certificate")},
          std::pair{u"remove"_s, TranscriptHtml::tr("Removal of the hybrid trust")}}) {
        const QList<const TranscriptEntry *> filed = entries.value(key);
        if (filed.isEmpty())
            continue;
        html += u"<section id=\"%1\">\n<h2>%2</h2>\n"_s.arg(esc(key), esc(title));
        appendEntriesHtml(html, filed);
        html += u"</section>\n"_s;
    }
    html += u"</body></html>\n"_s;
}

} // namespace

QString transcriptAsText(const Session &session)
{
    return writtenToString([&](ChunkedUtf8 &out) { writeTranscriptText(session, out); });
}

QString transcriptAsHtml(const Session &session)
{
    return writtenToString([&](ChunkedUtf8 &out) { writeTranscriptHtml(session, out); });
}

QString transcriptAsJson(const Session &session)
{
    QJsonArray steps;
    for (StepId id : allStepIds()) {
        const StepRecord record = session.step(id);
        QJsonObject step{{u"id"_s, stepKey(id)}, {u"state"_s, stepStateName(record.state)}};
        if (record.report)
            step.insert(u"checks"_s, record.report->toJson().value(u"checks"));
        steps.append(step);
    }
    const QJsonObject json{{u"session"_s, session.id()},
                           {u"started"_s, session.started().toString(Qt::ISODate)},
                           {u"user"_s, session.origin().user},
                           {u"machine"_s, session.origin().machine},
                           {u"target"_s, session.origin().target},
                           {u"entries"_s, session.transcript().toJson()},
                           {u"steps"_s, steps}};
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
}

Result<TranscriptFormat> transcriptFormatFor(const QString &path, const QString &format)
{
    const QString name = format.isEmpty() ? QFileInfo(path).suffix().toLower() : format.toLower();
    if (name == u"txt")
        return TranscriptFormat::Text;
    if (name == u"html" || name == u"htm")
        return TranscriptFormat::Html;
    if (name == u"json")
        return TranscriptFormat::Json;
    return Error{u"input.format"_s,
                 QCoreApplication::translate("Transcript", "Unknown transcript format \"%1\".").arg(name),
                 {},
                 QCoreApplication::translate("Transcript", "Use --format txt, html or json, or a file name "
                                                           "ending in .txt, .html or .json."),
                 ErrorKind::Input};
}

Status exportTranscript(const Session &session, const QString &path, TranscriptFormat format)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        switch (format) {
        case TranscriptFormat::Text: {
            // UTF-8 with BOM for .txt: Notepad on older Windows Server then shows it right.
            file.write("\xEF\xBB\xBF");
            ChunkedUtf8 out(file);
            writeTranscriptText(session, out);
            break;
        }
        case TranscriptFormat::Html: {
            ChunkedUtf8 out(file);
            writeTranscriptHtml(session, out);
            break;
        }
        case TranscriptFormat::Json: file.write(transcriptAsJson(session).toUtf8()); break;
        }
        if (file.commit())
            return success();
    }
    return Error{u"file.write"_s, QCoreApplication::translate("Transcript", "Cannot write %1.").arg(path),
                 file.errorString(), QCoreApplication::translate("Transcript", "Choose another folder.")};
}

} // namespace s2s
