#pragma once

// The farm-wide lock: one wizard run at a time changes a farm, whichever session and server it
// runs from. It lives in the farm's property bag (SPFarm.Properties["S2SWizard.Lock"], a JSON
// text with the fields of FarmLockHolder) and is taken atomically (SPFarm.Update()'s concurrency
// check on a farm; a lock on farm.json in the lab). A holder that has not renewed it for
// staleAfterSeconds has gone: its lock may be taken over, and the answer says so.
//
// The host fills in the owner (the account it runs as) and the times (its clock, ISO 8601 UTC);
// the wizard names its machine, process and session. The holder is the same machine, process and
// session. A lock held by the same session on the same machine whose process no longer runs there
// (a killed run) is taken over at once: the host runs on the wizard's machine and looks the
// process up.

#include "farm/FarmOp.h"

namespace s2s {

struct FarmLockHolder {
    QString owner;   // the account, e.g. CONTOSO\admin
    QString machine; // the computer the wizard runs on
    QString process; // its process id, decimal
    QString session; // its session file (or a scratch session's name)
    QString since;   // ISO 8601 UTC: when it was taken
    QString renewed; // ISO 8601 UTC: when it was last renewed

    bool isEmpty() const { return machine.isEmpty() && process.isEmpty() && session.isEmpty(); }
    static FarmLockHolder fromJson(const QJsonValue &json)
    {
        return {json[u"owner"].toString(),   json[u"machine"].toString(), json[u"process"].toString(),
                json[u"session"].toString(), json[u"since"].toString(),   json[u"renewed"].toString()};
    }
    QJsonObject toJson() const
    {
        return {{QStringLiteral("owner"), owner},     {QStringLiteral("machine"), machine},
                {QStringLiteral("process"), process}, {QStringLiteral("session"), session},
                {QStringLiteral("since"), since},     {QStringLiteral("renewed"), renewed}};
    }
};

// Who asks: the same three arguments for every lock operation.
struct FarmLockClaim {
    QString machine;
    QString process;
    QString session;
};

namespace farm_lock {
// The property bag key.
inline const QString propertyKey = QStringLiteral("S2SWizard.Lock");
// After this long without renewal a lock counts as stale (DESIGN: longer than the longest single
// operation, an iisreset at 5 x 120 s, since a renewal waits behind the operation that runs).
constexpr int defaultStaleSeconds = 15 * 60;

inline QJsonObject claimJson(const FarmLockClaim &claim)
{
    return {{QStringLiteral("machine"), claim.machine},
            {QStringLiteral("process"), claim.process},
            {QStringLiteral("session"), claim.session}};
}
inline FarmLockClaim readClaim(farm_op::ArgReader &in)
{
    FarmLockClaim claim;
    claim.machine = in.requiredText(QStringLiteral("machine"));
    claim.process = in.requiredText(QStringLiteral("process"));
    claim.session = in.requiredText(QStringLiteral("session"));
    return claim;
}
// The PowerShell an admin reads for a change of the lock.
inline QString updateCommand(const QString &value)
{
    return QStringLiteral("$farm = Get-SPFarm; $farm.Properties[%1] = %2; $farm.Update()")
        .arg(farm_op::quote(propertyKey), value);
}
} // namespace farm_lock

struct FarmLockAnswer {
    bool acquired = false;
    // Taken over from a holder that had gone (stale, or this session's killed run): `previous`.
    bool tookOver = false;
    FarmLockHolder holder; // acquired: this run; not acquired: who holds it
    FarmLockHolder previous;
};

struct AcquireFarmLockOp : FarmOpDefaults {
    static constexpr QStringView name = u"farmLock.acquire";
    struct Args {
        FarmLockClaim claim;
        QString staleAfterSeconds; // decimal, at least 60
    };
    using Result = FarmLockAnswer;
    static QJsonObject writeArgs(const Args &args)
    {
        QJsonObject json = farm_lock::claimJson(args.claim);
        json.insert(QStringLiteral("staleAfterSeconds"), args.staleAfterSeconds);
        return json;
    }
    static Args readArgs(farm_op::ArgReader &in)
    {
        Args args;
        args.claim = farm_lock::readClaim(in);
        args.staleAfterSeconds = in.requiredText(QStringLiteral("staleAfterSeconds"));
        return args;
    }
    static QString command(const Args &args)
    {
        return farm_lock::updateCommand(
            QStringLiteral("'{\"machine\":%1,\"process\":%2,\"session\":%3,...}' # when free or stale "
                           "(%4 s)")
                .arg(farm_op::quote(args.claim.machine), args.claim.process,
                     farm_op::quote(args.claim.session), args.staleAfterSeconds));
    }
    static Result readResult(const QJsonValue &json)
    {
        return {json[u"acquired"].toBool(), json[u"tookOver"].toBool(),
                FarmLockHolder::fromJson(json[u"holder"]), FarmLockHolder::fromJson(json[u"previous"])};
    }
    static QJsonValue writeResult(const Result &result)
    {
        QJsonObject json{{QStringLiteral("acquired"), result.acquired},
                         {QStringLiteral("tookOver"), result.tookOver},
                         {QStringLiteral("holder"), result.holder.toJson()}};
        if (result.tookOver)
            json.insert(QStringLiteral("previous"), result.previous.toJson());
        return json;
    }
    static QString describe(const Result &result)
    {
        return QStringLiteral("Acquired : %1\nHolder   : %2 on %3 (process %4, session %5) since %6")
            .arg(result.acquired ? QStringLiteral("True") : QStringLiteral("False"), result.holder.owner,
                 result.holder.machine, result.holder.process, result.holder.session, result.holder.since);
    }
};

// Only the holder renews: farm.lock-lost when another holds it now (or nobody).
struct RenewFarmLockOp : FarmOpDefaults {
    static constexpr QStringView name = u"farmLock.renew";
    struct Args {
        FarmLockClaim claim;
    };
    using Result = FarmLockHolder;
    static QJsonObject writeArgs(const Args &args) { return farm_lock::claimJson(args.claim); }
    static Args readArgs(farm_op::ArgReader &in) { return {farm_lock::readClaim(in)}; }
    static QString command(const Args &)
    {
        return farm_lock::updateCommand(QStringLiteral("'{...,\"renewed\":now}'"));
    }
    static Result readResult(const QJsonValue &json) { return FarmLockHolder::fromJson(json); }
    static QJsonValue writeResult(const Result &result) { return result.toJson(); }
    static QString describe(const Result &result)
    {
        return QStringLiteral("Renewed : %1").arg(result.renewed);
    }
};

// Only the holder releases: farm.lock-not-holder when another holds it; false when nobody did.
struct ReleaseFarmLockOp : FarmOpDefaults {
    static constexpr QStringView name = u"farmLock.release";
    struct Args {
        FarmLockClaim claim;
    };
    using Result = bool;
    static QJsonObject writeArgs(const Args &args) { return farm_lock::claimJson(args.claim); }
    static Args readArgs(farm_op::ArgReader &in) { return {farm_lock::readClaim(in)}; }
    static QString command(const Args &)
    {
        return QStringLiteral("$farm = Get-SPFarm; $farm.Properties.Remove(%1); $farm.Update()")
            .arg(farm_op::quote(farm_lock::propertyKey));
    }
};

using FarmLockOps = FarmOpList<AcquireFarmLockOp, RenewFarmLockOp, ReleaseFarmLockOp>;

} // namespace s2s
