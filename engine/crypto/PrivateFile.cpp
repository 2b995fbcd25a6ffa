#include "PrivateFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include "crypto/OwnerOnlyAccess.h"

using namespace Qt::StringLiterals;

namespace s2s::crypto {
namespace {

Error writeError(const QString &path, const QString &detail)
{
    return Error{
        u"crypto.file-write"_s,
        QCoreApplication::translate("Crypto", "Could not write %1.").arg(QDir::toNativeSeparators(path)),
        detail,
        QCoreApplication::translate("Crypto", "Choose a folder the wizard's account "
                                              "may write to, with free space.")};
}

Error existsError(const QString &path)
{
    return Error{u"crypto.file-exists"_s,
                 QCoreApplication::translate("Crypto", "A file already exists at %1.")
                     .arg(QDir::toNativeSeparators(path)),
                 {},
                 QCoreApplication::translate("Crypto", "Move that file away or choose another path: the "
                                                       "wizard never overwrites a file.")};
}

} // namespace

Status writePrivateFile(const QString &path, const QByteArray &bytes)
{
    const QFileInfo target(path);
    if (target.exists() || target.isSymLink())
        return existsError(path);
    QTemporaryFile file(target.absoluteDir().filePath(u"."_s + target.fileName() + u".XXXXXX"_s));
    if (!file.open())
        return writeError(path, file.errorString());
    // Restricted while still empty, before the first byte.
    if (Status restricted = ownerOnlyAccess().restrict(file.fileName()); !restricted)
        return restricted;
    if (file.write(bytes) != bytes.size() || !file.flush())
        return writeError(path, file.errorString());
    file.close();
    // No replacing (QFile::rename never does): a file that appeared meanwhile stays, and the
    // temporary file goes.
    const QString temporary = file.fileName();
    file.setAutoRemove(false);
    QFile renamed(temporary);
    if (!renamed.rename(target.absoluteFilePath())) {
        QFile::remove(temporary);
        return QFileInfo::exists(path) ? existsError(path) : writeError(path, renamed.errorString());
    }
    return success();
}

} // namespace s2s::crypto
