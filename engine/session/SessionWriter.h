#pragma once

#include <QByteArray>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>

#include "core/Error.h"

namespace s2s {

// Where a session file is written: the whole file at once, so that a reader sees the old or the
// new file, never half of one. The real one is QSaveFile (write a temporary file, rename it over
// the old one); a test injects faults here (a full disk, a file another process holds).
class SessionWriter {
public:
    virtual ~SessionWriter() = default;
    // Replaces `path` with `bytes`, or leaves it as it was and says why.
    virtual Status write(const QString &path, const QByteArray &bytes) = 0;
    // Adds `bytes` at the end of `path` (created if missing), or leaves it as it was and says why.
    // The real one: appendToFile.
    virtual Status append(const QString &path, const QByteArray &bytes);
};

// Appends with QFile; a write that fails part-way is cut back, so the file never ends in half a
// record.
Status appendToFile(const QString &path, const QByteArray &bytes);

// The real writer: QSaveFile.
class SaveFileSessionWriter final : public SessionWriter {
public:
    Status write(const QString &path, const QByteArray &bytes) override;
};

// How often a failed write is tried again: on Windows another process (an antivirus scanner, a
// second wizard exporting the transcript) may hold the file for a moment, and the rename fails
// with a sharing violation that is gone a few milliseconds later.
struct SessionWriteRetry {
    int attempts = 4;                                     // the first try included
    std::chrono::milliseconds firstDelay{25};             // doubled after each failed try
    std::function<void(std::chrono::milliseconds)> sleep; // empty: QThread::sleep
};

// Writes through `writer`, trying again as `retry` says; the error is the last try's, with how
// many tries failed in its detail.
Status writeSessionBytes(SessionWriter &writer, const QString &path, const QByteArray &bytes,
                         const SessionWriteRetry &retry = {});
// The same for an append.
Status appendSessionBytes(SessionWriter &writer, const QString &path, const QByteArray &bytes,
                          const SessionWriteRetry &retry = {});

} // namespace s2s
