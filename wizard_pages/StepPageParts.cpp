// The widgets of a step page, built part by part from top to bottom; what they do: StepPage.cpp.
#include "StepPage.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

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

QVBoxLayout *StepPage::makeScrollingBody()
{
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
    return new QVBoxLayout(body);
}

void StepPage::addIntroduction(QVBoxLayout *layout, const Step &step)
{
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
}

void StepPage::addInputs(QVBoxLayout *layout, const Step &step)
{
    m_inputs = makeStepInputs(m_id, m_context, this);
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
}

void StepPage::addActions(QVBoxLayout *layout)
{
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
}

void StepPage::addResults(QVBoxLayout *layout)
{
    m_error = makeMessageStrip(StripKind::Error, u"errorLabel"_s, this);
    layout->addWidget(m_error);
    // The final page leads with its verdict, above the detailed checks.
    if (m_id == StepId::FinalValidation) {
        m_summary = new FinalSummary(this);
        connect(m_summary, &FinalSummary::exportRequested, this, &StepPage::exportRequested);
        connect(m_summary, &FinalSummary::revisitRequested, this, &StepPage::revisitRequested);
        layout->addWidget(m_summary);
        m_afterSetup = new AfterSetupActions(m_context, this);
        connect(m_afterSetup, &AfterSetupActions::dialogClosed, this, &StepPage::refresh);
        layout->addWidget(m_afterSetup);
    }
    // Checks of the last validation, and what the last run did command by command.
    m_results = new QTabWidget(this);
    m_results->setObjectName(u"resultsTabWidget"_s);
    m_results->setDocumentMode(true);
    m_results->setAccessibleName(tr("Results"));
    const ChecksPane checks = makeChecksPane(m_results);
    m_checksPane = checks.splitter;
    m_checks = checks.tree;
    m_activity = new ActivityList(m_results);
    m_results->addTab(m_checksPane, tr("Checks"));
    m_results->addTab(m_activity, tr("Activity"));
    // When the page scrolls, the checks keep room for a few rows and the details of one.
    m_results->setMinimumHeight(14 * fontMetrics().height());
    layout->addWidget(m_results, 1);
    layout->addStretch(); // takes the room of the checks when the step does not apply
}

} // namespace s2s
