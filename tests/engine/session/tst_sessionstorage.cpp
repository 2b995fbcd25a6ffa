// How a session is stored (issue 17): a small state file rewritten off the UI thread, coalesced,
// and the transcript appended to its own JSON Lines file; torn last records, hand-edited lines,
// schema 1 files and a transcript without its state.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "TestFiles.h"
#include "TranscriptLineOracle.h"
#include "session/SessionFile.h"
#include "session/TranscriptLines.h"

using namespace Qt::StringLiterals;
using namespace s2s;

namespace {

TranscriptEntry entry(const QString &command)
{
    return {QDateTime::currentDateTimeUtc(),
            u"web-app-auth"_s,
            u"SP-WFE1"_s,
            TranscriptEntry::Kind::Farm,
            command,
            u"ok"_s,
            true,
            1};
}

QList<QByteArray> linesOf(const QString &path)
{
    QList<QByteArray> lines = test::readFile(path).split('\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

// A session file at `path` whose transcript holds one entry per command, closed again.
bool writeSession(const QString &path, const QStringList &commands)
{
    auto opened = SessionFile::open(path);
    if (!opened)
        return false;
    for (const QString &command : commands)
        opened.value()->session().appendTranscript(entry(command));
    return true;
}

// Counts what it is asked to do, and on which thread; fails appends while `appendsFail`.
struct CountingWriter : SessionWriter {
    SaveFileSessionWriter real;
    QMutex mutex;
    int writes = 0;
    int appends = 0;
    qint64 bytes = 0;
    bool appendsFail = false;
    QList<QThread *> threads;

    Status write(const QString &path, const QByteArray &data) override
    {
        count(data);
        return real.write(path, data);
    }
    Status append(const QString &path, const QByteArray &data) override
    {
        count(data);
        ++appends;
        if (appendsFail)
            return Error{u"session.write"_s, u"Cannot save the session to %1."_s.arg(path),
                         u"No space left on device"_s, u"Free disk space."_s};
        return SessionWriter::append(path, data);
    }
    void count(const QByteArray &data)
    {
        const QMutexLocker lock(&mutex);
        writes += 1;
        bytes += data.size();
        threads.append(QThread::currentThread());
    }
};

} // namespace

class TestSessionStorage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aChange_appendsItsLines_andRewritesOnlyTheSmallState()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"s.json"_s);
        {
            auto opened = SessionFile::open(path);
            QVERIFY(opened.ok());
            Session &session = opened.value()->session();
            for (int i = 0; i < 3; ++i)
                session.appendTranscript(entry(u"Get-SPFarm # %1"_s.arg(i)));
            session.setStepState(StepId::WebAppAuth, StepState::Applied);
            QVERIFY(opened.value()->waitForWrites().ok());
            QCOMPARE(opened.value()->transcriptPath(), dir.filePath(u"s.transcript.jsonl"_s));
        }
        const QJsonObject state = QJsonDocument::fromJson(test::readFile(path)).object();
        QCOMPARE(state.value(u"schema").toInt(), 2);
        QVERIFY(!state.contains(u"transcript"));
        const QList<QByteArray> lines = linesOf(dir.filePath(u"s.transcript.jsonl"_s));
        QCOMPARE(lines.size(), 3);
        QCOMPARE(QJsonDocument::fromJson(lines.at(2)).object().value(u"command").toString(),
                 u"Get-SPFarm # 2"_s);
        auto reopened = SessionFile::open(path);
        QVERIFY(reopened.ok());
        QCOMPARE(reopened.value()->session().transcript().entries().size(), 3);
        QCOMPARE(reopened.value()->session().step(StepId::WebAppAuth).state, StepState::Applied);
    }

    // The changes of one action are one write, made on the writer's thread, not the caller's.
    void changesOfOnePass_areOneWrite_offTheCallingThread()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"s.json"_s);
        auto writer = std::make_shared<CountingWriter>();
        auto opened = SessionFile::open(path, writer);
        QVERIFY(opened.ok());
        Session &session = opened.value()->session();
        for (int i = 0; i < 10; ++i) {
            session.setStepState(StepId::WebAppAuth, StepState::Applied);
            session.appendTranscript(entry(u"Get-SPFarm"_s));
        }
        QCOMPARE(writer->writes, 0); // nothing yet: the write comes after this pass
        QTRY_VERIFY(QFile::exists(path));
        QTRY_COMPARE(linesOf(opened.value()->transcriptPath()).size(), 10);
        QVERIFY(opened.value()->waitForWrites().ok());
        const QMutexLocker lock(&writer->mutex);
        QCOMPARE(writer->writes, 2); // one append, one state
        QCOMPARE(writer->appends, 1);
        for (QThread *thread : std::as_const(writer->threads))
            QVERIFY(thread != QThread::currentThread());
    }

    // The cost of a change does not grow with the transcript: 10,000 entries, one more change
    // writes the state and one line.
    void aChangeToALongSession_writesOnlyTheStateAndOneLine()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"s.json"_s);
        {
            auto opened = SessionFile::open(path);
            QVERIFY(opened.ok());
            for (int i = 0; i < 10000; ++i)
                opened.value()->session().appendTranscript(entry(u"Get-SPFarm # %1"_s.arg(i)));
        }
        QCOMPARE(linesOf(transcriptPathFor(path)).size(), 10000);
        auto writer = std::make_shared<CountingWriter>();
        auto opened = SessionFile::open(path, writer);
        QVERIFY(opened.ok());
        QCOMPARE(opened.value()->session().transcript().entries().size(), 10000);
        opened.value()->session().appendTranscript(entry(u"Get-SPTrustedSecurityTokenIssuer"_s));
        opened.value()->session().setStepState(StepId::WebAppAuth, StepState::Validated);
        QVERIFY(opened.value()->waitForWrites().ok());
        const qint64 line =
            transcriptLine(opened.value()->session().transcript().entries().constLast()).size();
        QCOMPARE(writer->bytes, test::readFile(path).size() + line);
        QVERIFY(test::readFile(path).size() < 4096);
        QCOMPARE(linesOf(transcriptPathFor(path)).size(), 10001);
    }

    // A crash while a record was written: the torn last record is cut off, every earlier one
    // stays, and a note says what happened.
    void aTornLastRecord_isCutOff_andEarlierRecordsStay()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"s.json"_s);
        QVERIFY(writeSession(path, {u"first"_s, u"second"_s}));
        const QString jsonl = transcriptPathFor(path);
        QByteArray bytes = test::readFile(jsonl);
        QVERIFY(test::writeFile(jsonl, bytes + transcriptLine(entry(u"third"_s)).left(25)));
        {
            auto opened = SessionFile::open(path);
            QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().toText()));
            const QList<TranscriptEntry> &entries = opened.value()->session().transcript().entries();
            QCOMPARE(entries.size(), 3);
            QCOMPARE(entries.at(1).command, u"second"_s);
            QVERIFY(entries.at(2).command.contains(u"cut short"_s));
        }
        const QList<QByteArray> lines = linesOf(jsonl);
        QCOMPARE(lines.size(), 3);
        for (const QByteArray &line : lines)
            QVERIFY2(QJsonDocument::fromJson(line).isObject(), line.constData());
        QVERIFY(test::readFile(jsonl).startsWith(bytes));
    }

    // A complete line that is not an entry was written by hand: nothing is used, nothing changed.
    void aBadCompleteLine_isRefused_namingItsLine()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"s.json"_s);
        QVERIFY(writeSession(path, {u"first"_s}));
        const QString jsonl = transcriptPathFor(path);
        for (const QByteArray &bad : {QByteArray("not json\n"), QByteArray("{\"step\":\"<script>\"}\n")}) {
            const QByteArray edited = test::readFile(jsonl) + bad + transcriptLine(entry(u"third"_s));
            QVERIFY(test::writeFile(jsonl, edited));
            const QByteArray state = test::readFile(path);
            const auto opened = SessionFile::open(path);
            QVERIFY(!opened.ok());
            QCOMPARE(opened.error().code, u"input.session"_s);
            QVERIFY2(opened.error().message.contains(u"line 2"_s), qPrintable(opened.error().message));
            QVERIFY(!readSessionFile(path).ok());
            QCOMPARE(test::readFile(jsonl), edited);
            QCOMPARE(test::readFile(path), state);
            QVERIFY(test::writeFile(jsonl, transcriptLine(entry(u"first"_s))));
        }
    }

    // Records are independent: a line repeated (copied by hand, or a retried append) is read twice.
    void aRepeatedLine_isReadAsItIs()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"s.json"_s);
        QVERIFY(writeSession(path, {u"once"_s}));
        const QString jsonl = transcriptPathFor(path);
        QVERIFY(test::writeFile(jsonl, test::readFile(jsonl) + test::readFile(jsonl)));
        const auto read = readSessionFile(path);
        QVERIFY(read.ok());
        QCOMPARE(read.value()->transcript().entries().size(), 2);
    }

    // Today's format (schema 1, the transcript inside) opens, converted once; the original stays.
    void aSchema1File_isConvertedOnce_andTheOriginalKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"s.json"_s);
        Session old;
        SessionInputs inputs;
        inputs.webApplication = u"http://sharepoint"_s;
        old.setInputs(inputs);
        QJsonObject json = old.toJson();
        json.insert(u"schema"_s, Session::transcriptInFileSchema);
        json.insert(u"transcript"_s, QJsonArray{entry(u"one"_s).toJson(), entry(u"two"_s).toJson()});
        const QByteArray original = QJsonDocument(json).toJson();
        QVERIFY(test::writeFile(path, original));
        QVERIFY(readSessionFile(path).ok()); // read as it is, not converted
        QCOMPARE(test::readFile(path), original);
        {
            auto opened = SessionFile::open(path);
            QVERIFY(opened.ok());
            QCOMPARE(opened.value()->session().transcript().entries().size(), 2);
            QCOMPARE(opened.value()->session().inputs().webApplication, u"http://sharepoint"_s);
        }
        QCOMPARE(test::readFile(path + u".schema1"_s), original);
        QCOMPARE(QJsonDocument::fromJson(test::readFile(path)).object().value(u"schema").toInt(), 2);
        QCOMPARE(linesOf(transcriptPathFor(path)).size(), 2);
        {
            auto opened = SessionFile::open(path); // once: the second opening converts nothing
            QVERIFY(opened.ok());
            QCOMPARE(opened.value()->session().transcript().entries().size(), 2);
        }
        QCOMPARE(linesOf(transcriptPathFor(path)).size(), 2);
        QCOMPARE(test::readFile(path + u".schema1"_s), original);
    }

    void aTranscriptWithoutItsState_isRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"s.json"_s);
        QVERIFY(test::writeFile(transcriptPathFor(path), transcriptLine(entry(u"one"_s))));
        const auto opened = SessionFile::open(path);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, u"session.orphan-transcript"_s);
        QVERIFY(!opened.error().remedy.isEmpty());
        QVERIFY(!QFile::exists(path));
    }

    // An append that fails keeps its lines; the next write puts them in, in order, none twice.
    void aFailedAppend_isWrittenWithTheNextChange_inOrder()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"s.json"_s);
        auto writer = std::make_shared<CountingWriter>();
        auto opened = SessionFile::open(path, writer);
        QVERIFY(opened.ok());
        SessionFile &file = *opened.value();
        file.setWriteRetry({2, std::chrono::milliseconds(1), {}});
        file.session().appendTranscript(entry(u"one"_s));
        QVERIFY(file.waitForWrites().ok());
        writer->appendsFail = true;
        file.session().appendTranscript(entry(u"two"_s));
        QVERIFY(!file.waitForWrites().ok());
        QCOMPARE(file.lastSaveError()->code, u"session.write"_s);
        QCOMPARE(linesOf(file.transcriptPath()).size(), 1);
        writer->appendsFail = false;
        file.session().appendTranscript(entry(u"three"_s));
        QVERIFY(file.waitForWrites().ok());
        const QList<QByteArray> lines = linesOf(file.transcriptPath());
        QCOMPARE(lines.size(), 3);
        QStringList commands;
        for (const QByteArray &line : lines)
            commands.append(QJsonDocument::fromJson(line).object().value(u"command").toString());
        QCOMPARE(commands, (QStringList{u"one"_s, u"two"_s, u"three"_s}));
    }

    void parseTranscriptLines_dropsOnlyAnUnendedLastLine()
    {
        const QByteArray one = transcriptLine(entry(u"one"_s));
        auto read = parseTranscriptLines(one + one.left(one.size() - 1)); // all but its line end
        QVERIFY(read.ok());
        QCOMPARE(read->transcript.entries().size(), 1);
        QVERIFY(read->tornTail);
        QCOMPARE(read->goodBytes, one.size());
        read = parseTranscriptLines(one + "\n" + one);
        QVERIFY(read.ok());
        QCOMPARE(read->transcript.entries().size(), 2);
        QVERIFY(!read->tornTail);
    }

    // A long transcript is parsed in runs side by side (one per core): the entries keep their
    // order, a bad line is named by its line in the whole file, a torn tail is still dropped.
    void parseTranscriptLines_longTranscript_keepsOrderAndLineNumbers()
    {
        QByteArray bytes;
        int lines = 0;
        while (bytes.size() < 3 * 1024 * 1024)
            bytes += transcriptLine(entry(u"command %1"_s.arg(lines++)));
        auto read = parseTranscriptLines(bytes + "{\"cut");
        QVERIFY(read.ok());
        QVERIFY(read->tornTail);
        QCOMPARE(read->goodBytes, bytes.size());
        const QList<TranscriptEntry> &entries = read->transcript.entries();
        QCOMPARE(entries.size(), lines);
        for (int i = 0; i < lines; ++i)
            QCOMPARE(entries.at(i).command, u"command %1"_s.arg(i));

        const int badLine = lines - 3; // in the last run
        QByteArray edited = bytes;
        const qsizetype at = edited.indexOf(QByteArray("command ") + QByteArray::number(badLine - 1) + '"');
        QVERIFY(at > 0);
        edited.replace(edited.lastIndexOf('\n', at) + 1, 1, "x"); // its opening brace
        const auto refused = parseTranscriptLines(edited);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(u"line %1:"_s.arg(badLine)),
                 qPrintable(refused.error().message));
    }
    // The wizard's own lines, with every kind of character a command or its output may hold, are
    // read by the fast reader (not left to QJsonDocument), and read as QJsonDocument reads them.
    void transcriptLineReader_readsTheWizardsLines_asQJsonDocumentDoes()
    {
        const QStringList texts{u""_s,
                                u"Get-SPFarm | Select-Object BuildVersion"_s,
                                u"quote \" backslash \\ slash / tab \t newline \n return \r"_s,
                                u"control \u0001\u001f and DEL \u007f"_s,
                                u"Grüße, 日本語のサーバー, emoji 🔐"_s,
                                u"<b>&amp;</b>"_s};
        QList<QByteArray> lines; // alive while the reader shares values between them
        for (const QString &text : texts) {
            TranscriptEntry written = entry(text);
            written.output = text;
            written.server = text.left(3);
            written.ok = text.size() % 2 == 0;
            written.kind = text.isEmpty() ? TranscriptEntry::Kind::Note : TranscriptEntry::Kind::Graph;
            lines << transcriptLine(written).chopped(1) << transcriptLine(written).chopped(1);
        }
        TranscriptLineReader reader;
        for (const QByteArray &line : lines) {
            const QString differs = test::transcriptLineDisagreement(reader, line);
            QVERIFY2(differs.isEmpty(), qPrintable(differs + u" in "_s + QString::fromUtf8(line)));
            QVERIFY2(TranscriptLineReader().read(line).has_value(), line.constData());
        }
    }

    // Valid JSON in other shapes: what the reader takes, it reads as QJsonDocument does, and what
    // is not the flat shape it leaves to QJsonDocument.
    void transcriptLineReader_otherShapes_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<bool>("fast");
        const auto row = [](const char *name, const char *line, bool fast) {
            QTest::newRow(name) << QByteArray(line) << fast;
        };
        row("empty object", "{}", true);
        row("spaces everywhere", " { \"command\" : \"a\" , \"durationMs\" : 7 } \r\n", true);
        row("keys in another order, unknown keys",
            "{\"x\":null,\"outcome\":\"error\",\"y\":true,\"kind\":\"farm\",\"z\":false,\"n\":12,\"s\":"
            "\"\\u00e9\"}",
            true);
        row("escapes", "{\"command\":\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u0041\\u00e9\\u4e2d\"}", true);
        row("time with an offset", "{\"time\":\"2026-12-02T18:16:14.874+02:00\"}", true);
        row("time without milliseconds", "{\"time\":\"2026-12-02T18:16:14Z\"}", true);
        row("time of an invalid date", "{\"time\":\"2026-13-02T18:16:14.874Z\"}", true);
        row("time at hour 24", "{\"time\":\"2026-12-02T24:00:00.000Z\"}", true);
        row("time of year zero", "{\"time\":\"0000-01-01T00:00:00.000Z\"}", true);
        row("time escaped", "{\"time\":\"2026-12-02T18:16:14.874\\u005a\"}", true);
        row("kind unknown", "{\"kind\":\"telepathy\"}", true);
        row("kind escaped", "{\"kind\":\"f\\u0061rm\",\"outcome\":\"\\u0065rror\"}", true);
        row("largest whole number", "{\"durationMs\":999999999999999}", true);
        row("zero", "{\"durationMs\":0}", true);
        row("number with a fraction", "{\"durationMs\":1.5}", false);
        row("number with an exponent", "{\"durationMs\":1e3}", false);
        row("negative number", "{\"durationMs\":-1}", false);
        row("leading zero", "{\"durationMs\":012}", false);
        row("16 digits", "{\"durationMs\":1234567890123456}", false);
        row("number as text", "{\"durationMs\":\"12\"}", false);
        row("text as number", "{\"command\":12}", false);
        row("nested object", "{\"command\":\"a\",\"extra\":{\"b\":1}}", false);
        row("array", "{\"extra\":[1,2]}", false);
        row("known key twice", "{\"command\":\"a\",\"command\":\"b\"}", false);
        row("escaped key", "{\"comm\\u0061nd\":\"a\"}", false);
        row("surrogate pair", "{\"command\":\"\\ud83d\\udd10\"}", false);
        row("lone surrogate", "{\"command\":\"\\ud83d\"}", false);
        row("raw control character", "{\"command\":\"a\tb\"}", false);
        row("invalid UTF-8", "{\"command\":\"\xc3\x28\"}", false);
        row("overlong UTF-8", "{\"command\":\"\xc0\xaf\"}", false);
        row("UTF-8 surrogate", "{\"command\":\"\xed\xa0\x80\"}", false);
        row("bad escape", "{\"command\":\"\\x\"}", false);
        row("short unicode escape", "{\"command\":\"\\u12\"}", false);
        row("trailing comma", "{\"command\":\"a\",}", false);
        row("trailing text", "{\"command\":\"a\"} x", false);
        row("two objects", "{}{}", false);
        row("not an object", "[\"command\"]", false);
        row("unclosed", "{\"command\":\"a\"", false);
        row("true misspelt", "{\"x\":tru}", false);
    }
    void transcriptLineReader_otherShapes()
    {
        QFETCH(QByteArray, line);
        QFETCH(bool, fast);
        TranscriptLineReader reader;
        QCOMPARE(reader.read(line).has_value(), fast);
        TranscriptLineReader again;
        const QString differs = test::transcriptLineDisagreement(again, line);
        QVERIFY2(differs.isEmpty(), qPrintable(differs));
    }

    // Lines damaged at random: whatever the reader still takes, QJsonDocument reads the same way.
    void transcriptLineReader_damagedLines_readAsQJsonDocumentDoes()
    {
        TranscriptEntry written = entry(u"Get-SPTrustedSecurityTokenIssuer \"ACS\" \\ é"_s);
        written.output = u"Name: ACS\nRegisteredIssuerName: 00000001-0000-0000-c000-000000000000@t"_s;
        const QByteArray original = transcriptLine(written).chopped(1);
        const QByteArray alphabet = "{}[]:,\"\\/ 0123456789.eE-+tfnulrsaubu\xc3\xa9\xed\xa0\x80\x01";
        QRandomGenerator random(17);
        QList<QByteArray> lines; // alive while the reader shares values between them
        int fast = 0;
        for (int i = 0; i < 20000; ++i) {
            QByteArray line = original;
            for (int edits = random.bounded(1, 4); edits > 0; --edits) {
                const qsizetype at = random.bounded(line.size() + 1);
                const char c = alphabet.at(random.bounded(alphabet.size()));
                switch (random.bounded(3)) {
                case 0: line.insert(at, c); break;
                case 1:
                    if (at < line.size())
                        line[at] = c;
                    break;
                default: line.remove(at, 1); break;
                }
            }
            lines << line;
        }
        TranscriptLineReader reader;
        for (const QByteArray &line : lines) {
            fast += TranscriptLineReader().read(line).has_value() ? 1 : 0;
            const QString differs = test::transcriptLineDisagreement(reader, line);
            QVERIFY2(differs.isEmpty(), qPrintable(differs + u" in "_s + QString::fromUtf8(line)));
        }
        QVERIFY2(fast > 1000, qPrintable(QString::number(fast))); // the comparison was exercised
    }

    // A line the reader takes is still checked as any entry is: a step that is not an id is refused.
    void parseTranscriptLines_checksWhatTheFastReaderRead()
    {
        TranscriptEntry bad = entry(u"one"_s);
        bad.step = u"Not An Id"_s;
        const QByteArray good = transcriptLine(entry(u"two"_s));
        QVERIFY(TranscriptLineReader().read(transcriptLine(bad).chopped(1)).has_value());
        const auto refused = parseTranscriptLines(good + transcriptLine(bad));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(u"line 2:"_s), qPrintable(refused.error().message));
        QVERIFY2(refused.error().message.contains(u"step"_s), qPrintable(refused.error().message));
        // ... and a server over 255 characters, after the same step passed on an earlier line.
        TranscriptEntry longServer = entry(u"three"_s);
        longServer.server = QString(256, u'x');
        const auto refusedServer = parseTranscriptLines(good + good + transcriptLine(longServer));
        QVERIFY(!refusedServer.ok());
        QVERIFY2(refusedServer.error().message.contains(u"line 3:"_s),
                 qPrintable(refusedServer.error().message));
    }
};

QTEST_GUILESS_MAIN(TestSessionStorage)
#include "tst_sessionstorage.moc"
