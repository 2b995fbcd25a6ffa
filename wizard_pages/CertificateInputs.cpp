#include "CertificateInputs.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <QCoro/QCoroTask>

#include "CertificatePreview.h"
#include "FileDialog.h"
#include "PageWidgets.h"
#include "ServerProgressList.h"
#include "WizardContext.h"
#include "steps/StsCertificateSource.h"

using namespace Qt::StringLiterals;

namespace s2s {

CertificateInputs::CertificateInputs(WizardContext &context, QWidget *parent)
    : StepInputs(context, parent)
{
    setObjectName(u"certificateInputsWidget"_s);
    m_keep = new QRadioButton(tr("&Keep the current certificate (not recommended)"), this);
    m_keep->setObjectName(u"keepCertificateRadioButton"_s);
    m_generate = new QRadioButton(tr("&Generate a new certificate"), this);
    m_generate->setObjectName(u"generateCertificateRadioButton"_s);
    m_generate->setChecked(true); // what PROCEDURE.md recommends, until a session says otherwise
    m_import = new QRadioButton(tr("&Import a PFX"), this);
    m_import->setObjectName(u"importCertificateRadioButton"_s);
    auto *group = new QButtonGroup(this);
    for (QRadioButton *button : {m_generate, m_import, m_keep})
        group->addButton(button);
    connect(group, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool checked) {
        if (checked)
            store();
    });

    m_prepare = new QPushButton(this);
    m_prepare->setObjectName(u"prepareCertificateButton"_s);
    connect(m_prepare, &QPushButton::clicked, this, &CertificateInputs::prepare);
    m_preview = new CertificatePreview(context, this);
    connect(m_preview, &CertificatePreview::failed, this,
            [this](const Error &error) { showInStrip(m_error, errorText(error)); });
    m_warning = makeMessageStrip(StripKind::Warning, u"certificateWarningLabel"_s, this);
    m_error = makeMessageStrip(StripKind::Error, u"certificateErrorLabel"_s, this);
    m_servers = new ServerProgressList(StepId::StsCertificate, context, parent);

    auto *modes = new QHBoxLayout;
    modes->addWidget(m_generate);
    modes->addWidget(m_import);
    modes->addWidget(m_keep);
    modes->addStretch();
    // Options on the left, the certificate on the right: the page has little height to spare.
    auto *left = new QVBoxLayout;
    left->addWidget(makeOptions());
    auto *prepareRow = new QHBoxLayout;
    prepareRow->addWidget(m_prepare);
    prepareRow->addStretch();
    left->addLayout(prepareRow);
    left->addStretch();
    auto *right = new QVBoxLayout;
    right->addWidget(m_error);
    right->addWidget(m_preview);
    right->addStretch();
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 3);
    columns->addLayout(right, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(modes);
    layout->addLayout(columns);
    layout->addWidget(m_warning);
    // Never squeezed: the plan and the checks below scroll instead.
    m_options->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    for (QWidget *strip : {m_warning, m_error})
        strip->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);

    context.whenSessionOpen(this, [this] { bindSession(); });
    showState();
}

void CertificateInputs::bindSession()
{
    // Only while the page shows: its opening (load) brings it up to date.
    connect(&context().session(), &Session::changed, this, [this] {
        if (!isVisible())
            return;
        if (!m_loading)
            showState();
        Q_EMIT readyChanged();
    });
    connect(&context().runner(), &SetupRunner::busyChanged, this, [this] {
        if (isVisible())
            showState();
    });
}

void CertificateInputs::load()
{
    if (!context().hasSession())
        return;
    const CertificateChoice &choice = context().session().inputs().certificate;
    m_loading = true;
    m_generate->setChecked(choice.mode == CertificateMode::Generate);
    m_import->setChecked(choice.mode == CertificateMode::Import);
    m_keep->setChecked(choice.mode == CertificateMode::Keep);
    m_keySize->setCurrentIndex(std::max(0, int(m_keySize->findData(choice.keyBits))));
    m_validityYears->setValue(choice.validityYears);
    m_pfxPath->setText(QDir::toNativeSeparators(choice.pfx));
    m_legacy->setChecked(choice.legacyPfx);
    m_loading = false;
    preselect();
    showState();
}

bool CertificateInputs::isReady() const
{
    if (!context().hasSession())
        return false;
    const Session &session = const_cast<WizardContext &>(context()).session();
    return isPreparedFor(session.variables().stsCertificate, session.inputs().certificate);
}

