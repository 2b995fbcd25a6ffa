// Session persistence and locking, transcript exports, answers and the small pure rules.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

#include "LabFixture.h"
#include "cli/Options.h"
#include "core/JsonFile.h"
#include "core/PublicDomain.h"
#include "farm/FarmOps.h"
#include "session/SessionBaseline.h"
#include "session/SessionFile.h"
#include "session/TranscriptExport.h"
#include "tenant/Merge.h"
#include "workbench/Report.h"
#include "workbench/SessionInputsSetup.h"

using namespace Qt::StringLiterals;
using namespace s2s;

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
            QVERIFY(QFile::exists(path)); // saved on change, before any explicit save
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
        QVERIFY(text.startsWith(u"**********************\r\nWindows PowerShell transcript start\r\n"_s));
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
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
