#include "StepPage.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QScrollArea>
#include <QVBoxLayout>

#include <QCoro/QCoroTask>

#include "ActivityList.h"
#include "ChecksTree.h"
#include "FinalSummary.h"
#include "PageWidgets.h"
#include "PlanView.h"
#include "StepInputs.h"
#include "WizardContext.h"

using namespace Qt::StringLiterals;

namespace s2s {

StepPage::StepPage(StepId id, WizardContext &context, QWidget *parent)
    : QWizardPage(parent), m_id(id), m_context(context)
{
    const Step &step = m_context.steps().step(id);
    setObjectName(step.key() + u"Page"_s);
    setTitle(tr("Step %1 of %2: %3").arg(stepNumber(id)).arg(allStepIds().size()).arg(step.title()));

    // The page scrolls rather than squeezing its widgets when they do not fit: taller glyphs
    // (Japanese), a small screen, or a step with many inputs.
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(u"pageScrollArea"_s);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto *body = new QWidget(m_scroll);
    m_scroll->setWidget(body);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_scroll);
    auto *layout = new QVBoxLayout(body);
    layout->addWidget(makeLabBanner(m_context, this));
    layout->addWidget(makeTenantMessageStrip(m_context, this));
    layout->addWidget(makeSaveErrorStrip(m_context, this));
    QLabel *explanation = makeTextLabel(u"explanationLabel"_s, this);
    explanation->setText(step.explanation());
    layout->addWidget(explanation);

    m_notApplicable = makeMessageStrip(StripKind::Info, u"notApplicableLabel"_s, this);
    QFont bold = m_notApplicable->font();
    bold.setBold(true);
    m_notApplicable->setFont(bold);
    layout->addWidget(m_notApplicable);

    m_inputs = makeStepInputs(id, m_context, this);
    if (m_inputs) {
        layout->addWidget(m_inputs);
        connect(m_inputs, &StepInputs::readyChanged, this, &StepPage::refreshControls);
    }

    m_warnings = makeMessageStrip(StripKind::Warning, u"warningsLabel"_s, this);
    layout->addWidget(m_warnings);

    if (!step.confirmationKey().isEmpty()) {
        m_confirmation = new QWidget(this);
        QLabel *text = makeTextLabel(u"confirmLabel"_s, m_confirmation);
        text->setText(step.confirmationText());
        m_confirm = new QCheckBox(tr("I &confirm this change"), m_confirmation);
        m_confirm->setObjectName(u"confirmCheckBox"_s);
        connect(m_confirm, &QCheckBox::toggled, this, &StepPage::onConfirmToggled);
        auto *confirmLayout = new QVBoxLayout(m_confirmation);
        confirmLayout->setContentsMargins(0, 0, 0, 0);
        confirmLayout->addWidget(text);
        confirmLayout->addWidget(m_confirm);
        layout->addWidget(m_confirmation);
    }

    m_plan = new PlanView(this);
    layout->addWidget(m_plan);

