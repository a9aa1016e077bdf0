#pragma once

#include "catalog/privilege.h"
#include "plan/editplanner.h"

#include <QObject>
#include <QPointer>


#include <QMenu>
class QModelIndex;
class QTableView;

namespace roledesk {

class MatrixPage;
class Session;

/// Makes the privilege matrix editable: context menus on cells and headers (grant, grant with
/// grant option, revoke, revoke grant option; for the selection, a whole row, a whole column, or
/// every object of a kind in a schema), Ins / Del privilege choosers on the current cell, and
/// pending-change marks on the cells. Every edit goes to the session's pending plan as one undo
/// step, through EditPlanner.
class MatrixEditActions : public QObject {
    Q_OBJECT
public:
    /// What an edit does.
    enum class Operation { Grant, GrantWithOption, Revoke, RevokeGrantOption };
    Q_ENUM(Operation)

    MatrixEditActions(MatrixPage *page, Session *session, QObject *parent = nullptr);
    ~MatrixEditActions() override;

    /// Builds the menu for the cell at \a index (a view index) and the selection around it.
    QMenu *cellMenu(const QModelIndex &index);
    /// Builds the menu for a whole row (a role, every object shown) or column (an object, every
    /// role shown); \a section is a view section.
    QMenu *headerMenu(Qt::Orientation orientation, int section);
    /// The menu shown last, while it is open (for tests and keyboard choosers).
    QMenu *activeMenu() const { return m_menu; }

    /// Applies \a operation for \a privileges to \a targets (adds the changes to the plan).
    /// Returns the number of changes that altered the plan.
    int perform(Operation operation, const QList<EditTarget> &targets, Privileges privileges);

signals:
    /// An edit produced notes worth reading (a right that stays through a group, PUBLIC...).
    void notesReported(const QStringList &notes);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QList<EditTarget> selectedTargets(const QModelIndex &clicked) const;
    QList<EditTarget> rowTargets(int row) const;
    QList<EditTarget> columnTargets(int column) const;
    Privileges applicableTo(const QList<EditTarget> &targets) const;
    void addOperationMenus(QMenu *menu, const QList<EditTarget> &targets);
    QMenu *operationMenu(QMenu *parent, Operation op, const QList<EditTarget> &targets, Privileges applicable);
    void addAllInSchemaMenus(QMenu *menu, const EditTarget &target);
    void showMenu(QMenu *menu, const QPoint &globalPos);
    void updatePendingMarks();

    MatrixPage *m_page;
    QTableView *m_view;
    Session *m_session;
    QPointer<QMenu> m_menu;
};

} // namespace roledesk
