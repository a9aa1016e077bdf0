#include "groups/groupmembertree.h"

#include "models/schemagroupmatrixmodel.h"
#include "slpm/schemagroupplanner.h"

#include <QDragEnterEvent>
#include <QDragMoveEvent>
#include <QDropEvent>
#include <QFont>
#include <QHash>
#include <QMimeData>
#include <QSet>

namespace roledesk {

GroupMemberTree::GroupMemberTree(QWidget *parent) : QTreeWidget(parent)
{
    setHeaderHidden(true);
    setAcceptDrops(true);
    viewport()->setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::DropOnly);
}

void GroupMemberTree::showGroups(const SchemaGroupPlanner *planner, const QList<Change> &changes)
{
    clear();
    if (!planner || !planner->state().enabled())
        return;
    const Snapshot &s = planner->snapshot();
    // What the pending plan does to each group's members: joins (true) and leaves (false), by group name.
    QHash<QString, QHash<QString, bool>> pending;
    for (const Change &change : changes) {
        if (const auto *call = std::get_if<SchemaGroupCall>(&change); call && !call->group.isEmpty()) {
            if (call->kind == SchemaGroupCall::Kind::Revoke)
                pending[call->group][call->user] = false;
            else if (call->kind == SchemaGroupCall::Kind::Grant || call->kind == SchemaGroupCall::Kind::CreateUser)
                pending[call->group][call->user] = true;
        }
    }
    QSet<quint32> groupRoles;
    for (const SchemaGroup &g : planner->state().groups)
        groupRoles.insert(g.role);
    for (const SchemaGroup &g : planner->state().groups) {
        const QList<int> members = planner->members(g);
        QHash<QString, bool> moves = pending.value(g.name);
        auto *item = new QTreeWidgetItem(this);
        item->setText(0, tr("%1 (%n member(s))", nullptr, int(members.size())).arg(g.name));
        item->setData(0, GroupNameRole, g.name);
        item->setToolTip(0, tr("Drop users here to add them to %1.").arg(g.name));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDropEnabled);
        const auto addChild = [item](const QString &text, const QString &tip, bool italic, bool strike) {
            auto *child = new QTreeWidgetItem(item);
            child->setText(0, text);
            child->setToolTip(0, tip);
            child->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDropEnabled);
            QFont font = child->font(0);
            font.setItalic(italic);
            font.setStrikeOut(strike);
            child->setFont(0, font);
        };
        for (int member : members) {
            const Role &r = s.roles.at(member);
            const auto move = moves.constFind(r.name);
            if (move != moves.cend() && !*move)
                addChild(tr("%1 (pending: leaves)").arg(r.name), tr("The pending plan removes %1 from the group.").arg(r.name),
                         false, true);
            else if (groupRoles.contains(r.oid))
                addChild(r.name, tr("A group of the model: its members have this group's rights too."), true, false);
            else
                addChild(r.name, {}, false, false);
            moves.remove(r.name);
        }
        for (auto it = moves.cbegin(); it != moves.cend(); ++it) {
            if (*it)
                addChild(tr("%1 (pending: joins)").arg(it.key()), tr("The pending plan adds %1 to the group.").arg(it.key()),
                         false, false);
        }
    }
    expandAll();
}

QString GroupMemberTree::groupOf(const QTreeWidgetItem *item)
{
    while (item && item->parent())
        item = item->parent();
    return item ? item->data(0, GroupNameRole).toString() : QString();
}

QString GroupMemberTree::groupAt(const QPoint &pos) const
{
    return groupOf(itemAt(pos));
}

void GroupMemberTree::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(SchemaGroupMatrixModel::usersMimeType()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void GroupMemberTree::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->mimeData()->hasFormat(SchemaGroupMatrixModel::usersMimeType())
        && !groupAt(event->position().toPoint()).isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void GroupMemberTree::dropEvent(QDropEvent *event)
{
    // Replaces QTreeWidget's own drop (which would move items): the page turns the drop into changes.
    const QString group = groupAt(event->position().toPoint());
    if (!event->mimeData()->hasFormat(SchemaGroupMatrixModel::usersMimeType()) || group.isEmpty()) {
        event->ignore();
        return;
    }
    const QStringList users = QString::fromUtf8(event->mimeData()->data(SchemaGroupMatrixModel::usersMimeType()))
                                  .split(u'\n', Qt::SkipEmptyParts);
    event->setDropAction(Qt::CopyAction);
    event->accept();
    emit usersDropped(users, group);
}

} // namespace roledesk
