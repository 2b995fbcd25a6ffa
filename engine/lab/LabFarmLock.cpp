// The lab farm's lock operations (farmLock.*), on farm.json "properties" as SPFarm.Properties:
// the same decisions as FarmHost.ps1's Invoke-S2SFarmLock* (tst_labfarms compares them).
#include <QJsonDocument>
#include <QRegularExpression>

#include <optional>

#include "farm/FarmOps.h"
#include "lab/LabFarmAnswers.h"
#include "lab/LabFarmLock.h"

#ifdef Q_OS_UNIX
#include <cerrno>

#include <signal.h>
#else
#include <qt_windows.h>
#endif

using namespace Qt::StringLiterals;

namespace s2s::lab {
namespace {

// Whether process `id` runs on this machine.
bool processRuns(const QString &id)
{
    bool ok = false;
    const qint64 pid = id.toLongLong(&ok);
    if (!ok || pid <= 0)
        return false;
#ifdef Q_OS_UNIX
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
#else
    HANDLE process = ::OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, static_cast<DWORD>(pid));
    if (!process)
        return ::GetLastError() == ERROR_ACCESS_DENIED;
    DWORD code = 0;
    const bool running = ::GetExitCodeProcess(process, &code) && code == STILL_ACTIVE;
    ::CloseHandle(process);
    return running;
#endif
}

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

FarmLockHolder holderIn(const LabFarm &farm)
{
    const QString text = farm.properties.value(farm_lock::propertyKey).toString();
    return FarmLockHolder::fromJson(QJsonDocument::fromJson(text.toUtf8()).object());
}

void store(LabFarm &farm, const FarmLockHolder &holder)
{
    if (holder.isEmpty())
        farm.properties.remove(farm_lock::propertyKey);
    else
        farm.properties.insert(
            farm_lock::propertyKey,
            QString::fromUtf8(QJsonDocument(holder.toJson()).toJson(QJsonDocument::Compact)));
    ++farm.farmVersion; // SPFarm.Update()
}

Result<int> staleSeconds(const QString &text)
{
    bool ok = false;
    const int seconds = text.toInt(&ok);
    if (!ok || seconds < 60)
        return farmError(u"farm.argument"_s,
                         u"The argument \"staleAfterSeconds\" is not a number of seconds of at least 60."_s);
    return seconds;
}

// As FarmHost.ps1's Get-S2SLockClaim: the process is a decimal id.
std::optional<Error> badClaim(const FarmLockClaim &claim)
{
    static const QRegularExpression digits(u"^[0-9]{1,10}$"_s);
    if (digits.match(claim.process).hasMatch())
        return std::nullopt;
    return farmError(u"farm.argument"_s, u"The argument \"process\" is not a process id."_s);
}

Error notHolder(const QString &code, const FarmLockHolder &holder, const QString &what)
{
    const QString by = holder.isEmpty() ? u"nobody holds it"_s
                                        : u"it is held by %1 on %2 (process %3, session %4)"_s.arg(
                                              holder.owner, holder.machine, holder.process, holder.session);
    return farmError(code, u"The farm lock cannot be %1 by this run: %2."_s.arg(what, by));
}

Result<FarmLockAnswer> acquire(const LabFarmContext &lab, const AcquireFarmLockOp::Args &args)
{
    if (const auto bad = badClaim(args.claim))
        return *bad;
    const auto stale = staleSeconds(args.staleAfterSeconds);
    if (!stale)
        return stale.error();
    return lab.model.mutate([&](LabFarm &farm) -> Result<FarmLockAnswer> {
        const FarmLockHolder holder = holderIn(farm);
        const LockVerdict verdict = lockVerdict(holder, args.claim, *stale, QDateTime::currentDateTimeUtc());
        FarmLockAnswer answer;
        if (verdict == LockVerdict::Held) {
            answer.holder = holder;
            return answer;
        }
        const QString now = nowText();
        answer.acquired = true;
        answer.tookOver = verdict == LockVerdict::Stale || verdict == LockVerdict::Abandoned;
        if (answer.tookOver)
            answer.previous = holder;
        answer.holder = {farm.account.name,
                         args.claim.machine,
                         args.claim.process,
                         args.claim.session,
                         verdict == LockVerdict::Mine ? holder.since : now,
                         now};
        store(farm, answer.holder);
        return answer;
    });
}

Result<FarmLockHolder> renew(const LabFarmContext &lab, const RenewFarmLockOp::Args &args)
{
    if (const auto bad = badClaim(args.claim))
        return *bad;
    return lab.model.mutate([&](LabFarm &farm) -> Result<FarmLockHolder> {
        FarmLockHolder holder = holderIn(farm);
        if (!isHolder(holder, args.claim))
            return notHolder(u"farm.lock-lost"_s, holder, u"renewed"_s);
        holder.renewed = nowText();
        store(farm, holder);
        return holder;
    });
}

Result<bool> release(const LabFarmContext &lab, const ReleaseFarmLockOp::Args &args)
{
    if (const auto bad = badClaim(args.claim))
        return *bad;
    return lab.model.mutate([&](LabFarm &farm) -> Result<bool> {
        const FarmLockHolder holder = holderIn(farm);
        if (holder.isEmpty())
            return false; // nothing to write: mutate leaves farm.json as it is
        if (!isHolder(holder, args.claim))
            return notHolder(u"farm.lock-not-holder"_s, holder, u"released"_s);
        store(farm, {});
        return true;
    });
}

} // namespace

bool isHolder(const FarmLockHolder &holder, const FarmLockClaim &claim)
{
    return !holder.isEmpty() && holder.machine.compare(claim.machine, Qt::CaseInsensitive) == 0 &&
           holder.process == claim.process && holder.session == claim.session;
}

LockVerdict lockVerdict(const FarmLockHolder &holder, const FarmLockClaim &claim, int staleSeconds,
                        const QDateTime &now)
{
    if (holder.isEmpty())
        return LockVerdict::Free;
    if (isHolder(holder, claim))
        return LockVerdict::Mine;
    const QDateTime renewed = QDateTime::fromString(holder.renewed, Qt::ISODate);
    if (!renewed.isValid() || renewed.secsTo(now) > staleSeconds)
        return LockVerdict::Stale;
    if (holder.machine.compare(claim.machine, Qt::CaseInsensitive) == 0 && holder.session == claim.session &&
        !processRuns(holder.process))
        return LockVerdict::Abandoned;
    return LockVerdict::Held;
}

Status holdLabFarmLock(const LabFolder &folder, FarmLockHolder holder)
{
    const QString now = nowText();
    if (holder.since.isEmpty())
        holder.since = now;
    if (holder.renewed.isEmpty())
        holder.renewed = now;
    return LabFarmModel(folder).mutate([&holder](LabFarm &farm) -> Status {
        store(farm, holder);
        return success();
    });
}

Result<FarmLockHolder> labFarmLockHolder(const LabFolder &folder)
{
    const auto farm = LabFarmModel(folder).read();
    if (!farm)
        return farm.error();
    return holderIn(*farm);
}

void addFarmLockOperations(LabOperations &table)
{
    addLabOperation<AcquireFarmLockOp>(table, acquire);
    addLabOperation<RenewFarmLockOp>(table, renew);
    addLabOperation<ReleaseFarmLockOp>(table, release);
}

} // namespace s2s::lab
