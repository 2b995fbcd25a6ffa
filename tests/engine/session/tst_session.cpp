// Session persistence and locking, transcript exports, answers and the small pure rules.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

#ifndef Q_OS_WIN
#include <pwd.h>
#include <unistd.h>
#endif

#include "LabFixture.h"
#include "TestFiles.h"
#include "cli/Options.h"
#include "core/AccountName.h"
#include "core/JsonFile.h"
#include "core/PublicDomain.h"
#include "farm/FarmOps.h"
#include "session/ChangeSummary.h"
#include "session/SessionBaseline.h"
#include "session/SessionFile.h"
#include "session/SessionWriter.h"
#include "session/TranscriptExport.h"
#include "steps/CheckCatalog.h"
#include "steps/Steps.h"
#include "tenant/Merge.h"
#include "workbench/Report.h"
#include "workbench/SessionInputsSetup.h"

using namespace Qt::StringLiterals;
using namespace s2s;

namespace {

// A valid session file's JSON, with a finished step whose report has one check.
QJsonObject validSessionJson()
{
    Session session;
    SessionInputs inputs;
    inputs.webApplication = u"http://sharepoint"_s;
    inputs.zone = u"Default"_s;
    inputs.publicDomain = u"contoso.com"_s;
    inputs.confirmations.insert(u"outage"_s, true);
    session.setInputs(inputs);
    SessionVariables variables;
    variables.tenantId = u"11111111-2222-3333-4444-555555555555"_s;
    session.setVariables(variables);
    ValidationReport report;
    report.checks.append({u"zone-ntlm"_s, u"NTLM"_s, CheckStatus::Pass, u"NTLM"_s, u"NTLM"_s, {}});
    session.setStepReport(StepId::WebAppAuth, report, StepState::Validated);
    session.appendTranscript({QDateTime::currentDateTimeUtc(),
                              u"web-app-auth"_s,
                              u"SP-WFE1"_s,
                              TranscriptEntry::Kind::Farm,
                              u"Get-SPWebApplication"_s,
                              {},
                              true,
                              1});
    return session.toJson();
}

// `json` as a schema 1 file has it: the transcript inside.
QJsonObject asSchema1(QJsonObject json)
{
    json.insert(u"schema"_s, Session::transcriptInFileSchema);
    json.insert(u"transcript"_s, QJsonArray{TranscriptEntry{QDateTime::currentDateTimeUtc(),
                                                            u"web-app-auth"_s,
                                                            u"SP-WFE1"_s,
                                                            TranscriptEntry::Kind::Farm,
                                                            u"Get-SPWebApplication"_s,
                                                            {},
                                                            true,
                                                            1}
                                                .toJson()});
    return json;
}

// Sets the value at a dotted path ("variables.tenantId"; a number indexes a list).
QJsonValue withValue(const QJsonValue &at, QStringList path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QString key = path.takeFirst();
    if (at.isArray()) {
        QJsonArray array = at.toArray();
        array[key.toInt()] = withValue(array.at(key.toInt()), path, value);
        return array;
    }
    QJsonObject object = at.toObject();
    object.insert(key, withValue(object.value(key), path, value));
    return object;
}

// A writer that fails like a full disk while `full` is set, and counts its tries.
struct FaultySessionWriter : SessionWriter {
    SaveFileSessionWriter real;
    bool full = false;
    int failuresLeft = 0; // a held file: this many tries fail, then it is free again
    int tries = 0;

    Status write(const QString &path, const QByteArray &bytes) override
    {
        ++tries;
        if (full || failuresLeft > 0) {
            --failuresLeft;
            return Error{u"session.write"_s, u"Cannot save the session to %1."_s.arg(path),
                         full ? u"No space left on device"_s : u"The process cannot access the file"_s,
                         u"Free disk space."_s};
        }
        return real.write(path, bytes);
    }
};

} // namespace

