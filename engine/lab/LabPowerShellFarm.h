#pragma once

#include <QString>
#include <QStringList>

#include "core/Error.h"
#include "farm/HostTransport.h"
#include "lab/LabFolder.h"

namespace s2s::lab {

// The lab farm served by the shipped FarmHost.ps1 itself (--lab-farm powershell): PowerShell 7
// runs it, started the way a farm starts Windows PowerShell 5.1 (bootstrap by -EncodedCommand,
// framed script on stdin), with the SharePoint simulator module (tests/sharepoint) first on
// PSModulePath in front of the lab's farm.json. s2s-lab-host relays the protocol so that the
// lab's faults.json applies to this farm as well.
struct PowerShellLabFarm {
    QString pwsh;         // PowerShell 7's absolute path (findPwsh)
    QString simulatorDir; // the folder holding the Microsoft.SharePoint.PowerShell module
    QString relay;        // s2s-lab-host
};

// $S2S_PWSH, else pwsh on PATH, else ~/.dotnet/tools/pwsh (PowerShell as a .NET tool); empty
// when there is none.
QString findPwsh();
// Where the .NET runtime of a pwsh installed as a .NET tool lives: $DOTNET_ROOT, else the folder
// of the dotnet program on PATH; empty when unknown.
QString findDotnetRoot();

// The host configuration; an error naming what is missing (pwsh, the simulator) and how to get it.
// `tenantCaFile` is what the farm trusts for HTTPS (SSL_CERT_FILE); empty: the system's CAs.
// `allowedOrigins` is what the farm may reach over HTTPS (S2S_LAB_ALLOWED_ORIGINS, read by the
// simulator); empty: only the lab tenant's own server.
Result<HostTransport::Config> powerShellLabHost(const LabFolder &lab, const PowerShellLabFarm &farm,
                                                const QString &tenantCaFile,
                                                const QStringList &allowedOrigins = {});

} // namespace s2s::lab
