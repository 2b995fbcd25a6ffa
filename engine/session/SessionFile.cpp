#include "SessionFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QUuid>

#include "core/JsonFile.h"
#include "session/TranscriptLines.h"

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSession, "engine.session")

namespace s2s {

// One write: the state (when it changed) and the transcript lines added since the last write,
// and how each went. Made on the UI thread, run on the writer thread, read back on the UI thread.
struct SessionWrite {
    QString statePath;
    QString transcriptPath;
    std::optional<QByteArray> state;
    QByteArray lines;
    Status linesWritten = success();
    Status stateWritten = success();

    void run(SessionWriter &writer, const SessionWriteRetry &retry)
    {
        // The transcript first: a state that says a step ran never comes without its lines.
        if (!lines.isEmpty())
            linesWritten = appendSessionBytes(writer, transcriptPath, lines, retry);
        if (state && linesWritten)
            stateWritten = writeSessionBytes(writer, statePath, *state, retry);
    }
};

namespace {

QByteArray stateBytes(const Session &session)
{
    return QJsonDocument(session.toJson()).toJson(QJsonDocument::Indented);
}

Error sessionError(const QString &code, const QString &message, const QString &remedy)
{
    return Error{code, message, {}, remedy};
}

} // namespace

SessionFile::SessionFile(const QString &path, std::unique_ptr<QLockFile> lock)
    : m_path(path)
    , m_lock(std::move(lock))
{
    m_writerThread.setMaxThreadCount(1);
}

// What is not written yet is written now; a save that failed is tried once more: the last change
// before exit is not lost to a file that was held for a moment.
SessionFile::~SessionFile()
{
    if (!m_session)
        return;
    finishWrite();
    if (m_lastSaveError || m_stateChanged || !m_unwrittenLines.isEmpty())
        (void)save();
}

QString SessionFile::transcriptPath() const
{
    return transcriptPathFor(m_path);
}

Result<std::unique_ptr<SessionFile>> SessionFile::open(const QString &path,
                                                       std::shared_ptr<SessionWriter> writer)
{
    auto file = lock(path, std::move(writer));
    if (!file)
        return file;
    if (const Status loaded = file.value()->load(QThread::currentThread()); !loaded)
        return loaded.error();
    file.value()->watch();
    return file;
}

Result<std::unique_ptr<SessionFile>> SessionFile::lock(const QString &path,
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
    return file;
}

Status SessionFile::load(QThread *sessionThread)
{
    Status loaded = loadFiles();
    if (m_session && m_session->thread() != sessionThread)
        m_session->moveToThread(sessionThread); // pushed from the thread that made it
    return loaded;
}

Status SessionFile::loadFiles()
{
    const QString transcript = transcriptPath();
    if (!QFileInfo::exists(m_path)) {
        // A transcript without its state: the state file was removed or renamed. Starting over
        // would append a new session to another one's record.
        if (QFileInfo::exists(transcript))
            return sessionError(u"session.orphan-transcript"_s,
                                QCoreApplication::translate("Session", "The transcript %1 has no session "
                                                                       "file beside it.")
                                    .arg(QDir::toNativeSeparators(transcript)),
                                QCoreApplication::translate("Session", "Put the session file back, or "
                                                                       "move the transcript away."));
        m_session = std::make_unique<Session>();
        return success();
    }
    const auto json = readJsonObject(m_path);
    if (!json)
        return json.error();
    auto loaded = sessionFromFileJson(m_path, *json);
    if (!loaded)
        return loaded.error();
    m_session = std::move(loaded.value());
    m_isNew = false;
    if (json->value(u"schema").toInt() == Session::transcriptInFileSchema) {
        // Converted once: the transcript moves to its own file, the original stays beside it.
        const QString original = m_path + u".schema1"_s;
        if (!QFile::exists(original) && !QFile::copy(m_path, original))
            return sessionError(u"session.convert"_s,
                                QCoreApplication::translate("Session", "Cannot keep a copy of the "
                                                                       "session file as %1.")
                                    .arg(QDir::toNativeSeparators(original)),
                                QCoreApplication::translate("Session", "Choose a writable location."));
        QByteArray lines;
        for (const TranscriptEntry &entry : m_session->transcript().entries())
            lines += transcriptLine(entry);
        if (Status written = writeSessionBytes(*m_writer, transcript, lines, m_retry); !written)
            return written;
        return writeSessionBytes(*m_writer, m_path, stateBytes(*m_session), m_retry);
    }
    auto read = readTranscriptFile(transcript);
    if (!read)
        return read.error();
    m_session->restoreTranscript(std::move(read.value().transcript));
    if (read->tornTail) {
        // Cut off before anything is appended after it; a note in the transcript says so.
        QFile file(transcript);
        if (!file.resize(read->goodBytes))
            return sessionError(u"session.write"_s,
                                QCoreApplication::translate("Session", "Cannot repair the transcript %1.")
                                    .arg(QDir::toNativeSeparators(transcript)),
                                QCoreApplication::translate("Session", "Check the file's permissions."));
        m_cutTornTail = true;
    }
    return success();
}

void SessionFile::watch()
{
    Q_ASSERT(m_session && m_session->thread() == QThread::currentThread());
    QObject::connect(m_session.get(), &Session::changed, &m_context, [this] {
        m_stateChanged = true;
        scheduleWrite();
    });
    QObject::connect(m_session.get(), &Session::transcriptAppended, &m_context,
                     [this](const TranscriptEntry &entry) {
                         m_unwrittenLines += transcriptLine(entry);
                         scheduleWrite();
                     });
    if (m_cutTornTail)
        m_session->appendTranscript(
            {QDateTime::currentDateTimeUtc(),
             {},
             {},
             TranscriptEntry::Kind::Note,
             QCoreApplication::translate("Session", "The last transcript record was cut short (the "
                                                    "wizard stopped while writing it) and was left out."),
             {},
             true,
             0});
}

// Once per event-loop pass: the changes of one action (a step's state, its report, its lines)
// become one write.
void SessionFile::scheduleWrite()
{
    if (m_writeScheduled)
        return;
    m_writeScheduled = true;
    QMetaObject::invokeMethod(
        &m_context,
        [this] {
            m_writeScheduled = false;
            startWrite();
        },
        Qt::QueuedConnection);
}

SessionWrite SessionFile::takeWrite()
{
    SessionWrite write{m_path, transcriptPath(), {}, std::exchange(m_unwrittenLines, {})};
    if (std::exchange(m_stateChanged, false))
        write.state = stateBytes(*m_session);
    return write;
}

void SessionFile::startWrite()
{
    if (m_inFlight || (!m_stateChanged && m_unwrittenLines.isEmpty()))
        return; // the write in flight starts the next one when it ends
    m_inFlight = std::make_shared<SessionWrite>(takeWrite());
    m_writerThread.start([write = m_inFlight, writer = m_writer, retry = m_retry, this] {
        write->run(*writer, retry);
        QMetaObject::invokeMethod(
            &m_context, [this] { finishWrite(); }, Qt::QueuedConnection);
    });
}

void SessionFile::finishWrite()
{
    if (!m_inFlight)
        return; // finished already (save() waited for it)
    m_writerThread.waitForDone();
    const std::shared_ptr<SessionWrite> write = std::exchange(m_inFlight, {});
    if (applyResult(*write) && (m_stateChanged || !m_unwrittenLines.isEmpty()))
        scheduleWrite();
}

// What did not get written is kept for the next write, before anything newer.
Status SessionFile::applyResult(SessionWrite &write)
{
    const bool failedBefore = m_lastSaveError.has_value();
    if (!write.linesWritten)
        m_unwrittenLines.prepend(write.lines);
    if (write.state && (!write.linesWritten || !write.stateWritten))
        m_stateChanged = true;
    const Status result = !write.linesWritten ? write.linesWritten : write.stateWritten;
    if (result) {
        m_lastSaveError.reset();
    } else {
        m_lastSaveError = result.error();
        qCWarning(lcSession).noquote() << result.error().toText();
    }
    if (m_saveStatus && (failedBefore || !result))
        m_saveStatus();
    return result;
}

Status SessionFile::waitForWrites()
{
    finishWrite();
    if (!m_stateChanged && m_unwrittenLines.isEmpty())
        return m_lastSaveError ? Status(*m_lastSaveError) : success();
    SessionWrite write = takeWrite();
    write.run(*m_writer, m_retry);
    return applyResult(write);
}

Status SessionFile::save()
{
    finishWrite();
    m_stateChanged = true;
    return waitForWrites();
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
