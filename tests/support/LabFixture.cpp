#include "LabFixture.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QTest>

#include <QCoro/QCoroTask>

#include "core/Constants.h"
#include "core/JsonFile.h"
#include "lab/LabFaults.h"
#include "lab/LabFolder.h"
#include "workbench/SessionInputsSetup.h"

using namespace Qt::StringLiterals;

namespace s2s::test {

LabFixture::LabFixture()
{
    // S2S_TEST_LAB_FARM=powershell: the farm is the shipped FarmHost.ps1 under pwsh with the
    // SharePoint simulator (the *_powershell runs of the tests), else s2s-lab-host.
    Options options; // the GUI's: browser sign-in through the lab's own "browser"
    if (qEnvironmentVariable("S2S_TEST_LAB_FARM") == u"powershell")
        options.labFarm = Options::LabFarm::PowerShell;
    auto opened = openLab(m_dir.path(), options, {});
    if (!opened)
        qFatal("cannot open lab: %s", qPrintable(opened.error().toText()));
    m_backends = std::move(opened.value());
    m_session = std::make_unique<Session>();
    m_session->setInputs(withLabDefaults({}, true));
    m_runner = std::make_unique<SetupRunner>(m_steps, *m_session, *m_backends.farm, *m_backends.tenant,
                                             m_backends.endpoints);
    m_runner->setSecretStore(*m_backends.secrets);
    m_runner->setPasswordFileFolder(m_backends.passwordFileFolder);
}

StepState LabFixture::run(StepId id)
{
    return QCoro::waitFor(m_runner->run(id));
}

StepState LabFixture::validate(StepId id)
{
    return QCoro::waitFor(m_runner->validate(id));
}

StepState LabFixture::runThrough(StepId last)
{
    for (StepId id : allStepIds()) {
        const StepState state = run(id);
        if (!isDone(state) || id == last)
            return state;
    }
    return StepState::Validated;
}

std::optional<Check> LabFixture::check(StepId id, const QString &checkId) const
{
    const StepRecord record = m_session->step(id);
    if (!record.report)
        return std::nullopt;
    const Check *found = record.report->find(checkId);
    return found ? std::optional<Check>(*found) : std::nullopt;
}

QJsonObject LabFixture::farm() const
{
    QJsonObject farm = readJsonObject(m_dir.path() + u"/farm.json"_s).value();
    // Every farm update bumps the object's version (SPFarm.Update(), the farm lock's take and
    // release included): not a configuration change. A lock left behind stays in "properties".
    farm.remove(u"farmVersion"_s);
    if (farm.value(u"properties").toObject().isEmpty())
        farm.remove(u"properties"_s);
    return farm;
}

QJsonObject LabFixture::tenant() const
{
    return readJsonObject(m_dir.path() + u"/tenant.json"_s).value();
}

void LabFixture::editFarm(const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject json = farm();
    edit(json);
    QVERIFY(writeJsonObject(m_dir.path() + u"/farm.json"_s, json).ok());
}

void LabFixture::editTenant(const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject json = tenant();
    edit(json);
    QVERIFY(writeJsonObject(m_dir.path() + u"/tenant.json"_s, json).ok());
}

void LabFixture::editSpoPrincipal(const std::function<void(QJsonObject &)> &edit)
{
    editTenant([&edit](QJsonObject &tenant) {
        QJsonArray principals = tenant.value(u"servicePrincipals").toArray();
        QJsonObject spo = principals.at(0).toObject();
        edit(spo);
        principals.replace(0, spo);
        tenant.insert(u"servicePrincipals"_s, principals);
    });
}

QJsonObject LabFixture::spoPrincipal() const
{
    return spoPrincipalIn(labDir());
}

QJsonObject spoPrincipalIn(const QString &labDir)
{
    const auto tenant = readJsonObject(lab::LabFolder(labDir).tenantFile());
    for (const QJsonValue &value : tenant ? tenant->value(u"servicePrincipals").toArray() : QJsonArray())
        if (value[u"appId"].toString() == constants::spoAppId)
            return value.toObject();
    return {};
}

Status writeLabFaults(const QString &labDir, const QJsonObject &faults)
{
    return writeJsonObject(lab::labFaultsFile(labDir), faults);
}

void preparePowerShellFarmTest()
{
    QLoggingCategory::setFilterRules(u"engine.farm.debug=false\nengine.farm.info=false"_s);
}

QString pwshMissing()
{
    return u"pwsh not found: install PowerShell 7 (dotnet tool update --global PowerShell "
           "--version 7.6.9) and configure again"_s;
}

void setFirstZoneOnKerberos(const QString &labDir)
{
    const QString path = labDir + u"/farm.json"_s;
    QJsonObject farm = readJsonObject(path).value();
    QJsonArray apps = farm.value(u"webApplications").toArray();
    QJsonObject app = apps.at(0).toObject();
    QJsonArray zones = app.value(u"zones").toArray();
    QJsonObject zone = zones.at(0).toObject();
    zone.insert(u"kerberos"_s, true);
    zones.replace(0, zone);
    app.insert(u"zones"_s, zones);
    apps.replace(0, app);
    farm.insert(u"webApplications"_s, apps);
    QVERIFY(writeJsonObject(path, farm).ok());
}

void setInArray(QJsonObject &object, const QString &array, const QString &match, const QString &value,
                const QString &key, const QJsonValue &newValue)
{
    QJsonArray items = object.value(array).toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        QJsonObject item = items.at(i).toObject();
        if (item.value(match).toString() == value) {
            item.insert(key, newValue);
            items.replace(i, item);
        }
    }
    object.insert(array, items);
}

void setInObject(QJsonObject &object, const QString &part, const QString &key, const QJsonValue &newValue)
{
    QJsonObject inner = object.value(part).toObject();
    inner.insert(key, newValue);
    object.insert(part, inner);
}

} // namespace s2s::test
