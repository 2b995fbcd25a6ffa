#pragma once

#include <optional>

#include "core/Check.h"

class QTreeWidget;
class QWidget;

namespace s2s {

// The validation panel: one row per check (Check / Status / Expected / Actual / Remedy).
QTreeWidget *makeChecksTree(QWidget *parent);
void showChecks(QTreeWidget *tree, const std::optional<ValidationReport> &report);

} // namespace s2s
