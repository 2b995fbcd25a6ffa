#include "KeychainSecretStore.h"

#include <QCoreApplication>

#include <qt6keychain/keychain.h>

#include <QCoro/QCoroSignal>

#include <memory>

using namespace Qt::StringLiterals;

namespace s2s::secrets {
namespace {

struct Outcome {
    bool finished = false;
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QString text;
};

// Starts `job` and waits for it, at most `watchdog`. The job deletes itself when it finishes,
// even after the watchdog gave up on it.
QCoro::Task<std::shared_ptr<Outcome>> runJob(QKeychain::Job *job, std::chrono::milliseconds watchdog)
{
    auto outcome = std::make_shared<Outcome>();
    QObject::connect(job, &QKeychain::Job::finished, job, [outcome](QKeychain::Job *done) {
        outcome->finished = true;
        outcome->error = done->error();
        outcome->errorString = done->errorString();
        if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(done))
            outcome->text = read->textData();
    });
    job->start();
    // A backend that fails at once may finish inside start().
    if (!outcome->finished)
        co_await qCoro(job, &QKeychain::Job::finished, watchdog);
    co_return outcome;
}

Error storeError(const Outcome &outcome, const QString &what, std::chrono::milliseconds watchdog)
{
    if (!outcome.finished)
        return Error{u"secrets.timeout"_s,
                     QCoreApplication::translate("Secrets", "The credential store did not answer "
                                                            "within %1 s (%2).")
                         .arg(watchdog.count() / 1000)
                         .arg(what),
                     {},
                     QCoreApplication::translate("Secrets", "Unlock the login keyring, or go on: "
                                                            "the sign-in stays in memory.")};
    const bool unavailable = outcome.error == QKeychain::NoBackendAvailable ||
                             outcome.error == QKeychain::NotImplemented;
    return Error{unavailable ? u"secrets.unavailable"_s : u"secrets.failed"_s,
                 QCoreApplication::translate("Secrets", "The credential store refused to %1: "
                                                        "%2")
                     .arg(what, outcome.errorString),
                 {},
                 QCoreApplication::translate("Secrets", "Check the OS credential store (Credential "
                                                        "Manager, Secret Service).")};
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, std::chrono::milliseconds watchdog)
    : m_service(std::move(service))
    , m_watchdog(watchdog)
{}

QCoro::Task<Result<std::optional<QString>>> KeychainSecretStore::read(QString key)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    const auto outcome = co_await runJob(job, m_watchdog);
    if (outcome->finished && outcome->error == QKeychain::NoError) {
        std::optional<QString> secret = outcome->text;
        co_return secret;
    }
    if (outcome->finished && outcome->error == QKeychain::EntryNotFound) {
        std::optional<QString> none;
        co_return none;
    }
    co_return storeError(*outcome, QCoreApplication::translate("Secrets", "read a secret"), m_watchdog);
}

QCoro::Task<Status> KeychainSecretStore::write(QString key, QString secret)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setTextData(secret);
    const auto outcome = co_await runJob(job, m_watchdog);
    if (outcome->finished && outcome->error == QKeychain::NoError)
        co_return success();
    co_return storeError(*outcome, QCoreApplication::translate("Secrets", "store a secret"), m_watchdog);
}

QCoro::Task<Status> KeychainSecretStore::remove(QString key)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    const auto outcome = co_await runJob(job, m_watchdog);
    if (outcome->finished &&
        (outcome->error == QKeychain::NoError || outcome->error == QKeychain::EntryNotFound))
        co_return success();
    co_return storeError(*outcome, QCoreApplication::translate("Secrets", "remove a secret"), m_watchdog);
}

} // namespace s2s::secrets
