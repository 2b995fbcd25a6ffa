#pragma once

#include <functional>
#include <memory>
#include <optional>

#include "cli/Answers.h"
#include "session/SessionFile.h"
#include "steps/SetupRunner.h"
#include "workbench/Backends.h"

namespace s2s {

// How a session opens: from its file or as a scratch one, with what the front end adds.
struct SessionSetup {
    // The session file, locked while open; empty: a scratch session that is never written
    // (--check without --session).
    QString path;
    // The answers file's choices (headless); the GUI gives none.
    Answers answers;
    // In the lab, changes nobody confirmed or refused count as confirmed (headless runs); the GUI
    // leaves them to the admin.
    bool confirmChanges = false;
    // The GUI: confirmations a resumed session file holds are dropped, so the admin confirms an
    // outage, a realm change or a removal again on the page (the file may have been edited by
    // someone else). Headless runs keep them, and take the answers file's.
    bool askConfirmationsAgain = false;
    // Where the session file is written (empty: QSaveFile); a test injects faults here.
    std::shared_ptr<SessionWriter> writer;
};

// What one run of the wizard works on, GUI or headless: the backends, the one step registry and,
// once opened, the session with its runner. Both front ends open sessions here, so a session is
// set up (origin, lab defaults, runner, secret store) in one place.
class Workbench {
public:
    Workbench();
    ~Workbench();
    Workbench(const Workbench &) = delete;
    Workbench &operator=(const Workbench &) = delete;

    bool hasBackends() const { return m_backends.has_value(); }
    Backends &backends() { return *m_backends; }
    const Backends &backends() const { return *m_backends; }
    // The backends to work on (the lab the admin switched to); only before a session is open.
    void setBackends(Backends backends);

    // The steps, stateless: titles and plans before a session, and what the runner runs.
    const StepRegistry &steps() const { return m_steps; }

    bool hasSession() const { return m_runner != nullptr; }
    // Locks and loads (or creates) the session file, or starts a scratch session, stamps it with
    // this run's origin, applies the answers and the lab's defaults, then creates the runner.
    // Needs the backends; a second call while a session is open changes nothing.
    Status openSession(const SessionSetup &setup);
    // The same for a session file locked, loaded and watched already (the GUI loads a long one off
    // its UI thread: SessionFile::lock, load, watch); `setup.path` is its path.
    Status adoptSession(const SessionSetup &setup, std::unique_ptr<SessionFile> file);
    Session &session() { return *m_session; }
    // The open session's file; null for a scratch session.
    const SessionFile *file() const { return m_file.get(); }
    // True when the open session existed before (its finished steps need validating again).
    bool isResumed() const { return m_file && !m_file->isNew(); }
    SetupRunner &runner() { return *m_runner; }

    // Waits until every change of the session is on disk (saves run off the UI thread); the last
    // save's error, if it failed.
    Status waitForSessionWrites();
    // Why the last save of the session file failed; empty once a save succeeds again.
    std::optional<Error> saveError() const;
    // Called when a save fails, and when one succeeds after a failure (the GUI shows it).
    void setSaveStatusHandler(std::function<void()> handler) { m_saveStatus = std::move(handler); }

private:
    // Origin, answers, lab defaults and the runner, for the session just opened.
    Status setUpSession(const SessionSetup &setup);

    // First: the runner and the tenant use them until they are gone.
    std::optional<Backends> m_backends;
    StepRegistry m_steps;
    std::unique_ptr<SessionFile> m_file;
    std::unique_ptr<Session> m_scratch;
    Session *m_session = nullptr;
    std::unique_ptr<SetupRunner> m_runner;
    std::function<void()> m_saveStatus;
};

} // namespace s2s
