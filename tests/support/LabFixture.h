#pragma once

#include <QJsonObject>
#include <QTemporaryDir>

#include <functional>
#include <memory>

#include "steps/SetupRunner.h"
#include "workbench/Backends.h"

namespace s2s::test {

// A fresh lab in a temporary folder, a session on it with the lab defaults, and a runner.
class LabFixture {
public:
    LabFixture();

    QString labDir() const { return m_dir.path(); }
    Session &session() { return *m_session; }
    SetupRunner &runner() { return *m_runner; }
    Backends &backends() { return m_backends; }

    StepState run(StepId id);
    StepState validate(StepId id);
    // Runs every step up to and including `last`; returns the first failing step's state.
    StepState runThrough(StepId last);
    std::optional<Check> check(StepId id, const QString &checkId) const;

    // farm.json without its update counter (farmVersion) and without an empty property bag.
    QJsonObject farm() const;
    QJsonObject tenant() const;
    void editFarm(const std::function<void(QJsonObject &)> &edit);
    void editTenant(const std::function<void(QJsonObject &)> &edit);
    // Edits the SharePoint Online service principal (the first one) in tenant.json.
    void editSpoPrincipal(const std::function<void(QJsonObject &)> &edit);

    QJsonObject spoPrincipal() const;

private:
    QTemporaryDir m_dir;
    Backends m_backends;
    StepRegistry m_steps;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<SetupRunner> m_runner;
};

// The SharePoint Online service principal in the lab tenant of `labDir` (empty when missing).
QJsonObject spoPrincipalIn(const QString &labDir);

// Replaces the lab's faults.json (the "farm" and "tenant" fault lists, "tenantLifetimes").
Status writeLabFaults(const QString &labDir, const QJsonObject &faults);

// QVERIFY2's message for a Result: empty when it holds a value (the message is built either way).
template <typename T>
QString why(const Result<T> &result)
{
    return result.ok() ? QString() : result.error().toText();
}

// For tests of the farm script under pwsh: quiet host logging (requests are logged at debug level).
void preparePowerShellFarmTest();
// Why a pwsh test cannot run, and how to get pwsh.
QString pwshMissing();

// Puts the first zone of the first web application (http://sharepoint, Default) on Kerberos.
void setFirstZoneOnKerberos(const QString &labDir);

// Sets `key` of the array element of `array` (inside `object`) whose `match` field equals `value`.
void setInArray(QJsonObject &object, const QString &array, const QString &match, const QString &value,
                const QString &key, const QJsonValue &newValue);

// Sets `key` of the object `part` inside `object` (e.g. account.shellAdmin).
void setInObject(QJsonObject &object, const QString &part, const QString &key, const QJsonValue &newValue);

} // namespace s2s::test
