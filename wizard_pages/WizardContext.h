#pragma once

#include <QObject>

#include <memory>
#include <optional>

#include "workbench/Backends.h"
#include "cli/Options.h"
#include "session/SessionFile.h"
#include "steps/SetupRunner.h"

namespace s2s {

// What every page of one wizard window works on: the backends (real farm or lab), the session
// file once opened and the one SetupRunner for it. Pages read it and react to its signals.
class WizardContext : public QObject {
    Q_OBJECT
public:
    // Opens the backends `options` ask for; a failure is kept for the welcome page to show.
    // `openBrowser` shows the sign-in page (the system browser; the lab uses its own).
    explicit WizardContext(const Options &options,
                           std::function<void(const QUrl &)> openBrowser = {},
                           QObject *parent = nullptr);
    ~WizardContext() override;
    Q_DISABLE_COPY_MOVE(WizardContext)

    const Options &options() const { return m_options; }

    bool hasBackends() const { return m_backends.has_value(); }
    const std::optional<Error> &backendError() const { return m_backendError; }
    bool isLab() const { return m_backends && m_backends->isLab(); }
    QString labDir() const { return m_backends ? m_backends->labDir : QString(); }
    QString target() const { return m_backends ? m_backends->target() : QString(); }
    // Switches to the lab in `folder` (seeding it); only before a session is open.
    Status openLab(const QString &folder);

    bool hasSession() const { return m_runner != nullptr; }
    // Locks and loads (or creates) the session file, then creates the runner.
    Status openSession(const QString &path);
    // True when the open session existed before (its finished steps need validating again).
    bool isResumedSession() const { return m_file && !m_file->isNew(); }
    QString sessionPath() const { return m_file ? m_file->path() : QString(); }
    Session &session() { return m_file->session(); }
    SetupRunner &runner() { return *m_runner; }

    // The steps as the pages present them (titles, plans); stateless, usable before a session.
    const StepRegistry &steps() const { return m_steps; }

    // Stores what the admin chose; steps that depend on a changed choice must run again.
    void changeInputs(const SessionInputs &inputs);

    // The Microsoft 365 account signed in, if any; signing out removes its stored sign-in.
    std::optional<SignedInAccount> account() const;
    QCoro::Task<Status> signOut();
    // Shows `text` where sign-in messages go (every page's strip); empty hides it.
    void showTenantMessage(const QString &text) { Q_EMIT tenantMessage(text); }

    // The password of the PFX step 3 generated or imported, from the secret store; an empty
    // optional when the store does not hold it (it came from a password file) or there is no PFX.
    QCoro::Task<Result<std::optional<QString>>> pfxPassword();

Q_SIGNALS:
    void backendsChanged();
    void sessionOpened();
    // What sign-in asks the admin to read: the device code message, a notice (no credential store);
    // an empty text when the prompt is over.
    void tenantMessage(const QString &text);

private:
    Options m_options;
    auth::SignInUi m_signInUi;
    StepRegistry m_steps;
    std::optional<Backends> m_backends;
    std::optional<Error> m_backendError;
    std::unique_ptr<SessionFile> m_file;
    std::unique_ptr<SetupRunner> m_runner;
};

} // namespace s2s
