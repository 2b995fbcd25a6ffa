// Windows only (engine/CMakeLists.txt compiles it on WIN32 alone): the process token's elevation.
#include "Elevation.h"

#include <windows.h>

namespace s2s {
namespace {

class WindowsElevation final : public Elevation {
public:
    bool isElevated() const override
    {
        HANDLE token = nullptr;
        if (!OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &token))
            return true; // unknown: the careful answer
        TOKEN_ELEVATION elevation{};
        DWORD size = sizeof(elevation);
        const bool known = GetTokenInformation(token, TokenElevation, &elevation, sizeof(elevation), &size);
        CloseHandle(token);
        return !known || elevation.TokenIsElevated != 0;
    }
};

} // namespace

std::unique_ptr<Elevation> platformElevation()
{
    return std::make_unique<WindowsElevation>();
}

} // namespace s2s
