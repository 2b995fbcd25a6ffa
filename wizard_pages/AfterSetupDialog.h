#pragma once

#include <QDialog>

#include <QCoro/QCoroTask>

#include "core/Error.h"
#include "core/StepId.h"
#include "steps/Step.h"

class QCheckBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace s2s {

class ActivityList;
class PlanView;
class ServerProgressList;
class WizardContext;

// What the renewal and the removal dialogs share: an introduction, what the operation runs, a
// confirmation, Run / Stop, live progress (per server, command by command) and the outcome.
// Layout only: the operation is the engine's, run through the session's runner.
class AfterSetupDialog : public QDialog {
    Q_OBJECT
public:
    // `shownAs`: the step whose progress and activity the runner reports for this operation.
    AfterSetupDialog(WizardContext &context, StepId shownAs, QWidget *parent);

    void reject() override; // not while the operation runs

protected:
    WizardContext &context() { return m_context; }
    // Where a dialog puts what it alone shows, between the introduction and the plan.
    QVBoxLayout *content() const { return m_content; }
    void setIntroduction(const QString &text);
    void setPlan(const QList<PlanLine> &lines);
    // The answers key the checkbox confirms (stored in the session when Run is clicked) and what
    // it says; without one, Run needs no confirmation.
    void setConfirmation(const QString &key, const QString &text);
    // Why the operation cannot run on this session (Run stays disabled), or nothing.
    void setRefusal(const std::optional<Error> &refusal);

    virtual QCoro::Task<Status> runOperation() = 0;
    // What the admin reads once it succeeded.
    virtual QString successText() = 0;
    // After each run: the dialog shows the session's new state.
    virtual void refreshContent() {}

private:
    void run();
    void finished(const Status &status);
    void refreshControls();

    WizardContext &m_context;
    StepId m_shownAs;
    QVBoxLayout *m_content = nullptr;
    QLabel *m_introduction = nullptr;
    QLabel *m_refusal = nullptr;
    PlanView *m_plan = nullptr;
    QLabel *m_confirmText = nullptr;
    QCheckBox *m_confirm = nullptr;
    QString m_confirmKey;
    QPushButton *m_run = nullptr;
    QPushButton *m_stop = nullptr;
    QLabel *m_progress = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_success = nullptr;
    ServerProgressList *m_servers = nullptr;
    ActivityList *m_activity = nullptr;
    QPushButton *m_close = nullptr;
    bool m_refused = false;
    bool m_running = false;
};

} // namespace s2s
