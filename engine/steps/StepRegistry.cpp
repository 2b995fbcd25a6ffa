#include "Steps.h"

namespace s2s {

StepRegistry::StepRegistry()
{
    m_steps.push_back(makeWebAppAuthStep());
    m_steps.push_back(makeOAuthOverHttpStep());
    m_steps.push_back(makeStsCertificateStep());
    m_steps.push_back(makeConnectStep());
    m_steps.push_back(makeVariablesStep());
    m_steps.push_back(makeUploadCertificateStep());
    m_steps.push_back(makeAddSpnStep());
    m_steps.push_back(makeRegisterAppPrincipalStep());
    m_steps.push_back(makeAuthRealmStep());
    m_steps.push_back(makeAcsTrustStep());
    std::vector<Step *> others;
    for (const auto &step : m_steps)
        others.push_back(step.get());
    m_steps.push_back(makeFinalValidationStep(others));
}

const Step &StepRegistry::step(StepId id) const
{
    return *m_steps.at(size_t(stepNumber(id) - 1));
}

Step &StepRegistry::step(StepId id)
{
    return *m_steps.at(size_t(stepNumber(id) - 1));
}

} // namespace s2s
