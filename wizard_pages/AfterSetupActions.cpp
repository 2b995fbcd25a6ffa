#include "AfterSetupActions.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "PageWidgets.h"
#include "RemovalDialog.h"
#include "RenewalDialog.h"
#include "WizardContext.h"

using namespace Qt::StringLiterals;

namespace s2s {

AfterSetupActions::AfterSetupActions(WizardContext &context, QWidget *parent)
    : QGroupBox(tr("After setup"), parent)
    , m_context(context)
{
    setObjectName(u"afterSetupGroupBox"_s);
    m_description = makeTextLabel(u"afterSetupLabel"_s, this);
    m_description->setText(tr("The trust lives for years: renew its STS certificate before it expires "
                              "(without an outage), or take the trust down."));
    auto *renew = new QPushButton(tr("Rene&w the STS certificate…"), this);
    renew->setObjectName(u"renewButton"_s);
    renew->setAutoDefault(false);
    connect(renew, &QPushButton::clicked, this, [this] { open(true); });
    auto *remove = new QPushButton(tr("Remove the h&ybrid trust…"), this);
    remove->setObjectName(u"removeButton"_s);
    remove->setAutoDefault(false);
    connect(remove, &QPushButton::clicked, this, [this] { open(false); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(renew);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_description);
    layout->addLayout(buttons);
}

void AfterSetupActions::setDescription(const QString &text)
{
    m_description->setText(text);
}

void AfterSetupActions::open(bool renewal)
{
    if (m_opener && !m_opener())
        return;
    if (!m_context.hasSession())
        return;
    AfterSetupDialog *dialog = renewal
                                   ? static_cast<AfterSetupDialog *>(new RenewalDialog(m_context, window()))
                                   : new RemovalDialog(m_context, window());
    connect(dialog, &QDialog::finished, this, &AfterSetupActions::dialogClosed);
    dialog->open();
}

} // namespace s2s
