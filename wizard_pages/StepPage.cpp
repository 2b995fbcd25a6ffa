#include "StepPage.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <QCoro/QCoroTask>

#include "ActivityList.h"
#include "AfterSetupActions.h"
#include "ChecksTree.h"
#include "FinalSummary.h"
#include "PageWidgets.h"
#include "PlanView.h"
#include "StepInputs.h"
#include "WizardContext.h"

using namespace Qt::StringLiterals;

namespace s2s {

StepPage::StepPage(StepId id, WizardContext &context, QWidget *parent)
    : QWizardPage(parent)
    , m_id(id)
    , m_context(context)
{
    const Step &step = m_context.steps().step(id);
    setObjectName(step.key() + u"Page"_s);
    setTitle(tr("Step %1 of %2: %3").arg(stepNumber(id)).arg(allStepIds().size()).arg(step.title()));
    connect(&m_context, &WizardContext::sessionOpened, this, &StepPage::bindSession);
}

void StepPage::buildOnce()
{
    if (m_built)
        return;
    m_built = true;
    const Step &step = m_context.steps().step(m_id);
    // Top to bottom, as the admin reads it (the parts: StepPageParts.cpp).
    QVBoxLayout *layout = makeScrollingBody();
    addIntroduction(layout, step);
    addInputs(layout, step);
    addActions(layout);
    addResults(layout);
    refresh();
}

void StepPage::bindSession()
{
    Session &session = m_context.session();
    connect(&session, &Session::stepChanged, this, [this](StepId changed) {
        if (changed == m_id)
            refresh();
    });
    // The plan shows the current inputs and discovered variables (tenant id, ...).
    connect(&session, &Session::changed, this, [this] {
        if (isVisible())
            refreshPlan();
    });
    SetupRunner &runner = m_context.runner();
    // Every page hears the runner go busy; only the controls change, not the checks shown.
    connect(&runner, &SetupRunner::busyChanged, this, &StepPage::refreshControls);
    connect(&runner, &SetupRunner::progress, this, &StepPage::onProgress);
    connect(&runner, &SetupRunner::activity, this, [this](StepId id, const Activity &activity) {
        if (id == m_id && m_running)
            m_activity->add(activity);
    });
    refresh();
}

void StepPage::initializePage()
{
    buildOnce();
    if (!m_context.hasSession())
        return;
    if (m_inputs)
        m_inputs->load();
    showInStrip(m_warnings, {});
    refresh();
    refreshPlan();
    const Step &step = m_context.steps().step(m_id);
    Session &session = m_context.session();
    const StepState state = session.step(m_id).state;
    if (!step.isApplicable(session)) {
        if (state != StepState::NotApplicable)
            start(false); // the runner records that the step does not apply
        return;
    }
    fetchWarnings();
}

bool StepPage::isComplete() const
{
    if (!m_context.hasSession())
        return false;
    return isDone(m_context.session().step(m_id).state) && !m_context.runner().isBusy();
}

void StepPage::start(bool apply)
{
    if (!m_context.hasSession() || m_context.runner().isBusy())
        return;
    m_running = true;
    showInStrip(m_error, {});
    m_progress->setText(apply ? tr("Running…") : tr("Validating…"));
    m_activity->clear();
    m_results->setCurrentWidget(m_activity);
    revealResults();
    SetupRunner &runner = m_context.runner();
    QCoro::connect(apply ? runner.run(m_id) : runner.validate(m_id), this, [this, apply](StepState state) {
        finished(state);
        if (apply)
            fetchWarnings();
    });
    refresh();
}

void StepPage::finished(StepState state)
{
    m_running = false;
    // A step stopped by an error keeps showing the command that failed.
    if (state != StepState::Failed || !m_context.session().step(m_id).error)
        m_results->setCurrentWidget(m_checksPane);
    refresh();
    revealResults();
}

void StepPage::revealResults()
{
    // On a page that scrolls, what the run does and finds must not stay below the fold. Deferred:
    // the scroll area takes in what the run just showed or hid (the server progress list) through
    // a posted layout request, and only then knows how far it can scroll. The final page: from
    // its verdict down.
    QTimer::singleShot(0, this, [this] {
        if (m_results->isVisible())
            m_scroll->ensureWidgetVisible(m_summary ? static_cast<QWidget *>(m_summary) : m_results, 0, 0);
    });
}

void StepPage::fetchWarnings()
{
    if (!m_context.hasSession() || m_context.runner().isBusy() ||
        !m_context.steps().step(m_id).isApplicable(m_context.session()))
        return;
    QCoro::connect(m_context.runner().warnings(m_id), this,
                   [this](const QStringList &warnings) { showInStrip(m_warnings, warnings.join(u'\n')); });
}

StepRecord StepPage::record() const
{
    return m_context.hasSession() ? m_context.session().step(m_id) : StepRecord();
}

bool StepPage::applies() const
{
    return !m_context.hasSession() || m_context.steps().step(m_id).isApplicable(m_context.session());
}

void StepPage::refresh()
{
    if (!m_built)
        return;
    const StepRecord record = this->record();
    const Step &step = m_context.steps().step(m_id);
    const bool applicable = applies();

    showInStrip(m_notApplicable, applicable ? QString() : step.notApplicableReason(m_context.session()));
    // A step that does not apply shows only why (the confirmation: refreshControls).
    m_plan->setVisible(applicable);
    m_results->setVisible(applicable);
    showInStrip(m_error,
                record.state == StepState::Failed && record.error ? errorText(*record.error) : QString());
    if (m_summary) {
        m_summary->showReport(record.report);
        showChecksByStep(m_checks, record.report);
    } else {
        showChecks(m_checks, record.report);
    }
    refreshControls();
}

void StepPage::refreshControls()
{
    if (!m_built)
        return;
    const bool hasSession = m_context.hasSession();
    const bool busy = hasSession && m_context.runner().isBusy();
    const Step &step = m_context.steps().step(m_id);
    const bool applicable = applies();
    m_run->setEnabled(hasSession && !busy && applicable && (!m_inputs || m_inputs->isReady()));
    m_validate->setEnabled(hasSession && !busy);
    m_busy->setVisible(busy && m_running);
    m_cancel->setVisible(busy && m_running);
    if (!m_running)
        m_progress->setText(stateSummary(record()));
    if (m_confirmation)
        m_confirmation->setVisible(applicable && (!hasSession || step.asksConfirmation(m_context.session())));
    if (m_confirm) {
        const QSignalBlocker blocker(m_confirm);
        m_confirm->setChecked(hasSession && m_context.session().inputs().confirmed(step.confirmationKey()));
        m_confirm->setEnabled(!busy);
    }
    if (m_inputs)
        m_inputs->setEnabled(!busy);
    if (m_summary)
        m_summary->setRunning(busy);
    if (m_afterSetup) {
        m_afterSetup->setVisible(hasSession && m_context.session().isFinished());
        m_afterSetup->setEnabled(!busy);
    }
    Q_EMIT completeChanged();
}

void StepPage::refreshPlan()
{
    if (m_built && m_context.hasSession())
        m_plan->setPlan(
            m_context.steps().step(m_id).plan(m_context.session(), m_context.runner().endpoints()));
}

void StepPage::onProgress(StepId id, const QString &text)
{
    if (id == m_id && m_running)
        m_progress->setText(text);
}

void StepPage::onConfirmToggled(bool checked)
{
    if (!m_context.hasSession())
        return;
    SessionInputs inputs = m_context.session().inputs();
    inputs.confirmations.insert(m_context.steps().step(m_id).confirmationKey(), checked);
    m_context.changeInputs(inputs);
}

QString StepPage::stateSummary(const StepRecord &record) const
{
    const QString when = record.updated.isValid()
                             ? QLocale().toString(record.updated.toLocalTime(), QLocale::ShortFormat)
                             : QString();
    switch (record.state) {
    case StepState::Pending:
        return tr("Not run yet. Run applies what is missing, then validates; Validate only checks.");
    case StepState::Applied: return tr("Applied (%1), not validated yet.").arg(when);
    case StepState::Validated: return tr("Validated (%1): no check fails.").arg(when);
    case StepState::Failed:
        return !record.error ? tr("Some checks fail (%1): see the remedies below.").arg(when)
                             : tr("Stopped (%1): see the message below.").arg(when);
    case StepState::NotApplicable: return tr("Not applicable: nothing to do.");
    }
    return {};
}

} // namespace s2s
