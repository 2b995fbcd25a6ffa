#pragma once

#include <QWidget>

#include "core/StepId.h"

namespace s2s {

class WizardContext;

// The controls of a step that needs the admin's choice (web application, domain, certificate).
// They write the session's inputs; the engine reads them from there.
class StepInputs : public QWidget {
    Q_OBJECT
public:
    StepInputs(WizardContext &context, QWidget *parent);

    // Fills the controls from the session (and what the backends offer) when the page opens.
    virtual void load() = 0;
    // Whether Run may start: false while the admin still has to look at something first.
    virtual bool isReady() const { return true; }
    // Shown under the Run button while the step runs (per-server progress), or nullptr.
    virtual QWidget *progressView() const { return nullptr; }

Q_SIGNALS:
    void readyChanged();

protected:
    WizardContext &context() const { return m_context; }

private:
    WizardContext &m_context;
};

// The inputs panel of step `id`, or nullptr when the step asks for nothing.
StepInputs *makeStepInputs(StepId id, WizardContext &context, QWidget *parent);

} // namespace s2s
