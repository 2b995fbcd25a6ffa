#pragma once

#include "cli/Options.h"

namespace s2s {

// Shows the wizard for `options` and runs the application until it closes; returns the exit code.
int runWizardWindow(const Options &options);

} // namespace s2s
