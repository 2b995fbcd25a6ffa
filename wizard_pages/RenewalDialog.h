#pragma once

#include "AfterSetupDialog.h"

class QLabel;

namespace s2s {

// "Renew the STS certificate": the certificate the farm signs with now, the new one the renewal
// makes or opens, the order that keeps the trust working (new key first, old key last), and the
// outage confirmation of step 3 (one server at a time).
class RenewalDialog : public AfterSetupDialog {
    Q_OBJECT
public:
    RenewalDialog(WizardContext &context, QWidget *parent);

protected:
    QCoro::Task<Status> runOperation() override;
    QString successText() override;
    void refreshContent() override;

private:
    QLabel *m_certificates = nullptr;
};

} // namespace s2s
