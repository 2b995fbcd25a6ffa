#pragma once

#include <QLockFile>
#include <QString>

#include <functional>
#include <memory>

#include "core/Error.h"
#include "session/Session.h"
#include "session/SessionWriter.h"

namespace s2s {

// Owns one session file: holds its lock for as long as it lives, so that two wizard instances can
// never write the same session, and writes it atomically (QSaveFile) after every change.
class SessionFile {
public:
    // Locks `path`, then loads it if it exists or starts a new session. A session file that does
    // not meet the rules (session/SessionRules) is refused and left as it was. `writer`: where saves
    // go (empty: QSaveFile).
    static Result<std::unique_ptr<SessionFile>> open(const QString &path,
                                                     std::shared_ptr<SessionWriter> writer = {});
    ~SessionFile();

    Session &session() { return *m_session; }
    QString path() const { return m_path; }
    bool isNew() const { return m_isNew; }
    // Last save error; the wizard shows it inline and keeps the previous file intact.
    const std::optional<Error> &lastSaveError() const { return m_lastSaveError; }

    // Writes the session atomically through the writer, trying again a few times (a file another
    // process holds for a moment); on failure the previous file stays intact, the session stays
    // in memory and the next change (or closing) saves it again.
    Status save();
    void setWriteRetry(SessionWriteRetry retry) { m_retry = std::move(retry); }
    // Called when a save fails, and when one succeeds after a failure (the wizard shows it).
    void setSaveStatusHandler(std::function<void()> handler) { m_saveStatus = std::move(handler); }

    // Sessions in the app-data folder, newest first.
    static QString defaultFolder();
    static QString newSessionPath();
    static QStringList listSessions(const QString &folder);

private:
    SessionFile(const QString &path, std::unique_ptr<QLockFile> lock);

    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<Session> m_session;
    std::shared_ptr<SessionWriter> m_writer;
    SessionWriteRetry m_retry;
    bool m_isNew = true;
    std::optional<Error> m_lastSaveError;
    std::function<void()> m_saveStatus;
};

// Reads a session file without locking it (for transcript export and the resume offer).
Result<std::unique_ptr<Session>> readSessionFile(const QString &path);

} // namespace s2s
