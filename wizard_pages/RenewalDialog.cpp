#include "RenewalDialog.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include "PageWidgets.h"
#include "WizardContext.h"
#include "steps/Renewal.h"

using namespace Qt::StringLiterals;

namespace s2s {
namespace {

QString certificateLine(const StsCertificateRecord &record)
{
    if (record.isEmpty())
        return RenewalDialog::tr("not known yet");
    return RenewalDialog::tr("%1, RSA %2 bits, valid until %3")
        .arg(record.thumbprint)
        .arg(record.keyBits)
        .arg(QLocale().toString(record.notAfter.toLocalTime(), QLocale::ShortFormat));
}

// What the renewal will make: the session's choice, where keep means a new generated one.
QString newCertificateLine(const CertificateChoice &choice)
{
    if (choice.mode == CertificateMode::Import)
        return RenewalDialog::tr("opened from %1").arg(choice.pfx);
    return RenewalDialog::tr("generated: RSA %1 bits, valid %2 years")
        .arg(choice.keyBits)
        .arg(choice.validityYears);
}

} // namespace

RenewalDialog::RenewalDialog(WizardContext &context, QWidget *parent)
    : AfterSetupDialog(context, StepId::StsCertificate, parent)
{
    setObjectName(u"renewalDialog"_s);
    setWindowTitle(tr("Renew the STS certificate"));
    setIntroduction(tr("A new STS certificate replaces the one the farm signs with, without an outage "
                       "of the trust: SharePoint Online first gets the new certificate's key next to "
                       "the old one, then the farm switches server by server, and the old key is "
                       "removed only once every server runs the new certificate and SharePoint "
                       "Online accepts its tokens. If it stops anywhere, run it again: it goes on "
                       "where it stopped, with the same new certificate."));
    m_certificates = makeTextLabel(u"certificatesLabel"_s, this);
    m_certificates->setTextInteractionFlags(Qt::TextSelectableByMouse);
    content()->addWidget(m_certificates);
    const Step &sts = context.steps().step(StepId::StsCertificate);
    setConfirmation(sts.confirmationKey(), sts.confirmationText());
    refreshContent();
}

void RenewalDialog::refreshContent()
{
    Session &session = context().session();
    const RenewalState &renewal = session.renewal();
    QStringList lines;
    if (renewal.inProgress()) {
        lines.append(tr("A renewal started %1 and stopped at \"%2\": Run goes on from there.")
                         .arg(QLocale().toString(renewal.started.toLocalTime(), QLocale::ShortFormat),
                              renewalStageName(renewal.stage)));
        lines.append(tr("Old certificate: %1").arg(certificateLine(renewal.oldCertificate)));
        lines.append(tr("New certificate: %1").arg(certificateLine(renewal.newCertificate)));
    } else {
        lines.append(tr("Current certificate: %1").arg(certificateLine(session.variables().stsCertificate)));
        lines.append(tr("New certificate: %1").arg(newCertificateLine(session.inputs().certificate)));
    }
    m_certificates->setText(lines.join(u'\n'));
    setPlan(renewalPlan(session, context().runner().endpoints()));
    setRefusal(renewalRefusal(session));
}

QCoro::Task<Status> RenewalDialog::runOperation()
{
    co_return co_await context().runner().renewCertificate();
}

QString RenewalDialog::successText()
{
    const RenewalState &renewal = context().session().renewal();
    return tr("Renewed: the farm signs with %1 on every server, SharePoint Online holds its key and no "
              "longer the key of %2, and the trust worked throughout.")
        .arg(renewal.newCertificate.thumbprint, renewal.oldCertificate.thumbprint);
}

} // namespace s2s
