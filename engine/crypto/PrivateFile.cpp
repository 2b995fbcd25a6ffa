#include "PrivateFile.h"

#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace s2s::crypto {

Status writePrivateFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    const auto failed = [&] {
        return Error{u"crypto.file-write"_s, u"Could not write %1."_s.arg(path), file.errorString(),
                     u"Choose a folder the wizard's account may write to, with free space."_s};
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
