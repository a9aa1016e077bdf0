#include "roles/membershippage.h"

#include "roles/droproledialog.h"
#include "models/membershipmodel.h"
#include "plan/plan.h"
#include "plan/sqlgenerator.h"
#include "roles/roledialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QStyle>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace roledesk {

MembershipPage::MembershipPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new MembershipModel(this))
    , m_view(new QTreeView(this))
    , m_direction(new QComboBox(this))
    , m_predefined(new QCheckBox(tr("Show &predefined pg_* roles"), this))
    , m_name(new QLineEdit(this))
    , m_pending(new QListWidget(this))
    , m_pendingLabel(new QLabel(tr("Pending role and membership changes:"), this))
{
    setObjectName(QStringLiteral("membershipPage"));
    m_direction->setObjectName(QStringLiteral("membershipDirection"));
    m_direction->addItem(tr("Each role → the roles it is a member of"), int(MembershipModel::Direction::MemberOf));
    m_direction->addItem(tr("Each role → its members"), int(MembershipModel::Direction::Members));
    m_name->setObjectName(QStringLiteral("membershipFilter"));
    m_name->setPlaceholderText(tr("Filter roles by name (Ctrl+F)"));
    m_name->setClearButtonEnabled(true);
    m_predefined->setObjectName(QStringLiteral("membershipPredefined"));

    m_view->setObjectName(QStringLiteral("membershipView"));
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setAccessibleName(tr("Role memberships"));
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setDefaultSectionSize(92);
    m_view->setColumnWidth(int(MembershipModel::Column::Role), 260);
    m_view->setColumnWidth(int(MembershipModel::Column::Membership), 300);
    m_view->setColumnWidth(int(MembershipModel::Column::ConnectionLimit), 130);

    m_pending->setObjectName(QStringLiteral("membershipPending"));
    m_pending->setMaximumHeight(90);
    m_pending->setAccessibleName(tr("Pending role and membership changes"));
    m_pendingLabel->setBuddy(m_pending);
    m_pending->hide();
    m_pendingLabel->hide();

    auto *bar = new QHBoxLayout;
    auto *showLabel = new QLabel(tr("&Show:"), this);
    showLabel->setBuddy(m_direction);
    bar->addWidget(showLabel);
    bar->addWidget(m_direction);
    bar->addWidget(m_name, 1);
    bar->addWidget(m_predefined);

    createActions();
    auto *tools = new QToolBar(this);
    tools->setObjectName(QStringLiteral("membershipToolBar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    tools->addActions({m_create, m_alter, m_drop});
    tools->addSeparator();
    tools->addActions({m_addMember, m_removeMember, m_toggleAdmin});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(tools);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_pendingLabel);
    layout->addWidget(m_pending);

    connect(m_direction, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setDirection(MembershipModel::Direction(m_direction->currentData().toInt()));
        m_view->expandToDepth(0);
        updateActions();
    });
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model->setNameFilter(text);
        m_view->expandToDepth(0);
    });
    connect(m_predefined, &QCheckBox::toggled, this, [this](bool on) {
        m_model->setShowPredefined(on);
        m_view->expandToDepth(0);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &MembershipPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MembershipPage::updateActions);
    connect(m_view, &QTreeView::activated, this, [this] { alterRole(); });
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        menu.addActions({m_create, m_alter, m_drop});
        menu.addSeparator();
        menu.addActions({m_addMember, m_removeMember, m_toggleAdmin});
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    updateActions();
}

