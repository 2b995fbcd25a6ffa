#pragma once

#include "cli/Answers.h"
#include "session/Session.h"

namespace s2s {

// Answers override the session's inputs.
SessionInputs applyAnswers(const Answers &answers, SessionInputs inputs);

// What is still missing takes the lab's defaults; with `confirmChanges` (headless runs in the
// lab) changes nobody confirmed or refused count as confirmed. The GUI leaves them to the admin.
SessionInputs withLabDefaults(SessionInputs inputs, bool confirmChanges);

} // namespace s2s
