#pragma once

#include <QString>

namespace s2s {

// The account this process runs as, for the transcript's "Run by": read from the OS, not from
// the environment, which is empty under a service or a scheduler and may be set to anything.
// Windows: DOMAIN\user (GetUserNameExW, NameSamCompatible; AccountNameWindows.cpp). Elsewhere: the
// effective user's name from the password database, else $USER.
QString currentAccountName();

} // namespace s2s
