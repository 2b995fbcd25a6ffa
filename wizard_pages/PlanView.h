#pragma once

#include <QList>
#include <QWidget>

#include "steps/Step.h"

class QPlainTextEdit;

namespace s2s {

// What a step will run, as the admin would type it: read-only, selectable, with a Copy button.
class PlanView : public QWidget {
    Q_OBJECT
public:
    explicit PlanView(QWidget *parent = nullptr);

    void setPlan(const QList<PlanLine> &lines);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitHeight();

    QPlainTextEdit *m_text = nullptr;
};

} // namespace s2s
