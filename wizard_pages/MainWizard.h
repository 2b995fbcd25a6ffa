#pragma once

#include <QFutureWatcher>
#include <QWizard>

#include <optional>

#include "core/Error.h"
#include "core/StepId.h"

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

    // Asks for a file (FileDialog) and writes the session's transcript to it, off the UI thread;
    // the step list shows how it went.
    void exportTranscript();
    // Opens the About box (version, licence, log and session folders).
    void showAbout();
    // Shows `step`'s page (the final page's "Go to step N"): back through the pages visited when
    // it is one of them, else straight to it; never while an operation runs.
    void goToStep(StepId step);

    int nextId() const override;

private:
    void onBusyChanged(bool busy);
    void showExportResult();

    WizardContext &m_context;
    StepListPanel *m_panel = nullptr;
    std::optional<int> m_jumpTo; // the page next() goes to instead of the current page's next
    QFutureWatcher<Status> m_exporting;
    QString m_exportPath;
};

} // namespace s2s
