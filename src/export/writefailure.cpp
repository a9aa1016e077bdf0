#include "export/writefailure.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>

#include <unistd.h>

namespace roledesk {

QString WriteFailure::reason(const QString &path, const QString &openError)
{
    QFileInfo info(path);
    if (info.isSymLink() && info.exists()) // a link is written through: speak of its target
        info = QFileInfo(info.canonicalFilePath());
    const QFileInfo folder(info.absolutePath());
    if (!folder.exists())
        return tr("the folder %1 does not exist").arg(folder.absoluteFilePath());
    if (!folder.isDir())
        return tr("%1 is not a folder").arg(folder.absoluteFilePath());
    if (info.isDir())
        return tr("it is a folder");
    if (info.exists() && access(QFile::encodeName(info.absoluteFilePath()).constData(), W_OK) != 0)
        return QString::fromLocal8Bit(std::strerror(errno)); // "Permission denied", "Read-only file system"
    if (info.exists() && !info.isFile()) // a device, FIFO or socket is opened in place: its own refusal
        return openError;
    // The file may be written, but the temporary file beside it cannot be made.
    return tr("cannot create a file in %1: %2").arg(folder.absoluteFilePath(), openError);
}

} // namespace roledesk
