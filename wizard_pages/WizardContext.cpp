#include "WizardContext.h"

#include "cli/Answers.h"
#include "steps/StsCertificateSource.h"

using namespace Qt::StringLiterals;

namespace s2s {
WizardContext::WizardContext(const Options &options, std::function<void(const QUrl &)> openBrowser,
                             QObject *parent)
    : QObject(parent), m_options(options)
{
    m_signInUi.openBrowser = std::move(openBrowser);
    m_signInUi.showMessage = [this](const QString &text) { Q_EMIT tenantMessage(text); };
    m_signInUi.promptDone = [this] { Q_EMIT tenantMessage(QString()); };
    auto opened = openBackends(options, m_signInUi);
    if (opened)
        m_backends = std::move(opened.value());
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
    m_backends = std::move(opened.value());
    m_backendError.reset();
    Q_EMIT backendsChanged();
    return success();
}

Status WizardContext::openSession(const QString &path)
{
    if (!m_backends)
        return *m_backendError;
    if (hasSession())
        return success();
    auto opened = SessionFile::open(path);
    if (!opened)
        return opened.error();
    m_file = std::move(opened.value());
    Session &session = m_file->session();
    session.setOrigin(currentOrigin(*m_backends));
    if (m_backends->isLab())
        session.setInputs(withLabDefaults(session.inputs(), false)); // confirmations: the admin's
    m_runner = std::make_unique<SetupRunner>(session, *m_backends->farm, *m_backends->tenant,
                                             m_backends->endpoints);
    m_runner->setSecretStore(*m_backends->secrets);
    Q_EMIT sessionOpened();
    return success();
}

std::optional<SignedInAccount> WizardContext::account() const
{
    return m_backends ? m_backends->tenant->account() : std::nullopt;
}

QCoro::Task<Status> WizardContext::signOut()
{
    if (!m_backends)
        co_return success();
    co_return co_await m_backends->tenant->signOut();
}

QCoro::Task<Result<std::optional<QString>>> WizardContext::pfxPassword()
{
    std::optional<QString> none;
    if (!m_backends || !hasSession() || session().variables().stsCertificate.pfxPath.isEmpty())
        co_return none;
    const QString key = pfxPasswordKey(session().variables().stsCertificate.pfxPath);
    co_return co_await m_backends->secrets->read(key);
}

void WizardContext::changeInputs(const SessionInputs &inputs)
{
    if (!hasSession())
        return;
    runner().changeInputs(inputs);
}

} // namespace s2s
