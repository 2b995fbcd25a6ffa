#pragma once

#include "cli/Options.h"

namespace s2s {

// --auto, --check and --export-transcript: the same engine as the GUI, printing to the console.
// Returns the process exit code.
int runHeadless(const Options &options);

} // namespace s2s
