#pragma once

#include <QString>

#include <memory>

namespace s2s::lab {

// An exclusive lock of the operating system on <lab>/farm.json.lock, held for one
// read-modify-write of farm.json, so that two processes serving the same lab farm (two
// s2s-lab-host, or the SharePoint simulator under pwsh, which locks the same file with
// FileShare.None) never both read the old state and both write. flock(2) on Unix: released by the
// kernel when the process dies, so a killed host leaves nothing locked. The file stays.
class LabFileLock {
public:
    // Blocks until the lock is held, or fails (held() false) when the file cannot be opened.
    explicit LabFileLock(const QString &labFolder);
    ~LabFileLock();
    LabFileLock(const LabFileLock &) = delete;
    LabFileLock &operator=(const LabFileLock &) = delete;

    bool held() const;
    // Why it is not held.
    QString error() const { return m_error; }

    static QString lockFile(const QString &labFolder);

private:
    struct Handle;
    std::unique_ptr<Handle> m_handle;
    QString m_error;
};

} // namespace s2s::lab
