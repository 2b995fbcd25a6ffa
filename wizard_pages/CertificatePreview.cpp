#include "CertificatePreview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <QCoro/QCoroTask>

#include "PageWidgets.h"
#include "SecretClipboard.h"
#include "WizardContext.h"
#include "steps/StsCertificateSource.h"

using namespace Qt::StringLiterals;

namespace s2s {

CertificatePreview::CertificatePreview(WizardContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(u"certificatePreviewWidget"_s);
    // Never squeezed below its text, as the page's strips: the plan and the checks scroll instead.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    m_details = makeMessageStrip(StripKind::Info, u"certificateDetailsLabel"_s, this);
    m_details->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    // A generated password lives only in the credential store: the admin keeps a copy with the
    // PFX (a password vault) for the next farm or a restore.
    m_copyPassword = new QPushButton(tr("Copy the PFX p&assword"), this);
    m_copyPassword->setObjectName(u"copyPfxPasswordButton"_s);
    m_copyPassword->setToolTip(tr("Put the PFX password on the clipboard for %1 seconds, to keep it "
                                  "with the PFX in your password vault")
                                   .arg(secretClipboardTime.count()));
    connect(m_copyPassword, &QPushButton::clicked, this, &CertificatePreview::copyPassword);
    m_copyNote = makeTextLabel(u"copyPfxPasswordLabel"_s, this);

    auto *copyRow = new QHBoxLayout;
    copyRow->addWidget(m_copyPassword);
    copyRow->addWidget(m_copyNote, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_details);
    layout->addLayout(copyRow);
    showPreview({});
}

void CertificatePreview::showPreview(const StsCertificatePreview &preview)
{
    using Kind = StsCertificatePreview::Kind;
    setVisible(preview.kind != Kind::None);
    const QString heading = preview.kind == Kind::Current
                                ? tr("The farm's current STS certificate:")
                                : tr("The certificate this step installs on every server:");
    showInStrip(m_details, preview.kind == Kind::None
                               ? QString()
                               : heading + u'\n' + describeStsCertificate(preview.record));
    m_copyPassword->setVisible(preview.offersPfxPassword);
    m_copyNote->setVisible(preview.offersPfxPassword);
    if (!preview.offersPfxPassword)
        m_copyNote->clear();
}

void CertificatePreview::copyPassword()
{
    QCoro::connect(m_context.pfxPassword(), this, [this](const Result<std::optional<QString>> &password) {
        if (!password) {
            m_copyNote->clear();
            Q_EMIT failed(password.error());
        } else if (!password->has_value()) {
            m_copyNote->setText(tr("Neither a password file nor the credential store holds the "
                                   "password of this PFX."));
        } else {
            copySecretToClipboard(**password);
            m_copyNote->setText(tr("On the clipboard for %1 seconds.").arg(secretClipboardTime.count()));
        }
    });
}

} // namespace s2s
