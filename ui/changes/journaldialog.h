#pragma once

#include "store/journal.h"

#include <QDialog>
#include <QList>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStandardItemModel;
class QTreeView;

namespace roledesk {

/// Browses the journal: a table of applied plans and model operations (when, who, what and where,
/// result, statements, duration), a filter, the selected entry's SQL and message, and CSV / SQL
/// export.
class JournalDialog : public QDialog {
    Q_OBJECT
public:
    /// The columns of the table.
    enum class Column { When, Who, Database, Result, Statements, Duration, Count };
    Q_ENUM(Column)

    /// A browser over \a journal (not owned; may be null: an empty list).
    explicit JournalDialog(Journal *journal, QWidget *parent = nullptr);

    /// Reads the journal again with the current filter.
    void reload();
    /// Writes every entry to \a path as CSV (\a csv) or SQL; false with a message shown on failure.
    bool exportTo(const QString &path, bool csv);

    QTreeView *view() const { return m_view; }
    QLineEdit *filter() const { return m_filter; }
    QPlainTextEdit *sqlView() const { return m_sql; }
    /// The entries shown, newest first.
    const QList<JournalEntry> &entries() const { return m_entries; }

private:
    void showCurrent();
    void exportAs(bool csv);

    Journal *m_journal;
    QList<JournalEntry> m_entries;
    QStandardItemModel *m_model;
    QTreeView *m_view;
    QLineEdit *m_filter;
    QPlainTextEdit *m_sql;
    QLabel *m_details;
    QPushButton *m_exportCsv;
    QPushButton *m_exportSql;
};

} // namespace roledesk