class TestSession : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void sessionFile_savesEveryChangeAndLoadsItBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"s.json"_s);
        {
            auto file = SessionFile::open(path);
            QVERIFY(file.ok());
            QVERIFY(file.value()->isNew());
            Session &session = file.value()->session();
            SessionInputs inputs;
            inputs.webApplication = u"http://sharepoint"_s;
            inputs.publicDomain = u"contoso.com"_s;
            inputs.confirmations.insert(u"realmChange"_s, true);
            session.setInputs(inputs);
            QTRY_VERIFY(QFile::exists(path)); // saved on change, before any explicit save
            ValidationReport report;
            report.time = QDateTime::currentDateTimeUtc();
            report.checks.append({u"zone-ntlm"_s, u"NTLM"_s, CheckStatus::Pass, u"NTLM"_s, u"NTLM"_s, {}});
            session.setStepReport(StepId::WebAppAuth, report, StepState::Validated);
            session.setStepState(StepId::OAuthOverHttp, StepState::Failed,
                                 Error{u"farm.x"_s, u"boom"_s, {}, u"fix it"_s});
        }
        auto reopened = SessionFile::open(path);
        QVERIFY(reopened.ok());
        QVERIFY(!reopened.value()->isNew());
        const Session &session = reopened.value()->session();
        QCOMPARE(session.inputs().webApplication, u"http://sharepoint"_s);
        QVERIFY(session.inputs().confirmed(u"realmChange"_s));
        QCOMPARE(session.step(StepId::WebAppAuth).state, StepState::Validated);
        QCOMPARE(session.step(StepId::WebAppAuth).report->checks.size(), 1);
        QCOMPARE(session.step(StepId::OAuthOverHttp).error->message, u"boom"_s);
        QCOMPARE(session.step(StepId::OAuthOverHttp).error->remedy, u"fix it"_s);
        QCOMPARE(session.firstUnfinished(), StepId::OAuthOverHttp);
        const QStringList leftovers = QDir(dir.path()).entryList(QDir::Files);
        QCOMPARE(leftovers, QStringList({u"s.json"_s, u"s.json.lock"_s})); // no temporary files
    }

    // Issue 15: the change log --remove works from.
    void changeLog_roundTripsThroughTheSessionJson()
    {
        Session session;
        session.recordChange({.kind = ChangeRecord::Kind::RealmChanged,
                              .step = u"auth-realm"_s,
                              .before = u"old-realm"_s,
                              .after = u"tenant-id"_s});
        session.recordChange({.kind = ChangeRecord::Kind::AppPrincipalRegistered,
                              .step = u"register-app-principal"_s,
                              .object = u"p@t"_s,
                              .name = u"SharePoint Online"_s,
                              .site = u"http://sharepoint"_s});
        session.recordChange({.kind = ChangeRecord::Kind::TrustedIssuerCreated,
                              .step = u"acs-trust"_s,
                              .object = u"ACS"_s,
                              .after = u"https://acs/metadata"_s});
        const QDateTime when = QDateTime::currentDateTimeUtc();
        session.markChangeUndone(session.changeLog().changes.at(2), when, true);
        session.setRemovalTimes(when, when.addSecs(5));
        const auto read = Session::fromJson(session.toJson());
        QVERIFY(read.ok());
        const ChangeLog &log = read.value()->changeLog();
        QVERIFY(log.complete);
        QCOMPARE(log.changes.size(), 3);
        for (qsizetype i = 0; i < log.changes.size(); ++i)
            QCOMPARE(log.changes.at(i).toJson(), session.changeLog().changes.at(i).toJson());
        QCOMPARE(log.changes.at(0).before, u"old-realm"_s);
        QCOMPARE(log.changes.at(1).site, u"http://sharepoint"_s);
        QVERIFY(log.changes.at(2).isUndone());
        QVERIFY(log.changes.at(2).foundGone);
        QVERIFY(!log.changes.at(1).isUndone());
        QCOMPARE(log.removalStarted.toSecsSinceEpoch(), when.toSecsSinceEpoch());
        QCOMPARE(log.removalFinished.toSecsSinceEpoch(), when.addSecs(5).toSecsSinceEpoch());
    }

    void oldSessionWithStepsButNoChangeLog_readsAsIncomplete()
    {
        Session session;
        session.setStepState(StepId::WebAppAuth, StepState::Validated);
        QJsonObject json = session.toJson();
        json.remove(u"changeLog"_s);
        const auto old = Session::fromJson(json);
        QVERIFY(old.ok());
        QVERIFY(!old.value()->changeLog().complete);
        // A new session (no step yet) records from the start.
        QJsonObject fresh = Session().toJson();
        fresh.remove(u"changeLog"_s);
        QVERIFY(Session::fromJson(fresh).value()->changeLog().complete);
    }

    void recordChange_keepsTheFirstBeforeValue_untilARemovalUndidIt()
    {
        Session session;
        session.recordChange({.kind = ChangeRecord::Kind::RealmChanged,
                              .step = u"auth-realm"_s,
                              .before = u"first"_s,
                              .after = u"t"_s});
        session.recordChange({.kind = ChangeRecord::Kind::RealmChanged,
                              .step = u"auth-realm"_s,
                              .before = u"second"_s,
                              .after = u"t"_s});
        QCOMPARE(session.changeLog().changes.size(), 1);
        QCOMPARE(session.changeLog().changes.constFirst().before, u"first"_s);
        // Undone by a removal and set up again: a new change with its own before-value.
        session.markChangeUndone(session.changeLog().changes.constFirst(), QDateTime::currentDateTimeUtc());
        session.recordChange({.kind = ChangeRecord::Kind::RealmChanged,
                              .step = u"auth-realm"_s,
                              .before = u"third"_s,
                              .after = u"t"_s});
        QCOMPARE(session.changeLog().changes.size(), 2);
        QCOMPARE(session.changeLog().changes.constLast().before, u"third"_s);
        QVERIFY(!session.changeLog().changes.constLast().isUndone());
    }

    void newSessionPaths_neverRepeat()
    {
        QSet<QString> paths;
        for (int i = 0; i < 50; ++i)
            paths.insert(SessionFile::newSessionPath());
        QCOMPARE(paths.size(), 50);
    }

    void sessionFile_isLockedAgainstASecondWriter()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"s.json"_s);
        auto first = SessionFile::open(path);
        QVERIFY(first.ok());
        auto second = SessionFile::open(path);
        QVERIFY(!second.ok());
        QCOMPARE(second.error().code, u"session.locked"_s);
        first.value().reset();
        QVERIFY(SessionFile::open(path).ok());
    }

    void corruptSessionFile_isRefusedAndLeftAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"s.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ half a session");
        file.close();
        auto opened = SessionFile::open(path);
        QVERIFY(!opened.ok());
        QVERIFY(opened.error().message.contains(u"s.json"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("{ half a session"));
    }

    void transcriptText_looksLikeStartTranscriptWithCommandsInOrder()
    {
        test::LabFixture lab;
        lab.session().setOrigin(
            {u"CONTOSO\\admin"_s, u"SP-WFE1"_s, u"s2s-wizard --lab x"_s, u"S2S Wizard 0.1.0"_s, u"lab:x"_s});
        QCOMPARE(lab.runThrough(StepId::FinalValidation), StepState::Validated);
        const QString text = transcriptAsText(lab.session());
        QVERIFY(text.startsWith(u"# "_s)); // the change record's comments first
        QVERIFY(text.contains(u"\r\n**********************\r\nWindows PowerShell transcript start\r\n"_s));
        QVERIFY(text.contains(u"Username: CONTOSO\\admin"_s));
        QVERIFY(text.contains(u"Machine: SP-WFE1"_s));
        QVERIFY(text.contains(QRegularExpression(u"Start time: \\d{14}"_s)));
        QVERIFY(text.contains(
            QRegularExpression(u"Command start time: \\d{14}\r\n\\*+\r\nPS>Get-SPWebApplication"_s)));
        QVERIFY(text.trimmed().endsWith(u"**********************"_s));
        // every step's section appears, in procedure order
        qsizetype last = -1;
        for (StepId id : allStepIds()) {
            const qsizetype at = text.indexOf(
                u"# ---- Step %1: %2 ----"_s.arg(stepNumber(id)).arg(stepKey(id)));
            if (id == StepId::OAuthOverHttp || at >= 0) {
                QVERIFY2(at > last, qPrintable(stepKey(id)));
                last = at;
            }
        }
        QVERIFY(text.indexOf(u"PS>Set-SPAuthenticationRealm"_s) > text.indexOf(u"PATCH "_s));
    }

    void transcriptHtmlAndJson_carryEveryStepsChecks()
    {
        test::LabFixture lab;
        QCOMPARE(lab.runThrough(StepId::FinalValidation), StepState::Validated);
        const QString html = transcriptAsHtml(lab.session());
        for (StepId id : allStepIds())
            QVERIFY(html.contains(u"<section id=\"%1\">"_s.arg(stepKey(id))));
        QVERIFY(html.contains(u"<td>realm-matches-tenant</td>"_s));
        const QJsonObject json = QJsonDocument::fromJson(transcriptAsJson(lab.session()).toUtf8()).object();
        QCOMPARE(json.value(u"steps").toArray().size(), 11);
        QVERIFY(json.value(u"entries").toArray().size() > 20);
        QTemporaryDir dir;
        for (const QString &name : {u"t.txt"_s, u"t.html"_s, u"t.json"_s}) {
            const auto format = transcriptFormatFor(name, {});
            QVERIFY(format.ok());
            QVERIFY(exportTranscript(lab.session(), dir.filePath(name), *format).ok());
            QVERIFY(QFileInfo(dir.filePath(name)).size() > 1000);
        }
        QVERIFY(!transcriptFormatFor(u"t.pdf"_s, {}).ok());
    }

    // Issue 12: "unknown" is its own status everywhere a check is shown or stored.
    void unknownStatus_roundTripsAndShowsInEveryExportAndTheReport()
    {
        QCOMPARE(checkStatusFromName(checkStatusName(CheckStatus::Unknown)), CheckStatus::Unknown);
        QCOMPARE(checkStatusName(CheckStatus::Unknown), u"unknown"_s);
        QVERIFY(checkStatusText(CheckStatus::Unknown) != checkStatusText(CheckStatus::Pass));
        test::LabFixture lab;
        QCOMPARE(lab.runThrough(StepId::AddSpn), StepState::Validated);
        SessionVariables variables = lab.session().variables();
        variables.spnsBefore.reset(); // no baseline: existing-spns-kept cannot be decided
        lab.session().setVariables(variables);
        QCOMPARE(lab.validate(StepId::AddSpn), StepState::Validated);
        const auto reloaded = Session::fromJson(lab.session().toJson());
        QVERIFY(reloaded.ok());
        QCOMPARE(reloaded.value()->step(StepId::AddSpn).report->find(u"existing-spns-kept"_s)->status,
                 CheckStatus::Unknown);
        QVERIFY(
            transcriptAsText(lab.session()).contains(u"[UNKNOWN] Existing SPNs kept (existing-spns-kept)"_s));
        QVERIFY(
            transcriptAsHtml(lab.session()).contains(u"<td>existing-spns-kept</td><td class=\"unknown\">"_s));
        QVERIFY(transcriptAsJson(lab.session()).contains(u"\"status\": \"unknown\""_s));
        const QJsonObject report = buildReport(lab.session(), lab.runner().steps(), u"check"_s, 0,
                                               *lab.backends().farm, *lab.backends().tenant);
        // graph-permission too: the seed's sign-in client puts no roles (wids) in its token.
        QCOMPARE(report.value(u"unknownChecks").toArray(),
                 (QJsonArray{u"graph-permission"_s, u"existing-spns-kept"_s}));
        QCOMPARE(report.value(u"failingChecks").toArray().size(), 0);
        QCOMPARE(report.value(u"result").toString(), u"pass"_s);
    }

    // --check without --session: the kept checks' baseline comes from the newest earlier session
    // of the same farm and tenant (only the newest: an older list may be stale), and the files are
    // only read.
    void sessionBaseline_takesTheNewestSessionOfTheSameFarmAndTenant()
    {
        QTemporaryDir dir;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        int age = 100;
        auto write = [&](const QString &name, const QString &target, const QString &tenant,
                         std::optional<QStringList> spns, std::optional<QStringList> keys) {
            Session session;
            session.setOrigin({u"u"_s, u"m"_s, u"app"_s, u"v"_s, target});
            SessionVariables variables;
            variables.tenantId = tenant;
            variables.spnsBefore = std::move(spns);
            variables.keysBefore = std::move(keys);
            session.setVariables(variables);
            const QString path = dir.filePath(name);
            QVERIFY(writeJsonObject(path, session.toJson()).ok());
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.setFileTime(now.addSecs(-age), QFileDevice::FileModificationTime));
            age -= 10; // each one newer than the last
        };
        const QString tenant = u"a4c1e5f2-7b3d-4e8a-9f60-1d2c3b4a5e6f"_s;
        write(u"a.json"_s, u"lab:x"_s, tenant, QStringList{u"a"_s}, QStringList{u"K1"_s});
        write(u"b.json"_s, u"lab:x"_s, tenant.toUpper(), QStringList{u"b"_s}, std::nullopt);
        write(u"c.json"_s, u"lab:y"_s, tenant, QStringList{u"c"_s}, QStringList{u"K3"_s});
        write(u"d.json"_s, u"lab:x"_s, u"11111111-2222-3333-4444-555555555555"_s, QStringList{u"d"_s},
              QStringList{u"K4"_s});
        QFile notASession(dir.filePath(u"e.json"_s));
        QVERIFY(notASession.open(QIODevice::WriteOnly));
        notASession.write("{ broken");
        notASession.close();
        QMap<QString, QByteArray> before;
        for (const QString &name : QDir(dir.path()).entryList(QDir::Files)) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            before.insert(name, file.readAll());
        }
        SessionOrigin origin{u"other"_s, u"other"_s, u"app"_s, u"v"_s, u"lab:x"_s};
        const SessionBaseline found = findSessionBaseline(dir.path(), origin, tenant);
        QCOMPARE(found.spnsBefore, std::optional<QStringList>(QStringList{u"b"_s}));
        QCOMPARE(found.spnsFrom, dir.filePath(u"b.json"_s));
        // b.json recorded no keys: unknown, not a.json's older list.
        QCOMPARE(found.keysBefore, std::nullopt);
        QVERIFY(found.keysFrom.isEmpty());
        QVERIFY(findSessionBaseline(dir.path(), origin, {}).isEmpty()); // tenant not known yet
        origin.target = u"lab:z"_s;
        QVERIFY(findSessionBaseline(dir.path(), origin, tenant).isEmpty());
        // Read only: no file changed, none added (no lock file either).
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), before.keys());
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            QFile file(dir.filePath(it.key()));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.readAll(), it.value());
        }
        // Adopted only where the session has none of its own.
        Session session;
        SessionVariables own;
        own.spnsBefore = QStringList{u"own"_s};
        session.setVariables(own);
        SessionBaseline older = found;
        older.keysBefore = QStringList{u"K1"_s};
        adoptSessionBaseline(session, older);
        QCOMPARE(*session.variables().spnsBefore, QStringList{u"own"_s});
        QCOMPARE(*session.variables().keysBefore, QStringList{u"K1"_s});
    }

    // Issue 16: a session file is held to the answers file's rules before anything in it is used;
    // a bad value is refused naming its key, and the file is left byte for byte as it was.
    void sessionFile_refusesAnInvalidValueByKey_andLeavesTheFileAsItWas_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("tenant id command") << u"variables.tenantId"_s << QJsonValue(u"$(whoami)"_s);
        QTest::newRow("tenant id not a guid") << u"variables.tenantId"_s << QJsonValue(u"contoso"_s);
        QTest::newRow("tenant id a number") << u"variables.tenantId"_s << QJsonValue(42);
        QTest::newRow("web application not a url")
            << u"inputs.webApplication"_s << QJsonValue(u"sharepoint"_s);
        QTest::newRow("web application a file url")
            << u"inputs.webApplication"_s << QJsonValue(u"file:///c:/windows"_s);
        QTest::newRow("zone") << u"inputs.zone"_s << QJsonValue(u"Moon"_s);
        QTest::newRow("public domain") << u"inputs.publicDomain"_s << QJsonValue(u"https://contoso.com"_s);
        QTest::newRow("confirmation not a boolean") << u"inputs.confirm.outage"_s << QJsonValue(u"yes"_s);
        QTest::newRow("confirmation unknown") << u"inputs.confirm.everything"_s << QJsonValue(true);
        QTest::newRow("certificate mode") << u"inputs.certificate.mode"_s << QJsonValue(u"forge"_s);
        QTest::newRow("certificate key size") << u"inputs.certificate.keySize"_s << QJsonValue(1024);
        QTest::newRow("pfx path with a line break")
            << u"inputs.certificate.pfx"_s << QJsonValue(u"C:\\x.pfx\nGet-Secret"_s);
        QTest::newRow("password file not a string")
            << u"inputs.certificate.passwordFile"_s << QJsonValue(true);
        QTest::newRow("metadata endpoint")
            << u"variables.metadataEndpoint"_s << QJsonValue(u"javascript:x"_s);
        QTest::newRow("thumbprint") << u"variables.stsCertificate.thumbprint"_s
                                    << QJsonValue(u"<b>not hex</b>"_s);
        QTest::newRow("unknown step")
            << u"steps.format-c"_s << QJsonValue(QJsonObject{{u"state"_s, u"validated"_s}});
        QTest::newRow("step state") << u"steps.web-app-auth.state"_s << QJsonValue(u"done"_s);
        QTest::newRow("hostile check id")
            << u"steps.web-app-auth.report.checks.0.id"_s << QJsonValue(u"<script>alert(1)</script>"_s);
        QTest::newRow("hostile check id attribute")
            << u"steps.web-app-auth.report.checks.0.id"_s << QJsonValue(u"\"><img src=x onerror=alert(1)>"_s);
        QTest::newRow("error code") << u"steps.web-app-auth.error.code"_s << QJsonValue(u"<i>x</i>"_s);
        QTest::newRow("transcript step") << u"transcript.0.step"_s << QJsonValue(u"<script>"_s);
        QTest::newRow("session id") << u"id"_s << QJsonValue(u"$(whoami)"_s);
    }

    // Found by tst_faults: a step that failed on Graph's 403 records "graph.Authorization_RequestDenied";
    // its own session must open again for the re-run.
    void sessionFile_acceptsTheErrorCodesServicesAnswer()
    {
        for (const QString &code : {u"graph.Authorization_RequestDenied"_s, u"sign-in.AADSTS53003"_s,
                                    u"farm.powershell"_s, u"backend.farm-protocol"_s}) {
            const QJsonObject json = withValue(validSessionJson(),
                                               {u"steps"_s, u"web-app-auth"_s, u"error"_s, u"code"_s}, code)
                                         .toObject();
            const auto session = Session::fromJson(json);
            QVERIFY2(session.ok(), qPrintable(code + u": "_s + test::why(session)));
        }
    }

    void sessionFile_refusesAnInvalidValueByKey_andLeavesTheFileAsItWas()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"s.json"_s);
        QVERIFY(Session::fromJson(validSessionJson()).ok()); // the base is valid
        // The transcript's rules on a schema 1 file (schema 2 keeps it in its own file): refused
        // before it is converted.
        const QJsonObject base = key.startsWith(u"transcript") ? asSchema1(validSessionJson())
                                                               : validSessionJson();
        const QJsonObject json = withValue(base, key.split(u'.'), value).toObject();
        QVERIFY(writeJsonObject(path, json).ok());
        const QByteArray before = test::readFile(path);
        const auto opened = SessionFile::open(path);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, u"input.session"_s);
        QCOMPARE(opened.error().kind, ErrorKind::Input);
        // The key as the file has it ("checks.0" is "checks[0]" in the message).
        QString named = key;
        named.replace(QRegularExpression(u"\\.(\\d+)"_s), u"[\\1]"_s);
        QVERIFY2(opened.error().message.contains(u"\""_s + named + u"\""_s),
                 qPrintable(opened.error().message));
        QVERIFY(!opened.error().remedy.isEmpty());
        QCOMPARE(test::readFile(path), before);
        QVERIFY(!readSessionFile(path).ok());
        QCOMPARE(test::readFile(path), before);
        // Nothing but the file itself is left in the folder (no lock, no temporary file).
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"s.json"_s});
    }

    // An entry's time as Qt writes it (the exports format times themselves, for speed): ISO in UTC
    // in the HTML, the local yyyyMMddHHmmss of Start-Transcript in the text; an entry without a
    // character to escape is shown as it is.
    void exports_writeEntryTimesAsQtDoes()
    {
        Session session;
        const QDateTime time(QDate(2026, 3, 29), QTime(1, 59, 58, 250), Qt::UTC); // by a DST change
        session.appendTranscript({time, u"web-app-auth"_s, u"SP-WFE1"_s, TranscriptEntry::Kind::Farm,
                                  u"Get-SPWebApplication 'x'"_s, u"Url: http://sharepoint"_s, true, 1});
        const QString html = transcriptAsHtml(session);
        QVERIFY(html.contains(u"<p>%1 SP-WFE1 "_s.arg(time.toString(Qt::ISODate))));
        QVERIFY(html.contains(u"<p>2026-03-29T01:59:58Z SP-WFE1 "_s));
        QVERIFY(html.contains(u"<pre>Get-SPWebApplication 'x'</pre>\n<pre>Url: http://sharepoint</pre>"_s));
        const QString text = transcriptAsText(session);
        QVERIFY2(text.contains(u"Command start time: "_s + time.toLocalTime().toString(u"yyyyMMddHHmmss"_s)),
                 qPrintable(text));
    }

    // The HTML export escapes every value it shows: a check id from a session never becomes markup.
    void htmlExport_escapesAHostileCheckId()
    {
        const QStringList hostile{u"<script>alert(1)</script>"_s, u"\"><img src=x onerror=alert(1)>"_s};
        Session session;
        ValidationReport report;
        for (const QString &value : hostile)
            report.checks.append({value, value, CheckStatus::Fail, value, value, value});
        session.setStepReport(StepId::WebAppAuth, report, StepState::Failed,
                              Error{hostile.at(0), hostile.at(1), {}, hostile.at(0)});
        session.appendTranscript({QDateTime::currentDateTimeUtc(), u"web-app-auth"_s, hostile.at(1),
                                  TranscriptEntry::Kind::Farm, hostile.at(0), hostile.at(1), false, 1});
        QTemporaryDir dir;
        const QString path = dir.filePath(u"t.html"_s);
        QVERIFY(exportTranscript(session, path, TranscriptFormat::Html).ok());
        const QString html = QString::fromUtf8(test::readFile(path));
        QVERIFY(html.contains(u"<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>"_s));
        QVERIFY(html.contains(u"&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"_s));
        QVERIFY(!html.contains(u"<script"_s));
        QVERIFY(!html.contains(u"<img"_s));
        QVERIFY(!html.contains(u"onerror=alert(1)>"_s));
        QVERIFY(!html.contains(u"\"><img"_s));
    }

    // Every PowerShell line of every step's plan shows values in single quotes (' doubled), so
    // that nothing in a value runs when the line is pasted: `$(...)`, backticks and double quotes
    // stay text.
    void planPreview_quotesEveryValueForPowerShell()
    {
        const QString hostile = u"a'b$(whoami)c`d\"e"_s;
        Session session;
        SessionInputs inputs;
        inputs.webApplication = u"http://sp'$(whoami)"_s;
        inputs.zone = hostile;
        inputs.publicDomain = hostile;
        inputs.certificate.mode = CertificateMode::Import;
        inputs.certificate.pfx = u"C:\\"_s + hostile + u".pfx"_s;
        session.setInputs(inputs);
        SessionVariables variables;
        variables.tenantId = hostile;
        session.setVariables(variables);
        const StepRegistry steps;
        static const QRegularExpression singleQuoted(u"'(?:[^']|'')*'"_s);
        int shown = 0;
        for (const auto &step : steps.all())
            for (const PlanLine &line : step->plan(session, Endpoints{})) {
                if (line.kind != PlanLine::Kind::PowerShell || !line.text.contains(u"whoami"_s))
                    continue;
                ++shown;
                QString outside = line.text;
                outside.remove(singleQuoted);
                QVERIFY2(!outside.contains(u"whoami"_s), qPrintable(line.text));
            }
        QVERIFY(shown >= 4); // the realm, $spocontextID, $metadataEndpoint, the PFX, the zone...
        const QList<PlanLine> variablesPlan = steps.step(StepId::Variables).plan(session, Endpoints{});
        const bool quotedTenant = std::any_of(
            variablesPlan.cbegin(), variablesPlan.cend(), [](const PlanLine &line) {
                return line.text.startsWith(u"$spocontextID = 'a''b$(whoami)c`d\"e'"_s);
            });
        QVERIFY(quotedTenant);
    }

    // Issue 16: a save that fails (a full disk, a file another process holds) keeps the previous
    // file intact and the session in memory, says so clearly, and the next change saves it all.
    void sessionSave_onAFullDisk_keepsThePreviousFile_andTheNextSaveWritesEverything()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"s.json"_s);
        auto writer = std::make_shared<FaultySessionWriter>();
        auto opened = SessionFile::open(path, writer);
        QVERIFY(opened.ok());
        SessionFile &file = *opened.value();
        QList<std::chrono::milliseconds> slept;
        file.setWriteRetry(
            {4, std::chrono::milliseconds(25), [&](std::chrono::milliseconds ms) { slept.append(ms); }});
        int statusCalls = 0;
        file.setSaveStatusHandler([&] { ++statusCalls; });
        SessionInputs inputs;
        inputs.webApplication = u"http://sharepoint"_s;
        file.session().setInputs(inputs);
        QVERIFY(file.waitForWrites().ok());
        QVERIFY(!file.lastSaveError());
        const QByteArray saved = test::readFile(path);
        QVERIFY(saved.contains("http://sharepoint"));

        writer->full = true;
        writer->tries = 0;
        inputs.publicDomain = u"contoso.com"_s;
        file.session().setInputs(inputs);
        QVERIFY(!file.waitForWrites().ok());
        QCOMPARE(writer->tries, 4); // tried again, with a growing pause
        QCOMPARE(slept, (QList<std::chrono::milliseconds>{std::chrono::milliseconds(25),
                                                          std::chrono::milliseconds(50),
                                                          std::chrono::milliseconds(100)}));
        QVERIFY(file.lastSaveError().has_value());
        QCOMPARE(file.lastSaveError()->code, u"session.write"_s);
        QVERIFY(file.lastSaveError()->detail.contains(u"No space left on device"_s));
        QVERIFY(!file.lastSaveError()->remedy.isEmpty());
        QCOMPARE(statusCalls, 1);
        QCOMPARE(test::readFile(path), saved);                            // the previous file, intact
        QCOMPARE(file.session().inputs().publicDomain, u"contoso.com"_s); // kept in memory

        writer->full = false;
        file.session().appendTranscript({QDateTime::currentDateTimeUtc(),
                                         {},
                                         {},
                                         TranscriptEntry::Kind::Note,
                                         u"after the disk was freed"_s,
                                         {},
                                         true,
                                         0});
        QVERIFY(file.waitForWrites().ok());
        QVERIFY(!file.lastSaveError());
        QCOMPARE(statusCalls, 2);
        opened.value().reset();
        const auto reread = readSessionFile(path);
        QVERIFY(reread.ok());
        QCOMPARE(reread.value()->inputs().publicDomain, u"contoso.com"_s);
        QCOMPARE(reread.value()->transcript().entries().size(), 1);
    }

    // A file held for a moment (a sharing violation on Windows): the save goes through on a retry.
    void sessionSave_whileTheFileIsHeldForAMoment_succeedsOnARetry()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"s.json"_s);
        auto writer = std::make_shared<FaultySessionWriter>();
        auto opened = SessionFile::open(path, writer);
        QVERIFY(opened.ok());
        opened.value()->setWriteRetry({4, std::chrono::milliseconds(1), {}});
        writer->failuresLeft = 2;
        SessionInputs inputs;
        inputs.webApplication = u"http://sharepoint"_s;
        opened.value()->session().setInputs(inputs);
        QVERIFY(opened.value()->waitForWrites().ok());
        QCOMPARE(writer->tries, 3);
        QVERIFY(!opened.value()->lastSaveError());
        QVERIFY(test::readFile(path).contains("http://sharepoint"));
    }

    // A save that failed is tried again when the file closes: the last change before exit stays.
    void sessionSave_thatFailedLast_isTriedAgainOnClosing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"s.json"_s);
        auto writer = std::make_shared<FaultySessionWriter>();
        {
            auto opened = SessionFile::open(path, writer);
            QVERIFY(opened.ok());
            opened.value()->setWriteRetry({2, std::chrono::milliseconds(1), {}});
            writer->failuresLeft = 2;
            SessionInputs inputs;
            inputs.webApplication = u"http://sharepoint"_s;
            opened.value()->session().setInputs(inputs);
            QVERIFY(!opened.value()->waitForWrites().ok());
            QVERIFY(opened.value()->lastSaveError());
        }
        QVERIFY(test::readFile(path).contains("http://sharepoint"));
    }

    void answers_rejectAnInvalidKeyByName_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("key");
        QTest::newRow("url") << QByteArray("{\"webApplication\":\"sharepoint\"}") << u"webApplication"_s;
        QTest::newRow("zone") << QByteArray("{\"zone\":\"Moon\"}") << u"zone"_s;
        QTest::newRow("domain") << QByteArray("{\"publicDomain\":\"https://contoso.com\"}")
                                << u"publicDomain"_s;
        QTest::newRow("mode") << QByteArray("{\"certificate\":{\"mode\":\"forge\"}}")
                              << u"certificate.mode"_s;
        QTest::newRow("confirm") << QByteArray("{\"confirm\":{\"realmChange\":\"yes\"}}")
                                 << u"confirm.realmChange"_s;
        QTest::newRow("unknown") << QByteArray("{\"colour\":\"blue\"}") << u"colour"_s;
        QTest::newRow("certificate keySize")
            << QByteArray("{\"certificate\":{\"keySize\":1024}}") << u"certificate.keySize"_s;
        QTest::newRow("certificate keySize text")
            << QByteArray("{\"certificate\":{\"keySize\":\"2048\"}}") << u"certificate.keySize"_s;
        QTest::newRow("certificate validity")
            << QByteArray("{\"certificate\":{\"validityYears\":11}}") << u"certificate.validityYears"_s;
        QTest::newRow("certificate validity fraction")
            << QByteArray("{\"certificate\":{\"validityYears\":1.5}}") << u"certificate.validityYears"_s;
        QTest::newRow("certificate legacy")
            << QByteArray("{\"certificate\":{\"legacyPfx\":\"yes\"}}") << u"certificate.legacyPfx"_s;
        QTest::newRow("certificate unknown")
            << QByteArray("{\"certificate\":{\"password\":\"x\"}}") << u"certificate.password"_s;
        QTest::newRow("certificate import without pfx")
            << QByteArray("{\"certificate\":{\"mode\":\"import\"}}") << u"certificate.pfx"_s;
        QTest::newRow("certificate import missing pfx")
            << QByteArray("{\"certificate\":{\"mode\":\"import\",\"pfx\":\"/nonexistent/a.pfx\"}}")
            << u"certificate.pfx"_s;
        QTest::newRow("certificate password file")
            << QByteArray("{\"certificate\":{\"passwordFile\":\"/nonexistent/pw\"}}")
            << u"certificate.passwordFile"_s;
        QTest::newRow("certificate not an object")
            << QByteArray("{\"certificate\":\"generate\"}") << u"certificate"_s;
    }

    void answers_rejectAnInvalidKeyByName()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, key);
        const auto answers = Answers::fromJson(QJsonDocument::fromJson(json).object());
        QVERIFY(!answers.ok());
        QCOMPARE(answers.error().code, u"input.answers"_s);
        QVERIFY2(answers.error().message.contains(u"\""_s + key + u"\""_s),
                 qPrintable(answers.error().message));
    }

    // The files keep the words of the answers format; the engine compares the enum.
    void certificateMode_keepsItsWordInTheSessionFile()
    {
        for (const auto &[mode, word] :
             {std::pair{CertificateMode::Generate, u"generate"_s},
              std::pair{CertificateMode::Import, u"import"_s}, std::pair{CertificateMode::Keep, u"keep"_s}}) {
            CertificateChoice choice;
            choice.mode = mode;
            QCOMPARE(choice.toJson().value(u"mode").toString(), word);
            QVERIFY(CertificateChoice::fromJson(choice.toJson()).mode == mode);
            QVERIFY(certificateModeFromName(word) == mode);
        }
        QVERIFY(!certificateModeFromName(u"forge"_s));
        QVERIFY(!certificateModeFromName(u"Generate"_s));
        QVERIFY(CertificateChoice::fromJson({}).mode == CertificateMode::Keep);
    }

    void answers_fillLabDefaultsButKeepWhatIsGiven()
    {
        const auto answers = Answers::fromJson(
            QJsonDocument::fromJson(
                "{\"publicDomain\":\"*.Fabrikam.com\",\"confirm\":{\"realmChange\":false}}")
                .object());
        QVERIFY(answers.ok());
        const SessionInputs inputs = withLabDefaults(applyAnswers(*answers, {}), true);
        QCOMPARE(inputs.publicDomain, u"fabrikam.com"_s);
        QCOMPARE(inputs.webApplication, u"http://sharepoint"_s);
        QVERIFY(!inputs.confirmed(u"realmChange"_s));
        QVERIFY(inputs.confirmed(u"outage"_s));
        QVERIFY(applyAnswers(*answers, {}).webApplication.isEmpty());
        QVERIFY(!withLabDefaults({}, false).confirmed(u"outage"_s));
    }

    void publicDomain_isNormalisedOrRefused_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected"); // empty: refused
        QTest::newRow("plain") << u"contoso.com"_s << u"contoso.com"_s;
        QTest::newRow("wildcard") << u"*.contoso.com"_s << u"contoso.com"_s;
        QTest::newRow("case") << u" Contoso.COM "_s << u"contoso.com"_s;
        QTest::newRow("one label") << u"contoso"_s << QString();
        QTest::newRow("url") << u"https://contoso.com"_s << QString();
        QTest::newRow("path") << u"contoso.com/sites"_s << QString();
        QTest::newRow("two wildcards") << u"*.*.contoso.com"_s << QString();
        QTest::newRow("underscore") << u"con_toso.com"_s << QString();
        QTest::newRow("hyphen edge") << u"-contoso.com"_s << QString();
    }

    void publicDomain_isNormalisedOrRefused()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const auto domain = normalizePublicDomain(input);
        QCOMPARE(domain.ok(), !expected.isEmpty());
        if (domain)
            QCOMPARE(*domain, expected);
    }

    void spnContainsDomain_matchesHostsOfTheDomainOnly()
    {
        const QString app = u"00000003-0000-0ff1-ce00-000000000000/"_s;
        QVERIFY(spnContainsDomain(app + u"*.contoso.com"_s, u"contoso.com"_s));
        QVERIFY(spnContainsDomain(app + u"hybrid.CONTOSO.com"_s, u"contoso.com"_s));
        QVERIFY(spnContainsDomain(app + u"contoso.com"_s, u"contoso.com"_s));
        QVERIFY(!spnContainsDomain(app + u"*.notcontoso.com"_s, u"contoso.com"_s));
        QVERIFY(!spnContainsDomain(u"00000003-0000-0ff1-ce00-000000000000"_s, u"contoso.com"_s));
    }

    void mergeKeyCredentials_resendsExistingKeysAsKeyTypeUsageOnly()
    {
        KeyCredential existing{u"id1"_s,    u"AsymmetricX509Cert"_s,         u"Verify"_s, u"QUJD"_s, u"cki"_s,
                               u"CN=old"_s, QDateTime::currentDateTimeUtc(), {}};
        KeyCredential added;
        added.key = u"REVG"_s;
        const QList<KeyCredential> merged = mergeKeyCredentials({existing}, added);
        QCOMPARE(merged.size(), 2);
        QCOMPARE(merged.at(0).key, u"QUJD"_s);
        QCOMPARE(merged.at(0).type, u"AsymmetricX509Cert"_s);
        QVERIFY(merged.at(0).keyId.isEmpty());
        QVERIFY(merged.at(0).displayName.isEmpty());
        QVERIFY(!merged.at(0).startDateTime.isValid());
        QCOMPARE(merged.at(1).key, u"REVG"_s);
    }

    void options_parseTheDocumentedCommandLine()
    {
        auto options = parseOptions({u"s2s-wizard"_s, u"--lab"_s, u"/tmp/l"_s, u"--auto"_s, u"--stop-after"_s,
                                     u"add-spn"_s, u"--report"_s, u"r.json"_s});
        QVERIFY(options.ok());
        QCOMPARE(options->mode, Options::Mode::Auto);
        QCOMPARE(options->stopAfter, StepId::AddSpn);
        QVERIFY(!parseOptions({u"s2s-wizard"_s, u"--auto"_s, u"--stop-after"_s, u"nope"_s}).ok());
        QVERIFY(!parseOptions({u"s2s-wizard"_s, u"--auto"_s, u"--check"_s}).ok());
        QVERIFY(!parseOptions({u"s2s-wizard"_s, u"--export-transcript"_s, u"t.txt"_s}).ok());
        QVERIFY(wantsHeadless({u"x"_s, u"--check"_s}));
        QVERIFY(!wantsHeadless({u"x"_s, u"--lab"_s, u"d"_s}));
    }

    void labFolder_survivesRestartsAndIsNotReseeded()
    {
        QTemporaryDir dir;
        QVERIFY(openLab(dir.path()).ok());
        QJsonObject farm = readJsonObject(dir.filePath(u"farm.json"_s)).value();
        farm.insert(u"realm"_s, u"11111111-2222-3333-4444-555555555555"_s);
        QVERIFY(writeJsonObject(dir.filePath(u"farm.json"_s), farm).ok());
        const auto reopened = openLab(dir.path());
        QVERIFY(reopened.ok());
        QCOMPARE(QCoro::waitFor(reopened->farm->call<GetRealmOp>()).value(),
                 u"11111111-2222-3333-4444-555555555555"_s);
    }

    // Issue 17: the HTML transcript opens as a change record: who ran it where, how it ended,
    // whether the trust is proven, and what changed with its before and after values.
    void htmlTranscript_opensWithTheChangeRecord()
    {
        auto session = changedSession(CheckStatus::Pass);
        const QString html = transcriptAsHtml(*session);
        const qsizetype facts = html.indexOf(u"<table class=\"facts\">"_s);
        const qsizetype changes = html.indexOf(u"<table class=\"changes\">"_s);
        const qsizetype firstStep = html.indexOf(u"<section"_s);
        QVERIFY2(facts > 0 && facts < changes && changes < firstStep, qPrintable(html.left(3000)));
        QVERIFY(html.contains(u"<h1>S2S Wizard change record</h1>"_s));
        QVERIFY(html.contains(
            u"<th>Run by</th><td class=\"value\"><span class=\"token\">CONTOSO\\admin</span>"_s));
        QVERIFY(html.contains(u"by CONTOSO\\admin on SP-WFE1"_s));
        QVERIFY(html.contains(u"<span class=\"token\">contoso.com</span>"_s)); // Tenant
        QVERIFY(html.contains(u"Setup complete"_s));
        QVERIFY(html.contains(u"<span class=\"pass\">Proven:"_s));
        for (const QString &header : {u"Change"_s, u"Before"_s, u"After"_s, u"By step"_s})
            QVERIFY(html.contains(u"<th>%1</th>"_s.arg(header)));
        // The realm row: before, after and the step's title, each token kept whole.
        QVERIFY2(html.contains(u"<tr><td>Authentication realm</td><td class=\"value\"><span class=\"token\">"
                               "aaaaaaaa-0000-0000-0000-000000000001</span></td><td class=\"value\"><span "
                               "class=\"token\">11111111-2222-3333-4444-555555555555</span></td><td>9. "
                               "%1</td></tr>"_s.arg(stepTitle(StepId::AuthRealm))),
                 qPrintable(html.mid(changes, 2000)));
        // An SPN may break after its "/" only, never inside the GUID or the host.
        QVERIFY(html.contains(u"<span class=\"token\">00000003-0000-0ff1-ce00-000000000000/</span><wbr><span "
                              "class=\"token\">*.contoso.com</span>"_s));
        QVERIFY(html.contains(u"undone by the removal on"_s)); // the key's row
        QVERIFY(html.contains(
            u"Step 1: %1 <small class=\"id\">web-app-auth</small>"_s.arg(stepTitle(StepId::WebAppAuth))));
        QVERIFY(!html.contains(u"Step 1: web-app-auth"_s));
        QVERIFY(html.contains(u"word-break:keep-all;overflow-wrap:normal"_s));
    }

    void textTranscript_opensWithTheChangeRecordAsComments()
    {
        auto session = changedSession(CheckStatus::Pass);
        const QString text = transcriptAsText(*session);
        QVERIFY(text.startsWith(u"# S2S Wizard change record\r\n"_s));
        const qsizetype header = text.indexOf(
            u"**********************\r\nWindows PowerShell transcript start"_s);
        QVERIFY(header > 0);
        const QStringList comment = text.left(header).split(u"\r\n"_s, Qt::SkipEmptyParts);
        for (const QString &line : comment)
            QVERIFY2(line.startsWith(u"# "_s), qPrintable(line));
        QVERIFY(comment.contains(u"# Run by: CONTOSO\\admin"_s));
        QVERIFY(comment.contains(u"# Result: Setup complete: every step is validated or does not apply."_s));
        QVERIFY(comment.contains(u"# What changed:"_s));
        QVERIFY2(comment.contains(u"#   Authentication realm: aaaaaaaa-0000-0000-0000-000000000001 → "
                                  "11111111-2222-3333-4444-555555555555 (step 9)"_s),
                 qPrintable(comment.join(u'\n')));
        QVERIFY(comment.contains(
            u"#   SPN added: 00000003-0000-0ff1-ce00-000000000000/*.contoso.com (step 7)"_s));
        // The Start-Transcript part after it is as before.
        QVERIFY(text.contains(u"Username: CONTOSO\\admin"_s));
        QVERIFY(text.contains(u"# ---- Step 9: auth-realm ----"_s));
    }

    void changeRecord_withoutTrustChecks_saysNotYetChecked()
    {
        auto session = changedSession(CheckStatus::Pass);
        session->setStepState(StepId::FinalValidation, StepState::Pending);
        session->setStepReport(StepId::FinalValidation, {}, StepState::Pending);
        const ChangeSummary summary = changeSummary(*session);
        QCOMPARE(summary.trust, ChangeSummary::Trust::NotChecked);
        QCOMPARE(summary.outcome, ChangeSummary::Outcome::Stopped);
        QCOMPARE(summary.step, StepId::FinalValidation);
        QVERIFY(transcriptAsHtml(*session).contains(u"Not yet checked"_s));
        QVERIFY(transcriptAsText(*session).contains(u"# Trust: Not yet checked"_s));
        QVERIFY(summary.result.contains(stepTitle(StepId::FinalValidation)));
    }

    void changeRecord_failingTrustCheck_isNamed()
    {
        auto session = changedSession(CheckStatus::Fail);
        const ChangeSummary summary = changeSummary(*session);
        QCOMPARE(summary.trust, ChangeSummary::Trust::NotProven);
        QCOMPARE(summary.trustCheck, u"trust-token-outbound"_s);
        QCOMPARE(summary.outcome, ChangeSummary::Outcome::Failed);
        QVERIFY(summary.result.contains(u"step 11"_s));
        const QString html = transcriptAsHtml(*session);
        QVERIFY2(html.contains(u"<span class=\"fail\">Not proven: the check &quot;ACS issues a token&quot; "
                               "(trust-token-outbound) fails.</span>"_s),
                 qPrintable(html.left(4000)));
    }

    void changeRecord_ofALabRun_listsEveryRecordedChange()
    {
        test::LabFixture lab;
        QCOMPARE(lab.runThrough(StepId::FinalValidation), StepState::Validated);
        const ChangeSummary summary = changeSummary(lab.session());
        QCOMPARE(summary.outcome, ChangeSummary::Outcome::Complete);
        QCOMPARE(summary.trust, ChangeSummary::Trust::Proven);
        QCOMPARE(summary.changes.size(), lab.session().changeLog().changes.size());
        QVERIFY(!summary.changes.isEmpty());
        for (const ChangeSummary::Change &change : summary.changes) {
            QVERIFY(!change.change.isEmpty() && !change.step.isEmpty());
            QVERIFY(change.stepNumber >= 1 && change.stepNumber <= 10);
            QVERIFY(!change.after.isEmpty() || !change.before.isEmpty());
        }
    }

    void trustCheckIds_areTheCatalogsTrustChecks()
    {
        QCOMPARE(trustCheckIds(),
                 (QStringList{check_ids::trustRealmDiscovery.id(), check_ids::trustTokenOutbound.id(),
                              check_ids::trustTokenInbound.id()}));
    }

    void currentAccountName_isTheEffectiveUsersName()
    {
        const QString name = currentAccountName();
        QVERIFY(!name.isEmpty());
#ifndef Q_OS_WIN
        const passwd *entry = ::getpwuid(::geteuid());
        if (entry)
            QCOMPARE(name, QString::fromLocal8Bit(entry->pw_name));
#endif
    }

