#include "AccountName.h"

#include <QtGlobal>

#ifndef Q_OS_WIN
#include <pwd.h>
#include <unistd.h>

#include <vector>
#endif

namespace s2s {

#ifndef Q_OS_WIN
QString currentAccountName()
{
    // The reentrant call: another thread may read the password database at the same time.
    const long suggested = ::sysconf(_SC_GETPW_R_SIZE_MAX);
    std::vector<char> buffer(suggested > 0 ? size_t(suggested) : size_t(16384));
    passwd entry{};
    passwd *found = nullptr;
    if (::getpwuid_r(::geteuid(), &entry, buffer.data(), buffer.size(), &found) == 0 && found &&
        found->pw_name && *found->pw_name)
        return QString::fromLocal8Bit(found->pw_name);
    // A uid without an entry (a container's arbitrary uid): what the login said, if anything.
    return qEnvironmentVariable("USER");
}
#endif

} // namespace s2s
