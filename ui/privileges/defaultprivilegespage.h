#pragma once

#include "catalog/snapshot.h"
#include "plan/change.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace roledesk {

class DefaultPrivilegesModel;
class Plan;

/// The "Default privileges" page: what each creating role's new objects will grant (from
/// pg_default_acl, and PostgreSQL's built-in defaults where no global entry exists), with a form
/// that grants or revokes default privileges with an explicit FOR ROLE, and a Delete action that
/// revokes the selected entries (including the built-in PUBLIC EXECUTE on functions, globally).
/// Edits are proposed as changes; the window adds them to the pending plan.
class DefaultPrivilegesPage : public QWidget {
    Q_OBJECT
public:
    explicit DefaultPrivilegesPage(QWidget *parent = nullptr);

    /// Shows \a snapshot; filter and form choices are kept where they still exist.
    void setSnapshot(SnapshotPtr snapshot);
    /// Marks what \a plan would change.
    void setPendingPlan(const Plan &plan);
    /// Puts the keyboard focus in the filter.
    void focusFilter();

    /// The change the form stands for, as a grant or a revoke.
    DefaultPrivilegesChange formChange(bool grant) const;
    /// Revokes of the selected rows (pending grants: the grant again, which cancels it).
    QList<Change> removalOfSelection() const;

    DefaultPrivilegesModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

signals:
    /// The user asked for \a changes, described by \a text (for the undo stack).
    void changesProposed(const QList<roledesk::Change> &changes, const QString &text);

private:
    void rebuildPrivilegeChecks();
    void updateForm();
    void fillFormFromRow(const QModelIndex &proxyIndex);
    void proposeForm(bool grant);
    void removeSelected();

    SnapshotPtr m_snapshot;
    DefaultPrivilegesModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLineEdit *m_filter;
    QCheckBox *m_builtIn;
    QPushButton *m_remove;
    QComboBox *m_forRole;
    QComboBox *m_schema;
    QComboBox *m_kind;
    QComboBox *m_grantee;
    QHBoxLayout *m_privilegeRow;
    QList<QCheckBox *> m_privileges;
    QCheckBox *m_grantOption;
    QPushButton *m_grant;
    QPushButton *m_revoke;
    QLabel *m_sql;
};

} // namespace roledesk
