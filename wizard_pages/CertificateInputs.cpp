#include "CertificateInputs.h"

#include <QButtonGroup>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

#include "PageWidgets.h"
#include "WizardContext.h"

using namespace Qt::StringLiterals;

namespace s2s {

CertificateInputs::CertificateInputs(WizardContext &context, QWidget *parent)
    : StepInputs(context, parent)
{
    setObjectName(u"certificateInputsWidget"_s);
    m_keep = new QRadioButton(tr("&Keep the current certificate"), this);
    m_keep->setObjectName(u"keepCertificateRadioButton"_s);
    m_keep->setChecked(true);
    auto *generate = new QRadioButton(tr("Generate a new certificate (coming in a later version)"), this);
    generate->setObjectName(u"generateCertificateRadioButton"_s);
    generate->setEnabled(false);
    auto *import = new QRadioButton(tr("Import a PFX (coming in a later version)"), this);
    import->setObjectName(u"importCertificateRadioButton"_s);
    import->setEnabled(false);
    auto *group = new QButtonGroup(this);
    for (QRadioButton *button : {m_keep, generate, import})
        group->addButton(button);

    QLabel *warning = makeMessageStrip(StripKind::Warning, u"certificateWarningLabel"_s, this);
    showInStrip(warning, tr("Keeping the farm's default STS certificate is not recommended: a "
                            "dedicated certificate that you renew on your own schedule is safer. "
                            "This version can only keep the current one; the checks below tell "
                            "whether it is good enough."));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_keep);
    layout->addWidget(generate);
    layout->addWidget(import);
    layout->addWidget(warning);
}

void CertificateInputs::load()
{
    if (!context().hasSession())
        return;
    m_keep->setChecked(true);
    SessionInputs inputs = context().session().inputs();
    inputs.certificateMode = u"keep"_s;
    context().changeInputs(inputs);
}

} // namespace s2s
