#pragma once

#include <QString>

namespace s2s::crypto {

// A random PFX password from the system's secure generator: letters and digits without the
// look-alikes (0/O, 1/l/I), so that an admin can read it aloud or type it on a server console.
// 24 characters from 57 give about 140 bits.
QString generatePfxPassword(int length = 24);

} // namespace s2s::crypto
