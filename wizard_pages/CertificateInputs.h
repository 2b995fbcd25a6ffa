#pragma once

#include "StepInputs.h"

class QRadioButton;

namespace s2s {

// Step 3: which STS certificate the trust uses. This version keeps the current one.
class CertificateInputs : public StepInputs {
    Q_OBJECT
public:
    CertificateInputs(WizardContext &context, QWidget *parent);

    void load() override;

private:
    QRadioButton *m_keep = nullptr;
};

} // namespace s2s
