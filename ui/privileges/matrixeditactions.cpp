#include "privileges/matrixeditactions.h"

#include "common/matrixdelegate.h"
#include "privileges/matrixpage.h"
#include "models/privilegematrixmodel.h"
#include "window/session.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QTableView>
#include <QUndoStack>

namespace roledesk {

namespace {

using M = PrivilegeMatrixModel;

/// The matrix delegate plus a coloured corner on cells the pending plan changes.
class PendingMarkDelegate : public MatrixDelegate {
public:
    using MatrixDelegate::MatrixDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        MatrixDelegate::paint(painter, option, index);
        if (!index.data(M::PendingRole).isValid())
            return;
        const QRect r = option.rect.adjusted(1, 1, -1, -1);
        const int size = std::min(10, std::min(r.width(), r.height()) / 2);
        QPainterPath corner;
        corner.moveTo(r.topRight() + QPoint(1, 0));
        corner.lineTo(r.topRight() + QPoint(1 - size, 0));
        corner.lineTo(r.topRight() + QPoint(1, size));
        corner.closeSubpath();
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->fillPath(corner, QColor(0xe0, 0x6c, 0x00));
        painter->setPen(QPen(QColor(0xe0, 0x6c, 0x00), 1, Qt::DashLine));
        painter->drawRect(r.adjusted(0, 0, -1, -1));
        painter->restore();
    }
};

QString operationLabel(MatrixEditActions::Operation op)
{
    using O = MatrixEditActions::Operation;
    switch (op) {
    case O::Grant: return MatrixEditActions::tr("&Grant");
    case O::GrantWithOption: return MatrixEditActions::tr("Grant &with grant option");
    case O::Revoke: return MatrixEditActions::tr("&Revoke");
    case O::RevokeGrantOption: return MatrixEditActions::tr("Revoke grant &option");
    }
    return {};
}

QString operationName(MatrixEditActions::Operation op)
{
    using O = MatrixEditActions::Operation;
    switch (op) {
    case O::Grant: return QStringLiteral("grant");
    case O::GrantWithOption: return QStringLiteral("grantOption");
    case O::Revoke: return QStringLiteral("revoke");
    case O::RevokeGrantOption: return QStringLiteral("revokeOption");
    }
    return {};
}

QString kindPlural(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Sequence: return MatrixEditActions::tr("sequences");
    case ObjectKind::Function: return MatrixEditActions::tr("functions");
    case ObjectKind::Procedure: return MatrixEditActions::tr("procedures");
    case ObjectKind::Type: return MatrixEditActions::tr("types");
    default: return MatrixEditActions::tr("tables and views");
    }
}

} // namespace

MatrixEditActions::MatrixEditActions(MatrixPage *page, Session *session, QObject *parent)
    : QObject(parent)
    , m_page(page)
    , m_view(page->view())
    , m_session(session)
{
    m_view->setItemDelegate(new PendingMarkDelegate(m_view));
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->verticalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->installEventFilter(this);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_view->indexAt(pos);
        if (index.isValid())
            showMenu(cellMenu(index), m_view->viewport()->mapToGlobal(pos));
    });
    for (QHeaderView *header : {m_view->horizontalHeader(), m_view->verticalHeader()}) {
        connect(header, &QWidget::customContextMenuRequested, this, [this, header](const QPoint &pos) {
            const int section = header->logicalIndexAt(pos);
            if (section >= 0)
                showMenu(headerMenu(header->orientation(), section), header->viewport()->mapToGlobal(pos));
        });
    }
    connect(session, &Session::pendingPlanChanged, this, &MatrixEditActions::updatePendingMarks);
    connect(session, &Session::snapshotChanged, this, &MatrixEditActions::updatePendingMarks);
}

MatrixEditActions::~MatrixEditActions()
{
    delete m_menu;
}

void MatrixEditActions::updatePendingMarks()
{
    m_page->model()->setPendingChanges(m_session->pendingPlan().changes());
}

