#include "SignInInputs.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <QCoro/QCoroTask>

#include "PageWidgets.h"
#include "WizardContext.h"

using namespace Qt::StringLiterals;

namespace s2s {

SignInInputs::SignInInputs(WizardContext &context, QWidget *parent)
    : StepInputs(context, parent)
{
    setObjectName(u"signInInputsWidget"_s);
    m_account = makeTextLabel(u"accountLabel"_s, this);
    m_signOut = new QPushButton(tr("Sign &out"), this);
    m_signOut->setObjectName(u"signOutButton"_s);
    m_signOut->setToolTip(tr("Forget this account and the sign-in stored in the credential store"));

    auto *row = new QHBoxLayout;
    row->addWidget(m_account, 1);
    row->addWidget(m_signOut);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);

    connect(m_signOut, &QPushButton::clicked, this, &SignInInputs::signOut);
    // The account appears once the step has signed in.
    context.whenSessionOpen(this, [this] {
        connect(&this->context().runner(), &SetupRunner::busyChanged, this, &SignInInputs::showAccount);
    });
    showAccount();
}

void SignInInputs::load()
{
    showAccount();
}

void SignInInputs::showAccount()
{
    const auto account = context().account();
    m_account->setText(account ? tr("Signed in to Microsoft 365 as %1.").arg(account->userPrincipalName)
                               : tr("Not signed in to Microsoft 365. Run signs in."));
    m_signOut->setEnabled(account.has_value());
}

void SignInInputs::signOut()
{
    QCoro::connect(context().signOut(), this, [this](const Status &signedOut) {
        context().showTenantMessage(signedOut ? tr("Signed out: the next run asks you to sign in again.")
                                              : errorText(signedOut.error()));
        showAccount();
    });
}

} // namespace s2s
