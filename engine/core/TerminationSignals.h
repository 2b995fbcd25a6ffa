#pragma once

#include <functional>

namespace s2s {

// Makes SIGTERM and SIGINT (Ctrl+C) end QCoreApplication::exec() normally, so destructors run
// and a killed helper process leaves no half-written file behind. Call once, after the
// QCoreApplication exists.
void quitOnTerminationSignals();

// Calls `handler` on the main thread's event loop (any running loop, nested ones too) for each
// SIGTERM and SIGINT instead: the headless wizard stops its run there, so that it still releases
// the farm lock before it exits. Call once, after the QCoreApplication exists; not together with
// quitOnTerminationSignals.
void onTerminationSignals(std::function<void()> handler);

} // namespace s2s
