#include "WizardContext.h"

#include "cli/Answers.h"

using namespace Qt::StringLiterals;

namespace s2s {
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
        session.setInputs(withLabDefaults(session.inputs(), false)); // confirmations: the admin's
    m_runner = std::make_unique<SetupRunner>(session, *m_backends->farm, *m_backends->tenant,
                                             m_backends->endpoints);
    m_runner->setSecretStore(*m_backends->secrets);
    Q_EMIT sessionOpened();
    return success();
}

void WizardContext::changeInputs(const SessionInputs &inputs)
{
    if (!hasSession())
        return;
    runner().changeInputs(inputs);
}

} // namespace s2s
