#pragma once

#include <optional>

#include "core/Check.h"

class QSplitter;
class QTextBrowser;
class QTreeWidget;
class QWidget;

namespace s2s {

// The validation panel: one row per check (Check / Status / Expected / Actual, the last two on
// one line each, elided in the middle, whole in their tooltip) above the details of the selected
// check (title, id, status, expected, actual and remedy, whole, selectable and copyable).
struct ChecksPane {
    QSplitter *splitter = nullptr; // holds both
    QTreeWidget *tree = nullptr;
    QTextBrowser *details = nullptr;
};
ChecksPane makeChecksPane(QWidget *parent);
// Fills the rows and selects the first failing check (else the first check).
void showChecks(QTreeWidget *tree, const std::optional<ValidationReport> &report);
// The same rows grouped by the step that makes each check (the final page): one expanded
// top-level row per step with how its checks came out, step 11's own proof of the trust first.
void showChecksByStep(QTreeWidget *tree, const std::optional<ValidationReport> &report);

} // namespace s2s
