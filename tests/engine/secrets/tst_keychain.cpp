// The OS credential store through QtKeychain against a real Secret Service: run by CTest under
// tests/with-secret-service.sh (private D-Bus session, unlocked gnome-keyring, fresh HOME).
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <QCoro/QCoroTask>

#include "LabFixture.h"
#include "TestFiles.h"
#include "core/JsonFile.h"
#include "core/Logging.h"
#include "lab/LabTenantServer.h"
#include "secrets/ChunkedSecretStore.h"
#include "secrets/KeychainSecretStore.h"
#include "session/SessionFile.h"
#include "session/TranscriptExport.h"
#include "steps/SetupRunner.h"
#include "steps/StsCertificateSource.h"
#include "tenant/GraphTenantBackend.h"
#include "workbench/Backends.h"
#include "workbench/SessionInputsSetup.h"

using namespace Qt::StringLiterals;
using namespace s2s;
using s2s::test::why;

class TestKeychain : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // Never the developer's own keyring: the wrapper gives a fresh HOME under a private bus.
        QVERIFY2(qEnvironmentVariableIsSet("S2S_PRIVATE_SECRET_SERVICE"),
                 "run through tests/with-secret-service.sh");
    }

    void keychain_roundTripThroughTheSecretService()
    {
        const QString key = secrets::secretKey(u"refresh-token"_s,
                                               QUuid::createUuid().toString(QUuid::WithoutBraces));
        QVERIFY(key.startsWith(u"s2s-wizard/refresh-token/"_s));
        {
            secrets::KeychainSecretStore store(u"s2s-wizard-test"_s);
            QCOMPARE(store.kind(), u"keychain"_s);
            const auto missing = QCoro::waitFor(store.read(key));
            QVERIFY2(missing.ok(), qPrintable(why(missing)));
            QCOMPARE(*missing, std::nullopt);
            const Status written = QCoro::waitFor(store.write(key, u"first-secret"_s));
            QVERIFY2(written.ok(), qPrintable(why(written)));
            QVERIFY(QCoro::waitFor(store.write(key, u"second-secret"_s)).ok());
        }
        // Another store object, same service: the secret lives in the Secret Service, not here.
        secrets::KeychainSecretStore store(u"s2s-wizard-test"_s);
        const auto read = QCoro::waitFor(store.read(key));
        QVERIFY2(read.ok(), qPrintable(why(read)));
        QCOMPARE(*read, std::optional(u"second-secret"_s));
        const auto otherService = QCoro::waitFor(secrets::KeychainSecretStore(u"another-app"_s).read(key));
        QVERIFY(otherService.ok());
        QCOMPARE(*otherService, std::nullopt);

        QVERIFY(QCoro::waitFor(store.remove(key)).ok());
        QCOMPARE(*QCoro::waitFor(store.read(key)), std::nullopt);
        QVERIFY2(QCoro::waitFor(store.remove(key)).ok(), "removing a missing secret succeeds");
    }

    void chunkedKeychain_keepsASecretLongerThanTheCredentialManagerTakes()
    {
        // Longer than Windows Credential Manager's 2,560 bytes per credential: stored in parts.
        const QString key = secrets::secretKey(u"refresh-token"_s,
                                               QUuid::createUuid().toString(QUuid::WithoutBraces));
        QString token;
        while (token.size() < 6000)
            token += QUuid::createUuid().toString(QUuid::WithoutBraces);
        {
            secrets::ChunkedSecretStore store(
                std::make_unique<secrets::KeychainSecretStore>(u"s2s-wizard-test"_s));
            QVERIFY(QCoro::waitFor(store.write(key, token)).ok());
        }
        secrets::ChunkedSecretStore store(
            std::make_unique<secrets::KeychainSecretStore>(u"s2s-wizard-test"_s));
        const auto read = QCoro::waitFor(store.read(key));
        QVERIFY2(read.ok(), qPrintable(why(read)));
        QCOMPARE(*read, std::optional(token));
        // The marker "s2s-chunks:<generation>:<count>" names the parts' generation.
        const auto marker = QCoro::waitFor(secrets::KeychainSecretStore(u"s2s-wizard-test"_s).read(key));
        QVERIFY(marker.ok() && marker->has_value());
        const QString partKey = secrets::ChunkedSecretStore::partKey(key, marker->value().section(u':', 1, 1),
                                                                     1);
        const auto part = QCoro::waitFor(secrets::KeychainSecretStore(u"s2s-wizard-test"_s).read(partKey));
        QVERIFY(part.ok() && part->has_value());
        QVERIFY(part->value().toUtf8().size() <= 2560);
        QVERIFY(QCoro::waitFor(store.remove(key)).ok());
        const auto gone = QCoro::waitFor(secrets::KeychainSecretStore(u"s2s-wizard-test"_s).read(partKey));
        QVERIFY(gone.ok());
        QCOMPARE(*gone, std::nullopt);
    }

    void canaries_neverReachTheSessionTranscriptOrLog()
    {
        const QString log = installLogging();
        QVERIFY(!log.isEmpty());
        QTemporaryDir work;
        // The tenant as a real run sees one: --endpoints and --ca-file, the OS credential store.
        const lab::LabFolder tenantFolder(work.filePath(u"tenant"_s));
        QVERIFY(tenantFolder.ensureSeeded().ok());
        // On the farm lab's tenant port: the lab farm reaches no other server.
        const lab::LabFolder farmFolder(work.filePath(u"farm"_s));
        QVERIFY(farmFolder.ensureSeeded().ok());
        lab::LabTenantServer server(tenantFolder);
        QVERIFY(server.start(quint16(farmFolder.readTenant().value()[u"port"].toInt())).ok());
        QVERIFY(server.writeCertificatePem(work.filePath(u"ca.pem"_s)).ok());
        Options options;
        options.mode = Options::Mode::Auto; // device code, which the lab approves by itself
        options.labDir = work.filePath(u"farm"_s);
        options.endpoints = server.endpoints();
        options.caFile = work.filePath(u"ca.pem"_s);
        auto backends = openBackends(options);
        QVERIFY2(backends.ok(), qPrintable(why(backends)));
        // The password of the STS certificate the run generates and installs: typed on the page,
        // kept in the credential store, sent to the farm with the PFX.
        const QString password = u"CANARY-PFX-PASSWORD-"_s +
                                 QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString pfx = work.filePath(u"canary-sts.pfx"_s);

        const QString sessionPath = work.filePath(u"session.json"_s);
        {
            auto file = SessionFile::open(sessionPath);
            QVERIFY(file.ok());
            Session &session = file.value()->session();
            SessionInputs inputs = withLabDefaults({}, true);
            inputs.certificate.mode = CertificateMode::Generate;
            inputs.certificate.pfx = pfx;
            session.setInputs(inputs);
            StepRegistry steps;
            SetupRunner runner(steps, session, *backends->farm, *backends->tenant, backends->endpoints);
            runner.setSecretStore(*backends->secrets);
            const auto prepared = QCoro::waitFor(runner.prepareCertificate(password));
            QVERIFY2(prepared.ok(), qPrintable(why(prepared)));
            for (StepId id : allStepIds())
                QVERIFY2(isDone(QCoro::waitFor(runner.run(id))), qPrintable(stepKey(id)));
            for (const auto &[name, format] : {std::pair{u"t.txt"_s, TranscriptFormat::Text},
                                               std::pair{u"t.html"_s, TranscriptFormat::Html},
                                               std::pair{u"t.json"_s, TranscriptFormat::Json}})
                QVERIFY(exportTranscript(session, work.filePath(name), format).ok());
        }
        // The refresh token went to the Secret Service, not to a memory fallback.
        QCOMPARE(backends->secrets->kind(), u"keychain"_s);
        const auto &tenant = dynamic_cast<const GraphTenantBackend &>(*backends->tenant);
        const auto refreshToken = QCoro::waitFor(
            secrets::KeychainSecretStore().read(tenant.signInSession().secretKey(lab::seed::tenantId)));
        QVERIFY2(refreshToken.ok() && refreshToken->has_value(), qPrintable(why(refreshToken)));
        const QByteArray token = (*refreshToken)->toUtf8();
        QVERIFY(token.size() >= 16);
        // So did the PFX password the run used (the lab farm opened the PFX with it).
        const auto stored = QCoro::waitFor(secrets::KeychainSecretStore().read(pfxPasswordKey(pfx)));
        QVERIFY2(stored.ok() && *stored == std::optional(password), qPrintable(why(stored)));

        for (const QString &path : {sessionPath, work.filePath(u"t.txt"_s), work.filePath(u"t.html"_s),
                                    work.filePath(u"t.json"_s), log}) {
            const QByteArray contents = test::readFile(path);
            QVERIFY2(!contents.isEmpty(), qPrintable(path));
            QVERIFY2(!contents.contains(token), qPrintable(path));
            QVERIFY2(!contents.contains(password.toUtf8()), qPrintable(path));
        }
        // The log did record the run (so the check above means something).
        QVERIFY(test::readFile(log).contains("/v1.0/servicePrincipals"));
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
