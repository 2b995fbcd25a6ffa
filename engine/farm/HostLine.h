#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include "core/Error.h"

namespace s2s {

// One line the farm host wrote on stdout, decoded (DESIGN.md, "Farm backend"): a pure function of
// the line, so that HostTransport only decides what the line means for the call in flight (and
// the fuzzer can feed it anything).
struct HostLine {
    enum class Kind {
        Stray,      // not a protocol message (Write-Host, uncaptured pipeline output): see `fault`
        Ready,      // the host's ready announcement
        FatalReady, // the host cannot serve at all (Constrained Language Mode): `answer` says why
        Event,      // verbose, warning or progress of the running operation
        Answer,     // the answer to a request: `answer` is its result or its error
    };
    Kind kind = Kind::Stray;
    // Why the line is not a protocol message (invalid UTF-8, not JSON, an unknown event, ...):
    // empty for Ready, FatalReady, Event and Answer. The transport fails the call in flight.
    QString fault;
    QJsonObject message;
    // The request it answers (0 when absent or not a number).
    qint64 id = 0;
    // The host's answer to a request line it could not read: it carries no usable id; one
    // request is in flight at a time, so it is that one's.
    bool unreadRequest = false;
    QString event;
    QString text;
    Result<QJsonValue> answer;
};

HostLine decodeHostLine(const QByteArray &line);

} // namespace s2s