void MembershipPage::createActions()
{
    auto make = [this](const QString &text, const QString &name, const QList<QKeySequence> &keys, auto slot) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        a->setShortcuts(keys);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    m_create = make(tr("&New role…"), QStringLiteral("actionCreateRole"), {QKeySequence(Qt::Key_Insert)},
                    &MembershipPage::createRole);
    m_alter = make(tr("&Edit role…"), QStringLiteral("actionAlterRole"), {QKeySequence(Qt::Key_F2)},
                   &MembershipPage::alterRole);
    m_drop = make(tr("&Drop role…"), QStringLiteral("actionDropRole"), {QKeySequence(Qt::SHIFT | Qt::Key_Delete)},
                  &MembershipPage::dropRole);
    m_addMember = make(tr("&Add membership…"), QStringLiteral("actionAddMember"),
                       {QKeySequence(Qt::SHIFT | Qt::Key_Insert)}, &MembershipPage::addMember);
    m_removeMember = make(tr("&Remove membership"), QStringLiteral("actionRemoveMember"), {},
                          &MembershipPage::removeMember);
    m_toggleAdmin = make(tr("Toggle admin &option"), QStringLiteral("actionToggleAdmin"),
                         {QKeySequence(Qt::CTRL | Qt::Key_T)}, &MembershipPage::toggleAdmin);
    // Del removes the selected membership, or starts dropping the selected role.
    m_delete = make(tr("Delete"), QStringLiteral("actionDeleteSelected"), {QKeySequence::Delete},
                    &MembershipPage::deleteCurrent);
    m_create->setToolTip(tr("Create a role (Ins)"));
    m_alter->setToolTip(tr("Change the selected role's attributes, password and groups (F2, Enter)"));
    m_drop->setToolTip(tr("Drop the selected role, after reassigning or dropping what it owns (Del)"));
    m_addMember->setToolTip(tr("Add a membership to the selected role (Shift+Ins)"));
    m_removeMember->setToolTip(tr("Remove the selected membership (Del)"));
    m_toggleAdmin->setToolTip(tr("Give or take the selected membership's admin option (Ctrl+T)"));
}

void MembershipPage::updateActions()
{
    const bool role = m_snapshot && currentRole() >= 0;
    const bool edge = role && currentMembership() >= 0
                      && !m_snapshot->memberships.at(currentMembership()).implicit;
    m_create->setEnabled(bool(m_snapshot));
    m_alter->setEnabled(role);
    m_drop->setEnabled(role);
    m_addMember->setEnabled(role);
    m_addMember->setText(m_model->direction() == MembershipModel::Direction::Members ? tr("&Add member…")
                                                                                        : tr("&Add to group…"));
    m_removeMember->setEnabled(edge);
    m_toggleAdmin->setEnabled(edge);
}

void MembershipPage::setSnapshot(SnapshotPtr snapshot)
{
    m_snapshot = snapshot;
    m_model->setSnapshot(std::move(snapshot));
    m_view->expandToDepth(0);
    updateActions();
}

void MembershipPage::setPendingPlan(const Plan &plan)
{
    m_pending->clear();
    for (const Statement &s : plan.statements()) {
        const Change &c = plan.changes().at(s.change);
        if (std::holds_alternative<GrantPrivileges>(c) || std::holds_alternative<RevokePrivileges>(c)
            || std::holds_alternative<DefaultPrivilegesChange>(c))
            continue;
        m_pending->addItem(s.display() + u';');
    }
    m_pending->setVisible(m_pending->count() > 0);
    m_pendingLabel->setVisible(m_pending->count() > 0);
}

void MembershipPage::focusFilter()
{
    m_name->setFocus(Qt::ShortcutFocusReason);
    m_name->selectAll();
}

int MembershipPage::currentRole() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? i.data(MembershipModel::RoleIndexRole).toInt() : -1;
}

int MembershipPage::currentMembership() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? i.data(MembershipModel::MembershipIndexRole).toInt() : -1;
}

bool MembershipPage::selectRole(const QString &name)
{
    if (!m_snapshot)
        return false;
    for (int r = 0; r < m_snapshot->roles.size(); ++r) {
        if (m_snapshot->roles.at(r).name != name)
            continue;
        const int row = m_model->topLevelRow(r);
        if (row < 0)
            return false;
        m_view->setCurrentIndex(m_model->index(row, 0));
        return true;
    }
    return false;
}

QList<Change> MembershipPage::removeMembershipChanges() const
{
    const int m = currentMembership();
    if (!m_snapshot || m < 0)
        return {};
    const Membership &e = m_snapshot->memberships.at(m);
    return {RevokeMembership{m_snapshot->roleName(e.group), m_snapshot->roleName(e.member), false}};
}

