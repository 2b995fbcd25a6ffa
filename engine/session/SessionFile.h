#pragma once

#include <QLockFile>
#include <QObject>
#include <QString>
#include <QThread>
#include <QThreadPool>

#include <functional>
#include <memory>

#include "core/Error.h"
#include "session/Session.h"
#include "session/SessionRead.h"
#include "session/SessionWriter.h"

namespace s2s {

struct SessionWrite;

// Owns one session: its state file "<stem>.json" and its transcript "<stem>.transcript.jsonl"
// (session/TranscriptLines). Holds the lock for as long as it lives, so that two wizard instances
// can never write the same session. Every change is saved, off the UI thread: the changes of one
// event-loop pass are coalesced into one write of the small state file (atomic) and one append of
// the new transcript lines, so a change costs the same however long the transcript has grown.
class SessionFile {
public:
    // Locks `path`, then loads it if it exists or starts a new session. A session file that does
    // not meet the rules (session/SessionRules) is refused and left as it was. A schema 1 file (the
    // transcript inside) is converted once, the original kept as "<file>.schema1"; a torn last
    // transcript record (a crash during its write) is cut off and a note says so. `writer`: where
    // saves go (empty: QSaveFile and appends).
    static Result<std::unique_ptr<SessionFile>> open(const QString &path,
                                                     std::shared_ptr<SessionWriter> writer = {});
    // open() in three parts, for a front end that loads a long session off its UI thread: lock()
    // here, load() on any thread (the session then belongs to `sessionThread`), then watch() on
    // `sessionThread`, from where every change is saved.
    static Result<std::unique_ptr<SessionFile>> lock(const QString &path,
                                                     std::shared_ptr<SessionWriter> writer = {});
    Status load(QThread *sessionThread);
    void watch();
    // Waits for the write in flight and saves what is left.
    ~SessionFile();
    SessionFile(const SessionFile &) = delete;
    SessionFile &operator=(const SessionFile &) = delete;

    Session &session() { return *m_session; }
    QString path() const { return m_path; }
    QString transcriptPath() const;
    bool isNew() const { return m_isNew; }
    // Last save error; the wizard shows it inline and keeps the previous file intact.
    const std::optional<Error> &lastSaveError() const { return m_lastSaveError; }

    // Writes the whole state and any transcript lines not yet written now, on this thread, after
    // the write in flight (closing, a headless run's end), trying again a few times (a file
    // another process holds for a moment); on failure the previous file stays intact, the session
    // stays in memory and the next change (or closing) saves it again.
    Status save();
    // Waits for the write in flight, then writes what changed since, if anything, on this thread.
    Status waitForWrites();
    void setWriteRetry(SessionWriteRetry retry) { m_retry = std::move(retry); }
    // Called when a save fails, and when one succeeds after a failure (the wizard shows it).
    void setSaveStatusHandler(std::function<void()> handler) { m_saveStatus = std::move(handler); }

    // Sessions in the app-data folder, newest first.
    static QString defaultFolder();
    static QString newSessionPath();
    static QStringList listSessions(const QString &folder);

private:
    SessionFile(const QString &path, std::unique_ptr<QLockFile> lock);
    Status loadFiles();
    void scheduleWrite();
    SessionWrite takeWrite();
    void startWrite();
    void finishWrite();
    Status applyResult(SessionWrite &write);

    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<Session> m_session;
    std::shared_ptr<SessionWriter> m_writer;
    SessionWriteRetry m_retry;
    bool m_isNew = true;
    bool m_cutTornTail = false; // load() cut off a torn last transcript record
    std::optional<Error> m_lastSaveError;
    std::function<void()> m_saveStatus;

    bool m_stateChanged = false;
    QByteArray m_unwrittenLines;
    bool m_writeScheduled = false;
    std::shared_ptr<SessionWrite> m_inFlight;
    QObject m_context;          // queued calls die with the file
    QThreadPool m_writerThread; // one thread: writes stay in order
};

} // namespace s2s
