#include "groups/schemagroupspage.h"

#include "common/messagebar.h"
#include "groups/groupdriftpanel.h"
#include "groups/groupmembertree.h"
#include "groups/groupoperationsbar.h"
#include "models/schemagroupmatrixmodel.h"
#include "privileges/effectiverights.h"
#include "window/session.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedLayout>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace roledesk {

namespace {

using M = SchemaGroupMatrixModel;

/// The level a cell is at for editing: after the pending plan, else held directly.
GroupLevel directLevelOf(const QModelIndex &index)
{
    const QVariant pending = index.data(M::PendingRole);
    return GroupLevel((pending.isValid() ? pending : index.data(M::DirectLevelRole)).toInt());
}

/// A combo box of the column's levels (planner.levels); choosing one asks the page to set it.
class LevelDelegate : public QStyledItemDelegate {
public:
    LevelDelegate(SchemaGroupsPage *page, QObject *parent) : QStyledItemDelegate(parent), m_page(page) {}

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const override
    {
        const SchemaGroupPlanner *planner = m_page->model()->planner();
        if (!planner)
            return nullptr;
        auto *combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("schemaGroupLevelEditor"));
        for (GroupLevel level : planner->levels(index.column())) {
            const QString text = level == GroupLevel::None ? SchemaGroupsPage::tr("(no group)") : M::levelText(level);
            combo->addItem(text, int(level));
        }
        auto *self = const_cast<LevelDelegate *>(this);
        connect(combo, &QComboBox::activated, self, [self, combo] {
            emit self->commitData(combo);
            emit self->closeEditor(combo);
        });
        return combo;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(std::max(0, combo->findData(int(directLevelOf(index)))));
    }

    void setModelData(QWidget *editor, QAbstractItemModel *, const QModelIndex &index) const override
    {
        const auto level = GroupLevel(static_cast<QComboBox *>(editor)->currentData().toInt());
        if (level != directLevelOf(index))
            m_page->setLevel(index, level);
    }

protected:
    /// Only inherited: italic and grey; superuser: bold; pending: an orange background.
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(M::OnlyInheritedRole).toBool()) {
            option->font.setItalic(true);
            option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
        }
        if (index.data(M::SuperuserRole).toBool())
            option->font.setBold(true);
        if (index.data(M::PendingRole).isValid())
            option->backgroundBrush = QBrush(QColor(0xff, 0xe0, 0xb2));
    }

private:
    SchemaGroupsPage *m_page;
};

} // namespace

