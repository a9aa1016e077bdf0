#pragma once

#include <QStringList>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QTableView;

namespace roledesk {

class MessageBar;
class ModelAccessModel;
class RoleFilterProxyModel;
class Session;

/// The "Model access" page: the pgx_inference privilege matrix over the database's roles (model
/// owner, system administrator, USAGE on schema pgx_inference, the use of each model), with a
/// role filter, an "all roles" switch and a legend. Space (or a double click) toggles the current
/// cell; the changes join the session's pending plan as one undo step, so they show in the
/// pending-changes dock with their SQL and are applied with the rest.
class ModelAccessPage : public QWidget {
    Q_OBJECT
public:
    /// A page over \a session's snapshots and pending plan (not owned).
    explicit ModelAccessPage(Session *session, QWidget *parent = nullptr);
    ~ModelAccessPage() override;

    /// Makes the cell of role \a role ("" PUBLIC) in model column \a column current; false when
    /// the role is not shown (filtered out or not listed).
    bool selectCell(const QString &role, int column);
    /// Toggles the current cell (what Space does). Returns how many changes altered the plan.
    int toggleCurrent();
    /// Puts the keyboard focus in the role filter.
    void focusFilter();

    QTableView *view() const { return m_view; }
    /// The model behind the view (source of the role filter proxy).
    ModelAccessModel *model() const { return m_model; }
    QLineEdit *roleFilterEdit() const { return m_filter; }
    QCheckBox *showAllRolesBox() const { return m_showAll; }
    /// The notes of the last toggle, as shown under the table.
    QStringList lastNotes() const { return m_lastNotes; }

signals:
    /// A toggle produced notes worth reading (what stays, what was refused and why).
    void notesReported(const QStringList &notes);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildFilterBar();
    QWidget *buildLegend();
    void showSnapshot();
    void showPending();
    void updateNotice();
    void updateCount();
    int toggle(const QModelIndex &index);

    Session *m_session;
    ModelAccessModel *m_model;
    RoleFilterProxyModel *m_roles;
    QTableView *m_view;
    MessageBar *m_notice = nullptr;
    MessageBar *m_notes = nullptr;
    QLineEdit *m_filter = nullptr;
    QCheckBox *m_showAll = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_empty = nullptr;
    QStringList m_lastNotes;
};

} // namespace roledesk
