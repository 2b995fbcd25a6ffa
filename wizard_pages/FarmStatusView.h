#pragma once

#include <QWidget>

class QFormLayout;
class QLabel;

namespace s2s {

struct FarmOverview;
class WizardContext;

// The welcome page's farm at a glance (SharePoint product and build, servers, the account running
// the wizard, farm administrator, elevated), read once the backends are open ("reading the
// farm…" until the host answers), beside what the setup needs before Next: the roles, the
// outbound HTTPS endpoints and the public domain.
class FarmStatusView : public QWidget {
    Q_OBJECT
public:
    explicit FarmStatusView(WizardContext &context, QWidget *parent = nullptr);

private:
    void read();
    void showOverview(const FarmOverview &overview);
    QLabel *addRow(const QString &label, const QString &objectName);

    WizardContext &m_context;
    bool m_reading = false;
    QLabel *m_state = nullptr; // reading, or why the farm could not be read
    QWidget *m_facts = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_product = nullptr;
    QLabel *m_servers = nullptr;
    QLabel *m_account = nullptr;
    QLabel *m_farmAdmin = nullptr;
    QLabel *m_elevated = nullptr;
};

} // namespace s2s
