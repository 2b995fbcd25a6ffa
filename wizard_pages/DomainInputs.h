#pragma once

#include <QStringList>

#include "StepInputs.h"
#include "core/Error.h"

class QComboBox;

namespace s2s {

// Step 5: the public DNS domain ($spcn), typed or picked from the tenant's verified domains.
class DomainInputs : public StepInputs {
    Q_OBJECT
public:
    DomainInputs(WizardContext &context, QWidget *parent);

    void load() override;

private:
    void offer(const QString &domain);
    void offerVerifiedDomains(const Result<QStringList> &domains);

    QComboBox *m_domain = nullptr;
};

} // namespace s2s
