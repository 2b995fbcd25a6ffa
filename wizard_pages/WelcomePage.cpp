#include "WelcomePage.h"

#include <QDir>
#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>
#include <QWizard>

#include <QCoro/QCoroTask>

#include <algorithm>

#include "AfterSetupActions.h"
#include "FarmStatusView.h"
#include "OpeningIndicator.h"
#include "PageIds.h"
#include "PageWidgets.h"
#include "WizardContext.h"

using namespace Qt::StringLiterals;

namespace s2s {

WelcomePage::WelcomePage(WizardContext &context, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
{
    setObjectName(u"welcomePage"_s);
    setTitle(tr("Welcome to the S2S Wizard"));

    QLabel *intro = makeTextLabel(u"introLabel"_s, this);
    intro->setText(tr("This wizard sets up the server-to-server trust between your SharePoint "
                      "Server farm and SharePoint Online, one documented step at a time. Each "
                      "step shows what it will run, runs it when you click Run and validates the "
                      "result before you can go on. Your progress is saved, so you can close the "
                      "wizard and resume later, and the transcript can be exported for your "
                      "change record."));

    m_error = makeMessageStrip(StripKind::Error, u"errorLabel"_s, this);
    m_openLab = new QPushButton(this);
    m_openLab->setObjectName(u"openLabButton"_s);
    m_openLab->setText(tr("Open the lab in %1").arg(QDir::toNativeSeparators(defaultLabFolder())));
    m_openLab->hide();
    connect(m_openLab, &QPushButton::clicked, this, &WelcomePage::openLab);

    auto *choice = new QGroupBox(tr("Session"), this);
    choice->setObjectName(u"sessionGroupBox"_s);
    m_choice = choice;
    m_new = new QRadioButton(tr("&Start a new setup"), choice);
    m_new->setObjectName(u"newSetupRadioButton"_s);
    m_resume = new QRadioButton(choice);
    m_resume->setObjectName(u"resumeRadioButton"_s);
    connect(m_resume, &QRadioButton::toggled, this, &WelcomePage::emitPreview);
    m_session = makeTextLabel(u"sessionLabel"_s, choice);
    m_session->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *choiceLayout = new QVBoxLayout(choice);
    choiceLayout->addWidget(m_resume);
    choiceLayout->addWidget(m_new);
    choiceLayout->addWidget(m_session);

    m_passedOver = makeMessageStrip(StripKind::Warning, u"passedOverLabel"_s, this);
    m_passedOver->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress = makeTextLabel(u"progressLabel"_s, this);
    m_afterSetup = new AfterSetupActions(m_context, this);
    m_afterSetup->setSessionOpener([this] {
        if (m_context.hasSession())
            return true;
        if (const Status opened = m_context.openSession(m_setUpPath); !opened) {
            showInStrip(m_error, errorText(opened.error()));
            return false;
        }
        refresh();
        return true;
    });
    connect(m_afterSetup, &AfterSetupActions::dialogClosed, this, &WelcomePage::refresh);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makeLabBanner(m_context, this));
    layout->addWidget(makeTenantMessageStrip(m_context, this));
    layout->addWidget(makeSaveErrorStrip(m_context, this));
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addWidget(m_error);
    layout->addWidget(new OpeningIndicator(m_context, this));
    layout->addWidget(m_openLab, 0, Qt::AlignLeft);
    layout->addWidget(new FarmStatusView(m_context, this));
    layout->addWidget(choice);
    layout->addWidget(m_passedOver);
    layout->addWidget(m_progress);
    layout->addWidget(m_afterSetup);
    layout->addStretch(1);

    connect(&m_context, &WizardContext::sessionOpenEnded, this, &WelcomePage::sessionOpenEnded);
    connect(&m_context, &WizardContext::backendsChanged, this, [this] {
        const std::optional<Error> &failed = m_context.backendError();
        showInStrip(m_error, failed && !m_context.isOpeningBackends() ? errorText(*failed) : QString());
        refresh();
    });
    if (m_context.backendError())
        showInStrip(m_error, errorText(*m_context.backendError()));
    refresh();
}

void WelcomePage::initializePage()
{
    refresh();
}

void WelcomePage::refresh()
{
    const bool ready = m_context.hasBackends();
    const bool opened = m_context.hasSession();
    const QString given = m_context.options().sessionFile;
    m_openLab->setVisible(!ready && !m_context.isOpeningBackends());
    m_choice->setVisible(ready);
    m_offer.reset();
    QList<PassedOverSession> passedOver;
    if (ready && !opened && given.isEmpty()) {
        // An unfinished setup first; else the finished one, to validate, renew or remove.
        SessionOffers offers = findSessionOffers(SessionFile::defaultFolder(), m_context.target());
        m_offer = offers.resumable ? offers.resumable : offers.setUp;
        passedOver = offers.passedOver;
    }
    showInStrip(m_passedOver, passedOverText(passedOver));

    m_resume->setVisible(m_offer.has_value());
    m_new->setVisible(given.isEmpty() && !opened);
    m_resume->setEnabled(!opened);
    if (m_offer) {
        m_resume->setText(m_offer->firstUnfinished
                              ? tr("&Resume the setup %1").arg(describe(*m_offer))
                              : tr("&Open the finished setup %1").arg(describe(*m_offer)));
        if (!m_new->isChecked())
            m_resume->setChecked(true);
    } else {
        m_new->setChecked(true);
    }

    QString session;
    if (opened) {
        session = tr("Session file: %1").arg(QDir::toNativeSeparators(m_context.sessionPath()));
    } else if (!given.isEmpty()) {
        const auto summary = summarizeSession(given);
        session = tr("Session file: %1").arg(QDir::toNativeSeparators(given)) + u"\n"_s +
                  (summary ? tr("Resumes the setup %1.").arg(describe(*summary))
                           : tr("A new setup starts in this file."));
    }
    showInStrip(m_session, session);
    refreshAfterSetup();
    emitPreview();
    Q_EMIT completeChanged();
}

void WelcomePage::emitPreview()
{
    const bool resuming = m_offer && m_resume->isChecked() && !m_context.hasSession();
    Q_EMIT previewChanged(resuming ? m_offer->states : QList<StepState>());
}

QString WelcomePage::passedOverText(const QList<PassedOverSession> &passedOver) const
{
    if (passedOver.isEmpty())
        return {};
    // The newest few, each with why; a folder of old broken files should not fill the page.
    constexpr qsizetype shown = 3;
    QStringList lines{
        tr("Not offered: %n session file(s) in %1 that cannot be opened.", nullptr, int(passedOver.size()))
            .arg(QDir::toNativeSeparators(SessionFile::defaultFolder()))};
    for (const PassedOverSession &file : passedOver.first(std::min(shown, passedOver.size())))
        lines.append(tr("%1: %2").arg(QFileInfo(file.path).fileName(), file.why.message));
    if (passedOver.size() > shown)
        lines.append(tr("… and %n more.", nullptr, int(passedOver.size() - shown)));
    lines.append(tr("What to do: fix the file from a copy you trust, or move it out of the folder. "
                    "The wizard never resumes a session file it cannot check."));
    return lines.join(u'\n');
}

QString WelcomePage::describe(const SessionSummary &summary) const
{
    const QString started = QLocale().toString(summary.started.toLocalTime(), QLocale::ShortFormat);
    if (!summary.firstUnfinished)
        return tr("started %1; every step is done").arg(started);
    const StepId next = *summary.firstUnfinished;
    return tr("started %1; next: step %2, %3")
        .arg(started)
        .arg(stepNumber(next))
        .arg(m_context.steps().step(next).title());
}

std::optional<SessionSummary> WelcomePage::setUpSession()
{
    if (!m_context.hasBackends())
        return std::nullopt;
    // The open session from memory (a long transcript is not parsed again on every refresh), or
    // the one given on the command line.
    std::optional<SessionSummary> summary;
    if (m_context.hasSession())
        summary = summaryOf(m_context.sessionPath(), m_context.session());
    else if (!m_context.options().sessionFile.isEmpty())
        summary = summarizeSession(m_context.options().sessionFile);
    if (m_context.hasSession() || !m_context.options().sessionFile.isEmpty())
        return summary && !summary->firstUnfinished ? summary : std::nullopt;
    if (m_offer && !m_offer->firstUnfinished)
        return m_offer;
    return std::nullopt; // an unfinished setup comes first
}

void WelcomePage::refreshAfterSetup()
{
    const std::optional<SessionSummary> setUp = setUpSession();
    m_afterSetup->setVisible(setUp.has_value());
    if (!setUp)
        return;
    m_setUpPath = setUp->path;
    m_afterSetup->setDescription(
        tr("The trust was set up by the session started %1 (%2). It lives for years: renew its STS "
           "certificate before it expires (without an outage), or take the trust down.")
            .arg(QLocale().toString(setUp->started.toLocalTime(), QLocale::ShortFormat),
                 QDir::toNativeSeparators(setUp->path)));
}

bool WelcomePage::isComplete() const
{
    return m_context.hasBackends() && !m_revalidating && !m_context.isOpeningSession();
}

QString WelcomePage::chosenSessionPath() const
{
    if (!m_context.options().sessionFile.isEmpty())
        return m_context.options().sessionFile;
    if (m_offer && m_resume->isChecked())
        return m_offer->path;
    return SessionFile::newSessionPath();
}

bool WelcomePage::validatePage()
{
    if (m_revalidating || m_context.isOpeningSession())
        return false;
    if (m_context.hasSession())
        return true;
    // Read off the UI thread (a transcript of years); sessionOpenEnded() goes on.
    if (const Status opening = m_context.beginOpenSession(chosenSessionPath()); !opening) {
        showInStrip(m_error, errorText(opening.error()));
        return false;
    }
    m_progress->setText(tr("Opening the session…"));
    Q_EMIT completeChanged();
    return false;
}

void WelcomePage::sessionOpenEnded()
{
    m_progress->clear();
    const std::optional<Error> &failed = m_context.sessionOpenError();
    showInStrip(m_error, failed ? errorText(*failed) : QString());
    refresh();
    if (!failed && m_context.isResumedSession()) {
        // The farm may have changed since: finished steps validate again before the wizard goes on.
        m_revalidating = true;
        m_progress->setText(tr("Validating the finished steps again…"));
        QCoro::connect(m_context.runner().revalidateFinished(), this, &WelcomePage::revalidated);
    } else if (!failed) {
        QMetaObject::invokeMethod(wizard(), &QWizard::next, Qt::QueuedConnection);
    }
    Q_EMIT completeChanged();
}

void WelcomePage::revalidated()
{
    m_revalidating = false;
    m_progress->clear();
    Q_EMIT completeChanged();
    QMetaObject::invokeMethod(wizard(), &QWizard::next, Qt::QueuedConnection);
}

int WelcomePage::nextId() const
{
    if (!m_context.hasSession())
        return Step1;
    const auto next = m_context.session().firstUnfinished();
    return next ? pageIdFor(*next) : pageIdFor(StepId::FinalValidation);
}

void WelcomePage::openLab()
{
    if (const Status opened = m_context.openLab(defaultLabFolder()); !opened)
        showInStrip(m_error, errorText(opened.error()));
}

} // namespace s2s
