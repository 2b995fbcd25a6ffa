#include "Backends.h"

#include <QCoreApplication>
#include <QDir>
#include <QHostInfo>
#include <QStandardPaths>
#include <QSysInfo>

#include "farm/ProtocolFarmBackend.h"
#include "lab/LabTenantBackend.h"

using namespace Qt::StringLiterals;

namespace s2s {

QString Backends::target() const
{
    return isLab() ? u"lab:"_s + labDir : u"farm"_s;
}

QString labHostProgram()
{
    const QString fromEnvironment = qEnvironmentVariable("S2S_LAB_HOST");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
#ifdef Q_OS_WIN
    return QCoreApplication::applicationDirPath() + u"/s2s-lab-host.exe"_s;
#else
    return QCoreApplication::applicationDirPath() + u"/s2s-lab-host"_s;
#endif
}

Result<Backends> openLab(const QString &folder, int opTimeoutSeconds)
{
    const lab::LabFolder lab(folder);
    if (auto seeded = lab.ensureSeeded(); !seeded)
        return seeded.error();
    Backends backends;
    backends.tenantServer = std::make_unique<lab::LabTenantServer>(lab);
    if (auto started = backends.tenantServer->start(); !started)
        return started.error();
    if (auto written = backends.tenantServer->writeCertificatePem(lab.tenantCaFile()); !written)
        return written.error();
    HostTransport::Config host;
    host.program = labHostProgram();
    host.arguments = QStringList{u"--lab"_s, lab.path(), u"--tenant-ca"_s, lab.tenantCaFile()};
    host.opTimeout = std::chrono::seconds(opTimeoutSeconds);
    backends.farm = std::make_unique<ProtocolFarmBackend>(host);
    backends.tenant = std::make_unique<lab::LabTenantBackend>(lab);
    backends.endpoints = backends.tenantServer->endpoints();
    backends.labDir = lab.path();
    return backends;
}

Result<Backends> openRealFarm()
{
    return Error{u"backend.unavailable"_s,
                 QCoreApplication::translate(
                     "Backends", "Windows PowerShell with SharePoint Server is not available here."),
                 {},
                 QCoreApplication::translate(
                     "Backends", "Run the wizard on a SharePoint server, elevated, as a farm "
                                 "administrator; or try it against the built-in lab with --lab DIR.")};
}

Result<Backends> openBackends(const Options &options)
{
    if (!options.labDir.isEmpty())
        return openLab(options.labDir, options.opTimeoutSeconds);
    return openRealFarm();
}

QString defaultLabFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/lab"_s;
}

SessionOrigin currentOrigin(const Backends &backends)
{
    QString user = qEnvironmentVariable("USERNAME", qEnvironmentVariable("USER"));
    const QString domain = qEnvironmentVariable("USERDOMAIN");
    if (!domain.isEmpty())
        user = domain + u"\\"_s + user;
    return {user,
            u"%1 (%2)"_s.arg(QHostInfo::localHostName(), QSysInfo::prettyProductName()),
            QCoreApplication::arguments().join(u' '),
            u"S2S Wizard %1"_s.arg(QStringLiteral(S2S_VERSION)),
            backends.target()};
}

} // namespace s2s
