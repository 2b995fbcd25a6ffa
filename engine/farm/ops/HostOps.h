#pragma once

// The farm host itself, the farm's servers and what the farm reaches.

#include "farm/FarmOp.h"

namespace s2s {

struct HostInfoOp : FarmOpDefaults {
    static constexpr QStringView name = u"host.info";
    using Args = NoArgs;
    using Result = HostInfo;
    static QString command(const Args & = {})
    {
        return QStringLiteral("$PSVersionTable.PSVersion; (Get-SPFarm).BuildVersion; "
                              "Get-SPShellAdmin -Identity $env:USERDOMAIN\\$env:USERNAME");
    }
};

struct ListServersOp : FarmOpDefaults {
    static constexpr QStringView name = u"servers.list";
    using Args = NoArgs;
    using Result = QList<ServerInfo>;
    static QString command(const Args & = {})
    {
        return QStringLiteral("Get-SPServer | Where-Object Role -ne 'Invalid'");
    }
};

struct TestRemotingOp : PerServerOpDefaults {
    static constexpr QStringView name = u"remoting.test";
    using Args = ServerArgs;
    using Result = Unit;
    static QString command(const Args &args)
    {
        return QStringLiteral("Test-WSMan -ComputerName ") + farm_op::quote(args.server);
    }
};

// Fetches a URL over HTTPS from the farm (outbound reachability of ACS).
struct FetchFromFarmOp : FarmOpDefaults {
    static constexpr QStringView name = u"outbound.fetch";
    struct Args {
        QString url;
    };
    struct Result {
        int status = 0;
        QByteArray body;
    };
    static QJsonObject writeArgs(const Args &args) { return {{QStringLiteral("url"), args.url}}; }
    static Args readArgs(farm_op::ArgReader &in) { return {in.requiredText(QStringLiteral("url"))}; }
    static QString command(const Args &args)
    {
        return QStringLiteral("Invoke-WebRequest -Uri %1 -UseBasicParsing").arg(farm_op::quote(args.url));
    }
    static Result readResult(const QJsonValue &json)
    {
        return {farm_codec::requiredInt(json, QStringLiteral("status")),
                QByteArray::fromBase64(farm_codec::requiredText(json, QStringLiteral("body")).toLatin1())};
    }
    static QJsonValue writeResult(const Result &result)
    {
        return QJsonObject{{QStringLiteral("status"), result.status},
                           {QStringLiteral("body"), QString::fromLatin1(result.body.toBase64())}};
    }
    static QString describe(const Result &result)
    {
        return QStringLiteral("StatusCode : %1\nContent    : %2")
            .arg(result.status)
            .arg(QString::fromUtf8(result.body.left(300)));
    }
};

using HostOps = FarmOpList<HostInfoOp, ListServersOp, TestRemotingOp, FetchFromFarmOp>;

} // namespace s2s
