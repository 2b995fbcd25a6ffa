#pragma once

#include "StepInputs.h"
#include "core/Error.h"
#include "session/CertificateChoice.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace s2s {

class CertificatePreview;
class ServerProgressList;

// Step 3: which STS certificate the trust uses (generate, import a PFX, keep the current one),
// beside the certificate that choice uses (CertificatePreview), and the servers as they are
// updated.
class CertificateInputs : public StepInputs {
    Q_OBJECT
public:
    CertificateInputs(WizardContext &context, QWidget *parent);

    void load() override;
    bool isReady() const override;
    QWidget *progressView() const override;

private:
    QWidget *makeOptions();
    void bindSession();
    void store();
    void browse();
    void prepare();
    void prepared(const Result<StsCertificateRecord> &record);
    void showState();
    CertificateMode mode() const;
    // What PROCEDURE.md recommends, as long as the session holds no choice of the admin: generate,
    // or keep when the farm already signs with a dedicated certificate that passes the checks.
    void preselect();
    void applyPreselection(CertificateMode mode);
    QRadioButton *buttonFor(CertificateMode mode) const;

    QRadioButton *m_keep = nullptr;
    QRadioButton *m_generate = nullptr;
    QRadioButton *m_import = nullptr;
    QWidget *m_options = nullptr;
    QComboBox *m_keySize = nullptr;
    QSpinBox *m_validityYears = nullptr;
    QLineEdit *m_pfxPath = nullptr;
    QPushButton *m_browse = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_legacy = nullptr;
    QPushButton *m_prepare = nullptr;
    CertificatePreview *m_preview = nullptr;
    QLabel *m_warning = nullptr;
    QLabel *m_error = nullptr;
    ServerProgressList *m_servers = nullptr;
    bool m_loading = false;
    bool m_readingFarm = false; // whether the farm's certificate can stay: being read
    bool m_currentFits = false; // it can: keep is preselected
};

} // namespace s2s