SchemaGroupsPage::SchemaGroupsPage(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new SchemaGroupMatrixModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("schemaGroupsPage"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(M::UserRole);
    m_proxy->setFilterKeyColumn(0);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_view->setObjectName(QStringLiteral("schemaGroupsView"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new LevelDelegate(this, m_view));
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->setDragEnabled(true);
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    m_view->setDefaultDropAction(Qt::CopyAction);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);
    m_view->setCornerButtonEnabled(false);
    m_view->setAccessibleName(tr("Schema group matrix"));
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setMinimumSectionSize(90);
    m_view->verticalHeader()->setMaximumWidth(280);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_view->installEventFilter(this);

    m_warnings = new MessageBar(this);
    m_warnings->setObjectName(QStringLiteral("schemaGroupsWarnings"));
    m_notes = new MessageBar(this);
    m_notes->setObjectName(QStringLiteral("schemaGroupsNotes"));

    auto *empty = new QLabel(tr("Connect to a database to see its schema groups (Ctrl+O)."), this);
    empty->setObjectName(QStringLiteral("schemaGroupsEmptyHint"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    auto *stackHolder = new QWidget(this);
    auto *stack = new QStackedLayout(stackHolder);
    stack->addWidget(empty);
    stack->addWidget(m_view);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("schemaGroupsSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(stackHolder);
    splitter->addWidget(buildSideList());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    // The drift list under the matrix, in a splitter of its own so either can take the room.
    m_drift = new QVBoxLayout;
    m_drift->setContentsMargins(0, 0, 0, 0);
    m_driftPanel = new GroupDriftPanel(session, this);
    m_drift->addWidget(m_driftPanel);
    auto *driftHolder = new QWidget(this);
    driftHolder->setLayout(m_drift);
    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->setObjectName(QStringLiteral("schemaGroupsDriftSplitter"));
    vertical->setChildrenCollapsible(false);
    vertical->addWidget(splitter);
    vertical->addWidget(driftHolder);
    vertical->setStretchFactor(0, 4);
    vertical->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(buildTopBar());
    layout->addWidget(m_warnings);
    layout->addWidget(buildFilterBar());
    layout->addWidget(vertical, 1);
    layout->addWidget(m_notes);
    auto *help = new QLabel(tr("F2, Enter or double click: choose a level. Keys 0 none, 1 viewer, 2 writer, "
                               "3 developer; A toggles admin. Italic grey: held only through another role. "
                               "Drag users onto a group to add them."),
                            this);
    help->setObjectName(QStringLiteral("schemaGroupsHelp"));
    help->setWordWrap(true);
    layout->addWidget(help);

    // The operations bar follows the current cell's schema (rename acts on it).
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        m_operationsBar->setCurrentSchema(current.isValid() ? current.data(M::SchemaRole).toString() : QString());
    });

    connect(m_model, &QAbstractItemModel::modelReset, this, [this, stack, empty] {
        const bool shown = m_model->columnCount() > 0;
        stack->setCurrentWidget(shown ? static_cast<QWidget *>(m_view) : empty);
        empty->setText(m_model->rights() ? tr("This database uses PostgreSQL's own permissions: it has no schema "
                                              "groups. Enable SLPM or SPM (slpm_ce on community PostgreSQL) to "
                                              "manage them here.")
                                         : tr("Connect to a database to see its schema groups (Ctrl+O)."));
    });
    if (m_session) {
        connect(m_session, &Session::snapshotChanged, this, [this] { showSnapshot(); });
        connect(m_session, &Session::pendingPlanChanged, this, [this] { showPending(); });
    }
    showSnapshot();
}

SchemaGroupsPage::~SchemaGroupsPage() = default;

QWidget *SchemaGroupsPage::buildTopBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(bar);
    m_title->setObjectName(QStringLiteral("schemaGroupsTitle"));
    QFont font = m_title->font();
    font.setBold(true);
    m_title->setFont(font);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    row->addWidget(m_title, 1);
    // Left empty: the operations bar (enable, migrate, ...) is added here by its owner.
    m_operations = new QHBoxLayout;
    m_operations->setContentsMargins(0, 0, 0, 0);
    m_operationsBar = new GroupOperationsBar(m_session, this);
    m_operations->addWidget(m_operationsBar);
    row->addLayout(m_operations);
    return bar;
}

QWidget *SchemaGroupsPage::buildFilterBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("&Users:"), bar);
    m_filter = new QLineEdit(bar);
    m_filter->setObjectName(QStringLiteral("schemaGroupsUserFilter"));
    m_filter->setPlaceholderText(tr("Filter users by name"));
    m_filter->setClearButtonEnabled(true);
    label->setBuddy(m_filter);
    m_count = new QLabel(bar);
    m_count->setObjectName(QStringLiteral("schemaGroupsCount"));
    row->addWidget(label);
    row->addWidget(m_filter, 1);
    row->addWidget(m_count);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        m_count->setText(tr("%1 of %n user(s)", nullptr, m_model->rowCount()).arg(m_proxy->rowCount()));
    });
    return bar;
}

QWidget *SchemaGroupsPage::buildSideList()
{
    auto *side = new QWidget(this);
    auto *column = new QVBoxLayout(side);
    column->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("Groups and &members:"), side);
    auto *tree = new GroupMemberTree(side);
    tree->setObjectName(QStringLiteral("schemaGroupsMembers"));
    tree->setAccessibleName(tr("Groups and their direct members"));
    connect(tree, &GroupMemberTree::usersDropped, this, &SchemaGroupsPage::addUsersToGroup);
    label->setBuddy(tree);
    m_groups = tree;
    m_newUser = new QPushButton(tr("&New user…"), side);
    m_newUser->setObjectName(QStringLiteral("schemaGroupsNewUser"));
    m_newUser->setToolTip(tr("Create a login user, optionally straight into a group (slpm_create_user)."));
    connect(m_newUser, &QPushButton::clicked, this, &SchemaGroupsPage::showNewUserDialog);
    m_addToGroup = new QPushButton(tr("Add selected users &to group"), side);
    m_addToGroup->setObjectName(QStringLiteral("schemaGroupsAddToGroup"));
    m_addToGroup->setToolTip(tr("Add the users selected in the matrix to the group selected here (as dragging them does)."));
    connect(m_addToGroup, &QPushButton::clicked, this, &SchemaGroupsPage::addSelectedUsersToCurrentGroup);
    column->addWidget(label);
    column->addWidget(tree, 1);
    column->addWidget(m_addToGroup);
    column->addWidget(m_newUser);
    return side;
}

