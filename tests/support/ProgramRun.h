#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace s2s::test {

// One run of a program to its end, as a script sees it.
struct ProgramRun {
    int exitCode = -1; // -1: did not finish in time
    QString out;
    QString err;

    // For a failure message, whose length Qt Test cuts at about 1000 characters: the exit code,
    // then the end of stderr (where an error or a sanitizer report is), then the end of stdout.
    QString summary() const;
};

// Runs `program` in the system environment with `environment` applied (an empty value removes
// the variable) and waits up to `timeoutMs` for it to end.
ProgramRun runProgram(const QString &program, const QStringList &arguments,
                      const QHash<QString, QString> &environment, int timeoutMs = 120000);

} // namespace s2s::test
