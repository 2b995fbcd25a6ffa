// The farm host transport: a scripted host for the protocol's failure modes, and the real lab
// host for round trips of typed operations.
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <QCoro/QCoroTask>

#include <optional>

#include "core/JsonFile.h"
#include "farm/FarmOps.h"
#include "farm/HostTransport.h"
#include "farm/ProtocolFarmBackend.h"
#include "lab/LabFaults.h"
#include "lab/LabFolder.h"
#include "workbench/Backends.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace s2s;

namespace {

// (Plain literals: moc does not read raw strings.)
// A host in POSIX sh whose behaviour depends on the op: answers with its request id, crashes,
// hangs, prints stray lines, sends 10 MB or an error record.
const char *fakeHost =
    "#!/bin/sh\n"
    "if [ \"$1\" = framed ]; then IFS= read -r first; else first=fake; fi\n"
    "printf '{\"event\":\"ready\",\"host\":\"%s\"}\\n' \"$first\"\n"
    "while IFS= read -r line; do\n"
    "  id=$(printf '%s' \"$line\" | sed -n 's/.*\"id\":\\([0-9][0-9]*\\).*/\\1/p')\n"
    "  op=$(printf '%s' \"$line\" | sed -n 's/.*\"op\":\"\\([^\"]*\\)\".*/\\1/p')\n"
    "  case \"$op\" in\n"
    "    crash) exit 3 ;;\n"
    "    hang) sleep 30 ;;\n"
    "    garbage) printf 'Write-Host noise\\n#< CLIXML\\n{\"id\":999,\"ok\":true}\\n'\n"
    "             printf '{\"id\":%s,\"ok\":true,\"result\":\"after garbage\"}\\n' \"$id\" ;;\n"
    "    big) printf '{\"id\":%s,\"ok\":true,\"result\":\"' \"$id\"\n"
    "         head -c 6291456 /dev/zero | tr '\\0' 'a'\n"
    "         printf '\"}\\n' ;;\n"
    "    huge) printf '{\"id\":%s,\"ok\":true,\"result\":\"' \"$id\"\n"
    "         head -c 9437184 /dev/zero | tr '\\0' 'a'\n"
    "         printf '\"}\\n' ;;\n"
    "    hugeline) head -c 9437184 /dev/zero | tr '\\0' 'a'; printf '\\n' ;;\n"
    "    badutf8) printf '{\"id\":%s,\"ok\":true,\"result\":\"\\377\\376\"}\\n' \"$id\" ;;\n"
    "    notmessage) printf '{\"id\":%s,\"hello\":1}\\n' \"$id\" ;;\n"
    "    array) printf '[%s]\\n' \"$id\" ;;\n"
    "    wrongid) printf '{\"id\":999,\"ok\":true,\"result\":1}\\n' ;;\n"
    "    noerror) printf '{\"id\":%s,\"ok\":false}\\n' \"$id\" ;;\n"
    "    unreadable) printf "
    "'{\"id\":null,\"ok\":false,\"error\":{\"code\":\"farm.protocol\",\"message\":\"not JSON\"}}\\n' ;;\n"
    "    fail) printf "
    "'{\"id\":%s,\"ok\":false,\"error\":{\"type\":\"System.Exception\",\"message\":\"boom\",\"category\":"
    "\"InvalidOperation\",\"fqid\":\"Boom,Cmdlet\"}}\\n' \"$id\" ;;\n"
    "    *) printf '{\"id\":%s,\"event\":\"verbose\",\"text\":\"doing %s\"}\\n' \"$id\" \"$op\"\n"
    "       printf '{\"id\":%s,\"ok\":true,\"result\":%s}\\n' \"$id\" \"$id\" ;;\n"
    "  esac\n"
    "done\n";

} // namespace