void SchemaGroupsPage::showSnapshot()
{
    m_model->setRights(m_session ? m_session->rights() : nullptr);
    showPending();
    m_title->setText(m_model->title());
    QStringList warnings;
    if (const SchemaGroupPlanner *planner = m_model->planner()) {
        const SchemaGroupState &st = planner->state();
        warnings = st.warnings;
        if (st.enabled() && !st.notMigrated.isEmpty())
            warnings << tr("%n object(s) not yet handed to their schema's developer group (migrate).", nullptr,
                           int(st.notMigrated.size()));
        if (!st.orphans.isEmpty())
            warnings << tr("%n group(s) belong to schemas that no longer exist.", nullptr, int(st.orphans.size()));
    }
    if (warnings.isEmpty())
        m_warnings->hide();
    else
        m_warnings->showMessage(MessageBar::Level::Warning, warnings.first(), warnings.join(u'\n'));
    m_newUser->setEnabled(m_model->planner() && m_model->planner()->state().enabled());
    m_count->setText(tr("%1 of %n user(s)", nullptr, m_model->rowCount()).arg(m_proxy->rowCount()));
}

void SchemaGroupsPage::showPending()
{
    if (m_session)
        m_model->setPendingChanges(m_session->pendingPlan().changes());
    fillGroups();
}

void SchemaGroupsPage::fillGroups()
{
    m_groups->showGroups(m_model->planner(), m_session ? m_session->pendingPlan().changes() : QList<Change>{});
}

void SchemaGroupsPage::showNotes(const QStringList &notes, bool refused)
{
    m_lastNotes = notes;
    if (notes.isEmpty()) {
        m_notes->hide();
        return;
    }
    m_notes->showMessage(refused ? MessageBar::Level::Warning : MessageBar::Level::Info, notes.join(u' '),
                         notes.join(u'\n'));
    emit notesReported(notes);
}

int SchemaGroupsPage::apply(const EditResult &result, const QString &text)
{
    showNotes(result.notes, result.changes.isEmpty());
    if (result.changes.isEmpty() || !m_session)
        return 0;
    return m_session->addChanges(result.changes, text);
}

bool SchemaGroupsPage::selectCell(const QString &user, int column)
{
    const int row = m_model->rowForUser(user);
    if (row < 0 || column < 0 || column >= m_model->columnCount())
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, column));
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

int SchemaGroupsPage::setLevel(const QModelIndex &index, GroupLevel level)
{
    const SchemaGroupPlanner *planner = m_model->planner();
    if (!planner || !index.isValid() || !m_session)
        return 0;
    if (!planner->levels(index.column()).contains(level)) {
        showNotes({level == GroupLevel::Admin ? tr("Admin is set in the Admin column.")
                                              : tr("The Admin column takes admin or none.")},
                  true);
        return 0;
    }
    const QString user = index.data(M::UserRole).toString();
    const EditResult result = planner->setLevel(user, index.column(), level, m_session->pendingPlan().changes());
    const QString column = m_model->headerData(index.column(), Qt::Horizontal).toString();
    const QString what = level == GroupLevel::None ? tr("no group") : M::levelText(level);
    return apply(result, tr("%1 in %2 for %3").arg(what, column, user));
}

int SchemaGroupsPage::setCurrentLevel(GroupLevel level)
{
    return setLevel(m_view->currentIndex(), level);
}

int SchemaGroupsPage::toggleCurrentAdmin()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid() || !index.data(M::AdminColumnRole).toBool())
        return setCurrentLevel(GroupLevel::Admin); // explains where admin is set
    return setLevel(index, directLevelOf(index) == GroupLevel::Admin ? GroupLevel::None : GroupLevel::Admin);
}

