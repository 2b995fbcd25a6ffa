#pragma once

#include <QList>

#include "StepInputs.h"
#include "core/Error.h"
#include "farm/FarmTypes.h"

class QComboBox;
class QLabel;

namespace s2s {

// Step 1: which web application and zone the hybrid features use, from the farm's list.
class WebAppInputs : public StepInputs {
    Q_OBJECT
public:
    WebAppInputs(WizardContext &context, QWidget *parent);

    void load() override;

private:
    void showWebApplications(const Result<QList<WebApplicationInfo>> &apps);
    void fillZones();
    void store();

    QComboBox *m_webApplication = nullptr;
    QComboBox *m_zone = nullptr;
    QLabel *m_status = nullptr;
    QList<WebApplicationInfo> m_apps;
};

} // namespace s2s
