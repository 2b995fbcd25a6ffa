#pragma once

// The certificate stores of each server and the reset that makes its STS load a new certificate.

#include "farm/FarmOp.h"

namespace s2s {

// The PFX as the commands below use it: $pfxBytes read from the file, $pfxPassword typed (the
// password never appears in command text).
inline QString loadPfxCommand(const QString &pfxPath)
{
    return QStringLiteral("$pfxBytes = [IO.File]::ReadAllBytes(%1); "
                          "$pfxPassword = Read-Host -AsSecureString -Prompt 'PFX password'")
        .arg(farm_op::quote(pfxPath));
}

// Whether Cert:\LocalMachine\Root of a server holds the certificate with a thumbprint.
struct HasRootCertificateOp : PerServerOpDefaults {
    static constexpr QStringView name = u"cert.rootHas";
    struct Args {
        QString server;
        QString thumbprint;
    };
    using Result = bool;
    static QJsonObject writeArgs(const Args &args)
    {
        return {{QStringLiteral("thumbprint"), args.thumbprint}};
    }
    static Args readArgs(farm_op::ArgReader &in)
    {
        return {{}, in.requiredText(QStringLiteral("thumbprint"))};
    }
    static QString command(const Args &args)
    {
        return QStringLiteral("Invoke-Command -ComputerName %1 -ScriptBlock { param($t) "
                              "Test-Path -LiteralPath \"Cert:\\LocalMachine\\Root\\$t\" } "
                              "-ArgumentList %2")
            .arg(farm_op::quote(args.server), farm_op::quote(args.thumbprint));
    }
};

// Import-PfxCertificate into Cert:\LocalMachine\Root of a server.
struct ImportPfxOp : PerServerOpDefaults {
    static constexpr QStringView name = u"cert.importPfx";
    struct Args {
        QString server;
        PfxData pfx;
    };
    using Result = CertificateInfo;
    static QJsonObject writeArgs(const Args &args) { return farm_codec::toJson(args.pfx); }
    static Args readArgs(farm_op::ArgReader &in)
    {
        in.requiredText(QStringLiteral("pfx"));
        return {{}, farm_codec::pfx(in.json())};
    }
    static QString command(const Args &args)
    {
        return QStringLiteral(
                   "Invoke-Command -ComputerName %1 -ScriptBlock { param($bytes, $password) "
                   "$file = [IO.Path]::GetTempFileName(); [IO.File]::WriteAllBytes($file, $bytes); "
                   "Import-PfxCertificate -FilePath $file -CertStoreLocation "
                   "Cert:\\LocalMachine\\Root -Password $password; Remove-Item $file } "
                   "-ArgumentList $pfxBytes, $pfxPassword")
            .arg(farm_op::quote(args.server));
    }
};

// iisreset and Restart-Service SPTimerV4 on a server (an outage for it); returns once its STS
// answers again.
struct ResetServerOp : PerServerOpDefaults {
    static constexpr QStringView name = u"server.reset";
    // iisreset and the timer restart, then waiting for the STS to answer, take minutes.
    static constexpr int timeoutFactor = 5;
    using Args = ServerArgs;
    using Result = Unit;
    static QString command(const Args &args)
    {
        return QStringLiteral("Invoke-Command -ComputerName %1 -ScriptBlock { iisreset /noforce; "
                              "Restart-Service -Name SPTimerV4 -Force }")
            .arg(farm_op::quote(args.server));
    }
};

using ServerCertificateOps = FarmOpList<HasRootCertificateOp, ImportPfxOp, ResetServerOp>;

} // namespace s2s
