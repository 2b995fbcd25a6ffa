#include "SessionWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>
#include <QThread>

using namespace Qt::StringLiterals;

namespace s2s {

Status SaveFileSessionWriter::write(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return success();
    // QSaveFile removes its temporary file when the commit fails: the old file stays as it was.
    return Error{u"session.write"_s,
                 QCoreApplication::translate("Session", "Cannot save the session to %1.")
                     .arg(QDir::toNativeSeparators(path)),
                 file.errorString(),
                 QCoreApplication::translate("Session",
                                             "Free disk space, or close the program that holds the "
                                             "file; the wizard keeps the session and saves it "
                                             "again at the next change."),
                 ErrorKind::Failure};
}

Status writeSessionBytes(SessionWriter &writer, const QString &path, const QByteArray &bytes,
                         const SessionWriteRetry &retry)
{
    std::chrono::milliseconds delay = retry.firstDelay;
    Status written = writer.write(path, bytes);
    for (int attempt = 1; !written && attempt < retry.attempts; ++attempt) {
        if (retry.sleep)
            retry.sleep(delay);
        else
            QThread::msleep(static_cast<unsigned long>(delay.count()));
        delay *= 2;
        written = writer.write(path, bytes);
    }
    if (written)
        return written;
    Error error = written.error();
    const QString tries = QCoreApplication::translate("Session", "%n tries failed.", nullptr, retry.attempts);
    error.detail = error.detail.isEmpty() ? tries : error.detail + u" ("_s + tries + u")"_s;
    return error;
}

} // namespace s2s
