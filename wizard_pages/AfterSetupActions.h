#pragma once

#include <QGroupBox>

#include <functional>

class QLabel;
class QPushButton;

namespace s2s {

class WizardContext;

// "After setup": renew the STS certificate or remove the hybrid trust of a finished session, each
// in its dialog. On the welcome page (a finished session on offer) and on the final page.
class AfterSetupActions : public QGroupBox {
    Q_OBJECT
public:
    explicit AfterSetupActions(WizardContext &context, QWidget *parent);

    // Called before a dialog opens: opens the session it works on (the welcome page's offer);
    // false when it could not, and the dialog stays closed.
    void setSessionOpener(std::function<bool()> opener) { m_opener = std::move(opener); }
    // The finished setup the actions work on (what the welcome page offers), shown above them.
    void setDescription(const QString &text);

Q_SIGNALS:
    // A renewal or removal dialog closed: the session may have changed.
    void dialogClosed();

private:
    void open(bool renewal);

    WizardContext &m_context;
    std::function<bool()> m_opener;
    QLabel *m_description = nullptr;
};

} // namespace s2s
