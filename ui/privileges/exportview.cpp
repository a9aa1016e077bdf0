#include "privileges/exportview.h"

#include "common/messagebar.h"
#include "common/savedialogs.h"
#include "export/outputfile.h"
#include "export/writefailure.h"
#include "models/privilegematrixmodel.h"
#include "privileges/matrixpage.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMainWindow>
#include <QStatusBar>
#include <QTabWidget>

namespace roledesk {

namespace {

// The formats in the order of fileFilters(), with the extension a bare file name gets.
struct FileType {
    AuditFormat format;
    const char *extension;
};
constexpr FileType fileTypes[] = {
    {AuditFormat::Csv, "csv"},
    {AuditFormat::Json, "json"},
    {AuditFormat::Html, "html"},
};

// The file type of the dialog filter \a filter (CSV when it is none of them).
const FileType &fileType(const QString &filter)
{
    const qsizetype chosen = ExportView::fileFilters().indexOf(filter);
    return fileTypes[chosen > 0 ? chosen : 0];
}

} // namespace

ExportView::ExportView(MatrixPage *page, QTabWidget *pages, MessageBar *messages, QMainWindow *window)
    : QObject(window)
    , m_page(page)
    , m_pages(pages)
    , m_messages(messages)
    , m_window(window)
    , m_action(new QAction(tr("E&xport View…"), window))
{
    setObjectName(QStringLiteral("exportView"));
    m_action->setObjectName(QStringLiteral("actionExportView"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_action->setToolTip(tr("Save the privilege matrix as filtered now as CSV, JSON or HTML (Ctrl+Shift+E)"));
    m_action->setStatusTip(m_action->toolTip());
    connect(m_action, &QAction::triggered, this, &ExportView::exportWithDialog);
    if (m_pages)
        connect(m_pages, &QTabWidget::currentChanged, this, &ExportView::updateEnabled);
    connect(m_page->model(), &QAbstractItemModel::modelReset, this, &ExportView::updateEnabled);
    updateEnabled();
}

void ExportView::updateEnabled()
{
    const bool current = !m_pages || m_pages->currentWidget() == m_page;
    m_action->setEnabled(current && m_page->model()->rights() != nullptr);
}

QStringList ExportView::fileFilters()
{
    return {tr("CSV files (*.csv)"), tr("JSON files (*.json)"), tr("HTML reports (*.html *.htm)")};
}

AuditFormat ExportView::formatFor(const QString &path, const QString &filter)
{
    const QString suffix = QFileInfo(path).suffix();
    if (suffix.compare(QLatin1String("htm"), Qt::CaseInsensitive) == 0)
        return AuditFormat::Html;
    if (const auto named = AuditExporter::formatFromName(suffix))
        return *named;
    return fileType(filter).format;
}

void ExportView::exportWithDialog()
{
    const auto rights = m_page->model()->rights();
    if (!rights)
        return;
    QFileDialog dialog(m_window, tr("Export View"));
    dialog.setObjectName(QStringLiteral("exportViewDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setNameFilters(fileFilters());
    // The name has no extension: the file type chosen adds its own.
    QString name = rights->snapshot().database + QStringLiteral("-privileges");
    name.replace(u'/', u'_');
    prepareSaveDialog(&dialog, name);
    dialog.setDefaultSuffix(QLatin1String(fileTypes[0].extension));
    connect(&dialog, &QFileDialog::filterSelected, &dialog, [&dialog](const QString &filter) {
        dialog.setDefaultSuffix(QLatin1String(fileType(filter).extension));
    });
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().constFirst();
    exportTo(path, formatFor(path, dialog.selectedNameFilter()));
}

bool ExportView::exportTo(const QString &path, AuditFormat format)
{
    const QString shown = QDir::toNativeSeparators(path);
    const auto rights = m_page->model()->rights();
    QString reason;
    qint64 rows = 0;
    if (!rights) {
        reason = tr("no snapshot is loaded");
    } else {
        const MatrixPage::VisibleSet visible = m_page->visibleSet();
        AuditOptions options;
        options.format = format;
        options.generator = QStringLiteral("roledesk");
        options.roles = visible.roles;
        options.objects = visible.objects;
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        // OutputFile writes a regular file beside the target and renames at the end: a failed
        // export leaves neither a half file nor a damaged earlier one (a device is written in place).
        OutputFile file(path);
        AuditExporter exporter(*rights, options);
        if (!file.open())
            reason = WriteFailure::reason(path, file.errorString()); // a missing folder, /proc...
        else if (!exporter.write(file.device()))
            reason = exporter.errorString(); // not committed: the temporary file goes
        else if (!file.commit())
            reason = file.errorString();
        rows = exporter.stats().rows;
        QGuiApplication::restoreOverrideCursor();
    }
    if (!reason.isEmpty()) {
        const QString message = tr("Could not export the view to %1: %2").arg(shown, reason);
        m_messages->showMessage(MessageBar::Level::Error, message, message);
        emit failed(message);
        return false;
    }
    m_window->statusBar()->showMessage(tr("%n row(s) exported to %1", nullptr, int(rows)).arg(shown), 15000);
    emit exported(path, rows);
    return true;
}

} // namespace roledesk
