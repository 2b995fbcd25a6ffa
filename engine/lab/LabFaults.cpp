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

LabFault takeLabFault(const QString &faultsFile, const QString &op, const QString &server)
{
    // Read on every request, so a test can add faults while the host runs.
    if (!QFileInfo::exists(faultsFile))
        return {};
    const Result<QJsonObject> read = readJsonObject(faultsFile);
    if (!read) {
        // A broken faults.json must never take the host down: it is a test aid, not farm state.
        logProblem(read.error().message + u' ' + read.error().detail);
        return {};
    }
    QJsonObject faults = read.value();
    QJsonArray farm = faults.value(u"farm").toArray();
    for (qsizetype i = 0; i < farm.size(); ++i) {
        QJsonObject entry = farm.at(i).toObject();
        if (!matches(entry, op, server))
            continue;
        const LabFault::Action action = parseAction(entry.value(u"action").toString());
        if (action == LabFault::Action::None) {
            logProblem(u"unknown action \"%1\" ignored."_s.arg(entry.value(u"action").toString()));
            continue;
        }
        if (entry.contains(u"times")) {
            const int times = entry.value(u"times").toInt();
            if (times <= 0)
                continue; // spent
            entry.insert(u"times"_s, times - 1);
            farm.replace(i, entry);
            faults.insert(u"farm"_s, farm);
            // Written before the fault fires: a crash right after must not fire again on the
            // restarted host. A countdown we cannot store is skipped rather than repeated forever.
            const Status written = writeJsonObject(faultsFile, faults);
            if (!written) {
                logProblem(written.error().message);
                return {};
            }
        }
        LabFault fault;
        fault.action = action;
        fault.ms = std::max(0, entry.value(u"ms").toInt());
        fault.message = entry.value(u"message").toString();
        return fault;
    }
    return {};
}

} // namespace s2s::lab
