#include "WizardContext.h"

#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include "steps/StsCertificateSource.h"

using namespace Qt::StringLiterals;

namespace s2s {
WizardContext::WizardContext(const Options &options, std::function<void(const QUrl &)> openBrowser,
                             QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    m_signInUi.openBrowser = std::move(openBrowser);
    m_signInUi.showMessage = [this](const QString &text) { Q_EMIT tenantMessage(text); };
    m_signInUi.promptDone = [this] { Q_EMIT tenantMessage(QString()); };
    m_workbench.setSaveStatusHandler([this] { Q_EMIT saveErrorChanged(); });
    connect(&m_opening, &QFutureWatcher<Result<LabPreparation>>::finished, this,
            &WizardContext::finishOpeningLab);
    connect(&m_sessionLoad, &QFutureWatcher<Status>::finished, this, &WizardContext::finishOpeningSession);
    if (!options.labDir.isEmpty()) {
        // Opening already (the window's first frame says so), prepared once the event loop runs:
        // after the window is shown, so that its threads do not slow the window's start-up.
        m_isOpening = true;
        m_openingOptions = options;
        QTimer::singleShot(0, this, [this] { startOpeningLab(m_options.labDir); });
        return;
    }
    auto opened = openBackends(options, m_signInUi);
    if (opened)
        m_workbench.setBackends(std::move(opened.value()));
    else
        m_backendError = opened.error();
}

// A lab still being prepared writes its folder: it ends before the window's objects go.
WizardContext::~WizardContext()
{
    m_opening.waitForFinished();
    m_sessionLoad.waitForFinished(); // it loads into m_loadingSession
}

Status WizardContext::openLab(const QString &folder)
{
    if (hasSession())
        return Error{u"session.open"_s, tr("A session is already open."), {}, {}};
    if (isOpeningBackends())
        return success(); // the one being opened reports when it is done
    startOpeningLab(folder);
    Q_EMIT backendsChanged();
    return success();
}

void WizardContext::startOpeningLab(const QString &folder)
{
    m_openingOptions = m_options;
    m_openingOptions.labDir = folder;
    m_isOpening = true;
    // One thread: the window being shown keeps a core.
    m_opening.setFuture(prepareLab(folder, !m_openingOptions.endpoints, KeyPace::OneThread));
}

void WizardContext::finishOpeningLab()
{
    const Result<LabPreparation> prepared = m_opening.result();
    auto opened = prepared ? s2s::openLab(m_openingOptions.labDir, m_openingOptions, m_signInUi, *prepared)
                           : Result<Backends>(prepared.error());
    if (opened) {
        m_workbench.setBackends(std::move(opened.value()));
        m_backendError.reset();
    } else {
        m_backendError = opened.error();
    }
    m_isOpening = false;
    Q_EMIT backendsChanged();
}

SessionSetup WizardContext::sessionSetup(const QString &path) const
{
    SessionSetup setup;
    setup.path = path; // no answers; confirmations stay the admin's
    // A resumed session's confirmations are asked again: one stored in the file never authorizes
    // an outage or a removal on its own.
    setup.askConfirmationsAgain = true;
    return setup;
}

Status WizardContext::openSession(const QString &path)
{
    if (!hasBackends())
        return *m_backendError;
    if (hasSession())
        return success();
    if (const Status opened = m_workbench.openSession(sessionSetup(path)); !opened)
        return opened;
    Q_EMIT sessionOpened();
    return success();
}

Status WizardContext::beginOpenSession(const QString &path)
{
    if (!hasBackends())
        return *m_backendError;
    if (hasSession() || isOpeningSession())
        return success();
    auto locked = SessionFile::lock(path);
    if (!locked)
        return locked.error();
    m_loadingSession = std::move(locked.value());
    m_sessionOpenError.reset();
    m_sessionLoad.setFuture(
        QtConcurrent::run([file = m_loadingSession.get(), ui = thread()] { return file->load(ui); }));
    return success();
}

void WizardContext::finishOpeningSession()
{
    const Status loaded = m_sessionLoad.result();
    std::unique_ptr<SessionFile> file = std::move(m_loadingSession);
    Status opened = loaded;
    if (loaded) {
        file->watch();
        const QString path = file->path();
        opened = m_workbench.adoptSession(sessionSetup(path), std::move(file));
    }
    if (opened)
        Q_EMIT sessionOpened();
    else
        m_sessionOpenError = opened.error();
    Q_EMIT sessionOpenEnded();
}

std::optional<SignedInAccount> WizardContext::account() const
{
    return hasBackends() ? m_workbench.backends().tenant->account() : std::nullopt;
}

QCoro::Task<Status> WizardContext::signOut()
{
    if (!hasBackends())
        co_return success();
    co_return co_await m_workbench.backends().tenant->signOut();
}

QCoro::Task<Result<std::optional<QString>>> WizardContext::pfxPassword()
{
    std::optional<QString> none;
    if (!hasBackends() || !hasSession() || session().variables().stsCertificate.pfxPath.isEmpty())
        co_return none;
    co_return co_await storedPfxPassword(*m_workbench.backends().secrets, session().inputs().certificate,
                                         session().variables().stsCertificate.pfxPath);
}

QCoro::Task<FarmOverview> WizardContext::farmOverview()
{
    if (!hasBackends()) {
        FarmOverview none;
        none.error = m_backendError;
        co_return none;
    }
    co_return co_await readFarmOverview(*m_workbench.backends().farm);
}

QCoro::Task<bool> WizardContext::runsFittingDedicatedStsCertificate()
{
    if (!hasBackends())
        co_return false;
    co_return co_await s2s::runsFittingDedicatedStsCertificate(*m_workbench.backends().farm,
                                                               m_options.warnDays);
}

void WizardContext::changeInputs(const SessionInputs &inputs)
{
    if (!hasSession())
        return;
    runner().changeInputs(inputs);
}

} // namespace s2s
