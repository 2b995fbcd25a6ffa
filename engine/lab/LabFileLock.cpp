#include "LabFileLock.h"

#include <QDir>

#ifdef Q_OS_UNIX
#include <QFile>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#else
#include <QLockFile>
#endif

using namespace Qt::StringLiterals;

namespace s2s::lab {

#ifdef Q_OS_UNIX
struct LabFileLock::Handle {
    int fd = -1;
};

LabFileLock::LabFileLock(const QString &labFolder)
    : m_handle(std::make_unique<Handle>())
{
    const QByteArray path = QFile::encodeName(lockFile(labFolder));
    m_handle->fd = ::open(path.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (m_handle->fd < 0) {
        m_error = u"Cannot open %1: %2"_s.arg(lockFile(labFolder),
                                              QString::fromLocal8Bit(std::strerror(errno)));
        return;
    }
    int locked = -1;
    do
        locked = ::flock(m_handle->fd, LOCK_EX);
    while (locked != 0 && errno == EINTR);
    if (locked != 0) {
        m_error = u"Cannot lock %1: %2"_s.arg(lockFile(labFolder),
                                              QString::fromLocal8Bit(std::strerror(errno)));
        ::close(m_handle->fd);
        m_handle->fd = -1;
    }
}

LabFileLock::~LabFileLock()
{
    if (m_handle && m_handle->fd >= 0)
        ::close(m_handle->fd); // closing releases the flock
}

bool LabFileLock::held() const
{
    return m_handle && m_handle->fd >= 0;
}
#else
// Windows: a QLockFile beside farm.json (the simulator's FileShare.None lock is another file there).
struct LabFileLock::Handle {
    explicit Handle(const QString &path)
        : file(path)
    {}
    QLockFile file;
    bool locked = false;
};

LabFileLock::LabFileLock(const QString &labFolder)
    : m_handle(std::make_unique<Handle>(lockFile(labFolder) + u".q"_s))
{
    m_handle->locked = m_handle->file.lock();
    if (!m_handle->locked)
        m_error = u"Cannot lock %1"_s.arg(lockFile(labFolder));
}

LabFileLock::~LabFileLock() = default;

bool LabFileLock::held() const
{
    return m_handle && m_handle->locked;
}
#endif

QString LabFileLock::lockFile(const QString &labFolder)
{
    return QDir(labFolder).filePath(u"farm.json.lock"_s);
}

} // namespace s2s::lab
