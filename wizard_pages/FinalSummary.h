#pragma once

#include <QWidget>

#include <optional>

#include "core/Check.h"
#include "core/StepId.h"

class QFrame;
class QLabel;
class QPushButton;

namespace s2s {

enum class StripKind;

// The last page's verdict, above the detailed checks: does the trust work (SharePoint Online
// accepted a token signed by this farm), or what fails and where, with a button to the step to
// revisit; and the transcript export.
class FinalSummary : public QWidget {
    Q_OBJECT
public:
    explicit FinalSummary(QWidget *parent = nullptr);

    void showReport(const std::optional<ValidationReport> &report);
    // While an operation runs the wizard stays on its page: "Go to step N" waits.
    void setRunning(bool running);

Q_SIGNALS:
    void exportRequested();
    // "Go to step N" was clicked.
    void revisitRequested(StepId step);

protected:
    bool event(QEvent *event) override;

private:
    QFrame *makeStrip();
    // The strip's colours from the palette around it, again whenever that palette changes.
    void restyle();
    void restyleLater();

    QFrame *m_strip = nullptr;
    QLabel *m_headline = nullptr;
    QLabel *m_detail = nullptr;
    QPushButton *m_revisit = nullptr;
    std::optional<StepId> m_revisitStep;
    StripKind m_kind;
    bool m_restylePending = false;
};

} // namespace s2s