private:
    // Every step validated by `trustOutbound`'s verdict, three changes recorded (the key's undone).
    static std::unique_ptr<Session> changedSession(CheckStatus trustOutbound)
    {
        auto session = std::make_unique<Session>();
        session->setOrigin(
            {u"CONTOSO\\admin"_s, u"SP-WFE1"_s, u"s2s-wizard --auto"_s, u"S2S Wizard 0.1.0"_s, u"farm"_s});
        SessionInputs inputs;
        inputs.webApplication = u"https://sharepoint.contoso.com"_s;
        inputs.zone = u"Default"_s;
        inputs.publicDomain = u"contoso.com"_s;
        session->setInputs(inputs);
        SessionVariables variables;
        variables.tenantId = u"11111111-2222-3333-4444-555555555555"_s;
        session->setVariables(variables);
        session->recordChange({.kind = ChangeRecord::Kind::KeyAdded,
                               .step = u"upload-certificate"_s,
                               .object = u"0123456789ABCDEF0123456789ABCDEF01234567"_s});
        session->recordChange({.kind = ChangeRecord::Kind::SpnAdded,
                               .step = u"add-spn"_s,
                               .object = u"00000003-0000-0ff1-ce00-000000000000/*.contoso.com"_s});
        session->recordChange({.kind = ChangeRecord::Kind::RealmChanged,
                               .step = u"auth-realm"_s,
                               .before = u"aaaaaaaa-0000-0000-0000-000000000001"_s,
                               .after = variables.tenantId});
        session->markChangeUndone(session->changeLog().changes.first(), QDateTime::currentDateTimeUtc());
        session->appendTranscript({QDateTime::currentDateTimeUtc(),
                                   u"auth-realm"_s,
                                   u"SP-WFE1"_s,
                                   TranscriptEntry::Kind::Farm,
                                   u"Set-SPAuthenticationRealm -Realm '11111111'"_s,
                                   {},
                                   true,
                                   1});
        for (StepId id : allStepIds())
            session->setStepState(id, StepState::Validated);
        ValidationReport report;
        const auto trust = [&](const QString &id, const QString &title, CheckStatus status) {
            report.checks.append({id, title, status, {}, {}, {}});
        };
        trust(u"trust-realm-discovery"_s, u"SharePoint Online announces the realm"_s, CheckStatus::Pass);
        trust(u"trust-token-outbound"_s, u"ACS issues a token"_s, trustOutbound);
        trust(u"trust-token-inbound"_s, u"ACS issues a token for the host"_s, CheckStatus::Pass);
        session->setStepReport(StepId::FinalValidation, report,
                               trustOutbound == CheckStatus::Fail ? StepState::Failed : StepState::Validated);
        return session;
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
