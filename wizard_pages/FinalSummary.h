#pragma once

#include <QWidget>

#include <optional>

#include "core/Check.h"

class QLabel;

namespace s2s {

// The last page's closing words: how the final validation came out, and the transcript export.
class FinalSummary : public QWidget {
    Q_OBJECT
public:
    explicit FinalSummary(QWidget *parent = nullptr);

    void showReport(const std::optional<ValidationReport> &report);

Q_SIGNALS:
    void exportRequested();

private:
    QLabel *m_summary = nullptr;
};

} // namespace s2s
