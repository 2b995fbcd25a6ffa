#pragma once

#include <optional>

#include "core/Check.h"

class QTreeWidget;
class QWidget;

namespace s2s {

// The validation panel: one row per check (Check / Status / Expected / Actual / Remedy).
QTreeWidget *makeChecksTree(QWidget *parent);
void showChecks(QTreeWidget *tree, const std::optional<ValidationReport> &report);
// The same rows grouped by the step that makes each check (the final page): one expanded
// top-level row per step with how its checks came out, step 11's own proof of the trust first.
void showChecksByStep(QTreeWidget *tree, const std::optional<ValidationReport> &report);

} // namespace s2s
