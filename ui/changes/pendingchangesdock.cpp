#include "changes/pendingchangesdock.h"

#include "common/savedialogs.h"
#include "export/outputfile.h"

#include "common/messagebar.h"
#include "models/pendingchangesmodel.h"
#include "changes/planimpactview.h"
#include "privileges/effectiverights.h"
#include "window/session.h"
#include "common/sqlhighlighter.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMainWindow>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace roledesk {

namespace {

// The SQL preview asks for room for a dozen lines and never shrinks below five, so that a plan's
// last statements and its COMMIT are not squeezed out of sight when the window is short.
class SqlPreview : public QPlainTextEdit {
public:
    using QPlainTextEdit::QPlainTextEdit;
    QSize sizeHint() const override { return {QPlainTextEdit::sizeHint().width(), heightFor(12)}; }
    QSize minimumSizeHint() const override { return {QPlainTextEdit::minimumSizeHint().width(), heightFor(5)}; }

protected:
    // In its tab the preview gets its final size after the script was set: the end of the
    // script, where the cursor waits, stays in view.
    void resizeEvent(QResizeEvent *event) override
    {
        QPlainTextEdit::resizeEvent(event);
        if (textCursor().atEnd())
            ensureCursorVisible();
    }

private:
    int heightFor(int lines) const
    {
        return lines * fontMetrics().lineSpacing() + 2 * frameWidth() + horizontalScrollBar()->sizeHint().height()
               + 2 * int(document()->documentMargin()) + 2;
    }
};

} // namespace

PendingChangesDock::PendingChangesDock(Session *session, MessageBar *messages, QWidget *parent)
    : QDockWidget(tr("Pending changes"), parent)
    , m_session(session)
    , m_messages(messages)
    , m_model(new PendingChangesModel(this))
{
    setObjectName(QStringLiteral("pendingChangesDock"));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);

    m_count = new QLabel(body);
    m_count->setObjectName(QStringLiteral("pendingCount"));
    layout->addWidget(m_count);

    auto *split = new QSplitter(Qt::Vertical, body);
    m_list = new QListView(split);
    m_list->setObjectName(QStringLiteral("pendingList"));
    m_list->setModel(m_model);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setAccessibleName(tr("Pending changes"));
    m_list->setUniformItemSizes(true);
    // The SQL and, beside it, what the plan would change in effective rights.
    m_tabs = new QTabWidget(split);
    m_tabs->setObjectName(QStringLiteral("pendingTabs"));
    m_preview = new SqlPreview(m_tabs);
    m_preview->setObjectName(QStringLiteral("sqlPreview"));
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setAccessibleName(tr("SQL preview"));
    new SqlHighlighter(m_preview->document());
    m_impact = new PlanImpactView(m_tabs);
    m_tabs->addTab(m_preview, tr("SQL"));
    m_tabs->addTab(m_impact, tr("Impact"));
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    split->setCollapsible(1, false);
    // Beside each other when docked at the top or bottom, one above the other at the sides.
    connect(this, &QDockWidget::dockLocationChanged, split, [split](Qt::DockWidgetArea area) {
        split->setOrientation(area == Qt::LeftDockWidgetArea || area == Qt::RightDockWidgetArea ? Qt::Vertical
                                                                                                  : Qt::Horizontal);
    });
    layout->addWidget(split, 1);
    m_split = split;

    auto *editRow = new QHBoxLayout;
    m_remove = new QPushButton(tr("&Remove"), body);
    m_remove->setObjectName(QStringLiteral("pendingRemove"));
    m_remove->setToolTip(tr("Remove the selected changes from the plan"));
    m_undo = new QToolButton(body);
    m_undo->setObjectName(QStringLiteral("pendingUndo"));
    m_undo->setDefaultAction(session->undoStack()->createUndoAction(this, tr("Undo")));
    m_redo = new QToolButton(body);
    m_redo->setObjectName(QStringLiteral("pendingRedo"));
    m_redo->setDefaultAction(session->undoStack()->createRedoAction(this, tr("Redo")));
    m_clear = new QPushButton(tr("C&lear"), body);
    m_clear->setObjectName(QStringLiteral("pendingClear"));
    m_clear->setToolTip(tr("Remove every pending change (can be undone)"));
    editRow->addWidget(m_remove);
    editRow->addWidget(m_undo);
    editRow->addWidget(m_redo);
    editRow->addWidget(m_clear);
    editRow->addStretch(1);
    layout->addLayout(editRow);

    auto *sqlRow = new QHBoxLayout;
    m_copy = new QPushButton(tr("&Copy SQL"), body);
    m_copy->setObjectName(QStringLiteral("pendingCopy"));
    m_save = new QPushButton(tr("&Save as .sql…"), body);
    m_save->setObjectName(QStringLiteral("pendingSave"));
    m_apply = new QPushButton(tr("&Apply…"), body);
    m_apply->setObjectName(QStringLiteral("pendingApply"));
    m_apply->setToolTip(tr("Run the plan in one transaction on the database"));
    sqlRow->addWidget(m_copy);
    sqlRow->addWidget(m_save);
    sqlRow->addStretch(1);
    sqlRow->addWidget(m_apply);
    layout->addLayout(sqlRow);

    auto *progressRow = new QHBoxLayout;
    m_progress = new QProgressBar(body);
    m_progress->setObjectName(QStringLiteral("applyProgress"));
    m_cancel = new QPushButton(tr("Cancel"), body);
    m_cancel->setObjectName(QStringLiteral("applyCancel"));
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    layout->addLayout(progressRow);
    m_progress->hide();
    m_cancel->hide();
    setWidget(body);

    connect(m_remove, &QPushButton::clicked, this, &PendingChangesDock::removeSelected);
    connect(m_clear, &QPushButton::clicked, session, &Session::clearPendingPlan);
    connect(m_copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(script()); });
    connect(m_save, &QPushButton::clicked, this, &PendingChangesDock::save);
    connect(m_apply, &QPushButton::clicked, this, &PendingChangesDock::apply);
    connect(m_cancel, &QPushButton::clicked, session, &Session::cancelApply);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PendingChangesDock::updateButtons);
    connect(session, &Session::pendingPlanChanged, this, &PendingChangesDock::refresh);
    // Docked, moved to another side, floated: the compact form suits only the top and bottom.
    const auto placed = [this] { setCompact(m_session->pendingPlan().isEmpty() && !m_session->isApplying()); };
    connect(this, &QDockWidget::dockLocationChanged, this, placed);
    connect(this, &QDockWidget::topLevelChanged, this, placed);
    connect(session, &Session::snapshotChanged, this, &PendingChangesDock::refresh);
    connect(session, &Session::applyStarted, this, &PendingChangesDock::onApplyStarted);
    connect(session, &Session::applyProgressed, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(session, &Session::applyFinished, this, &PendingChangesDock::onApplyFinished);
    refresh();
}

