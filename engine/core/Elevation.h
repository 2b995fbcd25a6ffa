#pragma once

#include <QStringList>

#include <memory>

namespace s2s {

// Whether the wizard runs with administrator rights: then what the environment says must not
// choose the code it loads, since a non-elevated process of the same user may have set it.
class Elevation {
public:
    virtual ~Elevation() = default;
    // Windows: the process token is elevated (TokenElevation; ElevationWindows.cpp, compiled on
    // Windows only). Elsewhere: the effective user is root (euid 0).
    virtual bool isElevated() const = 0;
};

// This OS's Elevation.
std::unique_ptr<Elevation> platformElevation();

// The environment variables through which Qt loads plugins or QML modules from a folder they name
// (QT_PLUGIN_PATH, QT_QPA_PLATFORM_PLUGIN_PATH, ...).
QStringList pluginPathVariables();

// When `elevation` says the process is elevated: unsets pluginPathVariables(), so that Qt loads
// only the application's own plugins (the folder it was installed with and qt.conf's). Call it
// before the QCoreApplication exists. Returns the variables it unset (empty when not elevated).
QStringList dropPluginPathsWhenElevated(const Elevation &elevation);

} // namespace s2s
