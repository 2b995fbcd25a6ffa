// The fault matrix (issue 16): each fault kind the lab knows, injected into a real `--auto` run of
// the s2s-wizard executable, gives a clear error and the right exit code, loses nothing (the
// session still reads, the tenant principal keeps every SPN and key it had), and a re-run of the
// same session, once the fault is gone, finishes with exactly one SPN and one key added.
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QSslCertificate>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

#include "LabFixture.h"
#include "ProgramRun.h"
#include "TestFiles.h"
#include "cli/Options.h"
#include "core/JsonFile.h"
#include "crypto/ServerCertificate.h"
#include "lab/LabFarmLock.h"
#include "lab/LabFolder.h"

using namespace Qt::StringLiterals;
using namespace s2s;

namespace {

// What a row does to the lab before the faulty run, and after it (the admin fixing the cause).
using LabEdit = std::function<void(const QString &lab)>;

struct FaultRow {
    LabEdit inject;
    LabEdit repair;           // nothing: the fault fires a limited number of times
    QStringList arguments;    // added to the faulty run only
    int exitCode = ExitOk;    // of the faulty run
    QString message;          // a fragment its output must hold
    qint64 withinMs = 120000; // the faulty run ends within this
};

QJsonObject farmFault(const QString &op, const QString &action, int times = 1)
{
    return {{u"op"_s, op}, {u"action"_s, action}, {u"times"_s, times}};
}

LabEdit farmFaults(const QJsonObject &fault)
{
    return [fault](const QString &lab) {
        QVERIFY(test::writeLabFaults(lab, QJsonObject{{u"farm"_s, QJsonArray{fault}}}).ok());
    };
}

LabEdit tenantFaults(const QJsonObject &fault)
{
    return [fault](const QString &lab) {
        QVERIFY(test::writeLabFaults(lab, QJsonObject{{u"tenant"_s, QJsonArray{fault}}}).ok());
    };
}

LabEdit noFaults()
{
    return [](const QString &lab) { QVERIFY(test::writeLabFaults(lab, QJsonObject{}).ok()); };
}

// A server of the lab farm that no longer answers (powered off, firewall), or again answers.
LabEdit serverReachable(const QString &server, bool reachable)
{
    return [server, reachable](const QString &lab) {
        const QString file = lab::LabFolder(lab).farmFile();
        QJsonObject farm = readJsonObject(file).value();
        test::setInArray(farm, u"servers"_s, u"name"_s, server, u"reachable"_s, reachable);
        QVERIFY(writeJsonObject(file, farm).ok());
    };
}

// Another run's farm lock (SP-APP1, a live process, another session), and an admin clearing it by
// hand as the README says once that run is known to have ended.
LabEdit lockHeldByAnotherRun()
{
    return [](const QString &lab) {
        QVERIFY(lab::holdLabFarmLock(
                    lab::LabFolder(lab),
                    {u"CONTOSO\\other"_s, u"SP-APP1"_s, u"4242"_s, u"C:\\S2S\\other.session.json"_s, {}, {}})
                    .ok());
    };
}

LabEdit lockClearedByHand()
{
    return [](const QString &lab) {
        const QString file = lab::LabFolder(lab).farmFile();
        QJsonObject farm = readJsonObject(file).value();
        QJsonObject properties = farm.value(u"properties").toObject();
        QVERIFY(properties.contains(u"S2SWizard.Lock"_s));
        properties.remove(u"S2SWizard.Lock"_s);
        farm.insert(u"properties"_s, properties);
        QVERIFY(writeJsonObject(file, farm).ok());
    };
}

} // namespace

Q_DECLARE_METATYPE(FaultRow)

