#pragma once

#include <QString>

namespace s2s::lab {

// Fault injection for the lab host (issue 3): a `faults.json` in the lab folder such as
//   {"farm":[{"op":"realm.set","action":"crash","times":1},
//            {"op":"*","server":"SP-APP1","action":"delay","ms":2000}]}
// makes the host misbehave the way a Windows PowerShell host can, so the transport's supervision
// (timeouts, crash recovery, stray output, error records) is tested against the real lab host.
struct LabFault {
    enum class Action { None, Crash, Hang, Fail, Garbage, Delay };
    Action action = Action::None;
    int ms = 0;        // Delay: how long to wait before answering
    QString message;   // Fail: the error record's message (a default when empty)
};

// <labDir>/faults.json
QString labFaultsFile(const QString &labDir);

// The fault for one request: the first entry of "farm" whose "op" (missing or "*": any) and
// optional "server" (case-insensitive) match and whose "times" is not spent (missing: always).
// A matching "times" is counted down and written back before this returns, so the caller may
// crash right after and the fault still fires only as often as asked, across host restarts.
// A missing file is no fault; an unreadable or malformed one is logged to stderr and ignored.
LabFault takeLabFault(const QString &faultsFile, const QString &op, const QString &server);

} // namespace s2s::lab
