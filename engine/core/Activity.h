#pragma once

#include <QString>

#include "core/TranscriptKind.h"

namespace s2s {

// What is happening right now while a step runs, for live display: commands starting and
// finishing (per server), the farm host starting, and the records a running operation streams.
// Unlike the transcript, nothing here is kept.
struct Activity {
    enum class Kind {
        HostStarting, // the farm host process is starting (loading the SharePoint snap-in)
        HostReady,    // it announced itself ready
        CommandStarted,
        CommandFinished,
        Verbose,  // Write-Verbose of the running operation
        Warning,  // Write-Warning of the running operation
        Progress, // Write-Progress of the running operation
    };
    Kind kind = Kind::Progress;
    TranscriptKind source = TranscriptKind::Farm;
    QString server; // the farm server it concerns, empty for farm-wide and tenant commands
    QString text;   // the command, or the message
    bool ok = true; // CommandFinished: whether it succeeded
    qint64 durationMs = 0;
};

// One line for a progress label ("[SP-WFE1] Test-WSMan -ComputerName SP-WFE1").
QString describe(const Activity &activity);

} // namespace s2s