PendingChangesDock::~PendingChangesDock() = default;

QString PendingChangesDock::scriptHeader() const
{
    const auto rights = m_session->rights();
    // SQL text is never translated: the header is part of the script.
    return rights ? QStringLiteral("RoleDesk plan for database %1").arg(rights->snapshot().database)
                  : QStringLiteral("RoleDesk plan");
}

QString PendingChangesDock::script() const
{
    return m_session->pendingPlan().isEmpty() ? QString() : m_session->pendingPlan().script(scriptHeader());
}

void PendingChangesDock::refresh()
{
    m_model->setPlan(m_session->pendingPlan());
    m_impact->setPlan(m_session->rights(), m_session->pendingPlan().changes());
    const QString text = script();
    if (m_preview->toPlainText() != text) {
        m_preview->setPlainText(text);
        // What just changed is at the end: the newest statements and COMMIT come into view.
        m_preview->moveCursor(QTextCursor::End);
        m_preview->ensureCursorVisible();
    }
    m_count->setText(m_session->pendingPlan().isEmpty()
                         ? tr("No pending changes. Right-click a matrix cell to grant or revoke.")
                         : tr("%n change(s)", nullptr, m_model->rowCount()) + QStringLiteral(", ")
                               + tr("%n statement(s)", nullptr, m_model->statementCount()));
    updateButtons();
    setCompact(m_session->pendingPlan().isEmpty() && !m_session->isApplying());
}

void PendingChangesDock::setCompact(bool compact)
{
    auto *window = qobject_cast<QMainWindow *>(parentWidget());
    const Qt::DockWidgetArea area = window ? window->dockWidgetArea(this) : Qt::NoDockWidgetArea;
    compact = compact && !isFloating() && (area == Qt::TopDockWidgetArea || area == Qt::BottomDockWidgetArea);
    if (compact == m_compact)
        return;
    m_compact = compact;
    if (compact && isVisible())
        m_openHeight = qMax(height(), 120);
    for (QWidget *w : {m_split, static_cast<QWidget *>(m_copy), static_cast<QWidget *>(m_save), static_cast<QWidget *>(m_apply)})
        w->setVisible(!compact);
    widget()->setMaximumHeight(compact ? widget()->minimumSizeHint().height() : QWIDGETSIZE_MAX);
    if (!compact && window)
        window->resizeDocks({this}, {m_openHeight}, Qt::Vertical);
}

void PendingChangesDock::updateButtons()
{
    const bool empty = m_session->pendingPlan().isEmpty();
    const bool applying = m_session->isApplying();
    m_remove->setEnabled(!applying && m_list->selectionModel()->hasSelection());
    m_clear->setEnabled(!applying && !empty);
    m_copy->setEnabled(!empty);
    m_save->setEnabled(!empty);
    m_apply->setEnabled(!applying && !empty && m_session->rights());
}

void PendingChangesDock::removeSelected()
{
    QList<int> rows;
    for (const QModelIndex &i : m_list->selectionModel()->selectedRows())
        rows << i.row();
    if (!rows.isEmpty())
        m_session->removeChanges(rows, tr("Remove %n pending change(s)", nullptr, int(rows.size())));
}

