#include "Workbench.h"

#include "workbench/SessionInputsSetup.h"

namespace s2s {

Workbench::Workbench() = default;

// The runner goes first (members in reverse), while the session and the backends it uses live.
// Farm and tenant requests still in flight (a page's read of the web applications or the verified
// domains, a step the admin closed the window on) end now, while the runner and everything their
// coroutines use are alive: left alone, they would wait forever for an answer no event loop
// delivers, and leak.
Workbench::~Workbench()
{
    if (!m_backends)
        return;
    if (m_backends->farm)
        m_backends->farm->abandonRequests();
    if (m_backends->tenant)
        m_backends->tenant->abandonRequests();
}

void Workbench::setBackends(Backends backends)
{
    Q_ASSERT(!hasSession()); // the runner works on the backends it was made with
    m_backends = std::move(backends);
}

Status Workbench::openSession(const SessionSetup &setup)
{
    Q_ASSERT(hasBackends());
    if (hasSession())
        return success();
    if (setup.path.isEmpty()) {
        m_scratch = std::make_unique<Session>();
        m_session = m_scratch.get();
        return setUpSession(setup);
    }
    auto opened = SessionFile::open(setup.path, setup.writer);
    if (!opened)
        return opened.error();
    return adoptSession(setup, std::move(opened.value()));
}

Status Workbench::adoptSession(const SessionSetup &setup, std::unique_ptr<SessionFile> file)
{
    Q_ASSERT(hasBackends() && !hasSession());
    m_file = std::move(file);
    m_file->setSaveStatusHandler([this] {
        if (m_saveStatus)
            m_saveStatus();
    });
    m_session = &m_file->session();
    return setUpSession(setup);
}

Status Workbench::setUpSession(const SessionSetup &setup)
{
    Backends &backends = *m_backends;
    m_session->setOrigin(currentOrigin(backends));
    SessionInputs stored = m_session->inputs();
    if (setup.askConfirmationsAgain)
        stored.confirmations.clear();
    const SessionInputs answered = applyAnswers(setup.answers, stored);
    m_session->setInputs(backends.isLab() ? withLabDefaults(answered, setup.confirmChanges) : answered);
    m_runner = std::make_unique<SetupRunner>(m_steps, *m_session, *backends.farm, *backends.tenant,
                                             backends.endpoints);
    m_runner->setSecretStore(*backends.secrets);
    m_runner->setPasswordFileFolder(backends.passwordFileFolder);
    m_runner->setFarmLockSession(m_file ? m_file->path() : QStringLiteral("(scratch session)"));
    return success();
}

Status Workbench::waitForSessionWrites()
{
    return m_file ? m_file->waitForWrites() : success();
}

std::optional<Error> Workbench::saveError() const
{
    return m_file ? m_file->lastSaveError() : std::nullopt;
}

} // namespace s2s
