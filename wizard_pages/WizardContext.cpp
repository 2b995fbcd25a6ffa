#include "WizardContext.h"

#include "cli/Answers.h"

using namespace Qt::StringLiterals;

namespace s2s {
namespace {

// The lab fills in the inputs it knows; confirmations stay with the checkboxes on the pages.
SessionInputs withLabDefaults(const SessionInputs &inputs)
{
    SessionInputs filled = Answers().appliedTo(inputs, true);
    filled.confirmations = inputs.confirmations;
    return filled;
}

// Whether the choices a step validates differ (confirmations only allow a change).
bool sameChoices(const SessionInputs &a, const SessionInputs &b)
{
    return a.webApplication == b.webApplication && a.zone == b.zone
           && a.publicDomain == b.publicDomain && a.certificateMode == b.certificateMode;
}

} // namespace

WizardContext::WizardContext(const Options &options, QObject *parent)
    : QObject(parent), m_options(options)
{
    auto opened = openBackends(options);
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
    auto opened = s2s::openLab(folder);
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
        session.setInputs(withLabDefaults(session.inputs()));
    m_runner = std::make_unique<SetupRunner>(session, *m_backends->farm, *m_backends->tenant,
                                             m_backends->endpoints);
    Q_EMIT sessionOpened();
    return success();
}

void WizardContext::changeInputs(StepId owner, const SessionInputs &inputs)
{
    if (!hasSession())
        return;
    const bool choicesChanged = !sameChoices(inputs, session().inputs());
    if (!choicesChanged && inputs.confirmations == session().inputs().confirmations)
        return;
    session().setInputs(inputs);
    if (choicesChanged && isDone(session().step(owner).state))
        session().setStepState(owner, StepState::Pending);
}

} // namespace s2s