class TestTransport : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_host;

    HostTransport::Config fakeConfig(std::chrono::milliseconds opTimeout = 10s) const
    {
        HostTransport::Config config;
        config.program = u"/bin/sh"_s;
        config.arguments = {m_host};
        config.opTimeout = opTimeout;
        return config;
    }

    // Writes faults.json with the given farm faults into a lab folder.
    static void writeFaults(const QString &labDir, const QJsonArray &farmFaults)
    {
        QVERIFY(writeJsonObject(lab::labFaultsFile(labDir), QJsonObject{{u"farm"_s, farmFaults}}).ok());
    }

    static QJsonObject fault(const QString &op, const QString &action)
    {
        return {{u"op"_s, op}, {u"action"_s, action}};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_host = m_dir.filePath(u"fake-host.sh"_s);
        QFile file(m_host);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(fakeHost);
    }

    void requests_areAnsweredInOrderByOneWarmHost()
    {
        HostTransport transport(fakeConfig());
        QSignalSpy events(&transport, &HostTransport::hostEvent);
        std::vector<QCoro::Task<Result<QJsonValue>>> tasks;
        for (int i = 0; i < 40; ++i)
            tasks.push_back(transport.call(u"echo"_s, {{u"n"_s, i}}));
        for (int i = 0; i < 40; ++i) {
            const Result<QJsonValue> result = QCoro::waitFor(tasks[size_t(i)]);
            QVERIFY(result.ok());
            QCOMPARE(result.value().toInt(), i + 1); // the host echoes its request id
        }
        QCOMPARE(transport.hostStarts(), 1);
        QCOMPARE(transport.calls(), 40);
        QCOMPARE(events.size(), 40);
        QCOMPARE(transport.readyInfo()->value(u"host").toString(), u"fake"_s);
    }

    void initialInput_isWrittenOnEveryStart()
    {
        HostTransport::Config config = fakeConfig();
        config.arguments.append(u"framed"_s);
        config.initialInput = "script-v1\n";
        HostTransport transport(config);
        QVERIFY(QCoro::waitFor(transport.call(u"echo"_s, {})).ok());
        QCOMPARE(transport.readyInfo()->value(u"host").toString(), u"script-v1"_s);
        QVERIFY(!QCoro::waitFor(transport.call(u"crash"_s, {})).ok());
        QVERIFY(QCoro::waitFor(transport.call(u"echo"_s, {})).ok());
        QCOMPARE(transport.hostStarts(), 2);
        QCOMPARE(transport.readyInfo()->value(u"host").toString(), u"script-v1"_s);
    }

    void unreadableRequestAnswer_withoutId_failsTheCallInFlightAtOnce()
    {
        HostTransport transport(fakeConfig(30s));
        QElapsedTimer clock;
        clock.start();
        const auto answer = QCoro::waitFor(transport.call(u"unreadable"_s, {}));
        QVERIFY(!answer.ok());
        QCOMPARE(answer.error().code, u"farm.protocol"_s);
        QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(QCoro::waitFor(transport.call(u"echo"_s, {})).ok()); // the host stays usable
    }

    void fatalReady_failsEveryCallWithTheHostsReason()
    {
        // What the bootstrap says under Constrained Language Mode before it exits.
        HostTransport::Config config;
        config.program = u"/bin/sh"_s;
        config.arguments = {u"-c"_s, u"printf '%s\\n' '{\"event\":\"ready\",\"fatal\":true,\"error\":"
                                     "{\"code\":\"farm.language-mode\",\"message\":\"ConstrainedLanguage\","
                                     "\"remedy\":\"Allow FullLanguage\"}}'; exit 5"_s};
        HostTransport transport(config);
        auto first = transport.call(u"realm.get"_s, {});
        auto second = transport.call(u"servers.list"_s, {});
        for (auto *call : {&first, &second}) {
            const auto failed = QCoro::waitFor(*call);
            QVERIFY(!failed.ok());
            QCOMPARE(failed.error().code, u"farm.language-mode"_s);
            QCOMPARE(failed.error().remedy, u"Allow FullLanguage"_s);
        }
    }

    void crashMidCall_failsWithTheOperationNamed_thenTheNextCallRestarts()
    {
        HostTransport transport(fakeConfig());
        auto queued = transport.call(u"echo"_s, {});
        auto crashing = transport.call(u"crash"_s, {});
        auto behind = transport.call(u"echo"_s, {});
        QVERIFY(QCoro::waitFor(queued).ok());
        const auto crashed = QCoro::waitFor(crashing);
        QVERIFY(!crashed.ok());
        QCOMPARE(crashed.error().code, u"backend.farm-host"_s);
        QVERIFY2(crashed.error().message.contains(u"crash"_s), qPrintable(crashed.error().message));
        QVERIFY(!QCoro::waitFor(behind).ok()); // pending calls fail with it
        QVERIFY(QCoro::waitFor(transport.call(u"echo"_s, {})).ok());
        QCOMPARE(transport.hostStarts(), 2);
    }

    void hangingHost_timesOutAndRecovers()
    {
        HostTransport transport(fakeConfig(800ms));
        const auto hung = QCoro::waitFor(transport.call(u"hang"_s, {}));
        QVERIFY(!hung.ok());
        QCOMPARE(hung.error().code, u"backend.timeout"_s);
        QVERIFY(hung.error().message.contains(u"hang"_s));
        QVERIFY(QCoro::waitFor(transport.call(u"echo"_s, {})).ok());
    }

    // A line that is not the protocol fails what is pending at once (not after the operation's
    // timeout) and the host counts as broken: stopped, restarted by the next call.
    void badHostLine_failsThePendingCallAtOnce_andTheHostRestarts_data()
    {
        QTest::addColumn<QString>("op");
        QTest::addColumn<QString>("what");
        QTest::newRow("stray output") << u"garbage"_s << u"not JSON"_s;
        QTest::newRow("invalid UTF-8") << u"badutf8"_s << u"invalid UTF-8"_s;
        QTest::newRow("JSON that is no message") << u"notmessage"_s << u"neither an event nor an answer"_s;
        QTest::newRow("JSON that is no object") << u"array"_s << u"not an object"_s;
        QTest::newRow("answer to another request") << u"wrongid"_s << u"request 999"_s;
        QTest::newRow("failure without error") << u"noerror"_s << u"without an error object"_s;
        QTest::newRow("line over the limit") << u"hugeline"_s << u"longer than"_s;
        QTest::newRow("answer over the limit") << u"huge"_s << u"longer than"_s;
    }

    void badHostLine_failsThePendingCallAtOnce_andTheHostRestarts()
    {
        QFETCH(QString, op);
        QFETCH(QString, what);
        HostTransport transport(fakeConfig(60s));
        QElapsedTimer clock;
        clock.start();
        auto failing = transport.call(op, {});
        auto queued = transport.call(u"echo"_s, {});
        const auto result = QCoro::waitFor(failing);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, u"backend.farm-protocol"_s);
        QCOMPARE(result.error().kind, ErrorKind::Backend);
        QVERIFY2(result.error().message.contains(what), qPrintable(result.error().message));
        QVERIFY2(result.error().message.contains(op), qPrintable(result.error().message));
        QVERIFY(!QCoro::waitFor(queued).ok()); // what waited behind it fails with it
        QVERIFY2(clock.elapsed() < 30000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(QCoro::waitFor(transport.call(u"echo"_s, {})).ok());
        QCOMPARE(transport.hostStarts(), 2);
    }

    void largestAnswerBelowTheLineLimit_arrivesWhole()
    {
        HostTransport transport(fakeConfig(60s));
        const auto result = QCoro::waitFor(transport.call(u"big"_s, {}));
        QVERIFY(result.ok());
        QCOMPARE(result.value().toString().size(), 6 * 1024 * 1024);
    }

    void errorRecord_becomesAnErrorWithItsDetails()
    {
        HostTransport transport(fakeConfig());
        const auto result = QCoro::waitFor(transport.call(u"fail"_s, {}));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().message, u"boom"_s);
        QVERIFY(result.error().detail.contains(u"Boom,Cmdlet"_s));
        QVERIFY(result.error().detail.contains(u"InvalidOperation"_s));
    }

    void cancel_failsPendingCallsAsCancelled()
    {
        HostTransport transport(fakeConfig());
        auto hanging = transport.call(u"hang"_s, {});
        auto queued = transport.call(u"echo"_s, {});
        QTimer::singleShot(300ms, &transport, [&transport] { transport.cancel(); });
        QCOMPARE(QCoro::waitFor(hanging).error().code, u"backend.cancelled"_s);
        QCOMPARE(QCoro::waitFor(queued).error().code, u"backend.cancelled"_s);
        QVERIFY(QCoro::waitFor(transport.call(u"echo"_s, {})).ok());
    }

    // Closing the wizard with calls waiting: each caller resumes inside abandonCalls() (no event
    // loop needed, nothing left suspended to leak), and a later call starts no host.
    void abandonCalls_endsWaitingCallsAtOnce_andStartsNoHostAfterwards()
    {
        HostTransport transport(fakeConfig());
        std::optional<Result<QJsonValue>> hung, queued;
        QCoro::connect(transport.call(u"hang"_s, {}), &transport,
                       [&hung](const Result<QJsonValue> &answer) { hung = answer; });
        QCoro::connect(transport.call(u"echo"_s, {}), &transport,
                       [&queued](const Result<QJsonValue> &answer) { queued = answer; });
        QTest::qWait(300); // the host is up and runs "hang"
        const int starts = transport.hostStarts();
        QVERIFY(!hung && !queued);

        transport.abandonCalls();
        QVERIFY(hung && queued);
        QCOMPARE(hung->error().code, u"backend.cancelled"_s);
        QCOMPARE(queued->error().code, u"backend.cancelled"_s);
        const auto later = QCoro::waitFor(transport.call(u"echo"_s, {}));
        QCOMPARE(later.error().code, u"backend.cancelled"_s);
        QCOMPARE(transport.hostStarts(), starts);
    }

    // A call already settled (here by a cancel) resumes from the event loop, which no longer runs
    // once the wizard closes: abandonCalls() resumes it at once too, with the answer it had.
    void abandonCalls_resumesACallSettledButNotYetResumed()
    {
        HostTransport transport(fakeConfig());
        std::optional<Result<QJsonValue>> settled;
        QCoro::connect(transport.call(u"hang"_s, {}), &transport,
                       [&settled](const Result<QJsonValue> &answer) { settled = answer; });
        QTest::qWait(300);  // the host is up and runs "hang"
        transport.cancel(); // settles the call; its resume is posted
        QVERIFY(!settled);

        transport.abandonCalls();
        QVERIFY(settled);
        QVERIFY2(settled->error().message.contains(u"the farm host was stopped"_s),
                 qPrintable(settled->error().message));
    }

    void missingHostProgram_isAClearError()
    {
        HostTransport::Config config;
        config.program = m_dir.filePath(u"no-such-host"_s);
        HostTransport transport(config);
        const auto result = QCoro::waitFor(transport.call(u"echo"_s, {}));
        QVERIFY(!result.ok());
        QVERIFY(result.error().message.contains(u"could not start"_s));
    }

    // AppLocker or WDAC refusing powershell.exe: the start fails inside QProcess::start() and the
    // script that follows on stdin has no process to go to. A clear error, no crash, and a call
    // after it fails the same way.
    void hostProgramThatMayNotRun_isAClearError_notACrash_data()
    {
        QTest::addColumn<QString>("program");
        QTest::newRow("missing") << m_dir.filePath(u"no-such-powershell.exe"_s);
        QTest::newRow("not executable") << m_dir.filePath(u"blocked-powershell.exe"_s);
        QTest::newRow("not on the PATH") << u"s2s-no-such-powershell"_s;
        // Refused inside QProcess::start(), as Windows refuses a program AppLocker blocks.
        QTest::newRow("refused inside start()") << QString();
    }

    void hostProgramThatMayNotRun_isAClearError_notACrash()
    {
        QFETCH(QString, program);
        if (program.endsWith(u"blocked-powershell.exe"_s)) {
            QFile blocked(program);
            QVERIFY(blocked.open(QIODevice::WriteOnly));
            blocked.write("#!/bin/sh\nexit 0\n");
            blocked.close();
            QVERIFY(blocked.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        }
        HostTransport::Config config;
        config.program = program;
        config.initialInput = "script\n";
        HostTransport transport(config);
        for (int attempt = 0; attempt < 2; ++attempt) {
            auto first = transport.call(u"echo"_s, {});
            auto second = transport.call(u"echo"_s, {});
            for (auto *call : {&first, &second}) {
                const auto result = QCoro::waitFor(*call);
                QVERIFY(!result.ok());
                QCOMPARE(result.error().code, u"backend.farm-host"_s);
                QVERIFY2(result.error().message.contains(u"could not start"_s),
                         qPrintable(result.error().message));
                QVERIFY2(result.error().message.contains(program), qPrintable(result.error().message));
                QVERIFY(!result.error().remedy.isEmpty());
            }
        }
    }

    void labHost_roundTripsHostileAndNonAsciiArgumentsLiterally()
    {
        QTemporaryDir lab;
        auto backends = openLab(lab.path());
        QVERIFY2(backends.ok(), qPrintable(backends.ok() ? QString() : backends.error().toText()));
        FarmBackend &farm = *backends->farm;
        QCOMPARE(farm.kind(), u"powershell-protocol"_s);
        const QStringList values{u"'; Remove-SPSite x; '"_s, u"$(whoami)"_s, u"`n`$env:PATH"_s,
                                 u"line one\nline two"_s, u"Überprüfung 日本語"_s};
        for (const QString &value : values) {
            const auto registered = QCoro::waitFor(
                farm.call<RegisterAppPrincipalOp>(lab::seed::httpWebApp, value + u"@x"_s, value));
            QVERIFY2(registered.ok(), qPrintable(value));
            QCOMPARE(registered->displayName, value);
            const auto found = QCoro::waitFor(
                farm.call<GetAppPrincipalsOp>(lab::seed::httpWebApp, value + u"@x"_s));
            QVERIFY(found.ok());
            QCOMPARE(found->size(), 1);
            QCOMPARE(found->constFirst().nameIdentifier, value + u"@x"_s);
        }
        const auto config = QCoro::waitFor(farm.call<GetStsConfigOp>());
        QVERIFY(config.ok());
        QCOMPARE(config->signingCertificate.keyBits, 2048);
        QVERIFY(!config->signingCertificate.der.isEmpty());
        const auto realm = QCoro::waitFor(farm.call<SetRealmOp>(u"not a guid"_s));
        QVERIFY(!realm.ok());
        QCOMPARE(realm.error().code, u"farm.realm-invalid"_s);
        QVERIFY(!realm.error().detail.contains(u"S2S.LabError"_s)); // our hosts' own fields only
        QCOMPARE(backends->farm->reportInfo().value(u"hostStarts").toInt(), 1);
    }

    void labFaults_crashFiresOnceAcrossRestarts_andChangesNothing()
    {
        QTemporaryDir lab;
        QJsonObject crash = fault(u"realm.set"_s, u"crash"_s);
        crash.insert(u"times"_s, 1);
        writeFaults(lab.path(), {crash});
        auto backends = openLab(lab.path());
        QVERIFY(backends.ok());
        FarmBackend &farm = *backends->farm;
        const QString newRealm = u"0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9"_s;
        const auto crashed = QCoro::waitFor(farm.call<SetRealmOp>(newRealm));
        QVERIFY(!crashed.ok());
        QCOMPARE(crashed.error().code, u"backend.farm-host"_s);
        QVERIFY2(crashed.error().message.contains(u"realm.set"_s), qPrintable(crashed.error().message));
        // The countdown was stored before the crash, so the restarted host does not crash again.
        const auto faults = readJsonObject(lab::labFaultsFile(lab.path()));
        QVERIFY(faults.ok());
        QCOMPARE(faults->value(u"farm"_s).toArray().at(0).toObject().value(u"times"_s).toInt(-1), 0);
        const auto realm = QCoro::waitFor(farm.call<GetRealmOp>());
        QVERIFY(realm.ok());
        QCOMPARE(realm.value(), lab::seed::farmRealm); // the crashed call changed nothing
        QCOMPARE(farm.reportInfo().value(u"hostStarts").toInt(), 2);
        QVERIFY(QCoro::waitFor(farm.call<SetRealmOp>(newRealm)).ok()); // spent: runs normally
        QCOMPARE(QCoro::waitFor(farm.call<GetRealmOp>()).value(), newRealm);
        QCOMPARE(farm.reportInfo().value(u"hostStarts").toInt(), 2);
    }

    void labFaults_failAnswersWithAPowerShellErrorRecord()
    {
        QTemporaryDir lab;
        QJsonObject fail = fault(u"realm.get"_s, u"fail"_s);
        fail.insert(u"message"_s, u"Access denied by the injected fault."_s);
        writeFaults(lab.path(), {fail});
        auto backends = openLab(lab.path());
        QVERIFY(backends.ok());
        for (int i = 0; i < 2; ++i) { // no "times": always
            const auto result = QCoro::waitFor(backends->farm->call<GetRealmOp>());
            QVERIFY(!result.ok());
            QCOMPARE(result.error().code, u"farm.powershell"_s);
            QCOMPARE(result.error().message, u"Access denied by the injected fault."_s);
            QVERIFY(result.error().detail.contains(u"System.InvalidOperationException"_s));
        }
        QVERIFY(QCoro::waitFor(backends->farm->call<GetStsConfigOp>()).ok()); // other ops are untouched
        QCOMPARE(backends->farm->reportInfo().value(u"hostStarts").toInt(), 1);
    }

    void labFaults_garbageFailsAtOnce_delayStillAnswers_andFaultsAreReadOnEachRequest()
    {
        QTemporaryDir lab;
        auto backends = openLab(lab.path());
        QVERIFY(backends.ok());
        FarmBackend &farm = *backends->farm;
        QVERIFY(QCoro::waitFor(farm.call<GetRealmOp>()).ok()); // host running, no faults.json
        QJsonObject garbage = fault(u"realm.get"_s, u"garbage"_s);
        garbage.insert(u"times"_s, 1);
        QJsonObject delay = fault(u"*"_s, u"delay"_s);
        delay.insert(u"ms"_s, 400);
        delay.insert(u"times"_s, 1);
        writeFaults(lab.path(), {garbage, delay});
        const auto garbled = QCoro::waitFor(farm.call<GetRealmOp>());
        QVERIFY(!garbled.ok());
        QCOMPARE(garbled.error().code, u"backend.farm-protocol"_s);
        QVERIFY2(garbled.error().message.contains(u"realm.get"_s), qPrintable(garbled.error().message));
        QCOMPARE(farm.reportInfo().value(u"hostStarts").toInt(), 1);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(QCoro::waitFor(farm.call<GetStsConfigOp>()).ok()); // a new host
        QVERIFY2(timer.elapsed() >= 400, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(farm.reportInfo().value(u"hostStarts").toInt(), 2);
        const auto realm = QCoro::waitFor(farm.call<GetRealmOp>()); // the garbage was spent
        QVERIFY(realm.ok());
        QCOMPARE(realm.value(), lab::seed::farmRealm);
        QCOMPARE(farm.reportInfo().value(u"hostStarts").toInt(), 2);
    }

    void labFaults_serverFilter_matchesOnlyThatServer()
    {
        QTemporaryDir lab;
        QJsonObject fail = fault(u"remoting.test"_s, u"fail"_s);
        fail.insert(u"server"_s, u"SP-APP1"_s);
        writeFaults(lab.path(), {fail});
        auto backends = openLab(lab.path());
        QVERIFY(backends.ok());
        const auto servers = QCoro::waitFor(backends->farm->call<ListServersOp>());
        QVERIFY(servers.ok());
        int failed = 0;
        for (const ServerInfo &server : servers.value()) {
            const auto result = QCoro::waitFor(backends->farm->call<TestRemotingOp>(server.name));
            if (!result.ok() && result.error().code == u"farm.powershell")
                ++failed;
        }
        QCOMPARE(failed, 1);
    }

    void labFaults_hang_timesOutThenRecovers()
    {
        QTemporaryDir lab;
        QJsonObject hang = fault(u"realm.get"_s, u"hang"_s);
        hang.insert(u"times"_s, 1);
        writeFaults(lab.path(), {hang});
        auto backends = openLab(lab.path(), 1);
        QVERIFY(backends.ok());
        const auto hung = QCoro::waitFor(backends->farm->call<GetRealmOp>());
        QVERIFY(!hung.ok());
        QCOMPARE(hung.error().code, u"backend.timeout"_s);
        QVERIFY(hung.error().message.contains(u"realm.get"_s));
        QVERIFY(QCoro::waitFor(backends->farm->call<GetRealmOp>()).ok());
        QCOMPARE(backends->farm->reportInfo().value(u"hostStarts").toInt(), 2);
    }

    void labFaults_brokenFaultsFile_isIgnored()
    {
        QTemporaryDir lab;
        QFile file(lab::labFaultsFile(lab.path()));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"farm\":[{\"op\":\"realm.get\",\"action\":\"crash\"");
        file.close();
        auto backends = openLab(lab.path());
        QVERIFY(backends.ok());
        QVERIFY(QCoro::waitFor(backends->farm->call<GetRealmOp>()).ok());
        QVERIFY(QCoro::waitFor(backends->farm->call<GetRealmOp>()).ok());
        QCOMPARE(backends->farm->reportInfo().value(u"hostStarts").toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTransport)
#include "tst_transport.moc"
