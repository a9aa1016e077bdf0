#pragma once

#include "slpm/schemagroups.h"

#include <QStringList>
#include <QWidget>

class QBoxLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QVBoxLayout;

namespace roledesk {

class GroupDriftPanel;
class GroupMemberTree;
class GroupOperationsBar;
class MessageBar;
class SchemaGroupMatrixModel;
struct EditResult;
class Session;

/// The "Schema groups" page: the users × (admin, schemas) matrix of Hologres' simple permission
/// models (SLPM / SPM, or slpm_ce on community PostgreSQL) with a user filter, the groups and
/// their direct members beside it, and a "New user…" button. A level is changed in a cell (a
/// combo box on F2, Enter or double click; keys 0-3 and A on the current cell), users are added
/// to a group by dragging their rows onto it; every edit joins the session's pending plan as one
/// undo step (CALL slpm_grant / slpm_revoke / slpm_create_user), with notes under the table.
class SchemaGroupsPage : public QWidget {
    Q_OBJECT
public:
    /// A page over \a session's snapshots and pending plan (not owned).
    explicit SchemaGroupsPage(Session *session, QWidget *parent = nullptr);
    ~SchemaGroupsPage() override;

    /// Makes the cell of \a user in column \a column current; false when it is not shown.
    bool selectCell(const QString &user, int column);
    /// Sets the level of the cell at \a index (of view()'s model) through the planner and adds
    /// the changes as one undo step. Returns how many changes altered the plan.
    int setLevel(const QModelIndex &index, GroupLevel level);
    /// setLevel() on the current cell (what the keys 0-3 do).
    int setCurrentLevel(GroupLevel level);
    /// The admin column's A key: admin when not held directly, none when held.
    int toggleCurrentAdmin();
    /// Adds \a users to the group named \a group (what a drop on the group does).
    int addUsersToGroup(const QStringList &users, const QString &group);
    /// Adds the users of the matrix's selected cells (or the current one) to the group current
    /// in the member list: the keyboard's way to do what a drop does.
    int addSelectedUsersToCurrentGroup();
    /// Creates login \a user in the group named \a group (empty: none), as "New user…" does; a
    /// refusal leaves its notes under the table. Returns how many changes joined the plan.
    int createUser(const QString &user, const QString &group);
    /// Opens the "New user" dialog and creates the user it names.
    void showNewUserDialog();
    /// Puts the keyboard focus in the user filter.
    void focusFilter();

    /// The model-wide operations (install, enable, migrate, disable, rename schema, clean up).
    GroupOperationsBar *operationsBar() const { return m_operationsBar; }
    /// The drift from the model, under the matrix.
    GroupDriftPanel *driftPanel() const { return m_driftPanel; }

    QTableView *view() const { return m_view; }
    /// The matrix behind the user filter proxy.
    SchemaGroupMatrixModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QLabel *titleLabel() const { return m_title; }
    QLineEdit *userFilterEdit() const { return m_filter; }
    /// The groups with their direct members; drop users on a group to add them.
    GroupMemberTree *groupTree() const { return m_groups; }
    QPushButton *newUserButton() const { return m_newUser; }
    QPushButton *addToGroupButton() const { return m_addToGroup; }
    MessageBar *warningsBar() const { return m_warnings; }
    MessageBar *notesBar() const { return m_notes; }
    /// The notes of the last edit, as shown under the table.
    QStringList lastNotes() const { return m_lastNotes; }

signals:
    /// An edit produced notes worth reading (what stays, what was refused and why).
    void notesReported(const QStringList &notes);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildTopBar();
    QWidget *buildFilterBar();
    QWidget *buildSideList();
    void showSnapshot();
    void showPending();
    void fillGroups();
    int apply(const EditResult &result, const QString &text);
    void showNotes(const QStringList &notes, bool refused);

    Session *m_session;
    SchemaGroupMatrixModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLabel *m_title = nullptr;
    QHBoxLayout *m_operations = nullptr;
    QVBoxLayout *m_drift = nullptr;
    GroupOperationsBar *m_operationsBar = nullptr;
    GroupDriftPanel *m_driftPanel = nullptr;
    MessageBar *m_warnings = nullptr;
    MessageBar *m_notes = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_count = nullptr;
    GroupMemberTree *m_groups = nullptr;
    QPushButton *m_newUser = nullptr;
    QPushButton *m_addToGroup = nullptr;
    QStringList m_lastNotes;
};

} // namespace roledesk