int SchemaGroupsPage::addUsersToGroup(const QStringList &users, const QString &group)
{
    const SchemaGroupPlanner *planner = m_model->planner();
    if (!planner || !m_session || users.isEmpty())
        return 0;
    for (const SchemaGroup &g : planner->state().groups) {
        if (g.name == group) {
            const EditResult result = planner->addToGroup(users, g, m_session->pendingPlan().changes());
            return apply(result, tr("Add %1 to %2").arg(users.join(QStringLiteral(", ")), group));
        }
    }
    showNotes({tr("There is no group named %1.").arg(group)}, true);
    return 0;
}

int SchemaGroupsPage::addSelectedUsersToCurrentGroup()
{
    const QString group = GroupMemberTree::groupOf(m_groups->currentItem());
    if (group.isEmpty()) {
        showNotes({tr("Choose a group in the member list first.")}, true);
        return 0;
    }
    QModelIndexList cells = m_view->selectionModel()->selectedIndexes();
    if (cells.isEmpty() && m_view->currentIndex().isValid())
        cells << m_view->currentIndex();
    QStringList users;
    for (const QModelIndex &cell : std::as_const(cells)) {
        const QString user = cell.data(M::UserRole).toString();
        if (!user.isEmpty() && !users.contains(user))
            users << user;
    }
    if (users.isEmpty()) {
        showNotes({tr("Select users in the matrix first.")}, true);
        return 0;
    }
    return addUsersToGroup(users, group);
}

int SchemaGroupsPage::createUser(const QString &user, const QString &group)
{
    const SchemaGroupPlanner *planner = m_model->planner();
    if (!planner || !m_session)
        return 0;
    if (!planner->state().enabled()) {
        showNotes({tr("This database has no schema-group model in force: create users on the Memberships page.")}, true);
        return 0;
    }
    const SchemaGroup *target = nullptr;
    for (const SchemaGroup &g : planner->state().groups) {
        if (g.name == group)
            target = &g;
    }
    if (!group.isEmpty() && !target) {
        showNotes({tr("There is no group named %1.").arg(group)}, true);
        return 0;
    }
    const EditResult result = planner->createUser(user, target);
    return apply(result, group.isEmpty() ? tr("New user %1").arg(user) : tr("New user %1 in %2").arg(user, group));
}

void SchemaGroupsPage::showNewUserDialog()
{
    const SchemaGroupPlanner *planner = m_model->planner();
    if (!planner || !planner->state().enabled())
        return;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("newSchemaGroupUserDialog"));
    dialog.setWindowTitle(tr("New user"));
    auto *form = new QFormLayout(&dialog);
    auto *name = new QLineEdit(&dialog);
    name->setObjectName(QStringLiteral("newUserName"));
    auto *group = new QComboBox(&dialog);
    group->setObjectName(QStringLiteral("newUserGroup"));
    group->addItem(tr("(no group)"), QString());
    for (const SchemaGroup &g : planner->state().groups)
        group->addItem(g.name, g.name);
    // Preselect the group of the current cell's column, if any.
    if (const QModelIndex current = m_view->currentIndex(); current.isValid()) {
        const GroupLevel level = current.data(M::AdminColumnRole).toBool() ? GroupLevel::Admin : GroupLevel::Viewer;
        if (const SchemaGroup *g = planner->group(current.column(), level))
            group->setCurrentIndex(std::max(0, group->findData(g->name)));
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Group:"), group);
    form->addRow(new QLabel(tr("User names must not end in admin, developer, writer, viewer or all_users."), &dialog));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted)
        createUser(name->text().trimmed(), group->currentData().toString());
}

void SchemaGroupsPage::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

bool SchemaGroupsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier))
            return QWidget::eventFilter(watched, event);
        switch (key->key()) {
        case Qt::Key_0: setCurrentLevel(GroupLevel::None); return true;
        case Qt::Key_1: setCurrentLevel(GroupLevel::Viewer); return true;
        case Qt::Key_2: setCurrentLevel(GroupLevel::Writer); return true;
        case Qt::Key_3: setCurrentLevel(GroupLevel::Developer); return true;
        case Qt::Key_A: toggleCurrentAdmin(); return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (m_view->currentIndex().isValid()) { // while editing, keys go to the editor
                m_view->edit(m_view->currentIndex());
                return true;
            }
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace roledesk