QList<EditTarget> MatrixEditActions::selectedTargets(const QModelIndex &clicked) const
{
    QList<EditTarget> out;
    const QModelIndexList selected = m_view->selectionModel()->selectedIndexes();
    if (clicked.isValid() && !selected.contains(clicked))
        return {EditTarget{clicked.data(M::GranteeRole).toString(), clicked.data(M::ObjectIndexRole).toInt()}};
    for (const QModelIndex &i : selected)
        out << EditTarget{i.data(M::GranteeRole).toString(), i.data(M::ObjectIndexRole).toInt()};
    return out;
}

QList<EditTarget> MatrixEditActions::rowTargets(int row) const
{
    QList<EditTarget> out;
    const QAbstractItemModel *m = m_view->model();
    const QString grantee = m->headerData(row, Qt::Vertical, M::GranteeRole).toString();
    for (int c = 0; c < m->columnCount(); ++c)
        out << EditTarget{grantee, m->headerData(c, Qt::Horizontal, M::ObjectIndexRole).toInt()};
    return out;
}

QList<EditTarget> MatrixEditActions::columnTargets(int column) const
{
    QList<EditTarget> out;
    const QAbstractItemModel *m = m_view->model();
    const int object = m->headerData(column, Qt::Horizontal, M::ObjectIndexRole).toInt();
    for (int r = 0; r < m->rowCount(); ++r)
        out << EditTarget{m->headerData(r, Qt::Vertical, M::GranteeRole).toString(), object};
    return out;
}

Privileges MatrixEditActions::applicableTo(const QList<EditTarget> &targets) const
{
    const auto rights = m_session->rights();
    if (!rights)
        return {};
    QSet<int> kinds;
    Privileges out;
    for (const EditTarget &t : targets) {
        const ObjectKind kind = rights->snapshot().objects.at(t.object).kind;
        if (kinds.contains(int(kind)))
            continue;
        kinds.insert(int(kind));
        for (Privilege p : applicablePrivileges(kind))
            out |= p;
    }
    return out;
}

QMenu *MatrixEditActions::operationMenu(QMenu *parent, Operation op, const QList<EditTarget> &targets,
                                        Privileges applicable)
{
    QMenu *sub = parent->addMenu(operationLabel(op));
    sub->setObjectName(operationName(op) + QStringLiteral("Menu"));
    QAction *all = sub->addAction(tr("All applicable privileges"));
    all->setObjectName(operationName(op) + QStringLiteral(":ALL"));
    connect(all, &QAction::triggered, this, [this, op, targets, applicable] { perform(op, targets, applicable); });
    sub->addSeparator();
    for (Privilege p : allPrivileges()) {
        if (!applicable.testFlag(p))
            continue;
        QAction *a = sub->addAction(privilegeKeyword(p));
        a->setObjectName(operationName(op) + u':' + privilegeKeyword(p));
        connect(a, &QAction::triggered, this, [this, op, targets, p] { perform(op, targets, p); });
    }
    return sub;
}

void MatrixEditActions::addOperationMenus(QMenu *menu, const QList<EditTarget> &targets)
{
    const Privileges applicable = applicableTo(targets);
    for (Operation op : {Operation::Grant, Operation::GrantWithOption, Operation::Revoke, Operation::RevokeGrantOption}) {
        QMenu *sub = operationMenu(menu, op, targets, applicable);
        // PUBLIC can hold privileges but never grant them on.
        const bool publicOnly = std::all_of(targets.begin(), targets.end(), [](const EditTarget &t) { return t.grantee.isEmpty(); });
        if (publicOnly && (op == Operation::GrantWithOption || op == Operation::RevokeGrantOption))
            sub->menuAction()->setEnabled(false);
    }
}

