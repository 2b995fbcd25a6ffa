#include "Logging.h"

#include <QDir>
#include <QStandardPaths>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace s2s {
namespace {

// Never destroyed: Qt logs from its own exit-time cleanup (after main returns, among the static
// destructors), and a logger destroyed before that would be used after its end.
std::shared_ptr<spdlog::logger> &logger()
{
    static auto *instance = new std::shared_ptr<spdlog::logger>(); // NOLINT(cppcoreguidelines-owning-memory)
    return *instance;
}

void forward(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const auto &log = logger();
    if (!log)
        return;
    const QString line = QString::fromLatin1(context.category ? context.category : "default") + u": "_s +
                         message;
    const std::string text = line.toStdString();
    switch (type) {
    case QtDebugMsg: log->debug(text); break;
    case QtInfoMsg: log->info(text); break;
    case QtWarningMsg: log->warn(text); break;
    case QtCriticalMsg: log->error(text); break;
    case QtFatalMsg:
        log->critical(text);
        log->flush();
        break;
    }
}

} // namespace

QString logFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/logs"_s;
}

QString installLogging()
{
    const QString folder = logFolder();
    QDir().mkpath(folder);
    const QString path = folder + u"/s2s-wizard.log"_s;
    try {
        logger() = spdlog::rotating_logger_mt("s2s", path.toStdString(), std::size_t{5} * 1024 * 1024, 3);
        logger()->set_level(spdlog::level::debug);
        logger()->flush_on(spdlog::level::info);
        logger()->set_pattern("%Y-%m-%d %H:%M:%S.%e [%l] %v");
    } catch (const spdlog::spdlog_ex &) {
        return {}; // no log file (read-only profile): the wizard still runs
    }
    qInstallMessageHandler(forward);
    return path;
}

} // namespace s2s
