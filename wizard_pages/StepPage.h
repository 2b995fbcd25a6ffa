#pragma once

#include <QWizardPage>

#include "core/StepId.h"
#include "session/Session.h"

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QTabWidget;
class QTreeWidget;
class QVBoxLayout;

namespace s2s {

class ActivityList;
class AfterSetupActions;
class FinalSummary;
class PlanView;
class Step;
class StepInputs;
class WizardContext;

// The page of one documented step: explanation, inputs, plan, Run / Validate, live progress and
// the checks of the last validation. Complete only once the step validated or does not apply.
class StepPage : public QWizardPage {
    Q_OBJECT
public:
    StepPage(StepId id, WizardContext &context, QWidget *parent = nullptr);

    StepId stepId() const { return m_id; }

    void initializePage() override;
    bool isComplete() const override;

Q_SIGNALS:
    // The final page's own export button was clicked.
    void exportRequested();
    // The final page's verdict asks to go back to `step`'s page.
    void revisitRequested(StepId step);

private:
    // The page's body, made on its first visit: a window shows without laying out eleven pages
    // of text, inputs and check panes the admin may not reach today.
    void buildOnce();
    // The parts of the page, top to bottom (StepPageParts.cpp).
    QVBoxLayout *makeScrollingBody();
    void addIntroduction(QVBoxLayout *layout, const Step &step); // banners, explanation, why not
    void addInputs(QVBoxLayout *layout, const Step &step);       // inputs, warnings, confirmation, plan
    void addActions(QVBoxLayout *layout);                        // Run, Validate, Stop, progress
    void addResults(QVBoxLayout *layout);                        // error, checks and activity, final summary

    void bindSession();
    void start(bool apply);
    void finished(StepState state);
    void revealResults();
    void fetchWarnings();
    // Everything from the step's record (checks, error) and then the controls.
    void refresh();
    // Buttons, busy indicator and completeness only.
    void refreshControls();
    StepRecord record() const; // empty before a session is open
    bool applies() const;      // true before a session is open
    void refreshPlan();
    void onProgress(StepId id, const QString &text);
    void onConfirmToggled(bool checked);
    QString stateSummary(const StepRecord &record) const;

    StepId m_id;
    WizardContext &m_context;
    bool m_built = false;
    bool m_running = false;
    QLabel *m_notApplicable = nullptr;
    StepInputs *m_inputs = nullptr;
    QWidget *m_confirmation = nullptr;
    QCheckBox *m_confirm = nullptr;
    QLabel *m_warnings = nullptr;
    PlanView *m_plan = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_validate = nullptr;
    QProgressBar *m_busy = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_progress = nullptr;
    QLabel *m_error = nullptr;
    QScrollArea *m_scroll = nullptr;
    QTabWidget *m_results = nullptr;
    QWidget *m_checksPane = nullptr; // the checks above the details of the selected one
    QTreeWidget *m_checks = nullptr;
    ActivityList *m_activity = nullptr;
    FinalSummary *m_summary = nullptr;
    AfterSetupActions *m_afterSetup = nullptr; // the final page's renew and remove
};

} // namespace s2s