QWidget *CertificateInputs::progressView() const
{
    return m_servers;
}

CertificateMode CertificateInputs::mode() const
{
    if (m_generate->isChecked())
        return CertificateMode::Generate;
    return m_import->isChecked() ? CertificateMode::Import : CertificateMode::Keep;
}

void CertificateInputs::store()
{
    if (m_loading || !context().hasSession())
        return;
    SessionInputs inputs = context().session().inputs();
    inputs.certificate.mode = mode();
    inputs.certificate.keyBits = m_keySize->currentData().toInt();
    inputs.certificate.validityYears = m_validityYears->value();
    inputs.certificate.pfx = QDir::fromNativeSeparators(m_pfxPath->text().trimmed());
    inputs.certificate.legacyPfx = m_legacy->isChecked();
    inputs.certificate.chosen = true;
    context().changeInputs(inputs);
    showState();
}

void CertificateInputs::browse()
{
    const QString start = m_pfxPath->text().isEmpty() ? defaultCertificateFolder() : m_pfxPath->text();
    const QString filter = tr("PFX files (*.pfx *.p12)");
    const QString path = mode() == CertificateMode::Import
                             ? FileDialog::getOpenFileName(this, tr("PFX to import"), start, filter)
                             : FileDialog::getSaveFileName(this, tr("Save the new PFX as"), start, filter);
    if (path.isEmpty())
        return;
    m_pfxPath->setText(QDir::toNativeSeparators(path));
    store();
}

void CertificateInputs::prepare()
{
    if (!context().hasSession() || context().runner().isBusy())
        return;
    showInStrip(m_error, {});
    m_prepare->setEnabled(false);
    QCoro::connect(context().runner().prepareCertificate(m_password->text()), this,
                   [this](const Result<StsCertificateRecord> &record) { prepared(record); });
}

void CertificateInputs::prepared(const Result<StsCertificateRecord> &record)
{
    if (record)
        m_password->clear(); // kept in the secret store now; the widget forgets it
    showInStrip(m_error, record ? QString() : errorText(record.error()));
    showState();
    Q_EMIT readyChanged();
}

void CertificateInputs::showState()
{
    const CertificateMode chosen = mode();
    const bool generating = chosen == CertificateMode::Generate;
    m_options->setVisible(chosen != CertificateMode::Keep);
    for (QWidget *widget : {static_cast<QWidget *>(m_keySize), static_cast<QWidget *>(m_validityYears),
                            static_cast<QWidget *>(m_legacy)})
        widget->setEnabled(generating);
    // The folder only in the tooltip: a long one would not fit the field.
    m_pfxPath->setPlaceholderText(generating ? tr("empty: a new file") : tr("the PFX file to import"));
    m_password->setPlaceholderText(generating ? tr("empty: generated, kept in the credential store")
                                              : tr("the password the PFX was exported with"));
    // A long folder or a long translation may not fit the field: the tooltip shows it whole.
    m_pfxPath->setToolTip(
        generating ? tr("empty: a new file in %1").arg(QDir::toNativeSeparators(defaultCertificateFolder()))
                   : m_pfxPath->placeholderText());
    m_password->setToolTip(generating ? tr("Leave it empty: the wizard generates a strong password "
                                           "and keeps it in the credential store, never in the "
                                           "session file.")
                                      : m_password->placeholderText());
    m_prepare->setText(generating                          ? tr("Generate the cer&tificate")
                       : chosen == CertificateMode::Import ? tr("&Open the PFX")
                                                           : tr("S&how the current certificate"));
    m_prepare->setEnabled(context().hasSession() && !context().runner().isBusy());
    const QString keepText = m_currentFits
                                 ? tr("The farm already signs with a dedicated STS certificate that "
                                      "passes every check of this step: keeping it is preselected.")
                                 : tr("Keeping the farm's current STS certificate is not recommended: "
                                      "a dedicated certificate that you renew on your own schedule "
                                      "is safer. The checks below tell whether it is good enough.");
    showInStrip(m_warning, chosen == CertificateMode::Keep ? keepText : QString());
    if (!context().hasSession())
        return;
    const Session &session = context().session();
    m_preview->showPreview(
        stsCertificatePreview(session.inputs().certificate, session.variables().stsCertificate));
}

} // namespace s2s
