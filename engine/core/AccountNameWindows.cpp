// Windows only (engine/CMakeLists.txt compiles it on WIN32 alone): the account of the process token.
#include "AccountName.h"

#include <windows.h>

#define SECURITY_WIN32
#include <security.h>

#include <vector>

namespace s2s {

QString currentAccountName()
{
    // DOMAIN\user, as Start-Transcript's "Username" shows it (a local account: MACHINE\user).
    ULONG size = 0;
    GetUserNameExW(NameSamCompatible, nullptr, &size);
    if (size > 0) {
        std::vector<wchar_t> name(size);
        if (GetUserNameExW(NameSamCompatible, name.data(), &size))
            return QString::fromWCharArray(name.data(), int(size));
    }
    return qEnvironmentVariable("USERNAME");
}

} // namespace s2s
