#include "LabFolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTcpServer>

#include "core/JsonFile.h"

using namespace Qt::StringLiterals;

namespace s2s::lab {
namespace {

int pickFreePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 44300;
    return probe.serverPort();
}

Error labError(const Error &cause)
{
    return Error{u"backend.lab"_s, cause.message, cause.detail,
                 QCoreApplication::translate("Lab", "Fix or delete the lab file; a deleted file is "
                                                    "seeded again on the next start."),
                 ErrorKind::Backend};
}

} // namespace

LabFolder::LabFolder(const QString &path)
    : m_path(QDir(path).absolutePath())
{}

QString LabFolder::farmFile() const
{
    return m_path + u"/farm.json"_s;
}

QString LabFolder::tenantFile() const
{
    return m_path + u"/tenant.json"_s;
}

QString LabFolder::passwordFolder() const
{
    return m_path + u"/secrets"_s;
}

QString LabFolder::tenantCaFile() const
{
    return m_path + u"/run/tenant-ca.pem"_s;
}

Status LabFolder::ensureSeeded(int keyAttempts) const
{
    if (!QDir().mkpath(m_path))
        return Error{u"backend.lab"_s,
                     QCoreApplication::translate("Lab", "Cannot create the lab folder "
                                                        "%1.")
                         .arg(m_path),
                     {},
                     QCoreApplication::translate("Lab", "Choose a writable folder for --lab."),
                     ErrorKind::Backend};
    Status tenantDone = success();
    if (!QFileInfo::exists(tenantFile())) {
        if (auto written = writeJsonObject(tenantFile(), seedTenant(pickFreePort())); !written)
            tenantDone = labError(written.error());
    } else {
        tenantDone = addSeedUsersIfMissing();
    }
    if (!QFileInfo::exists(farmFile())) {
        if (auto written = writeJsonObject(farmFile(), seedFarm(keyAttempts)); !written && tenantDone)
            return labError(written.error());
    }
    return tenantDone;
}

// A lab folder made before the lab tenant knew users and roles has none: it gets the seed's
// (the signed-in admin with Application Administrator), so sign-in works there as before.
// widsInIdToken stays absent, which is false, as in the seed.
Status LabFolder::addSeedUsersIfMissing() const
{
    auto tenant = readJsonObject(tenantFile());
    if (!tenant || tenant->contains(u"users"))
        return success();
    const QJsonObject seed = seedTenant(tenant->value(u"port").toInt());
    tenant.value().insert(u"users"_s, seed.value(u"users"));
    return writeTenant(*tenant);
}

Result<QJsonObject> LabFolder::readFarm() const
{
    auto farm = readJsonObject(farmFile());
    if (!farm)
        return labError(farm.error());
    return farm;
}

Status LabFolder::writeFarm(const QJsonObject &farm) const
{
    auto written = writeJsonObject(farmFile(), farm);
    return written ? written : labError(written.error());
}

Result<QJsonObject> LabFolder::readTenant() const
{
    auto tenant = readJsonObject(tenantFile());
    if (!tenant)
        return labError(tenant.error());
    return tenant;
}

Status LabFolder::writeTenant(const QJsonObject &tenant) const
{
    auto written = writeJsonObject(tenantFile(), tenant);
    return written ? written : labError(written.error());
}

} // namespace s2s::lab