class TestFaultMatrix : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_home;
    QTemporaryDir m_work;

    test::ProgramRun wizard(const QStringList &arguments) const
    {
        return test::runProgram(QStringLiteral(S2S_WIZARD_EXE), arguments,
                                {{u"XDG_DATA_HOME"_s, m_home.path()}, {u"HOME"_s, m_home.path()}}, 300000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // A run meeting another run's farm lock waits 2 s for it, not the 2 minutes of a real run.
        qputenv("S2S_FARM_LOCK_WAIT_SECONDS", "2");
        qputenv("S2S_FARM_LOCK_POLL_MS", "500");
    }

    void faultyRun_clearErrorAndExitCode_nothingLost_thenTheRerunFinishes_data()
    {
        QTest::addColumn<FaultRow>("row");
        QTest::newRow("host crash") << FaultRow{
            farmFaults(farmFault(u"realm.set"_s, u"crash"_s)), {}, {}, ExitBackend, u"realm.set"_s};
        QTest::newRow("host hang") << FaultRow{farmFaults(farmFault(u"webapps.list"_s, u"hang"_s)),
                                               {},
                                               {u"--op-timeout"_s, u"3"_s},
                                               ExitBackend,
                                               u"webapps.list did not finish within 3 s"_s};
        QTest::newRow("host garbage") << FaultRow{farmFaults(farmFault(u"sts.get"_s, u"garbage"_s)),
                                                  {},
                                                  {u"--op-timeout"_s, u"60"_s},
                                                  ExitBackend,
                                                  u"sts.get"_s,
                                                  30000};
        QTest::newRow("host fail") << FaultRow{farmFaults(QJsonObject{{u"op"_s, u"issuer.new"_s},
                                                                      {u"action"_s, u"fail"_s},
                                                                      {u"message"_s, u"Access is denied."_s},
                                                                      {u"times"_s, 1}}),
                                               {},
                                               {},
                                               ExitChecksFailed,
                                               u"Access is denied."_s};
        QTest::newRow("host delay beyond the timeout") << FaultRow{
            farmFaults(QJsonObject{
                {u"op"_s, u"servers.list"_s}, {u"action"_s, u"delay"_s}, {u"ms"_s, 6000}, {u"times"_s, 1}}),
            {},
            {u"--op-timeout"_s, u"2"_s},
            ExitBackend,
            u"did not finish within 2 s"_s};
        QTest::newRow("graph 429 always") << FaultRow{tenantFaults({{u"path"_s, u"/v1.0/servicePrincipals"_s},
                                                                    {u"method"_s, u"PATCH"_s},
                                                                    {u"status"_s, 429},
                                                                    {u"retryAfter"_s, 1}}),
                                                      noFaults(),
                                                      {},
                                                      ExitBackend,
                                                      u"429"_s};
        QTest::newRow("graph 503 always") << FaultRow{tenantFaults({{u"path"_s, u"/v1.0/servicePrincipals"_s},
                                                                    {u"method"_s, u"PATCH"_s},
                                                                    {u"status"_s, 503},
                                                                    {u"retryAfter"_s, 1}}),
                                                      noFaults(),
                                                      {},
                                                      ExitBackend,
                                                      u"503"_s};
        QTest::newRow("graph 401 once: the token is refreshed")
            << FaultRow{tenantFaults({{u"path"_s, u"/v1.0/servicePrincipals"_s},
                                      {u"method"_s, u"PATCH"_s},
                                      {u"status"_s, 401},
                                      {u"times"_s, 1}}),
                        {},
                        {},
                        ExitOk,
                        {}};
        QTest::newRow("graph 403") << FaultRow{
            tenantFaults(
                {{u"path"_s, u"/v1.0/servicePrincipals"_s}, {u"method"_s, u"PATCH"_s}, {u"status"_s, 403}}),
            noFaults(),
            {},
            ExitChecksFailed,
            u"403"_s};
        // A new certificate is rolled out server by server: a server that does not answer stops it.
        QTest::newRow("server unreachable") << FaultRow{serverReachable(u"SP-WFE2"_s, false),
                                                        serverReachable(u"SP-WFE2"_s, true),
                                                        {u"--answers"_s, u"@generate"_s},
                                                        ExitChecksFailed,
                                                        u"SP-WFE2"_s};
        QTest::newRow("farm locked by another run") << FaultRow{
            lockHeldByAnotherRun(), lockClearedByHand(), {}, ExitBackend, u"CONTOSO\\other on SP-APP1"_s};
    }

    void faultyRun_clearErrorAndExitCode_nothingLost_thenTheRerunFinishes()
    {
        QFETCH(FaultRow, row);
        const QString lab = m_work.filePath(QString::fromLatin1(QTest::currentDataTag()));
        const QString session = lab + u"-session.json"_s;
        QVERIFY(lab::LabFolder(lab).ensureSeeded().ok());
        const QJsonObject before = test::spoPrincipalIn(lab);
        row.inject(lab);

        QElapsedTimer clock;
        clock.start();
        // "@generate": answers that generate a new STS certificate (rolled out with a reset per server).
        QStringList arguments{u"--lab"_s, lab, u"--auto"_s, u"--session"_s, session};
        for (const QString &argument : row.arguments)
            arguments.append(argument == u"@generate" ? generateAnswers(lab) : argument);
        const auto faulty = wizard(arguments);
        const QString output = faulty.out + faulty.err;
        QVERIFY2(faulty.exitCode == row.exitCode, qPrintable(output));
        QVERIFY2(clock.elapsed() < row.withinMs, qPrintable(QString::number(clock.elapsed())));
        if (row.exitCode != ExitOk) {
            const QString error = output.section(u"error:"_s, 1).section(u'\n', 0, 0);
            QVERIFY2(error.contains(row.message), qPrintable(output));
        }
        QVERIFY2(QJsonDocument::fromJson(test::readFile(session)).isObject(), qPrintable(session));
        test::verifyNothingLost(before, test::spoPrincipalIn(lab));

        if (row.repair)
            row.repair(lab);
        const auto rerun = wizard(arguments);
        QVERIFY2(rerun.exitCode == ExitOk, qPrintable(rerun.summary()));
        const QJsonObject after = test::spoPrincipalIn(lab);
        test::verifyNothingLost(before, after);
        QCOMPARE(after.value(u"servicePrincipalNames").toArray().size(),
                 before.value(u"servicePrincipalNames").toArray().size() + 1);
        QCOMPARE(after.value(u"keyCredentials").toArray().size(),
                 before.value(u"keyCredentials").toArray().size() + 1);
        const auto check = wizard({u"--lab"_s, lab, u"--check"_s, u"--session"_s, session});
        QVERIFY2(check.exitCode == ExitOk, qPrintable(check.summary()));
    }

    // A session file cut in the middle (a crash of another tool, a bad copy) or edited by hand:
    // exit 2 naming the file, the file left byte for byte, and once it is put back the run goes on.
    void corruptSession_exitsTwoAndLeavesTheFile_thenTheRestoredFileFinishes()
    {
        const QString lab = m_work.filePath(u"lab-corrupt"_s);
        const QString session = m_work.filePath(u"corrupt-session.json"_s);
        const auto first = wizard(
            {u"--lab"_s, lab, u"--auto"_s, u"--session"_s, session, u"--stop-after"_s, u"add-spn"_s});
        QVERIFY2(first.exitCode == ExitOk, qPrintable(first.summary()));
        const QByteArray good = test::readFile(session);
        for (const QByteArray &bad :
             {good.left(good.size() / 2), QByteArray("{\"schema\": 1, \"steps\": 7}")}) {
            QVERIFY(test::writeFile(session, bad));
            const auto refused = wizard({u"--lab"_s, lab, u"--auto"_s, u"--session"_s, session});
            QVERIFY2(refused.exitCode == ExitUsage, qPrintable(refused.summary()));
            QVERIFY2((refused.out + refused.err).contains(QFileInfo(session).fileName()),
                     qPrintable(refused.summary()));
            QCOMPARE(test::readFile(session), bad);
        }
        QVERIFY(test::writeFile(session, good));
        const auto finished = wizard({u"--lab"_s, lab, u"--auto"_s, u"--session"_s, session});
        QVERIFY2(finished.exitCode == ExitOk, qPrintable(finished.summary()));
    }

    // The tenant's TLS certificate is not one the wizard trusts (--ca-file names another CA: a
    // wrong file, a TLS-inspecting proxy in the way): exit 3 naming the certificate, nothing
    // written to the tenant; with the tenant's own CA the same session finishes.
    void tlsFailure_exitsThreeAndWritesNothing_thenTheRightCaFinishes()
    {
        const QString lab = m_work.filePath(u"lab-tls"_s);
        const QString tenantLab = m_work.filePath(u"tenant-tls"_s);
        const QString session = m_work.filePath(u"tls-session.json"_s);
        QVERIFY(lab::LabFolder(tenantLab).ensureSeeded().ok());
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        QProcess tenant;
        tenant.start(QStringLiteral(S2S_LAB_TENANT_EXE),
                     {u"--lab"_s, tenantLab, u"--port"_s, QString::number(port), u"--ca-out"_s,
                      m_work.filePath(u"tls-right.pem"_s), u"--endpoints-out"_s,
                      m_work.filePath(u"tls.json"_s)});
        QVERIFY(tenant.waitForReadyRead(30000));
        const auto stopTenant = qScopeGuard([&tenant] {
            tenant.terminate();
            tenant.waitForFinished(10000);
        });
        const auto other = crypto::generateLoopbackServerCertificate(u"CN=Not the lab tenant"_s, 2);
        QVERIFY(other.ok());
        QVERIFY(test::writeFile(m_work.filePath(u"tls-wrong.pem"_s),
                                QSslCertificate(other->der, QSsl::Der).toPem()));
        const QJsonObject before = test::spoPrincipalIn(tenantLab);
        const QStringList run{u"--lab"_s,
                              lab,
                              u"--auto"_s,
                              u"--session"_s,
                              session,
                              u"--endpoints"_s,
                              m_work.filePath(u"tls.json"_s),
                              u"--sign-in"_s,
                              u"device-code"_s,
                              u"--ca-file"_s};

        const auto refused = wizard(run + QStringList{m_work.filePath(u"tls-wrong.pem"_s)});
        const QString output = refused.out + refused.err;
        QVERIFY2(refused.exitCode == ExitBackend, qPrintable(output));
        QVERIFY2(output.contains(u"backend.network"_s) &&
                     output.contains(u"certificate"_s, Qt::CaseInsensitive),
                 qPrintable(output));
        QCOMPARE(test::spoPrincipalIn(tenantLab), before);

        const auto finished = wizard(run + QStringList{m_work.filePath(u"tls-right.pem"_s)});
        QVERIFY2(finished.exitCode == ExitOk, qPrintable(finished.summary()));
        const QJsonObject after = test::spoPrincipalIn(tenantLab);
        test::verifyNothingLost(before, after);
        QCOMPARE(after.value(u"keyCredentials").toArray().size(),
                 before.value(u"keyCredentials").toArray().size() + 1);
    }

private:
    // An answers file that generates the STS certificate, its password in a file beside the lab.
    static QString generateAnswers(const QString &lab)
    {
        QFile password(lab + u"-pfx.pw"_s);
        if (!password.open(QIODevice::WriteOnly) || password.write("Fault-Matrix-Pw-1\n") < 0)
            return {};
        const QJsonObject answers{{u"certificate"_s, QJsonObject{{u"mode"_s, u"generate"_s},
                                                                 {u"pfx"_s, lab + u"-sts.pfx"_s},
                                                                 {u"passwordFile"_s, password.fileName()}}}};
        const QString file = lab + u"-answers.json"_s;
        return writeJsonObject(file, answers).ok() ? file : QString();
    }
};

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "tst_faults.moc"
