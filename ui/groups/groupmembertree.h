#pragma once

#include "plan/change.h"

#include <QList>
#include <QStringList>
#include <QTreeWidget>

namespace roledesk {

class SchemaGroupPlanner;

/// The schema groups page's side list: each group of the model in force with its direct members
/// (group roles in italics, the pending plan's joins and leaves marked). User rows dragged from
/// the matrix (SchemaGroupMatrixModel::usersMimeType()) and dropped on a group or one of its
/// members are reported by usersDropped(); the page turns them into plan changes.
class GroupMemberTree : public QTreeWidget {
    Q_OBJECT
public:
    /// Top-level items: the group role's name.
    static constexpr int GroupNameRole = Qt::UserRole + 1;

    explicit GroupMemberTree(QWidget *parent = nullptr);

    /// Shows the groups of \a planner's snapshot (nullptr or no model: empty) with \a pending marked.
    void showGroups(const SchemaGroupPlanner *planner, const QList<Change> &pending);
    /// The group of the item at \a pos (viewport coordinates), or empty.
    QString groupAt(const QPoint &pos) const;
    /// The group of \a item (itself or its parent), or empty.
    static QString groupOf(const QTreeWidgetItem *item);

signals:
    /// \a users were dropped on group \a group.
    void usersDropped(const QStringList &users, const QString &group);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
};

} // namespace roledesk
