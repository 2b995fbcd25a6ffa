#include "LabPowerShellFarm.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include "farm/HostScript.h"

using namespace Qt::StringLiterals;

namespace s2s::lab {
namespace {

const QString simulatorModule = u"Microsoft.SharePoint.PowerShell"_s;

Error missing(const QString &what, const QString &detail, const QString &remedy)
{
    return Error{u"backend.unavailable"_s, what, detail, remedy, ErrorKind::Backend};
}

} // namespace

QString findPwsh()
{
    const QString fromEnvironment = qEnvironmentVariable("S2S_PWSH");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString onPath = QStandardPaths::findExecutable(u"pwsh"_s);
    if (!onPath.isEmpty())
        return onPath;
    // `dotnet tool update --global PowerShell` puts it here, often not on PATH.
    return QStandardPaths::findExecutable(u"pwsh"_s, {QDir::homePath() + u"/.dotnet/tools"_s});
}

QString findDotnetRoot()
{
    const QString fromEnvironment = qEnvironmentVariable("DOTNET_ROOT");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString dotnet = QStandardPaths::findExecutable(u"dotnet"_s);
    if (dotnet.isEmpty())
        return {};
    // /usr/bin/dotnet is a link into the runtime's folder (/usr/share/dotnet on Debian).
    return QFileInfo(QFileInfo(dotnet).canonicalFilePath()).absolutePath();
}

Result<HostTransport::Config> powerShellLabHost(const LabFolder &lab, const PowerShellLabFarm &farm,
                                                const QString &tenantCaFile,
                                                const QStringList &allowedOrigins)
{
    if (farm.pwsh.isEmpty() || !QFileInfo(farm.pwsh).isExecutable())
        return missing(QCoreApplication::translate("Backends", "PowerShell 7 (pwsh) was not found."),
                       farm.pwsh,
                       QCoreApplication::translate("Backends",
                                                   "Install it with \"dotnet tool update --global PowerShell "
                                                   "--version 7.6.9\", or put pwsh on PATH, or set S2S_PWSH "
                                                   "to its path; or use --lab-farm host."));
    if (!QFileInfo(QDir(farm.simulatorDir).filePath(simulatorModule)).isDir())
        return missing(QCoreApplication::translate("Backends", "The SharePoint simulator module was not "
                                                               "found."),
                       farm.simulatorDir,
                       QCoreApplication::translate(
                           "Backends", "Build the wizard with pwsh installed (the simulator is "
                                       "built from tests/sharepoint), or set "
                                       "S2S_SHAREPOINT_SIMULATOR to its folder; or use --lab-farm "
                                       "host."));
    const HostLaunch launch = farmHostLaunch(farm.pwsh);
    HostTransport::Config host;
    host.program = farm.relay;
    host.arguments = QStringList{u"--lab"_s, lab.path(), u"--relay"_s, launch.program} + launch.arguments;
    host.relayedProgram = launch.program;
    host.initialInput = launch.initialInput;
    const QString inheritedModules = qEnvironmentVariable("PSModulePath");
    host.environment.insert(u"PSModulePath"_s,
                            inheritedModules.isEmpty()
                                ? farm.simulatorDir
                                : farm.simulatorDir + QDir::listSeparator() + inheritedModules);
    host.environment.insert(u"S2S_LAB_DIR"_s, lab.path());
    // The farm trusts the lab tenant through the environment, as .NET on Linux reads it.
    if (!tenantCaFile.isEmpty())
        host.environment.insert(u"SSL_CERT_FILE"_s, tenantCaFile);
    // As data, never spliced into script text; always set, so an inherited value cannot widen it.
    host.environment.insert(u"S2S_LAB_ALLOWED_ORIGINS"_s, allowedOrigins.join(u' '));
    if (const QString dotnetRoot = findDotnetRoot(); !dotnetRoot.isEmpty())
        host.environment.insert(u"DOTNET_ROOT"_s, dotnetRoot);
    // No telemetry or update check from a test host.
    host.environment.insert(u"POWERSHELL_TELEMETRY_OPTOUT"_s, u"1"_s);
    host.environment.insert(u"POWERSHELL_UPDATECHECK"_s, u"Off"_s);
    return host;
}

} // namespace s2s::lab
