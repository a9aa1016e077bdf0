#pragma once

#include "catalog/snapshot.h"
#include "pg/connection.h"
#include "plan/change.h"

#include <QList>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTreeView;

namespace roledesk {

class MembershipModel;
class Plan;

/// The "Memberships" page: the role graph as a tree (what each role is a member of, or who the
/// members of each role are) with every role attribute in columns, filtered by name; and the
/// role edits: create (Ins), alter (F2 / Enter), drop (Del on a role), add a member or group
/// (Shift+Ins), remove a membership (Del on a membership), toggle its admin option (Ctrl+T).
/// Edits are proposed as changes; the window adds them to the pending plan, which is listed
/// below the tree for roles and memberships.
class MembershipPage : public QWidget {
    Q_OBJECT
public:
    explicit MembershipPage(QWidget *parent = nullptr);

    /// Shows \a snapshot; the filter and direction are kept.
    void setSnapshot(SnapshotPtr snapshot);
    /// Where password verifiers are computed (the session's options).
    void setConnectOptions(const pg::ConnectOptions &options) { m_options = options; }
    /// Lists the role and membership changes of \a plan.
    void setPendingPlan(const Plan &plan);
    /// Puts the keyboard focus in the name filter.
    void focusFilter();

    /// Index into Snapshot::roles of the current row's role, or -1.
    int currentRole() const;
    /// Index into Snapshot::memberships of the current row's edge, or -1 (a top-level role).
    int currentMembership() const;
    /// Selects the top-level row of role \a name; false when it is not shown.
    bool selectRole(const QString &name);

    /// The changes that remove the current membership, or toggle its admin option.
    QList<Change> removeMembershipChanges() const;
    QList<Change> toggleAdminChanges() const;
    /// The change that adds \a other as a member of the current role (Members direction) or
    /// the current role to group \a other (MemberOf direction).
    Change addMembershipChange(const QString &other, bool admin) const;

    QTreeView *view() const { return m_view; }
    MembershipModel *model() const { return m_model; }
    QListWidget *pendingList() const { return m_pending; }
    QAction *createRoleAction() const { return m_create; }
    QAction *alterRoleAction() const { return m_alter; }
    QAction *dropRoleAction() const { return m_drop; }
    QAction *addMemberAction() const { return m_addMember; }
    QAction *removeMemberAction() const { return m_removeMember; }
    QAction *toggleAdminAction() const { return m_toggleAdmin; }

signals:
    /// The user asked for \a changes, described by \a text (for the undo stack).
    void changesProposed(const QList<roledesk::Change> &changes, const QString &text);

public slots:
    /// Opens the role dialog to create a role.
    void createRole();
    /// Opens the role dialog for the current role.
    void alterRole();
    /// Opens the drop-role flow for the current role.
    void dropRole();
    /// Asks for a role and adds the membership.
    void addMember();
    void removeMember();
    void toggleAdmin();

private:
    void createActions();
    void updateActions();
    void deleteCurrent();

    SnapshotPtr m_snapshot;
    pg::ConnectOptions m_options;
    MembershipModel *m_model;
    QTreeView *m_view;
    QComboBox *m_direction;
    QCheckBox *m_predefined;
    QLineEdit *m_name;
    QListWidget *m_pending;
    QLabel *m_pendingLabel;
    QAction *m_create = nullptr;
    QAction *m_alter = nullptr;
    QAction *m_drop = nullptr;
    QAction *m_addMember = nullptr;
    QAction *m_removeMember = nullptr;
    QAction *m_toggleAdmin = nullptr;
    QAction *m_delete = nullptr;
};

} // namespace roledesk
