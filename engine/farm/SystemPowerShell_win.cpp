#include "SystemPowerShell.h"

#ifdef Q_OS_WIN

#include <QDir>

#include <windows.h>

namespace s2s {

QString systemDirectory()
{
    wchar_t buffer[MAX_PATH + 1] = {};
    const UINT length = GetSystemDirectoryW(buffer, MAX_PATH + 1);
    // No environment fallback: an empty answer makes the program missing, and the wizard says so.
    if (length == 0 || length > MAX_PATH)
        return {};
    return QDir::toNativeSeparators(QString::fromWCharArray(buffer, int(length)));
}

} // namespace s2s

#endif
