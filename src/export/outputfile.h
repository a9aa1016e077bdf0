#pragma once

#include <QIODevice>
#include <QString>

#include <memory>

class QFileDevice;

namespace roledesk {

/// A file RoleDesk writes at a path the user chose, opened the right way for what is there. A
/// regular file, or none yet, goes through QSaveFile: written beside the target and renamed over
/// it by commit(), so a failure leaves the old content. A character or block device, a FIFO or a
/// socket is written in place: renaming over it would replace the device itself (run as root,
/// `audit -o /dev/null` turned /dev/null into a regular file) and a FIFO's reader would get
/// nothing. A symbolic link is followed first, so the link stays and its target gets the content.
class OutputFile {
public:
    explicit OutputFile(const QString &path);
    /// Abandons what was written unless commit() succeeded.
    ~OutputFile();
    OutputFile(const OutputFile &) = delete;
    OutputFile &operator=(const OutputFile &) = delete;

    /// Opens the file for writing; \a mode may add QIODevice::Text. A FIFO's open waits for a reader.
    bool open(QIODevice::OpenMode mode = QIODevice::WriteOnly);
    /// The device to write to: null before open().
    QIODevice *device() const;
    /// Writes all \a size bytes of \a data: \a size, or -1 after which commit() refuses.
    qint64 write(const char *data, qint64 size);
    qint64 write(const QByteArray &data);
    /// Finishes the file: a regular file is replaced now, a special file flushed and closed.
    bool commit();
    /// Abandons the file: a regular file keeps its old content (or is not created); what already
    /// went to a device or FIFO cannot be taken back.
    void cancel();
    /// Why open(), a write or commit() failed, in the system's words.
    QString errorString() const;
    /// The file written to: the path with its symbolic links followed.
    QString targetPath() const { return m_target; }
    /// True when written in place (a device, FIFO or socket), false when replaced as a whole.
    bool isInPlace() const { return m_inPlace; }

private:
    QString m_path;
    QString m_target;
    bool m_inPlace = false;
    bool m_committed = false;
    bool m_failed = false; ///< a write() failed: commit() refuses
    QString m_error;
    std::unique_ptr<QFileDevice> m_file;
};

} // namespace roledesk
