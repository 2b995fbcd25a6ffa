#include "WebAppInputs.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>

#include <QCoro/QCoroTask>

#include "PageWidgets.h"
#include "WizardContext.h"
#include "core/UrlText.h"

using namespace Qt::StringLiterals;

namespace s2s {

WebAppInputs::WebAppInputs(WizardContext &context, QWidget *parent)
    : StepInputs(context, parent)
{
    setObjectName(u"webAppInputsWidget"_s);
    m_webApplication = new QComboBox(this);
    m_webApplication->setObjectName(u"webApplicationComboBox"_s);
    m_webApplication->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_webApplication->setMinimumContentsLength(32);
    m_zone = new QComboBox(this);
    m_zone->setObjectName(u"zoneComboBox"_s);
    m_zone->setMinimumContentsLength(12);
    m_status = makeTextLabel(u"webApplicationStatusLabel"_s, this);
    m_status->hide();

    auto *layout = new QFormLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addRow(tr("&Web application:"), m_webApplication);
    layout->addRow(tr("&Zone:"), m_zone);
    layout->addRow(m_status);

    connect(m_webApplication, &QComboBox::currentIndexChanged, this, [this] {
        fillZones();
        store();
    });
    connect(m_zone, &QComboBox::currentIndexChanged, this, &WebAppInputs::store);
}

void WebAppInputs::load()
{
    if (!context().hasSession())
        return;
    showInStrip(m_status, tr("Reading the farm's web applications…"));
    m_webApplication->setEnabled(false);
    m_zone->setEnabled(false);
    QCoro::connect(context().runner().webApplications(StepId::WebAppAuth), this,
                   [this](const Result<QList<WebApplicationInfo>> &apps) { showWebApplications(apps); });
}

void WebAppInputs::showWebApplications(const Result<QList<WebApplicationInfo>> &apps)
{
    m_webApplication->setEnabled(true);
    m_zone->setEnabled(true);
    if (!apps) {
        showInStrip(m_status, tr("Cannot read the farm's web applications: %1").arg(apps.error().message));
        return;
    }
    showInStrip(m_status, apps->isEmpty() ? tr("The farm has no web application.") : QString());
    m_apps = *apps;
    const QString chosen = context().session().inputs().webApplication;
    {
        const QSignalBlocker blocker(m_webApplication);
        m_webApplication->clear();
        for (const WebApplicationInfo &app : m_apps) {
            m_webApplication->addItem(app.name.isEmpty() ? app.url : u"%1  (%2)"_s.arg(app.url, app.name),
                                      app.url);
            if (sameUrl(app.url, chosen))
                m_webApplication->setCurrentIndex(m_webApplication->count() - 1);
        }
    }
    fillZones();
    store();
}

void WebAppInputs::fillZones()
{
    const QSignalBlocker blocker(m_zone);
    m_zone->clear();
    const int index = m_webApplication->currentIndex();
    if (index < 0 || index >= m_apps.size())
        return;
    const QString chosen = context().session().inputs().zone;
    for (const ZoneInfo &zone : m_apps.at(index).zones) {
        m_zone->addItem(u"%1  (%2)"_s.arg(zone.zone, zone.url), zone.zone);
        if (zone.zone == chosen)
            m_zone->setCurrentIndex(m_zone->count() - 1);
    }
}

void WebAppInputs::store()
{
    if (m_webApplication->currentIndex() < 0)
        return;
    SessionInputs inputs = context().session().inputs();
    const QString url = m_webApplication->currentData().toString();
    if (!sameUrl(url, inputs.webApplication))
        inputs.webApplication = url;
    inputs.zone = m_zone->currentData().toString();
    context().changeInputs(inputs);
}

} // namespace s2s
