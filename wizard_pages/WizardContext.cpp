#include "WizardContext.h"

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
    auto opened = openBackends(options, m_signInUi);
    if (opened)
        m_workbench.setBackends(std::move(opened.value()));
    else
        m_backendError = opened.error();
}

WizardContext::~WizardContext() = default;

Status WizardContext::openLab(const QString &folder)
{
    if (hasSession())
        return Error{u"session.open"_s, tr("A session is already open."), {}, {}};
    Options options = m_options;
    options.labDir = folder;
    auto opened = s2s::openLab(folder, options, m_signInUi);
    if (!opened)
        return opened.error();
    m_workbench.setBackends(std::move(opened.value()));
    m_backendError.reset();
    Q_EMIT backendsChanged();
    return success();
}

Status WizardContext::openSession(const QString &path)
{
    if (!hasBackends())
        return *m_backendError;
    if (hasSession())
        return success();
    SessionSetup setup;
    setup.path = path; // no answers; confirmations stay the admin's
    // A resumed session's confirmations are asked again: one stored in the file never authorizes
    // an outage or a removal on its own.
    setup.askConfirmationsAgain = true;
    if (const Status opened = m_workbench.openSession(setup); !opened)
        return opened;
    Q_EMIT sessionOpened();
    return success();
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
