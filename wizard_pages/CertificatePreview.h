#pragma once

#include <QWidget>

#include "core/Error.h"
#include "steps/StsCertificatePreview.h"

class QLabel;
class QPushButton;

namespace s2s {

class WizardContext;

// Step 3's view of a certificate: the one the engine says the choice uses (stsCertificatePreview),
// as the admin reads it before anything changes, and, for a PFX the wizard made or opened, a button
// that copies its password. Hidden while there is nothing to show.
class CertificatePreview : public QWidget {
    Q_OBJECT
public:
    CertificatePreview(WizardContext &context, QWidget *parent);

    void showPreview(const StsCertificatePreview &preview);

Q_SIGNALS:
    // The credential store could not be read: the page shows it with its other errors.
    void failed(const Error &error);

private:
    void copyPassword();

    WizardContext &m_context;
    QLabel *m_details = nullptr;
    QPushButton *m_copyPassword = nullptr;
    QLabel *m_copyNote = nullptr;
};

} // namespace s2s
