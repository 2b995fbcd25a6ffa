#pragma once

// The farm's Security Token Service: its configuration and the certificate it signs with.

#include "farm/FarmOp.h"

namespace s2s {

struct GetStsConfigOp : FarmOpDefaults {
    static constexpr QStringView name = u"sts.get";
    using Args = NoArgs;
    using Result = StsConfigInfo;
    static QString command(const Args & = {}) { return QStringLiteral("Get-SPSecurityTokenServiceConfig"); }
};

struct SetAllowOAuthOverHttpOp : FarmOpDefaults {
    static constexpr QStringView name = u"sts.setAllowOAuthOverHttp";
    struct Args {
        bool allow = false;
    };
    using Result = Unit;
    static QJsonObject writeArgs(const Args &args) { return {{QStringLiteral("allow"), args.allow}}; }
    static Args readArgs(farm_op::ArgReader &in) { return {in.requiredFlag(QStringLiteral("allow"))}; }
    static QString command(const Args &args)
    {
        return QStringLiteral("$c = Get-SPSecurityTokenServiceConfig; $c.AllowOAuthOverHttp = %1; "
                              "$c.Update()")
            .arg(farm_op::literal(args.allow));
    }
};

// The signing certificate the STS running on a server publishes in its metadata.
struct GetRunningStsCertificateOp : PerServerOpDefaults {
    static constexpr QStringView name = u"sts.running";
    using Args = ServerArgs;
    using Result = CertificateInfo;
    static QString command(const Args &args)
    {
        return QStringLiteral("(Invoke-RestMethod -Uri %1).keys[0].keyValue.value")
            .arg(farm_op::quote(QStringLiteral("http://%1/_layouts/15/metadata/json/1").arg(args.server)));
    }
};

// Set-SPSecurityTokenServiceConfig -ImportSigningCertificate: farm configuration, set once. The
// PFX and its password travel as data; the command names them $pfxBytes and $pfxPassword.
struct SetStsSigningCertificateOp : FarmOpDefaults {
    static constexpr QStringView name = u"sts.setSigningCertificate";
    struct Args {
        PfxData pfx;
    };
    using Result = CertificateInfo;
    static QJsonObject writeArgs(const Args &args) { return farm_codec::toJson(args.pfx); }
    static Args readArgs(farm_op::ArgReader &in)
    {
        in.requiredText(QStringLiteral("pfx"));
        return {farm_codec::pfx(in.json())};
    }
    static QString command(const Args & = {})
    {
        return QStringLiteral(
            "$stsCertificate = [Security.Cryptography.X509Certificates.X509Certificate2]::new("
            "$pfxBytes, $pfxPassword, 20); "
            "Set-SPSecurityTokenServiceConfig -ImportSigningCertificate $stsCertificate "
            "-Confirm:$false");
    }
};

using StsOps = FarmOpList<GetStsConfigOp, SetAllowOAuthOverHttpOp, GetRunningStsCertificateOp,
                          SetStsSigningCertificateOp>;

} // namespace s2s
