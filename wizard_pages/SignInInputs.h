#pragma once

#include "StepInputs.h"

class QLabel;
class QPushButton;

namespace s2s {

// Step 4: who is signed in to Microsoft 365, and "Sign out", which forgets the stored sign-in
// (what sign-in asks the admin to read shows on every page: makeTenantMessageStrip).
class SignInInputs : public StepInputs {
    Q_OBJECT
public:
    SignInInputs(WizardContext &context, QWidget *parent);

    void load() override;

private:
    void showAccount();
    void signOut();

    QLabel *m_account = nullptr;
    QPushButton *m_signOut = nullptr;
};

} // namespace s2s
