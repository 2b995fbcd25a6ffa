#pragma once

// What bench_s2s measures with: medians, timed runs of the wizard's command line, the first
// window a child maps on the X server (Xvfb), its peak memory, and sessions grown to a size.
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace s2s::bench {

double median(QList<double> values);

struct Timed {
    double ms = 0;
    int exitCode = -1;
    QByteArray output; // stdout and stderr
};
// Runs `program arguments` to its end (at most `timeoutMs`) and times it.
Timed runTimed(const QString &program, const QStringList &arguments, int timeoutMs = 120000);

struct Shown {
    double ms = 0;      // start to the first window mapped
    double peakMiB = 0; // VmHWM once the window has been up for `settleMs`
};
// Starts `program arguments`, waits for its first top-level window to be mapped on $DISPLAY, lets
// it work `settleMs`, reads its peak memory, then ends it. Empty when no window came (no X server,
// or the program failed).
std::optional<Shown> timeToFirstWindow(const QString &program, const QStringList &arguments, int settleMs);

// Appends `entries` transcript entries to the session at `path`, in the format it is in: schema 1
// (inside the state file) or 2 (its .transcript.jsonl).
bool growTranscript(const QString &path, int entries);

QJsonObject readJson(const QString &path);

} // namespace s2s::bench
