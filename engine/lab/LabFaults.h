#pragma once

#include <QJsonObject>
#include <QString>

#include <chrono>
#include <functional>
#include <optional>

namespace s2s::lab {

// Fault injection for the lab host (issue 3): a `faults.json` in the lab folder such as
//   {"farm":[{"op":"<wire name, FarmOps.h>","action":"crash","times":1},
//            {"op":"*","server":"SP-APP1","action":"delay","ms":2000}]}
// makes the host misbehave the way a Windows PowerShell host can, so the transport's supervision
// (timeouts, crash recovery, stray output, error records) is tested against the real lab host.
struct LabFault {
    enum class Action {
        None,
        Crash,
        Hang,
        Fail,
        Garbage,
        Delay
    };
    Action action = Action::None;
    int ms = 0;      // Delay: how long to wait before answering
    QString message; // Fail: the error record's message (a default when empty)
};

// <labDir>/faults.json
QString labFaultsFile(const QString &labDir);

// The fault for one request: the first entry of "farm" whose "op" (missing or "*": any) and
// optional "server" (case-insensitive) match and whose "times" is not spent (missing: always).
// A matching "times" is counted down and written back before this returns, so the caller may
// crash right after and the fault still fires only as often as asked, across host restarts.
// A missing file is no fault; an unreadable or malformed one is logged to stderr and ignored.
LabFault takeLabFault(const QString &faultsFile, const QString &op, const QString &server);

// Fault injection for the lab tenant server (issue 4), from the same file:
//   {"tenant":[{"path":"/v1.0/servicePrincipals","method":"PATCH","status":429,"retryAfter":2,
//               "times":1}],
//    "tenantLifetimes":{"accessTokenSeconds":5,"deviceCodeSeconds":3,"deviceCodeIntervalSeconds":2}}
// "path" is a case-insensitive prefix of the request path, "method" optional (any), "nth" (fire on
// the nth matching request only) optional. "status" 429,
// 503 or 504 answer with Retry-After: `retryAfter` seconds; 401 expires the presented access token
// (the client must refresh); 403 denies the request.
// With "code" (and optionally "message") a Graph route answers that Graph error instead, e.g.
// {"status":400,"code":"Request_MultipleObjectsWithSameKeyValue"}, for errors whose cause the
// lab does not model. On a sign-in route "code" is the OAuth error and "aadsts" its AADSTS number,
// e.g. {"path":"/organizations/oauth2/v2.0/token","status":400,"code":"invalid_grant",
// "aadsts":53003} for a sign-in Conditional Access blocks.
struct LabTenantFault {
    int status = 0; // 0: no fault
    int retryAfterSeconds = 0;
    QString code;
    QString message;
    int aadsts = 0;
};

// The first matching "tenant" entry whose "times" is not spent; counted down like takeLabFault.
LabTenantFault takeLabTenantFault(const QString &faultsFile, const QString &method, const QString &path);

// A second writer's change to tenant.json, made while the lab tenant serves a chosen request, so
// a test can race the wizard's read / PATCH / read-back (issue 12):
//   {"tenant":[{"path":"/v1.0/servicePrincipals(appId='00000003-0000-0ff1-ce00-000000000000')",
//               "method":"GET","nth":2,"when":"before",
//               "concurrentWrite":{"addSpn":"00000003-0000-0ff1-ce00-000000000000/*.fabrikam.com"}}]}
// "when": "before" (default) changes tenant.json before the request is answered, so the answer
// shows the change; "after" changes it once the answer is made, as a writer right after that
// read. "nth" (any entry of "tenant"): fire on the nth matching request only ("seen" counts them
// in the file); "times" as for faults. The change (see LabConcurrentWriter.h): addSpn, removeSpn,
// addKey (a new certificate of that common name), removeKey (a thumbprint), stripKey (a
// thumbprint: the key stays but is stored without its value), on "appId" (default: SharePoint
// Online's principal).
struct LabConcurrentWrite {
    QJsonObject change;
    bool afterAnswer = false;
};
std::optional<LabConcurrentWrite> takeLabConcurrentWrite(const QString &faultsFile, const QString &method,
                                                         const QString &path);

// How long what the lab tenant issues lives: Entra's defaults unless "tenantLifetimes" says less,
// so a test can watch an access token or a device code expire.
struct LabTenantLifetimes {
    std::chrono::seconds accessToken{3600};
    std::chrono::seconds deviceCode{900};
    // Entra asks for 5 s between device-code polls; the lab approves at once, so 1 s is enough.
    std::chrono::seconds deviceCodeInterval{1};
};
LabTenantLifetimes labTenantLifetimes(const QString &faultsFile);

} // namespace s2s::lab
