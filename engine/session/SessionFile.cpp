#include "SessionFile.h"

#include <QCoreApplication>

#include "core/JsonFile.h"

#include <QJsonDocument>

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QUuid>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSession, "engine.session")

namespace s2s {

Result<std::unique_ptr<Session>> readSessionFile(const QString &path)
{
    const auto json = readJsonObject(path);
    if (!json)
        return json.error();
    auto session = Session::fromJson(*json);
    if (!session) {
        Error error = session.error();
        error.detail = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
        return error;
    }
    return session;
}

SessionFile::SessionFile(const QString &path, std::unique_ptr<QLockFile> lock)
    : m_path(path)
    , m_lock(std::move(lock))
{}

// A save that failed is tried once more on closing: the last change before exit is not lost to a
// file that was held for a moment.
SessionFile::~SessionFile()
{
    if (m_session && m_lastSaveError)
        (void)save();
}

Result<std::unique_ptr<SessionFile>> SessionFile::open(const QString &path,
                                                       std::shared_ptr<SessionWriter> writer)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Error{u"session.folder"_s,
                     QCoreApplication::translate("Session", "Cannot create the session folder "
                                                            "%1.")
                         .arg(info.absolutePath()),
                     {},
                     QCoreApplication::translate("Session", "Choose a writable location.")};
    auto lock = std::make_unique<QLockFile>(info.absoluteFilePath() + u".lock"_s);
    lock->setStaleLockTime(0); // a lock is stale only when its process is gone
    if (!lock->tryLock(100)) {
        qint64 pid = 0;
        QString host, app;
        lock->getLockInfo(&pid, &host, &app);
        return Error{u"session.locked"_s,
                     QCoreApplication::translate("Session", "The session %1 is open in another "
                                                            "wizard (process %2 on %3).")
                         .arg(path, QString::number(pid), host),
                     {},
                     QCoreApplication::translate("Session", "Close the other wizard first, or "
                                                            "start a new setup.")};
    }
    std::unique_ptr<SessionFile> file(new SessionFile(info.absoluteFilePath(), std::move(lock)));
    file->m_writer = writer ? std::move(writer) : std::make_shared<SaveFileSessionWriter>();
    if (info.exists()) {
        auto loaded = readSessionFile(path);
        if (!loaded)
            return loaded.error();
        file->m_session = std::move(loaded.value());
        file->m_isNew = false;
    } else {
        file->m_session = std::make_unique<Session>();
    }
    SessionFile *raw = file.get();
    QObject::connect(raw->m_session.get(), &Session::changed, raw->m_session.get(),
                     [raw] { (void)raw->save(); }); // failures: the save status handler
    return file;
}

Status SessionFile::save()
{
    const bool failedBefore = m_lastSaveError.has_value();
    const QByteArray bytes = QJsonDocument(m_session->toJson()).toJson(QJsonDocument::Indented);
    Status saved = writeSessionBytes(*m_writer, m_path, bytes, m_retry);
    if (saved) {
        m_lastSaveError.reset();
    } else {
        m_lastSaveError = saved.error();
        qCWarning(lcSession).noquote() << saved.error().toText();
    }
    if (m_saveStatus && (failedBefore || !saved))
        m_saveStatus();
    return saved;
}

QString SessionFile::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/sessions"_s;
}

QString SessionFile::newSessionPath()
{
    // The time for the admin, a random part so two wizards started in one second never share.
    const QString random = QUuid::createUuid().toString(QUuid::Id128).left(8);
    return defaultFolder() + u"/session-"_s + QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s) +
           u"-"_s + random + u".json"_s;
}

QStringList SessionFile::listSessions(const QString &folder)
{
    QStringList paths;
    const QFileInfoList files = QDir(folder).entryInfoList({u"*.json"_s}, QDir::Files, QDir::Time);
    for (const QFileInfo &info : files)
        paths.append(info.absoluteFilePath());
    return paths;
}

} // namespace s2s
