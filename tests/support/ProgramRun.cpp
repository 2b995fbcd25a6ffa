#include "ProgramRun.h"

#include <QProcess>

namespace s2s::test {

QString ProgramRun::summary() const
{
    constexpr qsizetype tail = 420;
    const auto ending = [](const QString &text) {
        return text.size() > tail ? QStringLiteral("…") + text.right(tail) : text;
    };
    return QStringLiteral("exit %1; stderr: %2; stdout: %3").arg(exitCode).arg(ending(err), ending(out));
}

ProgramRun runProgram(const QString &program, const QStringList &arguments,
                      const QHash<QString, QString> &environment, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment changed = QProcessEnvironment::systemEnvironment();
    for (auto it = environment.cbegin(); it != environment.cend(); ++it) {
        if (it.value().isEmpty())
            changed.remove(it.key());
        else
            changed.insert(it.key(), it.value());
    }
    process.setProcessEnvironment(changed);
    process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace s2s::test
