#pragma once

#include <QFutureWatcher>
#include <QObject>

#include <memory>
#include <optional>

#include "cli/Options.h"
#include "steps/FarmOverview.h"
#include "workbench/Workbench.h"

namespace s2s {

// What every page of one wizard window works on: the workbench (backends, session file, runner)
// as a QObject, so that pages read it and react to its signals.
class WizardContext : public QObject {
    Q_OBJECT
public:
    // Opens the backends `options` ask for; a failure is kept for the welcome page to show. A lab
    // opens behind the window, from the event loop's start: its keys are made off the UI thread
    // (isOpeningBackends() from now until backendsChanged()). `openBrowser` shows the sign-in page (the
    // system browser; the lab uses its own).
    explicit WizardContext(const Options &options, std::function<void(const QUrl &)> openBrowser = {},
                           QObject *parent = nullptr);
    ~WizardContext() override;
    Q_DISABLE_COPY_MOVE(WizardContext)

    const Options &options() const { return m_options; }

    bool hasBackends() const { return m_workbench.hasBackends(); }
    // A lab is being opened (seeded, its keys made); backendsChanged() says when it is done.
    bool isOpeningBackends() const { return m_isOpening; }
    // The lab folder being opened, or the last one opened.
    QString openingLabFolder() const { return m_openingOptions.labDir; }
    const std::optional<Error> &backendError() const { return m_backendError; }
    bool isLab() const { return hasBackends() && m_workbench.backends().isLab(); }
    QString labDir() const { return hasBackends() ? m_workbench.backends().labDir : QString(); }
    QString target() const { return hasBackends() ? m_workbench.backends().target() : QString(); }
    // Switches to the lab in `folder` (seeding it), behind the window like the first one; only
    // before a session is open. How it went: backendsChanged(), then backendError().
    Status openLab(const QString &folder);

    bool hasSession() const { return m_workbench.hasSession(); }
    // Calls `bind` (in `receiver`'s context) once a session is open: now if one is, else when it
    // opens. A page's parts are made on its first visit, often after the session opened.
    template <typename Bind>
    void whenSessionOpen(QObject *receiver, Bind bind)
    {
        connect(this, &WizardContext::sessionOpened, receiver, bind);
        if (hasSession())
            bind();
    }
    // Locks and loads (or creates) the session file, then creates the runner.
    Status openSession(const QString &path);
    // The same with the loading off the UI thread (a transcript of years takes a while to read):
    // locks now, says at once if it cannot; sessionOpenEnded() when the session is open or could
    // not be loaded (sessionOpenError()).
    Status beginOpenSession(const QString &path);
    bool isOpeningSession() const { return m_loadingSession != nullptr; }
    const std::optional<Error> &sessionOpenError() const { return m_sessionOpenError; }
    // True when the open session existed before (its finished steps need validating again).
    bool isResumedSession() const { return m_workbench.isResumed(); }
    QString sessionPath() const { return m_workbench.file() ? m_workbench.file()->path() : QString(); }
    Session &session() { return m_workbench.session(); }
    SetupRunner &runner() { return m_workbench.runner(); }
    // Why the last save of the session file failed, if it did (every page's strip shows it).
    std::optional<Error> saveError() const { return m_workbench.saveError(); }
    // Waits for the session file's write in flight, then writes what is left, on this thread.
    Status waitForSessionWrites() { return m_workbench.waitForSessionWrites(); }

    // The steps as the pages present them (titles, plans); stateless, usable before a session.
    const StepRegistry &steps() const { return m_workbench.steps(); }

    // Stores what the admin chose; steps that depend on a changed choice must run again.
    void changeInputs(const SessionInputs &inputs);

    // The Microsoft 365 account signed in, if any; signing out removes its stored sign-in.
    std::optional<SignedInAccount> account() const;
    QCoro::Task<Status> signOut();
    // Shows `text` where sign-in messages go (every page's strip); empty hides it.
    void showTenantMessage(const QString &text) { Q_EMIT tenantMessage(text); }

    // Reads for the pages, not in the transcript (steps/FarmOverview.h): the farm at a glance for
    // the welcome page, and whether step 3 can keep the certificate the farm signs with now.
    QCoro::Task<FarmOverview> farmOverview();
    QCoro::Task<bool> runsFittingDedicatedStsCertificate();

    // The password of the PFX step 3 generated or imported, from the secret store; an empty
    // optional when the store does not hold it (it came from a password file) or there is no PFX.
    QCoro::Task<Result<std::optional<QString>>> pfxPassword();

Q_SIGNALS:
    void backendsChanged();
    void sessionOpened();
    // beginOpenSession() ended: sessionOpened() came before it, or sessionOpenError() says why not.
    void sessionOpenEnded();
    // What sign-in asks the admin to read: the device code message, a notice (no credential store);
    // an empty text when the prompt is over.
    void tenantMessage(const QString &text);
    // A save of the session file failed, or succeeded again after one failed: see saveError().
    void saveErrorChanged();

private:
    void startOpeningLab(const QString &folder);
    void finishOpeningLab();
    SessionSetup sessionSetup(const QString &path) const;
    void finishOpeningSession();

    Options m_options;
    QFutureWatcher<Result<LabPreparation>> m_opening;
    bool m_isOpening = false; // from the start of a lab's preparation to its backends set
    Options m_openingOptions; // the options of the lab being opened (its folder)
    std::unique_ptr<SessionFile> m_loadingSession; // locked, being loaded by m_sessionLoad
    QFutureWatcher<Status> m_sessionLoad;
    std::optional<Error> m_sessionOpenError;
    auth::SignInUi m_signInUi;
    Workbench m_workbench;
    std::optional<Error> m_backendError;
};

} // namespace s2s
