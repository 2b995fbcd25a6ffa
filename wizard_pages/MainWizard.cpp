#include "MainWizard.h"

#include <QAbstractButton>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

#include "AboutDialog.h"
#include "FileDialog.h"
#include "PageWidgets.h"
#include "StepListPanel.h"
#include "StepPage.h"
#include "WelcomePage.h"
#include "WizardContext.h"
#include "session/TranscriptExport.h"

using namespace Qt::StringLiterals;

namespace s2s {

MainWizard::MainWizard(WizardContext &context, QWidget *parent)
    : QWizard(parent)
    , m_context(context)
{
    setObjectName(u"mainWizard"_s);
    setWindowTitle(tr("S2S Wizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveCustomButton1);
    setButtonText(QWizard::CustomButton1, tr("Export transcript…"));
    button(QWizard::CustomButton1)->setObjectName(u"exportButton"_s);
    button(QWizard::CustomButton1)->setEnabled(false);
    // QWizard's Help button, relabelled: the About box is the wizard's help.
    setOption(QWizard::HaveHelpButton);
    setButtonText(QWizard::HelpButton, tr("About…"));
    button(QWizard::HelpButton)->setObjectName(u"aboutButton"_s);
    connect(&m_exporting, &QFutureWatcher<Status>::finished, this, &MainWizard::showExportResult);
    setButtonLayout({QWizard::CustomButton1, QWizard::HelpButton, QWizard::Stretch, QWizard::BackButton,
                     QWizard::NextButton, QWizard::FinishButton, QWizard::CancelButton});
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            exportTranscript();
    });
    connect(this, &QWizard::helpRequested, this, &MainWizard::showAbout);

    auto *welcome = new WelcomePage(m_context, this);
    setPage(Welcome, welcome);
    for (StepId id : allStepIds()) {
        auto *page = new StepPage(id, m_context, this);
        setPage(pageIdFor(id), page);
        connect(page, &StepPage::exportRequested, this, &MainWizard::exportTranscript);
        connect(page, &StepPage::revisitRequested, this, &MainWizard::goToStep);
    }
    setStartId(Welcome);

    m_panel = new StepListPanel(m_context, this);
    setSideWidget(m_panel);
    connect(welcome, &WelcomePage::previewChanged, m_panel, &StepListPanel::previewStates);
    connect(this, &QWizard::currentIdChanged, this,
            [this](int id) { m_panel->setCurrentStep(stepForPage(id)); });

    connect(&m_context, &WizardContext::sessionOpened, this, [this] {
        button(QWizard::CustomButton1)->setEnabled(true);
        // Queued: runs after the pages' own reactions, which let QWizard re-enable Back.
        connect(&m_context.runner(), &SetupRunner::busyChanged, this, &MainWizard::onBusyChanged,
                Qt::QueuedConnection);
    });
    resize(1100, 760);
}

void MainWizard::onBusyChanged(bool)
{
    // One operation at a time: no leaving the page while it runs. Queued, so ask the runner now.
    if (m_context.runner().isBusy())
        button(QWizard::BackButton)->setEnabled(false);
}

void MainWizard::goToStep(StepId step)
{
    if (!m_context.hasSession() || m_context.runner().isBusy())
        return;
    const int target = pageIdFor(step);
    if (visitedIds().contains(target)) {
        while (currentId() != target)
            back();
        return;
    }
    // A resumed session opened on a later page: QWizard goes forward only to what nextId() says.
    m_jumpTo = target;
    next();
    m_jumpTo.reset();
}

int MainWizard::nextId() const
{
    return m_jumpTo ? *m_jumpTo : QWizard::nextId();
}

void MainWizard::showAbout()
{
    // Window-modal without a nested event loop; deleted when closed.
    auto *about = new AboutDialog(this);
    about->setAttribute(Qt::WA_DeleteOnClose);
    about->open();
}

void MainWizard::exportTranscript()
{
    if (!m_context.hasSession() || m_exporting.isRunning())
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = folder + u"/s2s-transcript-"_s +
                              QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s) + u".txt"_s;
    QString path = FileDialog::getSaveFileName(
        this, tr("Export transcript"), suggested,
        tr("Text transcript (*.txt);;HTML report (*.html);;JSON (*.json)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".txt"_s;
    const auto format = transcriptFormatFor(path, {});
    if (!format) {
        m_panel->showExportResult(errorText(format.error()), false);
        return;
    }
    // Off the UI thread: a transcript of years is written in seconds, not a frozen window. The
    // worker gets the state as JSON and the transcript's entries shared (copied only if the UI
    // thread appends meanwhile), never the live session.
    m_exporting.setFuture(QtConcurrent::run([state = m_context.session().toJson(),
                                             transcript = m_context.session().transcript(), path,
                                             format = *format]() -> Status {
        auto session = Session::fromJson(state);
        if (!session)
            return session.error();
        session.value()->restoreTranscript(transcript);
        return s2s::exportTranscript(*session.value(), path, format);
    }));
    m_exportPath = path;
}

void MainWizard::showExportResult()
{
    const Status written = m_exporting.result();
    if (written)
        m_panel->showExportResult(tr("Transcript written to %1").arg(QDir::toNativeSeparators(m_exportPath)),
                                  true);
    else
        m_panel->showExportResult(errorText(written.error()), false);
}

} // namespace s2s
