#pragma once

#include <QTreeWidget>

#include "core/StepId.h"
#include "session/ServerProgress.h"

namespace s2s {

class WizardContext;

// One row per server of a change made server by server, updated from the engine's events as it
// happens (step 3: import, signing certificate, reset, running certificate checked).
class ServerProgressList : public QTreeWidget {
    Q_OBJECT
public:
    ServerProgressList(StepId step, WizardContext &context, QWidget *parent);

private:
    void bindSession();
    void showProgress(StepId step, const ServerProgress &progress);
    QTreeWidgetItem *row(const QString &server);

    StepId m_step;
    WizardContext &m_context;
    bool m_newRun = true; // the next event starts a fresh list
};

} // namespace s2s
