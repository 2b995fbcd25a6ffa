#include "AfterSetupDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

#include "ActivityList.h"
#include "PageWidgets.h"
#include "PlanView.h"
#include "ServerProgressList.h"
#include "WizardContext.h"

using namespace Qt::StringLiterals;

namespace s2s {

AfterSetupDialog::AfterSetupDialog(WizardContext &context, StepId shownAs, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_shownAs(shownAs)
{
    setAttribute(Qt::WA_DeleteOnClose);
    setSizeGripEnabled(true);
    m_introduction = makeTextLabel(u"introductionLabel"_s, this);
    m_refusal = makeMessageStrip(StripKind::Error, u"refusalLabel"_s, this);
    m_plan = new PlanView(this);
    m_plan->hide(); // until the dialog sets a plan
    // As on a step page: what the change does in a wrapped label, the checkbox short.
    m_confirmText = makeTextLabel(u"confirmationLabel"_s, this);
    m_confirmText->hide();
    m_confirm = new QCheckBox(tr("I &confirm this change"), this);
    m_confirm->setObjectName(u"confirmCheckBox"_s);
    m_confirm->hide();
    connect(m_confirm, &QCheckBox::toggled, this, &AfterSetupDialog::refreshControls);

    m_run = new QPushButton(tr("&Run"), this);
    m_run->setObjectName(u"runButton"_s);
    m_run->setAutoDefault(false);
    connect(m_run, &QPushButton::clicked, this, &AfterSetupDialog::run);
    m_stop = new QPushButton(tr("&Stop"), this);
    m_stop->setObjectName(u"stopButton"_s);
    m_stop->setAutoDefault(false);
    m_stop->hide();
    connect(m_stop, &QPushButton::clicked, this, [this] { m_context.runner().cancel(); });
    m_progress = makeTextLabel(u"progressLabel"_s, this);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_run);
    actions->addWidget(m_stop);
    actions->addWidget(m_progress, 1);

    m_error = makeMessageStrip(StripKind::Error, u"errorLabel"_s, this);
    m_success = makeMessageStrip(StripKind::Success, u"successLabel"_s, this);
    auto *progressTabs = new QTabWidget(this);
    progressTabs->setObjectName(u"progressTabWidget"_s);
    progressTabs->setDocumentMode(true);
    m_servers = new ServerProgressList(shownAs, m_context, progressTabs);
    m_activity = new ActivityList(progressTabs);
    progressTabs->addTab(m_activity, tr("Activity"));
    progressTabs->addTab(m_servers, tr("Servers"));
    progressTabs->setMinimumHeight(8 * fontMetrics().height());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_close = buttons->button(QDialogButtonBox::Close);
    m_close->setObjectName(u"closeButton"_s);
    connect(buttons, &QDialogButtonBox::rejected, this, &AfterSetupDialog::reject);

    // Top to bottom: what it does, what it runs, the confirmation, Run, the outcome and the live
    // progress, which takes the room the dialog has to spare.
    m_content = new QVBoxLayout;
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makeLabBanner(m_context, this));
    layout->addWidget(makeTenantMessageStrip(m_context, this));
    layout->addWidget(m_introduction);
    layout->addWidget(m_refusal);
    layout->addLayout(m_content);
    layout->addWidget(m_plan);
    layout->addWidget(m_confirmText);
    layout->addWidget(m_confirm);
    layout->addLayout(actions);
    layout->addWidget(m_error);
    layout->addWidget(m_success);
    layout->addWidget(progressTabs, 1);
    layout->addWidget(buttons);
    resize(860, 720);

    SetupRunner &runner = m_context.runner();
    connect(&runner, &SetupRunner::activity, this, [this](StepId id, const Activity &activity) {
        if (m_running && id == m_shownAs)
            m_activity->add(activity);
    });
    connect(&runner, &SetupRunner::progress, this, [this](StepId id, const QString &text) {
        if (m_running && id == m_shownAs)
            m_progress->setText(text);
    });
    connect(&runner, &SetupRunner::busyChanged, this, &AfterSetupDialog::refreshControls);
    refreshControls();
}

void AfterSetupDialog::setIntroduction(const QString &text)
{
    m_introduction->setText(text);
}

void AfterSetupDialog::setPlan(const QList<PlanLine> &lines)
{
    m_plan->setPlan(lines);
    m_plan->setVisible(!lines.isEmpty());
}

void AfterSetupDialog::setConfirmation(const QString &key, const QString &text)
{
    m_confirmKey = key;
    m_confirmText->setText(text);
    m_confirmText->setVisible(!key.isEmpty());
    m_confirm->setVisible(!key.isEmpty());
    refreshControls();
}

void AfterSetupDialog::setRefusal(const std::optional<Error> &refusal)
{
    m_refused = refusal.has_value();
    showInStrip(m_refusal, refusal ? errorText(*refusal) : QString());
    refreshControls();
}

void AfterSetupDialog::refreshControls()
{
    const bool busy = m_context.runner().isBusy();
    const bool confirmed = m_confirmKey.isEmpty() || m_confirm->isChecked();
    m_run->setEnabled(!busy && !m_refused && confirmed);
    m_confirm->setEnabled(!busy && !m_refused);
    m_stop->setVisible(m_running);
    m_close->setEnabled(!m_running);
}

void AfterSetupDialog::run()
{
    if (m_context.runner().isBusy())
        return;
    // The confirmation goes to the session as the answers file's would (confirm.<key>).
    if (!m_confirmKey.isEmpty()) {
        SessionInputs inputs = m_context.session().inputs();
        inputs.confirmations.insert(m_confirmKey, true);
        m_context.changeInputs(inputs);
    }
    showInStrip(m_error, {});
    showInStrip(m_success, {});
    m_running = true;
    m_progress->setText(tr("Running…"));
    refreshControls();
    QCoro::connect(runOperation(), this, [this](const Status &status) { finished(status); });
}

void AfterSetupDialog::finished(const Status &status)
{
    m_running = false;
    m_progress->clear();
    if (status)
        showInStrip(m_success, successText());
    else
        showInStrip(m_error, errorText(status.error()));
    refreshContent();
    refreshControls();
}

void AfterSetupDialog::reject()
{
    if (!m_running)
        QDialog::reject();
}

} // namespace s2s