void PendingChangesDock::save()
{
    QFileDialog dialog(this, tr("Save the plan as SQL"));
    dialog.setObjectName(QStringLiteral("saveSqlDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setNameFilter(tr("SQL scripts (*.sql)"));
    dialog.setDefaultSuffix(QStringLiteral("sql"));
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    prepareSaveDialog(&dialog, QStringLiteral("plan.sql"));
    if (dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty())
        saveScript(dialog.selectedFiles().constFirst());
}

bool PendingChangesDock::saveScript(const QString &path)
{
    OutputFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text) || file.write(script().toUtf8()) < 0 || !file.commit()) {
        m_messages->showMessage(MessageBar::Level::Error,
                                tr("Could not save %1: %2").arg(path, file.errorString()));
        return false;
    }
    m_messages->showMessage(MessageBar::Level::Info, tr("Saved the plan to %1.").arg(path));
    return true;
}

void PendingChangesDock::apply()
{
    const auto rights = m_session->rights();
    if (!rights || m_session->pendingPlan().isEmpty() || m_session->isApplying())
        return;
    const int statements = int(m_session->pendingPlan().statements().size());
    QMessageBox ask(QMessageBox::Question, tr("Apply the plan"),
                    tr("Run %n statement(s) in one transaction on database %1 as %2?", nullptr, statements)
                        .arg(rights->snapshot().database, rights->snapshot().currentUser),
                    QMessageBox::Cancel, this);
    ask.setObjectName(QStringLiteral("applyConfirmation"));
    ask.setInformativeText(tr("RoleDesk first checks that nothing the plan touches changed since the snapshot. "
                              "If any statement fails, nothing is applied."));
    QPushButton *go = ask.addButton(tr("Apply"), QMessageBox::AcceptRole);
    go->setObjectName(QStringLiteral("applyConfirm"));
    ask.setDefaultButton(go);
    ask.exec();
    if (ask.clickedButton() != go)
        return;
    if (!m_session->applyPendingPlan())
        m_messages->showMessage(MessageBar::Level::Warning, tr("The plan cannot be applied now (a load is running)."));
}

void PendingChangesDock::onApplyStarted(int statements)
{
    m_progress->setRange(0, statements);
    m_progress->setValue(0);
    m_progress->setFormat(tr("Applying %v of %m"));
    m_progress->show();
    m_cancel->show();
    updateButtons();
}

void PendingChangesDock::onApplyFinished(const ApplyOutcome &outcome, const QList<PlanDifference> &differences)
{
    m_progress->hide();
    m_cancel->hide();
    updateButtons();
    const auto error = [&outcome] {
        QStringList lines{outcome.error.message.trimmed()};
        if (!outcome.error.detail.isEmpty())
            lines << tr("Detail: %1").arg(outcome.error.detail);
        if (!outcome.error.hint.isEmpty())
            lines << tr("Hint: %1").arg(outcome.error.hint);
        if (!outcome.error.sqlstate.isEmpty())
            lines << tr("SQLSTATE %1").arg(outcome.error.sqlstate);
        return lines.join(u'\n');
    };
    using S = ApplyOutcome::Status;
    switch (outcome.status) {
    case S::Applied: {
        if (differences.isEmpty()) {
            m_messages->showMessage(MessageBar::Level::Info,
                                    tr("Applied %n statement(s) in %1 ms; the fresh snapshot shows every change.",
                                       nullptr, outcome.statementsRun).arg(outcome.elapsedMs));
            break;
        }
        QStringList lines;
        for (const PlanDifference &d : differences)
            lines << d.message;
        m_messages->showMessage(MessageBar::Level::Warning,
                                tr("Applied, but the fresh snapshot differs from the plan in %n place(s): %1",
                                   nullptr, int(differences.size())).arg(lines.constFirst()),
                                lines.join(u'\n'));
        break;
    }
    case S::Conflict: {
        QStringList lines;
        for (const ApplyConflict &c : outcome.conflicts)
            lines << tr("%1: was %2, now %3").arg(c.object, c.expected, c.found);
        m_messages->showMessage(MessageBar::Level::Error,
                                tr("Nothing was applied: the database changed since the snapshot (%1). "
                                   "The matrix now shows the current state; the plan is still pending.")
                                    .arg(lines.isEmpty() ? QString() : lines.constFirst()),
                                lines.join(u'\n'));
        break;
    }
    case S::Failed:
        m_messages->showMessage(MessageBar::Level::Error,
                                tr("Nothing was applied: %1 failed on %2: %3")
                                    .arg(outcome.failed.display(), outcome.failed.object, outcome.error.message.trimmed()),
                                outcome.failed.display() + u'\n' + error());
        break;
    case S::Cancelled:
        m_messages->showMessage(MessageBar::Level::Info, tr("Apply cancelled; nothing was applied. The plan is still pending."));
        break;
    case S::ConnectionLost:
        m_messages->showMessage(MessageBar::Level::Error,
                                tr("The connection was lost while applying; the transaction did not commit and "
                                   "nothing was applied. The plan is still pending: %1")
                                    .arg(outcome.error.message.trimmed()),
                                error());
        break;
    }
}

} // namespace roledesk
