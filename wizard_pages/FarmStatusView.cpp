#include "FarmStatusView.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <QCoro/QCoroTask>

#include "PageWidgets.h"
#include "WizardContext.h"
#include "core/Endpoints.h"
#include "steps/FarmOverview.h"

using namespace Qt::StringLiterals;

namespace s2s {

namespace {

// Running text the admin can select and copy (a server name, an account).
QLabel *selectableLabel(const QString &objectName, QWidget *parent)
{
    QLabel *label = makeTextLabel(objectName, parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

FarmStatusView::FarmStatusView(WizardContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(u"farmStatusWidget"_s);
    auto *farm = new QGroupBox(tr("The farm at a glance"), this);
    farm->setObjectName(u"farmGlanceGroupBox"_s);
    m_state = makeTextLabel(u"farmReadingLabel"_s, farm);
    m_facts = new QWidget(farm);
    m_form = new QFormLayout(m_facts);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_product = addRow(tr("SharePoint:"), u"farmProductLabel"_s);
    m_servers = addRow(tr("Servers:"), u"farmServersLabel"_s);
    m_account = addRow(tr("Account:"), u"farmAccountLabel"_s);
    m_farmAdmin = addRow(tr("Farm administrator:"), u"farmAdminLabel"_s);
    m_elevated = addRow(tr("Elevated:"), u"farmElevatedLabel"_s);
    auto *farmLayout = new QVBoxLayout(farm);
    farmLayout->addWidget(m_state);
    farmLayout->addWidget(m_facts);
    farmLayout->addStretch();

    auto *needs = new QGroupBox(tr("What the setup needs"), this);
    needs->setObjectName(u"setupNeedsGroupBox"_s);
    QLabel *list = selectableLabel(u"setupNeedsLabel"_s, needs);
    const Endpoints microsoftCloud; // the hosts the steps reach, from the engine's defaults
    const QStringList items{
        tr("A farm administrator account on this server, running the wizard elevated (Run as "
           "administrator)."),
        tr("A Microsoft 365 administrator who can consent to Application.ReadWrite.All (Global "
           "Administrator or Privileged Role Administrator)."),
        tr("Outbound HTTPS from the farm to %1, %2 and %3.")
            .arg(microsoftCloud.login.host(), microsoftCloud.graph.host(), microsoftCloud.acs.host()),
        tr("The public DNS domain of your sites, such as contoso.com.")};
    list->setText(u"• "_s + items.join(u"\n• "_s));
    auto *needsLayout = new QVBoxLayout(needs);
    needsLayout->addWidget(list);
    needsLayout->addStretch();

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(farm, 1);
    layout->addWidget(needs, 1);

    connect(&m_context, &WizardContext::backendsChanged, this, &FarmStatusView::read);
    m_facts->hide();
    m_state->setText(tr("The farm is read once the wizard works on it."));
    if (m_context.hasBackends())
        read();
}

QLabel *FarmStatusView::addRow(const QString &label, const QString &objectName)
{
    QLabel *value = selectableLabel(objectName, m_facts);
    m_form->addRow(label, value);
    return value;
}

void FarmStatusView::read()
{
    if (m_reading || !m_context.hasBackends())
        return;
    m_reading = true;
    m_facts->hide();
    m_state->show();
    m_state->setText(tr("Reading the farm…"));
    QCoro::connect(m_context.farmOverview(), this, [this](const FarmOverview &overview) {
        m_reading = false;
        showOverview(overview);
    });
}

void FarmStatusView::showOverview(const FarmOverview &overview)
{
    const auto yesNo = [](bool yes) { return yes ? tr("yes") : tr("no"); };
    if (overview.host) {
        const HostInfo &host = *overview.host;
        const QString product = sharepointProduct(host.sharepointBuild);
        m_product->setText(product.isEmpty() ? tr("build %1").arg(host.sharepointBuild)
                                             : tr("%1 (build %2)").arg(product, host.sharepointBuild));
        m_account->setText(host.account);
        m_farmAdmin->setText(host.farmAdmin ? yesNo(true)
                                            : tr("no: the setup needs a farm administrator (step 4 "
                                                 "checks it)"));
        m_elevated->setText(host.elevated ? yesNo(true) : tr("no: run the wizard as administrator"));
    }
    if (overview.servers) {
        QStringList sharepoint;
        QStringList others;
        for (const ServerInfo &server : *overview.servers)
            (server.isSharePointServer() ? sharepoint : others).append(server.name);
        QString text = sharepoint.join(u", "_s);
        if (!others.isEmpty())
            text += u"\n"_s + tr("Not SharePoint servers, left alone: %1").arg(others.join(u", "_s));
        m_servers->setText(text);
    }
    const bool read = overview.host && overview.servers;
    m_facts->setVisible(read);
    m_state->setVisible(!read);
    if (!read)
        m_state->setText(overview.error ? tr("The farm could not be read: %1").arg(errorText(*overview.error))
                                        : tr("The farm could not be read."));
}

} // namespace s2s
