#include "changes/journaldialog.h"

#include "common/savedialogs.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace roledesk {

JournalDialog::JournalDialog(Journal *journal, QWidget *parent)
    : QDialog(parent)
    , m_journal(journal)
    , m_model(new QStandardItemModel(0, int(Column::Count), this))
    , m_view(new QTreeView(this))
    , m_filter(new QLineEdit(this))
    , m_sql(new QPlainTextEdit(this))
    , m_details(new QLabel(this))
    , m_exportCsv(new QPushButton(tr("Export &CSV…"), this))
    , m_exportSql(new QPushButton(tr("Export &SQL…"), this))
{
    setObjectName(QStringLiteral("journalDialog"));
    setWindowTitle(tr("Journal of applied plans"));
    m_model->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("Database"), tr("Result"), tr("Statements"),
                                        tr("Duration")});
    m_view->setObjectName(QStringLiteral("journalView"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAccessibleName(tr("Applied plans"));
    m_view->setColumnWidth(int(Column::When), 170);
    m_view->setColumnWidth(int(Column::Who), 200);
    m_view->setColumnWidth(int(Column::Database), 200);
    m_filter->setObjectName(QStringLiteral("journalFilter"));
    m_filter->setPlaceholderText(tr("Filter by database, user, server, result, message or SQL"));
    m_filter->setClearButtonEnabled(true);
    m_sql->setObjectName(QStringLiteral("journalSql"));
    m_sql->setReadOnly(true);
    m_sql->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_sql->setAccessibleName(tr("SQL of the selected plan"));
    m_details->setObjectName(QStringLiteral("journalDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_exportCsv->setObjectName(QStringLiteral("journalExportCsv"));
    m_exportSql->setObjectName(QStringLiteral("journalExportSql"));

    auto *filterLabel = new QLabel(tr("&Filter:"), this);
    filterLabel->setBuddy(m_filter);
    auto *top = new QHBoxLayout;
    top->addWidget(filterLabel);
    top->addWidget(m_filter, 1);

    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_details);
    lowerLayout->addWidget(m_sql, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(lower);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_exportCsv, QDialogButtonBox::ActionRole);
    buttons->addButton(m_exportSql, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);

    connect(m_filter, &QLineEdit::textChanged, this, &JournalDialog::reload);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &JournalDialog::showCurrent);
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { exportAs(true); });
    connect(m_exportSql, &QPushButton::clicked, this, [this] { exportAs(false); });
    resize(1000, 700);
    reload();
}

void JournalDialog::reload()
{
    m_entries = m_journal ? m_journal->list(m_filter->text()) : QList<JournalEntry>();
    m_model->removeRows(0, m_model->rowCount());
    const QLocale locale;
    for (const JournalEntry &e : std::as_const(m_entries)) {
        QList<QStandardItem *> row;
        row << new QStandardItem(locale.toString(e.appliedAt.toLocalTime(), QLocale::ShortFormat));
        // Who: the OS account on its machine, as the database role the server saw.
        row << new QStandardItem(e.host.isEmpty() ? tr("%1 as %2").arg(e.osUser, e.databaseUser)
                                                  : tr("%1@%2 as %3").arg(e.osUser, e.host, e.databaseUser));
        // What: a model operation names itself and its model; a plan is the default.
        row << new QStandardItem(e.kind.isEmpty() || e.kind == QLatin1String("plan")
                                     ? tr("%1 on %2").arg(e.database, e.server)
                                     : tr("%1 %2: %3 on %4").arg(e.kind, e.subject, e.database, e.server));
        row << new QStandardItem(e.result);
        row << new QStandardItem(QString::number(e.statements));
        row << new QStandardItem(tr("%1 ms").arg(e.durationMs));
        row.at(int(Column::Statements))->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        row.at(int(Column::Duration))->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_model->appendRow(row);
    }
    m_exportCsv->setEnabled(m_journal != nullptr);
    m_exportSql->setEnabled(m_journal != nullptr);
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
    else
        showCurrent();
}

void JournalDialog::showCurrent()
{
    const int row = m_view->currentIndex().row();
    if (row < 0 || row >= m_entries.size()) {
        m_sql->clear();
        m_details->setText(m_entries.isEmpty() ? tr("Nothing has been applied from this workspace yet.") : QString());
        return;
    }
    const JournalEntry &e = m_entries.at(row);
    const bool plan = e.kind.isEmpty() || e.kind == QLatin1String("plan");
    QString text = plan ? tr("Plan %1: %2, %n statement(s) in %3 ms.", nullptr, e.statements)
                              .arg(e.id).arg(e.result).arg(e.durationMs)
                        : tr("Entry %1, %2 of model %3 as %4: %5 in %6 ms.")
                              .arg(e.id).arg(e.kind, e.subject, e.databaseUser, e.result).arg(e.durationMs);
    if (!e.message.isEmpty())
        text += u' ' + e.message;
    m_details->setText(text);
    m_sql->setPlainText(e.sql);
}

bool JournalDialog::exportTo(const QString &path, bool csv)
{
    if (!m_journal)
        return false;
    const StoreError error = csv ? m_journal->exportCsv(path) : m_journal->exportSql(path);
    if (!error.message.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("Could not export the journal: %1").arg(error.message));
        return false;
    }
    return true;
}

void JournalDialog::exportAs(bool csv)
{
    const QString path = askSaveFileName(
        this, csv ? tr("Export the journal as CSV") : tr("Export the journal as SQL"),
        csv ? QStringLiteral("roledesk-journal.csv") : QStringLiteral("roledesk-journal.sql"),
        csv ? tr("CSV files (*.csv)") : tr("SQL files (*.sql)"));
    if (!path.isEmpty())
        exportTo(path, csv);
}

} // namespace roledesk
