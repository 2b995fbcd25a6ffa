#pragma once

#include <QWidget>

class QLabel;

namespace s2s {

class WizardContext;

// "Opening the lab…" with a busy bar, shown while the context opens its backends behind the
// window (the lab's keys are made off the UI thread); hidden once they are open or failed.
class OpeningIndicator : public QWidget {
    Q_OBJECT
public:
    explicit OpeningIndicator(WizardContext &context, QWidget *parent = nullptr);

private:
    void refresh();

    WizardContext &m_context;
    QLabel *m_text = nullptr;
};

} // namespace s2s
