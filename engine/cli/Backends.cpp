#include "Backends.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
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

QString helperProgram(const QString &name, const char *overrideVariable)
{
    const QString fromEnvironment = qEnvironmentVariable(overrideVariable);
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
#ifdef Q_OS_WIN
    const QString fileName = name + u".exe"_s;
#else
    const QString fileName = name;
#endif
    const QDir wizardFolder(QCoreApplication::applicationDirPath());
    // Beside the wizard: the build tree and the Windows install; then the installed helper folder.
    QStringList candidates{wizardFolder.filePath(fileName)};
    const QString helperFolder = QStringLiteral(S2S_HELPERDIR_FROM_BINDIR);
    if (!helperFolder.isEmpty())
        candidates.append(QDir::cleanPath(wizardFolder.filePath(helperFolder + u'/' + fileName)));
    for (const QString &candidate : candidates) {
        if (QFileInfo(candidate).isExecutable())
            return candidate;
    }
    // Missing everywhere: the transport's start error then names the first place looked at.
    return candidates.first();
}

QString labHostProgram()
{
    return helperProgram(u"s2s-lab-host"_s, "S2S_LAB_HOST");
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
