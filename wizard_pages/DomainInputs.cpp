#include "DomainInputs.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QUrl>

#include <QCoro/QCoroTask>

#include "PageWidgets.h"
#include "WizardContext.h"

using namespace Qt::StringLiterals;

namespace s2s {
namespace {

// "portal.contoso.com" -> "contoso.com"; a two-label host is a domain itself; "sharepoint" none.
QString domainOfHost(const QString &url)
{
    const QStringList labels = QUrl(url).host().split(u'.', Qt::SkipEmptyParts);
    if (labels.size() < 2)
        return {};
    return labels.mid(labels.size() > 2 ? 1 : 0).join(u'.');
}

} // namespace

DomainInputs::DomainInputs(WizardContext &context, QWidget *parent)
    : StepInputs(context, parent)
{
    setObjectName(u"domainInputsWidget"_s);
    m_domain = new QComboBox(this);
    m_domain->setObjectName(u"publicDomainComboBox"_s);
    m_domain->setEditable(true);
    m_domain->setInsertPolicy(QComboBox::NoInsert);
    m_domain->setMinimumContentsLength(28);
    m_domain->lineEdit()->setPlaceholderText(tr("contoso.com"));
    m_domain->setAccessibleName(tr("Public domain"));
    m_domain->lineEdit()->setAccessibleName(m_domain->accessibleName());
    auto *hint = makeTextLabel(u"publicDomainHintLabel"_s, this);
    hint->setWordWrap(false);
    hint->setText(tr("The DNS domain of your public SharePoint URLs, e.g. contoso.com or "
                     "*.contoso.com"));
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QFormLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addRow(tr("Public &domain:"), m_domain);
    layout->addRow(QString(), hint);

    connect(m_domain, &QComboBox::editTextChanged, this, [this](const QString &text) {
        if (!this->context().hasSession())
            return;
        SessionInputs inputs = this->context().session().inputs();
        inputs.publicDomain = text.trimmed();
        this->context().changeInputs(inputs);
    });
}

void DomainInputs::load()
{
    if (!context().hasSession())
        return;
    const SessionInputs &inputs = context().session().inputs();
    {
        const QSignalBlocker blocker(m_domain);
        m_domain->clear();
        offer(inputs.publicDomain);
        offer(domainOfHost(inputs.webApplication));
        m_domain->setEditText(inputs.publicDomain);
    }
    QCoro::connect(context().runner().verifiedDomains(StepId::Variables), this,
                   [this](const Result<QStringList> &domains) { offerVerifiedDomains(domains); });
}

void DomainInputs::offer(const QString &domain)
{
    if (!domain.isEmpty() && m_domain->findText(domain, Qt::MatchFixedString) < 0)
        m_domain->addItem(domain);
}

void DomainInputs::offerVerifiedDomains(const Result<QStringList> &domains)
{
    if (!domains)
        return;
    const QSignalBlocker blocker(m_domain);
    const QString typed = m_domain->currentText();
    for (const QString &domain : *domains)
        offer(domain);
    m_domain->setEditText(typed);
}

} // namespace s2s
