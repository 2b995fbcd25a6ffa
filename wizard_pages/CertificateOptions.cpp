// The options and the preselection of step 3's inputs; what the choice does: CertificateInputs.cpp.
#include "CertificateInputs.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>

#include <QCoro/QCoroTask>

#include "WizardContext.h"

using namespace Qt::StringLiterals;

namespace s2s {

namespace {
// A short field at its natural width, left-aligned, instead of stretched across the column.
QHBoxLayout *fieldRow(QWidget *field)
{
    auto *row = new QHBoxLayout;
    row->addWidget(field);
    row->addStretch();
    return row;
}
} // namespace

QWidget *CertificateInputs::makeOptions()
{
    m_options = new QWidget(this);
    m_options->setObjectName(u"certificateOptionsWidget"_s);
    m_keySize = new QComboBox(m_options);
    m_keySize->setObjectName(u"keySizeComboBox"_s);
    for (int bits : CertificateChoice::keySizes())
        m_keySize->addItem(tr("RSA %1 bits").arg(bits), bits);
    m_validityYears = new QSpinBox(m_options);
    m_validityYears->setObjectName(u"validityYearsSpinBox"_s);
    m_validityYears->setRange(CertificateChoice::minValidityYears, CertificateChoice::maxValidityYears);
    m_validityYears->setSuffix(tr(" years"));
    m_pfxPath = new QLineEdit(m_options);
    m_pfxPath->setObjectName(u"pfxPathLineEdit"_s);
    m_browse = new QPushButton(tr("Bro&wse…"), m_options);
    m_browse->setObjectName(u"pfxBrowseButton"_s);
    connect(m_browse, &QPushButton::clicked, this, &CertificateInputs::browse);
    m_password = new QLineEdit(m_options);
    m_password->setObjectName(u"pfxPasswordLineEdit"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_legacy = new QCheckBox(tr("Legacy 3DES PFX (Windows Server 2016 and older)"), m_options);
    m_legacy->setObjectName(u"legacyPfxCheckBox"_s);

    auto *pfxRow = new QHBoxLayout;
    pfxRow->addWidget(m_pfxPath, 1);
    pfxRow->addWidget(m_browse);
    auto *form = new QFormLayout(m_options);
    form->setContentsMargins(0, 0, 0, 0);
    // Rows whose field is a layout get no buddy from QFormLayout: without one the label would
    // show its '&' instead of underlining the accelerator.
    auto *keySizeLabel = new QLabel(tr("Key si&ze:"), m_options);
    keySizeLabel->setBuddy(m_keySize);
    form->addRow(keySizeLabel, fieldRow(m_keySize));
    auto *validityLabel = new QLabel(tr("Validit&y:"), m_options);
    validityLabel->setBuddy(m_validityYears);
    form->addRow(validityLabel, fieldRow(m_validityYears));
    auto *pfxLabel = new QLabel(tr("P&FX file:"), m_options);
    pfxLabel->setBuddy(m_pfxPath);
    form->addRow(pfxLabel, pfxRow);
    form->addRow(tr("PFX passwor&d:"), m_password);
    // Its own full row: German and French labels leave too little room beside a label column.
    form->addRow(m_legacy);

    connect(m_keySize, &QComboBox::currentIndexChanged, this, &CertificateInputs::store);
    connect(m_validityYears, &QSpinBox::valueChanged, this, &CertificateInputs::store);
    connect(m_pfxPath, &QLineEdit::editingFinished, this, &CertificateInputs::store);
    connect(m_legacy, &QCheckBox::toggled, this, &CertificateInputs::store);
    return m_options;
}

void CertificateInputs::preselect()
{
    const Session &session = context().session();
    const CertificateChoice &choice = session.inputs().certificate;
    // The admin's choice stays, and so does one a run or a prepared certificate already acts on.
    if (choice.chosen || !session.variables().stsCertificate.isEmpty() ||
        session.step(StepId::StsCertificate).state != StepState::Pending)
        return;
    applyPreselection(m_currentFits ? CertificateMode::Keep : CertificateMode::Generate);
    if (m_readingFarm || m_currentFits)
        return;
    m_readingFarm = true;
    const QString path = context().sessionPath();
    QCoro::connect(context().runsFittingDedicatedStsCertificate(), this, [this, path](bool fits) {
        m_readingFarm = false;
        if (!context().hasSession() || context().sessionPath() != path)
            return;
        m_currentFits = fits;
        const CertificateChoice &now = context().session().inputs().certificate;
        if (fits && !now.chosen && now.mode == CertificateMode::Generate &&
            context().session().variables().stsCertificate.isEmpty())
            applyPreselection(CertificateMode::Keep);
    });
}

void CertificateInputs::applyPreselection(CertificateMode mode)
{
    m_loading = true;
    buttonFor(mode)->setChecked(true);
    m_loading = false;
    if (context().session().inputs().certificate.mode != mode) {
        SessionInputs inputs = context().session().inputs();
        inputs.certificate.mode = mode; // not chosen: the page may still change it
        context().changeInputs(inputs);
    }
    showState();
    Q_EMIT readyChanged();
}

QRadioButton *CertificateInputs::buttonFor(CertificateMode mode) const
{
    switch (mode) {
    case CertificateMode::Generate: return m_generate;
    case CertificateMode::Import: return m_import;
    case CertificateMode::Keep: return m_keep;
    }
    return m_keep;
}

} // namespace s2s
