#include "common/savedialogs.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace roledesk {

namespace {

const QString lastFolderKey = QStringLiteral("dialogs/lastSaveFolder");

} // namespace

QString saveDialogStart(const QString &suggestedName)
{
    QString folder = QSettings().value(lastFolderKey).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    return suggestedName.isEmpty() ? folder : QDir(folder).filePath(QFileInfo(suggestedName).fileName());
}

void rememberSaveFolder(const QString &path)
{
    if (path.isEmpty())
        return;
    const QFileInfo info(path);
    QSettings().setValue(lastFolderKey, info.isDir() ? info.absoluteFilePath() : info.absolutePath());
}

QString askSaveFileName(QWidget *parent, const QString &title, const QString &suggestedName,
                        const QString &filter, QString *selectedFilter)
{
    const QString path = QFileDialog::getSaveFileName(parent, title, saveDialogStart(suggestedName), filter,
                                                      selectedFilter);
    rememberSaveFolder(path);
    return path;
}

void prepareSaveDialog(QFileDialog *dialog, const QString &suggestedName)
{
    const QString start = saveDialogStart(suggestedName);
    if (suggestedName.isEmpty()) {
        dialog->setDirectory(start);
    } else {
        dialog->setDirectory(QFileInfo(start).absolutePath());
        dialog->selectFile(QFileInfo(start).fileName());
    }
    QObject::connect(dialog, &QFileDialog::fileSelected, dialog, [](const QString &file) { rememberSaveFolder(file); });
}

} // namespace roledesk
