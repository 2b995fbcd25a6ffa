#pragma once

namespace s2s {

// Makes SIGTERM and SIGINT (Ctrl+C) end QCoreApplication::exec() normally, so destructors run
// and a killed helper process leaves no half-written file behind. Call once, after the
// QCoreApplication exists.
void quitOnTerminationSignals();

} // namespace s2s
