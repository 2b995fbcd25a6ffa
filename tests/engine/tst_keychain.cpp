// The OS credential store through QtKeychain against a real Secret Service: run by CTest under
// tests/with-secret-service.sh (private D-Bus session, unlocked gnome-keyring, fresh HOME).
#include <QTest>
#include <QUuid>

#include <QCoro/QCoroTask>

#include "secrets/KeychainSecretStore.h"

using namespace Qt::StringLiterals;
using namespace s2s;

namespace {

template <typename T>
QString why(const Result<T> &result)
{
    return result ? QString() : result.error().toText();
}

} // namespace

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
        const QString key = secrets::secretKey(u"refresh-token"_s, QUuid::createUuid().toString(QUuid::WithoutBraces));
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
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
