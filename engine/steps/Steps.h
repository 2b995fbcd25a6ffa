#pragma once

#include <memory>
#include <vector>

#include "steps/Step.h"

namespace s2s {

// One factory per documented step; each lives in its own file.
std::unique_ptr<Step> makeWebAppAuthStep();
std::unique_ptr<Step> makeOAuthOverHttpStep();
std::unique_ptr<Step> makeStsCertificateStep();
std::unique_ptr<Step> makeConnectStep();
std::unique_ptr<Step> makeVariablesStep();
std::unique_ptr<Step> makeUploadCertificateStep();
std::unique_ptr<Step> makeAddSpnStep();
std::unique_ptr<Step> makeRegisterAppPrincipalStep();
std::unique_ptr<Step> makeAuthRealmStep();
std::unique_ptr<Step> makeAcsTrustStep();
// Re-validates every other step; they must outlive it.
std::unique_ptr<Step> makeFinalValidationStep(std::vector<Step *> others);

// All eleven steps in PROCEDURE.md order.
class StepRegistry {
public:
    StepRegistry();
    // Read only: what the pages and reports show. Only the runner runs a step.
    const Step &step(StepId id) const;
    Step &step(StepId id);
    const std::vector<std::unique_ptr<Step>> &all() const { return m_steps; }

private:
    std::vector<std::unique_ptr<Step>> m_steps;
};

} // namespace s2s