void MatrixEditActions::addAllInSchemaMenus(QMenu *menu, const EditTarget &target)
{
    const auto rights = m_session->rights();
    const CatalogObject &o = rights->snapshot().objects.at(target.object);
    const QString schema = o.kind == ObjectKind::Schema ? o.name : o.schema;
    if (schema.isEmpty() || o.kind == ObjectKind::Database)
        return;
    const EditPlanner planner(rights);
    QList<ObjectKind> kinds;
    if (o.kind == ObjectKind::Schema)
        kinds = {ObjectKind::Table, ObjectKind::Sequence, ObjectKind::Function, ObjectKind::Procedure, ObjectKind::Type};
    else if (o.kind != ObjectKind::Column)
        kinds = {isRelationKind(o.kind) && o.kind != ObjectKind::Sequence ? ObjectKind::Table : o.kind};
    for (ObjectKind kind : kinds) {
        const int count = int(planner.objectsInSchema(schema, kind).size());
        if (count == 0)
            continue;
        QMenu *sub = menu->addMenu(tr("Grant on all %1 in schema %2 (%3)…").arg(kindPlural(kind), schema).arg(count));
        sub->setObjectName(QStringLiteral("allInSchema:") + objectKindName(kind));
        for (Privilege p : applicablePrivileges(kind)) {
            QAction *a = sub->addAction(privilegeKeyword(p));
            a->setObjectName(QStringLiteral("allInSchema:") + privilegeKeyword(p));
            connect(a, &QAction::triggered, this, [this, target, schema, kind, p] {
                const auto r = m_session->rights();
                if (!r)
                    return;
                const EditResult result = EditPlanner(r).grantAllInSchema(target.grantee, schema, kind, p, false);
                m_session->addChanges(result.changes, tr("Grant %1 on all %2 in schema %3 to %4")
                                                          .arg(privilegeKeyword(p), kindPlural(kind), schema,
                                                               granteeDisplay(target.grantee)));
                if (!result.notes.isEmpty())
                    emit notesReported(result.notes);
            });
        }
    }
}

QMenu *MatrixEditActions::cellMenu(const QModelIndex &index)
{
    auto *menu = new QMenu(m_view);
    menu->setObjectName(QStringLiteral("matrixCellMenu"));
    const QList<EditTarget> targets = selectedTargets(index);
    if (!m_session->rights() || targets.isEmpty())
        return menu;
    const QString object = m_view->model()->headerData(index.column(), Qt::Horizontal).toString();
    const QString role = m_view->model()->headerData(index.row(), Qt::Vertical).toString();
    menu->addSection(targets.size() == 1 ? tr("%1 on %2").arg(role, object) : tr("%n selected cell(s)", nullptr, int(targets.size())));
    addOperationMenus(menu, targets);
    menu->addSeparator();
    QMenu *row = menu->addMenu(tr("Whole row: %1 on every object shown").arg(role));
    row->setObjectName(QStringLiteral("rowMenu"));
    addOperationMenus(row, rowTargets(index.row()));
    QMenu *column = menu->addMenu(tr("Whole column: every role shown on %1").arg(object));
    column->setObjectName(QStringLiteral("columnMenu"));
    addOperationMenus(column, columnTargets(index.column()));
    if (targets.size() == 1) {
        menu->addSeparator();
        addAllInSchemaMenus(menu, targets.front());
    }
    menu->addSeparator();
    menu->addAction(m_session->undoStack()->createUndoAction(menu, tr("Undo")));
    menu->addAction(m_session->undoStack()->createRedoAction(menu, tr("Redo")));
    return menu;
}

QMenu *MatrixEditActions::headerMenu(Qt::Orientation orientation, int section)
{
    auto *menu = new QMenu(m_view);
    menu->setObjectName(orientation == Qt::Vertical ? QStringLiteral("matrixRowMenu") : QStringLiteral("matrixColumnMenu"));
    if (!m_session->rights())
        return menu;
    const QString name = m_view->model()->headerData(section, orientation).toString();
    menu->addSection(orientation == Qt::Vertical ? tr("%1 on every object shown").arg(name)
                                                 : tr("Every role shown on %1").arg(name));
    addOperationMenus(menu, orientation == Qt::Vertical ? rowTargets(section) : columnTargets(section));
    return menu;
}

void MatrixEditActions::showMenu(QMenu *menu, const QPoint &globalPos)
{
    delete m_menu;
    m_menu = menu;
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(globalPos);
}