    m_run = new QPushButton(tr("&Run"), this);
    m_run->setObjectName(u"runButton"_s);
    m_run->setToolTip(tr("Apply what is missing, then validate"));
    m_validate = new QPushButton(tr("&Validate"), this);
    m_validate->setObjectName(u"validateButton"_s);
    m_validate->setToolTip(tr("Check only; changes nothing"));
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(u"busyProgressBar"_s);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setFixedWidth(120);
    m_busy->hide();
    m_cancel = new QPushButton(tr("&Stop"), this);
    m_cancel->setObjectName(u"cancelButton"_s);
    m_cancel->setToolTip(tr("Stop the running farm operation; the step can be run again"));
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, this, [this] { m_context.runner().cancel(); });
    m_progress = makeTextLabel(u"progressLabel"_s, this);
    connect(m_run, &QPushButton::clicked, this, [this] { start(true); });
    connect(m_validate, &QPushButton::clicked, this, [this] { start(false); });
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_run);
    actions->addWidget(m_validate);
    actions->addWidget(m_busy);
    actions->addWidget(m_cancel);
    actions->addWidget(m_progress, 1);
    layout->addLayout(actions);
    if (m_inputs && m_inputs->progressView())
        layout->addWidget(m_inputs->progressView());

    m_error = makeMessageStrip(StripKind::Error, u"errorLabel"_s, this);
    layout->addWidget(m_error);
    // Checks of the last validation, and what the last run did command by command.
    m_results = new QTabWidget(this);
    m_results->setObjectName(u"resultsTabWidget"_s);
    m_results->setDocumentMode(true);
    m_checks = makeChecksTree(m_results);
    m_activity = new ActivityList(m_results);
    m_results->addTab(m_checks, tr("Checks"));
    m_results->addTab(m_activity, tr("Activity"));
    // When the page scrolls, the checks keep room for a few rows.
    m_results->setMinimumHeight(6 * fontMetrics().height());
    layout->addWidget(m_results, 1);

    if (id == StepId::FinalValidation) {
        m_summary = new FinalSummary(this);
        connect(m_summary, &FinalSummary::exportRequested, this, &StepPage::exportRequested);
        layout->addWidget(m_summary);
    }
    layout->addStretch(); // takes the room of the checks when the step does not apply

    connect(&m_context, &WizardContext::sessionOpened, this, &StepPage::bindSession);
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
    QCoro::connect(apply ? runner.run(m_id) : runner.validate(m_id), this,
                   [this, apply](StepState state) {
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
        m_results->setCurrentWidget(m_checks);
    refresh();
    revealResults();
}

void StepPage::revealResults()
{
    // On a page that scrolls, what the run does and finds must not stay below the fold. Deferred:
    // the scroll area takes in what the run just showed or hid (the server progress list) through
    // a posted layout request, and only then knows how far it can scroll.
    QTimer::singleShot(0, this, [this] {
        if (m_results->isVisible())
            m_scroll->ensureWidgetVisible(m_results, 0, 0);
    });
}

void StepPage::fetchWarnings()
{
    if (!m_context.hasSession() || m_context.runner().isBusy()
        || !m_context.steps().step(m_id).isApplicable(m_context.session()))
        return;
    QCoro::connect(m_context.runner().warnings(m_id), this, [this](const QStringList &warnings) {
        showInStrip(m_warnings, warnings.join(u'\n'));
    });
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
    const StepRecord record = this->record();
    const Step &step = m_context.steps().step(m_id);
    const bool applicable = applies();

    showInStrip(m_notApplicable,
                applicable ? QString() : step.notApplicableReason(m_context.session()));
    // A step that does not apply shows only why (the confirmation: refreshControls).
    m_plan->setVisible(applicable);
    m_results->setVisible(applicable);
    showInStrip(m_error, record.state == StepState::Failed && record.error ? errorText(*record.error)
                                                                        : QString());
    showChecks(m_checks, record.report);
    if (m_summary)
        m_summary->showReport(record.report);
    refreshControls();
}

void StepPage::refreshControls()
{
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
        m_confirmation->setVisible(applicable
                                   && (!hasSession || step.asksConfirmation(m_context.session())));
    if (m_confirm) {
        const QSignalBlocker blocker(m_confirm);
        m_confirm->setChecked(hasSession && m_context.session().inputs().confirmed(step.confirmationKey()));
        m_confirm->setEnabled(!busy);
    }
    if (m_inputs)
        m_inputs->setEnabled(!busy);
    Q_EMIT completeChanged();
}

void StepPage::refreshPlan()
{
    if (m_context.hasSession())
        m_plan->setPlan(m_context.steps().step(m_id).plan(m_context.session(),
                                                          m_context.runner().endpoints()));
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
    case StepState::Applied:
        return tr("Applied (%1), not validated yet.").arg(when);
    case StepState::Validated:
        return tr("Validated (%1): no check fails.").arg(when);
    case StepState::Failed:
        return !record.error ? tr("Some checks fail (%1): see the remedies below.").arg(when)
                                      : tr("Stopped (%1): see the message below.").arg(when);
    case StepState::NotApplicable:
        return tr("Not applicable: nothing to do.");
    }
    return {};
}

} // namespace s2s
