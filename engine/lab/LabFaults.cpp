#include "LabFaults.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>

#include "core/JsonFile.h"

using namespace Qt::StringLiterals;

namespace s2s::lab {
namespace {

// stderr, not stdout: stdout carries the protocol, and the transport logs the host's stderr.
void logProblem(const QString &text)
{
    std::fprintf(stderr, "faults.json: %s\n", text.toUtf8().constData());
    std::fflush(stderr);
}

LabFault::Action parseAction(const QString &name)
{
    if (name == u"crash")
        return LabFault::Action::Crash;
    if (name == u"hang")
        return LabFault::Action::Hang;
    if (name == u"fail")
        return LabFault::Action::Fail;
    if (name == u"garbage")
        return LabFault::Action::Garbage;
    if (name == u"delay")
        return LabFault::Action::Delay;
    return LabFault::Action::None;
}

bool matches(const QJsonObject &entry, const QString &op, const QString &server)
{
    const QString wantedOp = entry.value(u"op").toString();
    if (!wantedOp.isEmpty() && wantedOp != u"*" && wantedOp != op)
        return false;
    const QString wantedServer = entry.value(u"server").toString();
    return wantedServer.isEmpty() || wantedServer.compare(server, Qt::CaseInsensitive) == 0;
}

} // namespace

QString labFaultsFile(const QString &labDir)
{
    return QDir(labDir).filePath(u"faults.json"_s);
}

namespace {

// The first entry of `section` that `accept` takes, whose "times" is not spent and whose "nth"
// (if any) is this request. A matching "times" is counted down, and "nth" counted up, and written
// back before this returns, so the caller may crash right after and the fault still fires only as
// often as asked, across restarts.
std::optional<QJsonObject> takeEntry(const QString &faultsFile, const QString &section,
                                     const std::function<bool(const QJsonObject &)> &accept)
{
    // Read on every request, so a test can add faults while the host runs.
    if (!QFileInfo::exists(faultsFile))
        return std::nullopt;
    const Result<QJsonObject> read = readJsonObject(faultsFile);
    if (!read) {
        // A broken faults.json must never take the host down: it is a test aid, not lab state.
        logProblem(read.error().message + u' ' + read.error().detail);
        return std::nullopt;
    }
    QJsonObject faults = read.value();
    QJsonArray entries = faults.value(section).toArray();
    std::optional<QJsonObject> fired;
    bool counted = false;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        QJsonObject entry = entries.at(i).toObject();
        if (!accept(entry))
            continue;
        if (entry.contains(u"nth")) {
            // Fires on the nth matching request only. Every such entry counts every matching
            // request ("seen", stored like "times"), whichever entry fires on it.
            const int nth = entry.value(u"nth").toInt();
            const int seen = entry.value(u"seen").toInt();
            if (seen >= nth)
                continue; // fired already
            entry.insert(u"seen"_s, seen + 1);
            entries.replace(i, entry);
            counted = true;
            if (seen + 1 < nth || fired)
                continue;
        } else if (fired) {
            continue;
        }
        if (entry.contains(u"times")) {
            const int times = entry.value(u"times").toInt();
            if (times <= 0)
                continue; // spent
            entry.insert(u"times"_s, times - 1);
            entries.replace(i, entry);
            counted = true;
        }
        fired = entry;
    }
    if (counted) {
        faults.insert(section, entries);
        // A countdown we cannot store is skipped rather than repeated forever.
        if (const Status written = writeJsonObject(faultsFile, faults); !written) {
            logProblem(written.error().message);
            return std::nullopt;
        }
    }
    return fired;
}

} // namespace

LabFault takeLabFault(const QString &faultsFile, const QString &op, const QString &server)
{
    const auto entry = takeEntry(faultsFile, u"farm"_s, [&](const QJsonObject &candidate) {
        if (!matches(candidate, op, server))
            return false;
        if (parseAction(candidate.value(u"action").toString()) != LabFault::Action::None)
            return true;
        logProblem(u"unknown action \"%1\" ignored."_s.arg(candidate.value(u"action").toString()));
        return false;
    });
    if (!entry)
        return {};
    LabFault fault;
    fault.action = parseAction(entry->value(u"action").toString());
    fault.ms = std::max(0, entry->value(u"ms").toInt());
    fault.message = entry->value(u"message").toString();
    return fault;
}

// A "tenant" entry applies to requests of its method (any when absent) below its path prefix.
static bool matchesRequest(const QJsonObject &entry, const QString &method, const QString &path)
{
    const QString wantedMethod = entry.value(u"method").toString();
    return (wantedMethod.isEmpty() || wantedMethod.compare(method, Qt::CaseInsensitive) == 0) &&
           path.startsWith(entry.value(u"path").toString(), Qt::CaseInsensitive);
}

LabTenantFault takeLabTenantFault(const QString &faultsFile, const QString &method, const QString &path)
{
    const auto entry = takeEntry(faultsFile, u"tenant"_s, [&](const QJsonObject &candidate) {
        return matchesRequest(candidate, method, path) && candidate.value(u"status").toInt() > 0;
    });
    if (!entry)
        return {};
    return {entry->value(u"status").toInt(), std::max(0, entry->value(u"retryAfter").toInt()),
            entry->value(u"code").toString(), entry->value(u"message").toString(),
            entry->value(u"aadsts").toInt()};
}

std::optional<LabConcurrentWrite> takeLabConcurrentWrite(const QString &faultsFile, const QString &method,
                                                         const QString &path)
{
    const auto entry = takeEntry(faultsFile, u"tenant"_s, [&](const QJsonObject &candidate) {
        return matchesRequest(candidate, method, path) && candidate.value(u"concurrentWrite").isObject();
    });
    if (!entry)
        return std::nullopt;
    return LabConcurrentWrite{entry->value(u"concurrentWrite").toObject(),
                              entry->value(u"when").toString() == u"after"};
}

LabTenantLifetimes labTenantLifetimes(const QString &faultsFile)
{
    LabTenantLifetimes lifetimes;
    if (!QFileInfo::exists(faultsFile))
        return lifetimes;
    const Result<QJsonObject> read = readJsonObject(faultsFile);
    if (!read)
        return lifetimes;
    const QJsonObject set = read->value(u"tenantLifetimes").toObject();
    if (const int seconds = set.value(u"accessTokenSeconds").toInt(); seconds > 0)
        lifetimes.accessToken = std::chrono::seconds(seconds);
    if (const int seconds = set.value(u"deviceCodeSeconds").toInt(); seconds > 0)
        lifetimes.deviceCode = std::chrono::seconds(seconds);
    if (const int seconds = set.value(u"deviceCodeIntervalSeconds").toInt(); seconds > 0)
        lifetimes.deviceCodeInterval = std::chrono::seconds(seconds);
    return lifetimes;
}

} // namespace s2s::lab
