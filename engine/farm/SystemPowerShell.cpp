#include "SystemPowerShell.h"

using namespace Qt::StringLiterals;

namespace s2s {

#ifndef Q_OS_WIN
// Windows asks the system (SystemPowerShell_win.cpp); everywhere else the place it has by default.
QString systemDirectory()
{
    return u"C:\\Windows\\System32"_s;
}
#endif

QString systemPowerShellPath()
{
    return systemDirectory() + u"\\WindowsPowerShell\\v1.0\\powershell.exe"_s;
}

} // namespace s2s
