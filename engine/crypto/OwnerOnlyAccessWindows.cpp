// Windows only (engine/CMakeLists.txt compiles it on WIN32 alone): owner-only files through a
// protected DACL, since QFileDevice::setPermissions sets no ACL on NTFS.
#include "OwnerOnlyAccess.h"

#include <QDir>
#include <QFileInfo>

#include <windows.h>

#include <aclapi.h>

#include <string>
#include <vector>

using namespace Qt::StringLiterals;

namespace s2s::crypto {
namespace {

QString lastError(const char *call, DWORD code)
{
    return u"%1 failed: %2"_s.arg(QString::fromLatin1(call)).arg(code);
}

// The user SID of the wizard's process token (not the Administrators group, which owns what an
// elevated administrator creates).
bool tokenUser(std::vector<BYTE> &buffer, DWORD &error)
{
    HANDLE token = nullptr;
    if (!OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &token)) {
        error = GetLastError();
        return false;
    }
    DWORD size = 0;
    GetTokenInformation(token, TokenUser, nullptr, 0, &size);
    buffer.resize(size);
    const bool ok = size > 0 && GetTokenInformation(token, TokenUser, buffer.data(), size, &size);
    error = ok ? 0 : GetLastError();
    CloseHandle(token);
    return ok;
}

EXPLICIT_ACCESS_W fullControl(PSID sid, TRUSTEE_TYPE type, DWORD inheritance)
{
    EXPLICIT_ACCESS_W access{};
    access.grfAccessPermissions = FILE_ALL_ACCESS;
    access.grfAccessMode = SET_ACCESS;
    access.grfInheritance = inheritance;
    access.Trustee.TrusteeForm = TRUSTEE_IS_SID;
    access.Trustee.TrusteeType = type;
    access.Trustee.ptstrName = static_cast<LPWSTR>(sid);
    return access;
}

class WindowsOwnerOnlyAccess final : public OwnerOnlyAccess {
public:
    Status restrict(const QString &path) override
    {
        std::vector<BYTE> user;
        DWORD error = 0;
        if (!tokenUser(user, error))
            return ownerOnlyError(path, lastError("GetTokenInformation", error));
        BYTE systemSid[SECURITY_MAX_SID_SIZE];
        BYTE administrators[SECURITY_MAX_SID_SIZE];
        DWORD systemSize = sizeof(systemSid);
        DWORD administratorsSize = sizeof(administrators);
        if (!CreateWellKnownSid(WinLocalSystemSid, nullptr, systemSid, &systemSize) ||
            !CreateWellKnownSid(WinBuiltinAdministratorsSid, nullptr, administrators, &administratorsSize))
            return ownerOnlyError(path, lastError("CreateWellKnownSid", GetLastError()));
        // A folder passes the entries on to what it holds; a file has nothing to pass them to.
        const DWORD inheritance = QFileInfo(path).isDir() ? SUB_CONTAINERS_AND_OBJECTS_INHERIT
                                                          : NO_INHERITANCE;
        EXPLICIT_ACCESS_W entries[] = {
            fullControl(reinterpret_cast<TOKEN_USER *>(user.data())->User.Sid, TRUSTEE_IS_USER, inheritance),
            fullControl(systemSid, TRUSTEE_IS_WELL_KNOWN_GROUP, inheritance),
            fullControl(administrators, TRUSTEE_IS_WELL_KNOWN_GROUP, inheritance)};
        PACL acl = nullptr;
        if (const DWORD made = SetEntriesInAclW(3, entries, nullptr, &acl); made != ERROR_SUCCESS)
            return ownerOnlyError(path, lastError("SetEntriesInAclW", made));
        std::wstring native = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()).toStdWString();
        // PROTECTED: the parent folder's entries are no longer inherited.
        const DWORD set = SetNamedSecurityInfoW(
            native.data(), SE_FILE_OBJECT, DACL_SECURITY_INFORMATION | PROTECTED_DACL_SECURITY_INFORMATION,
            nullptr, nullptr, acl, nullptr);
        LocalFree(acl);
        if (set != ERROR_SUCCESS)
            return ownerOnlyError(path, lastError("SetNamedSecurityInfoW", set));
        return success();
    }
};

} // namespace

std::unique_ptr<OwnerOnlyAccess> platformOwnerOnlyAccess()
{
    return std::make_unique<WindowsOwnerOnlyAccess>();
}

} // namespace s2s::crypto
