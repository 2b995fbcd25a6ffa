#include "OwnerOnlyAccess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace s2s::crypto {
namespace {

OwnerOnlyAccess *injected = nullptr;

#ifndef Q_OS_WIN
// Linux and macOS: the permission bits are the whole access control.
class PosixOwnerOnlyAccess final : public OwnerOnlyAccess {
public:
    Status restrict(const QString &path) override
    {
        const QFileInfo info(path);
        QFileDevice::Permissions owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        if (info.isDir())
            owner |= QFileDevice::ExeOwner;
        if (!info.exists() || !QFile::setPermissions(path, owner))
            return ownerOnlyError(path, info.exists() ? u"chmod failed"_s : u"no such file"_s);
        return success();
    }
};
#endif

} // namespace

#ifndef Q_OS_WIN
std::unique_ptr<OwnerOnlyAccess> platformOwnerOnlyAccess()
{
    return std::make_unique<PosixOwnerOnlyAccess>();
}
#endif

OwnerOnlyAccess &ownerOnlyAccess()
{
    static const std::unique_ptr<OwnerOnlyAccess> platform = platformOwnerOnlyAccess();
    return injected ? *injected : *platform;
}

void setOwnerOnlyAccess(OwnerOnlyAccess *access)
{
    injected = access;
}

Error ownerOnlyError(const QString &path, const QString &detail)
{
    return Error{u"crypto.file-access"_s,
                 QCoreApplication::translate("Crypto", "Could not make %1 readable by its owner only.")
                     .arg(QDir::toNativeSeparators(path)),
                 detail,
                 QCoreApplication::translate("Crypto", "Choose a folder on a local disk the wizard's "
                                                       "account owns (NTFS on Windows).")};
}

} // namespace s2s::crypto
