#pragma once

#include <QString>

namespace s2s {

// Sends every Qt message (qDebug, qCWarning(engine.farm), ...) to one spdlog rotating file in
// the app-data folder, with its category. Returns the log file path.
QString installLogging();
QString logFolder();

} // namespace s2s
