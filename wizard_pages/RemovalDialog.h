#pragma once

#include "AfterSetupDialog.h"

class QLabel;

namespace s2s {

// "Remove the hybrid trust": lists exactly what the session added or changed and will undo, in
// the order it undoes it, and what stays (the STS certificate); runs only once the admin confirms.
class RemovalDialog : public AfterSetupDialog {
    Q_OBJECT
public:
    RemovalDialog(WizardContext &context, QWidget *parent);

protected:
    QCoro::Task<Status> runOperation() override;
    QString successText() override;
    void refreshContent() override;

private:
    QLabel *m_items = nullptr;
    QLabel *m_keeps = nullptr;
};

} // namespace s2s