QList<Change> MembershipPage::toggleAdminChanges() const
{
    const int m = currentMembership();
    if (!m_snapshot || m < 0)
        return {};
    const Membership &e = m_snapshot->memberships.at(m);
    const QString group = m_snapshot->roleName(e.group), member = m_snapshot->roleName(e.member);
    if (e.adminOption)
        return {RevokeMembership{group, member, true}};
    return {GrantMembership{group, member, true}};
}

Change MembershipPage::addMembershipChange(const QString &other, bool admin) const
{
    const QString self = m_snapshot->roles.at(currentRole()).name;
    if (m_model->direction() == MembershipModel::Direction::Members)
        return GrantMembership{self, other, admin};
    return GrantMembership{other, self, admin};
}

void MembershipPage::createRole()
{
    if (!m_snapshot)
        return;
    RoleDialog dialog(m_snapshot, -1, this);
    dialog.setConnectOptions(m_options);
    if (dialog.exec() == QDialog::Accepted && !dialog.changes().isEmpty())
        emit changesProposed(dialog.changes(), tr("Create role %1").arg(dialog.changes().size() ? std::get<CreateRole>(dialog.changes().first()).name : QString()));
}

void MembershipPage::alterRole()
{
    const int role = currentRole();
    if (!m_snapshot || role < 0)
        return;
    RoleDialog dialog(m_snapshot, role, this);
    dialog.setConnectOptions(m_options);
    if (dialog.exec() == QDialog::Accepted && !dialog.changes().isEmpty())
        emit changesProposed(dialog.changes(), tr("Alter role %1").arg(m_snapshot->roles.at(role).name));
}

void MembershipPage::dropRole()
{
    const int role = currentRole();
    if (!m_snapshot || role < 0)
        return;
    DropRoleDialog dialog(m_snapshot, role, this);
    if (dialog.exec() == QDialog::Accepted)
        emit changesProposed({dialog.change()}, tr("Drop role %1").arg(m_snapshot->roles.at(role).name));
}

void MembershipPage::addMember()
{
    const int role = currentRole();
    if (!m_snapshot || role < 0)
        return;
    const bool members = m_model->direction() == MembershipModel::Direction::Members;
    const QString self = m_snapshot->roles.at(role).name;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("addMembershipDialog"));
    dialog.setWindowTitle(members ? tr("Add a member to %1").arg(self) : tr("Add %1 to a group").arg(self));
    auto *combo = new QComboBox(&dialog);
    combo->setObjectName(QStringLiteral("membershipRole"));
    QStringList names;
    for (const Role &r : m_snapshot->roles)
        if (r.name != self && (members ? !r.predefined : true))
            names << r.name;
    names.sort(Qt::CaseInsensitive);
    combo->addItems(names);
    auto *admin = new QCheckBox(tr("With &admin option (may grant it on)"), &dialog);
    admin->setObjectName(QStringLiteral("membershipAdmin"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(members ? tr("&Member:") : tr("&Group:"), combo);
    form->addRow(admin);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted || combo->currentText().isEmpty())
        return;
    const Change c = addMembershipChange(combo->currentText(), admin->isChecked());
    const auto &g = std::get<GrantMembership>(c);
    emit changesProposed({c}, tr("Grant %1 to %2").arg(g.group, g.member));
}

void MembershipPage::removeMember()
{
    const QList<Change> changes = removeMembershipChanges();
    if (changes.isEmpty())
        return;
    const auto &r = std::get<RevokeMembership>(changes.first());
    emit changesProposed(changes, tr("Revoke %1 from %2").arg(r.group, r.member));
}

void MembershipPage::toggleAdmin()
{
    const QList<Change> changes = toggleAdminChanges();
    if (!changes.isEmpty())
        emit changesProposed(changes, tr("Toggle admin option"));
}

void MembershipPage::deleteCurrent()
{
    if (currentMembership() >= 0)
        removeMember();
    else
        dropRole();
}

} // namespace roledesk
