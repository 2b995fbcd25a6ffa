#include "PrivateFile.h"

#include <QCoreApplication>

#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace s2s::crypto {

Status writePrivateFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    const auto failed = [&] {
        return Error{u"crypto.file-write"_s,
                     QCoreApplication::translate("Crypto", "Could not write %1.").arg(path),
                     file.errorString(),
                     QCoreApplication::translate("Crypto", "Choose a folder the wizard's account "
                                                           "may write to, with free space.")};
    };
    if (!file.open(QIODevice::WriteOnly))
        return failed();
    // Restricted before the first byte, on the temporary file that the commit renames into place.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        file.cancelWriting();
        return failed();
    }
    if (file.write(bytes) != bytes.size() || !file.commit())
        return failed();
    return success();
}

} // namespace s2s::crypto
