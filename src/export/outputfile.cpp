#include "export/outputfile.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <sys/stat.h>

namespace roledesk {

namespace {

// Linux gives up after 40 links (ELOOP); a path still a link after that many is a loop.
constexpr int maxLinks = 40;

/// \a path with its symbolic links followed, even when the last target does not exist yet (where
/// canonicalFilePath() gives nothing); \a path itself for a loop, which open() then refuses.
QString followLinks(const QString &path)
{
    QFileInfo info(path);
    for (int depth = 0; info.isSymLink(); ++depth) {
        if (depth == maxLinks)
            return path;
        info.setFile(info.symLinkTarget());
    }
    return info.filePath();
}

/// True when \a path names something that exists and is neither a regular file nor a folder: a
/// device, a FIFO, a socket, or a link that still loops.
bool isSpecial(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return QFileInfo(path).isSymLink(); // a loop: opened in place, refused by the system
    return !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode);
}

} // namespace

OutputFile::OutputFile(const QString &path)
    : m_path(path)
{
}

OutputFile::~OutputFile()
{
    if (!m_committed)
        cancel();
}

bool OutputFile::open(QIODevice::OpenMode mode)
{
    m_error.clear();
    m_committed = false;
    m_failed = false;
    m_target = followLinks(m_path);
    m_inPlace = isSpecial(m_target);
    if (m_inPlace)
        m_file = std::make_unique<QFile>(m_target);
    else
        m_file = std::make_unique<QSaveFile>(m_target);
    return m_file->open(mode | QIODevice::WriteOnly);
}

QIODevice *OutputFile::device() const
{
    return m_file.get();
}

qint64 OutputFile::write(const char *data, qint64 size)
{
    if (!m_file)
        return -1;
    // A file device reports a partial write (a full disk, a size limit) as a short count with no
    // error: writing the rest either finishes or fails with the system's reason.
    for (qint64 done = 0; done < size;) {
        const qint64 n = m_file->write(data + done, size - done);
        if (n <= 0) {
            m_failed = true;
            return -1;
        }
        done += n;
    }
    return size;
}

qint64 OutputFile::write(const QByteArray &data)
{
    return write(data.constData(), data.size());
}

bool OutputFile::commit()
{
    if (!m_file || !m_file->isOpen()) {
        if (m_file && m_error.isEmpty())
            m_error = m_file->errorString();
        return false;
    }
    if (m_failed) { // a QSaveFile refuses by itself; a device is told nothing more
        m_error = errorString();
        cancel();
        return false;
    }
    if (!m_inPlace) {
        m_committed = static_cast<QSaveFile *>(m_file.get())->commit();
        return m_committed;
    }
    // close() would flush too, but forget why a flush failed (a full disk, /dev/full).
    const bool flushed = m_file->flush() && m_file->error() == QFileDevice::NoError;
    if (!flushed)
        m_error = m_file->errorString();
    m_file->close();
    if (flushed && m_file->error() != QFileDevice::NoError)
        m_error = m_file->errorString();
    m_committed = m_error.isEmpty();
    return m_committed;
}

void OutputFile::cancel()
{
    if (!m_file || !m_file->isOpen())
        return;
    if (m_error.isEmpty() && m_file->error() != QFileDevice::NoError)
        m_error = m_file->errorString(); // still there for the caller's message
    // A QSaveFile destroyed uncommitted removes its temporary file; a QFile is closed.
    m_file.reset();
}

QString OutputFile::errorString() const
{
    if (!m_error.isEmpty())
        return m_error;
    return m_file ? m_file->errorString() : QString();
}

} // namespace roledesk