bool MatrixEditActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_view || event->type() != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->key() != Qt::Key_Insert && key->key() != Qt::Key_Delete)
        return false;
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !m_session->rights())
        return false;
    const bool shift = key->modifiers().testFlag(Qt::ShiftModifier);
    const Operation op = key->key() == Qt::Key_Insert ? (shift ? Operation::GrantWithOption : Operation::Grant)
                                                      : (shift ? Operation::RevokeGrantOption : Operation::Revoke);
    // A small privilege chooser at the cell: the operation's submenu on its own.
    auto *holder = new QMenu(m_view);
    const QList<EditTarget> targets = selectedTargets(current);
    QMenu *chooser = operationMenu(holder, op, targets, applicableTo(targets));
    chooser->setParent(m_view, Qt::Popup);
    chooser->setObjectName(QStringLiteral("privilegeChooser"));
    chooser->setTitle(operationLabel(op));
    holder->removeAction(chooser->menuAction());
    delete holder;
    const QRect cell = m_view->visualRect(current);
    showMenu(chooser, m_view->viewport()->mapToGlobal(cell.bottomLeft()));
    return true;
}

int MatrixEditActions::perform(Operation operation, const QList<EditTarget> &targets, Privileges privileges)
{
    const auto rights = m_session->rights();
    if (!rights || targets.isEmpty())
        return 0;
    const EditPlanner planner(rights);
    EditResult result;
    switch (operation) {
    case Operation::Grant: result = planner.grant(targets, privileges, false); break;
    case Operation::GrantWithOption: result = planner.grant(targets, privileges, true); break;
    case Operation::Revoke: result = planner.revoke(targets, privileges, false); break;
    case Operation::RevokeGrantOption: result = planner.revoke(targets, privileges, true); break;
    }
    // An edit against what is pending undoes it: revoking a pending grant takes the grant back
    // out of the plan (Plan::add cancels exact inverses) instead of revoking from the database.
    const bool grant = operation == Operation::Grant || operation == Operation::GrantWithOption;
    for (const EditTarget &t : targets) {
        const ObjectRef ref = ObjectRef::fromSnapshot(rights->snapshot(), t.object);
        for (const Change &c : m_session->pendingPlan().changes()) {
            if (const auto *g = std::get_if<GrantPrivileges>(&c); g && operation == Operation::Revoke) {
                if (g->object == ref && g->grantee == t.grantee && (g->privileges & privileges))
                    result.changes << RevokePrivileges{ref, t.grantee, g->privileges & privileges, false, false, {}};
            } else if (const auto *r = std::get_if<RevokePrivileges>(&c); r && grant) {
                if (r->object == ref && r->grantee == t.grantee && r->grantor.isEmpty() && !r->cascade
                    && (r->privileges & privileges) && r->grantOptionOnly == (operation == Operation::GrantWithOption))
                    result.changes << GrantPrivileges{ref, t.grantee, r->privileges & privileges, r->grantOptionOnly};
            }
        }
    }
    QStringList words;
    for (Privilege p : allPrivileges())
        if (privileges.testFlag(p))
            words << privilegeKeyword(p);
    const QString what = words.size() > 3 ? tr("all privileges") : words.join(QStringLiteral(", "));
    const QString where = targets.size() == 1
                              ? tr("%1 on %2").arg(granteeDisplay(targets.front().grantee),
                                                   ObjectRef::fromSnapshot(rights->snapshot(), targets.front().object).toDisplay())
                              : tr("%n cell(s)", nullptr, int(targets.size()));
    QString text;
    switch (operation) {
    case Operation::Grant: text = tr("Grant %1 to %2").arg(what, where); break;
    case Operation::GrantWithOption: text = tr("Grant %1 with grant option to %2").arg(what, where); break;
    case Operation::Revoke: text = tr("Revoke %1 from %2").arg(what, where); break;
    case Operation::RevokeGrantOption: text = tr("Revoke the grant option for %1 from %2").arg(what, where); break;
    }
    const int altered = m_session->addChanges(result.changes, text);
    QStringList notes = result.notes;
    if (altered == 0 && notes.isEmpty())
        notes << tr("Nothing to change: %1 already as asked.").arg(where);
    if (!notes.isEmpty())
        emit notesReported(notes);
    return altered;
}

} // namespace roledesk
