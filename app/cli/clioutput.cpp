#include "clioutput.h"
#include "cliapp.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <QTextStream>

#include <cerrno>
#include <cstring>

#include <unistd.h>

namespace roledesk::cli {

QString oneLine(const QString &text)
{
    return text.split(u'\n', Qt::SkipEmptyParts).join(u' ').simplified();
}

void printTo(FILE *stream, const QString &text)
{
    QTextStream out(stream);
    out << text;
    out.flush();
}

QString errorText(const QString &what, const pg::Error &e)
{
    QString out = what + QStringLiteral(": ") + oneLine(e.message);
    if (!e.sqlstate.isEmpty())
        out += QStringLiteral(" (SQLSTATE %1)").arg(e.sqlstate);
    if (!e.detail.isEmpty())
        out += QStringLiteral("\nDETAIL: ") + oneLine(e.detail);
    if (!e.hint.isEmpty())
        out += QStringLiteral("\nHINT: ") + oneLine(e.hint);
    return out;
}

QString absolutePath(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

QString openFailure(const QString &path, const QString &openError)
{
    const QString file = absolutePath(path);
    const QFileInfo info(file);
    const QFileInfo folder(info.absolutePath());
    QString why;
    if (!folder.exists()) {
        why = CliApp::tr("the folder %1 does not exist").arg(folder.absoluteFilePath());
    } else if (!folder.isDir()) {
        why = CliApp::tr("%1 is not a folder").arg(folder.absoluteFilePath());
    } else if (info.isDir()) {
        why = CliApp::tr("it is a folder");
    } else if (info.exists() && access(QFile::encodeName(file).constData(), W_OK) != 0) {
        why = QString::fromLocal8Bit(std::strerror(errno)); // "Permission denied", "Read-only file system"
    } else {
        // The file may be written, but the temporary file beside it cannot be made.
        why = CliApp::tr("cannot create a file in %1: %2").arg(folder.absoluteFilePath(), openError);
    }
    return CliApp::tr("could not write %1: %2").arg(file, why);
}

} // namespace roledesk::cli
