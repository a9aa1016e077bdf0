#pragma once

#include <QString>

class QFileDialog;
class QSettings;
class QWidget;

namespace roledesk {

/// Where a save dialog starts: the folder the user last saved into (kept in QSettings), or the
/// documents folder the first time; with \a suggestedName, that file in that folder.
QString saveDialogStart(const QString &suggestedName = {});
/// Remembers the folder of \a path (a file just saved) for the next save dialog.
void rememberSaveFolder(const QString &path);

/// QFileDialog::getSaveFileName() that starts in saveDialogStart(\a suggestedName) and remembers
/// the folder chosen. Every save dialog of the console goes through it (or through
/// prepareSaveDialog() when it builds its own QFileDialog).
QString askSaveFileName(QWidget *parent, const QString &title, const QString &suggestedName,
                        const QString &filter, QString *selectedFilter = nullptr);
/// Points \a dialog at saveDialogStart(\a suggestedName) and remembers the folder it is accepted in.
void prepareSaveDialog(QFileDialog *dialog, const QString &suggestedName = {});

} // namespace roledesk
