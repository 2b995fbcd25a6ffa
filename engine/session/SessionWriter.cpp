#include "SessionWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QThread>

using namespace Qt::StringLiterals;

namespace s2s {

namespace {

Error cannotSave(const QString &path, const QString &why)
{
    return Error{u"session.write"_s,
                 QCoreApplication::translate("Session", "Cannot save the session to %1.")
                     .arg(QDir::toNativeSeparators(path)),
                 why,
                 QCoreApplication::translate("Session",
                                             "Free disk space, or close the program that holds the "
                                             "file; the wizard keeps the session and saves it "
                                             "again at the next change."),
                 ErrorKind::Failure};
}

Status withRetry(const std::function<Status()> &write, const SessionWriteRetry &retry)
{
    std::chrono::milliseconds delay = retry.firstDelay;
    Status written = write();
    for (int attempt = 1; !written && attempt < retry.attempts; ++attempt) {
        if (retry.sleep)
            retry.sleep(delay);
        else
            QThread::msleep(static_cast<unsigned long>(delay.count()));
        delay *= 2;
        written = write();
    }
    if (written)
        return written;
    Error error = written.error();
    const QString tries = QCoreApplication::translate("Session", "%n tries failed.", nullptr, retry.attempts);
    error.detail = error.detail.isEmpty() ? tries : error.detail + u" ("_s + tries + u")"_s;
    return error;
}

} // namespace

Status SaveFileSessionWriter::write(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return success();
    // QSaveFile removes its temporary file when the commit fails: the old file stays as it was.
    return cannotSave(path, file.errorString());
}

Status SessionWriter::append(const QString &path, const QByteArray &bytes)
{
    return appendToFile(path, bytes);
}

Status appendToFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
        return cannotSave(path, file.errorString());
    const qint64 before = file.size();
    if (file.write(bytes) == bytes.size() && file.flush())
        return success();
    const QString why = file.errorString();
    (void)file.resize(before); // no half record stays behind; the next append writes it whole
    return cannotSave(path, why);
}

Status writeSessionBytes(SessionWriter &writer, const QString &path, const QByteArray &bytes,
                         const SessionWriteRetry &retry)
{
    return withRetry([&] { return writer.write(path, bytes); }, retry);
}

Status appendSessionBytes(SessionWriter &writer, const QString &path, const QByteArray &bytes,
                          const SessionWriteRetry &retry)
{
    return withRetry([&] { return writer.append(path, bytes); }, retry);
}

} // namespace s2s
