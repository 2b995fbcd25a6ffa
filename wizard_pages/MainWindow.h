#pragma once

#include <QUrl>

#include <functional>

#include "cli/Options.h"

namespace s2s {

// Shows the wizard for `options` and runs the application until it closes; returns the exit code.
// `openBrowser` opens the sign-in page in the system browser (the app passes
// QDesktopServices::openUrl).
int runWizardWindow(const Options &options, std::function<void(const QUrl &)> openBrowser);

} // namespace s2s
