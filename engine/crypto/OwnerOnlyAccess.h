#pragma once

#include <QString>

#include <memory>

#include "core/Error.h"

namespace s2s::crypto {

// Makes a file or folder the wizard wrote (a PFX, a CER, a password file, the certificate folder)
// readable and writable by its owner only. Linux: mode 0600 (0700 for a folder). Windows, where
// permission bits set no ACL: a protected DACL (no inheritance from the parent folder) granting
// full control to the owner (the account the wizard runs as), SYSTEM and the Administrators group
// only; on a folder these entries are inherited by what it holds (OwnerOnlyAccessWindows.cpp,
// compiled on Windows only).
class OwnerOnlyAccess {
public:
    virtual ~OwnerOnlyAccess() = default;
    // Restricts the existing file or folder at `path`. Error crypto.file-access when it cannot.
    virtual Status restrict(const QString &path) = 0;
};

// The platform's implementation (the one above for this OS).
std::unique_ptr<OwnerOnlyAccess> platformOwnerOnlyAccess();

// The implementation every private file of the wizard goes through: the platform's, unless a test
// set another.
OwnerOnlyAccess &ownerOnlyAccess();
// Tests: `access` instead of the platform's until called again; nullptr restores the platform's.
void setOwnerOnlyAccess(OwnerOnlyAccess *access);

// The error an implementation returns when it cannot restrict `path` (`detail`: the OS's reason).
Error ownerOnlyError(const QString &path, const QString &detail);

} // namespace s2s::crypto
