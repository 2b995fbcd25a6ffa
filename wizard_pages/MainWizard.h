#pragma once

#include <QWizard>

#include "PageIds.h"

namespace s2s {

class StepListPanel;
class WizardContext;

// The wizard window: the welcome page, one StepPage per documented step (the last one is the
// final page), the step list at the side, "Export transcript…" and "About…" on every page.
class MainWizard : public QWizard {
    Q_OBJECT
public:
    explicit MainWizard(WizardContext &context, QWidget *parent = nullptr);

    // Asks for a file (FileDialog) and writes the session's transcript to it.
    void exportTranscript();
    // Opens the About box (version, licence, log and session folders).
    void showAbout();

private:
    void onBusyChanged(bool busy);

    WizardContext &m_context;
    StepListPanel *m_panel = nullptr;
};

} // namespace s2s
