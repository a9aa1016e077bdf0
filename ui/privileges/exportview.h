#pragma once

#include "export/auditexporter.h"

#include <QObject>
#include <QString>
#include <QStringList>

class QAction;
class QMainWindow;
class QTabWidget;

namespace roledesk {

class MatrixPage;
class MessageBar;

/// Database ▸ Export View…: writes the privilege matrix as its filters show it (the visible roles
/// and objects) as CSV, JSON or HTML, in the audit format of roledesk-cli (which exports the whole
/// database). The PUBLIC row and procedural languages are not part of that format and stay out.
class ExportView : public QObject {
    Q_OBJECT
public:
    /// Exports \a page's view. The action is enabled while \a pages shows \a page with a snapshot;
    /// results go to \a window's status bar, failures to \a messages.
    ExportView(MatrixPage *page, QTabWidget *pages, MessageBar *messages, QMainWindow *window);

    /// "Export View…" (Ctrl+Shift+E), for the Database menu.
    QAction *action() const { return m_action; }

    /// Asks where to save (the chosen file type sets the format), then exports there.
    void exportWithDialog();
    /// Writes the view to \a path as \a format, all or nothing for a regular file (OutputFile). Reports the outcome;
    /// false when nothing was written.
    bool exportTo(const QString &path, AuditFormat format);

    /// The save dialog's file types, in the order of AuditFormat.
    static QStringList fileFilters();
    /// The format \a path's extension names (.csv, .json, .html, .htm); otherwise that of the
    /// file type \a filter.
    static AuditFormat formatFor(const QString &path, const QString &filter);

signals:
    /// An export succeeded: \a rows rows were written to \a path.
    void exported(const QString &path, qint64 rows);
    /// An export failed; \a message names the file and the reason.
    void failed(const QString &message);

private:
    void updateEnabled();

    MatrixPage *m_page;
    QTabWidget *m_pages;
    MessageBar *m_messages;
    QMainWindow *m_window;
    QAction *m_action;
};

} // namespace roledesk
