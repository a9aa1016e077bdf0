#pragma once

#include "plan/applier.h"
#include "plan/planverifier.h"

#include <QDockWidget>

class QAction;
class QLabel;
class QListView;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QToolButton;

namespace roledesk {

class MessageBar;
class PendingChangesModel;
class PlanImpactView;
class Session;

/// The "Pending changes" dock: the session's pending plan as a list and as SQL (highlighted,
/// copyable, savable), with Remove, Undo, Redo, Clear and Apply. Apply asks for confirmation,
/// runs on the session's worker with progress and Cancel, and reports the outcome in the
/// message bar; a plan that was not applied stays pending.
class PendingChangesDock : public QDockWidget {
    Q_OBJECT
public:
    PendingChangesDock(Session *session, MessageBar *messages, QWidget *parent = nullptr);
    ~PendingChangesDock() override;

    /// The header comment of the script ("RoleDesk plan for database x").
    QString scriptHeader() const;
    /// The SQL preview's text: the pending plan's script.
    QString script() const;
    /// Writes script() to \a path; false (and a message) on failure.
    bool saveScript(const QString &path);

    QListView *list() const { return m_list; }
    QPlainTextEdit *preview() const { return m_preview; }
    /// The Impact tab beside the SQL preview.
    PlanImpactView *impactView() const { return m_impact; }
    QTabWidget *tabs() const { return m_tabs; }
    PendingChangesModel *model() const { return m_model; }
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *clearButton() const { return m_clear; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *copyButton() const { return m_copy; }
    QToolButton *undoButton() const { return m_undo; }
    QToolButton *redoButton() const { return m_redo; }
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_progress; }

public slots:
    /// Asks for confirmation, then applies the pending plan.
    void apply();
    /// Opens a file dialog and saves the script.
    void save();
    /// Removes the selected changes (one undo step).
    void removeSelected();

private:
    void refresh();
    void updateButtons();
    /// Without changes, docked at the top or bottom, the dock shrinks to its hint and the undo
    /// row (the matrix gets the room); the first change opens it again at its last height.
    void setCompact(bool compact);
    void onApplyStarted(int statements);
    void onApplyFinished(const ApplyOutcome &outcome, const QList<PlanDifference> &differences);

    Session *m_session;
    MessageBar *m_messages;
    PendingChangesModel *m_model;
    QListView *m_list;
    QPlainTextEdit *m_preview;
    QTabWidget *m_tabs;
    PlanImpactView *m_impact;
    QLabel *m_count;
    QPushButton *m_remove;
    QToolButton *m_undo;
    QToolButton *m_redo;
    QPushButton *m_clear;
    QPushButton *m_copy;
    QPushButton *m_save;
    QPushButton *m_apply;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QWidget *m_split = nullptr;
    bool m_compact = false;
    int m_openHeight = 260; // the height the open dock had, restored when changes come
};

} // namespace roledesk
