#pragma once

#include <QIcon>
#include <QMap>
#include <QWidget>

#include <optional>

#include "core/StepId.h"
#include "session/Session.h"

class QLabel;
class QListWidget;

namespace s2s {

class WizardContext;

// The wizard's side panel: the eleven steps with their state, the current one highlighted, and
// the outcome of the last transcript export.
class StepListPanel : public QWidget {
    Q_OBJECT
public:
    explicit StepListPanel(WizardContext &context, QWidget *parent = nullptr);

    void setCurrentStep(std::optional<StepId> id);
    void showExportResult(const QString &text, bool ok);
    // Before a session opens: the states of the session the welcome page offers to resume (empty:
    // every step pending), so the admin sees how far it got. The open session replaces them.
    void previewStates(const QList<StepState> &states);

private:
    void updateStep(StepId id);

    WizardContext &m_context;
    QListWidget *m_list = nullptr;
    QLabel *m_exportStatus = nullptr;
    std::optional<StepId> m_current;
    QList<StepState> m_preview;
    // Each state's icon, painted once: the list is redrawn on every step's change.
    QMap<StepState, QIcon> m_stateIcons;
};

} // namespace s2s
