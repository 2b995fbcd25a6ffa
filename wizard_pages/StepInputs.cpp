#include "StepInputs.h"

#include "CertificateInputs.h"
#include "DomainInputs.h"
#include "SignInInputs.h"
#include "WebAppInputs.h"

namespace s2s {

StepInputs::StepInputs(WizardContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{}

StepInputs *makeStepInputs(StepId id, WizardContext &context, QWidget *parent)
{
    switch (id) {
    case StepId::WebAppAuth: return new WebAppInputs(context, parent);
    case StepId::StsCertificate: return new CertificateInputs(context, parent);
    case StepId::Connect: return new SignInInputs(context, parent);
    case StepId::Variables: return new DomainInputs(context, parent);
    default: return nullptr;
    }
}

} // namespace s2s
