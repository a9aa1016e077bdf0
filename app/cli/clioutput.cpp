#include "clioutput.h"
#include "cliapp.h"
#include "export/writefailure.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <QTextStream>

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
    return CliApp::tr("could not write %1: %2").arg(file, WriteFailure::reason(file, openError));
}

} // namespace roledesk::cli
