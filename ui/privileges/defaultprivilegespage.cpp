#include "privileges/defaultprivilegespage.h"

#include "models/defaultprivilegesmodel.h"
#include "plan/objectref.h"
#include "plan/plan.h"
#include "plan/sqlgenerator.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace roledesk {

namespace {

// Built-in and pending rows in italics, rows a pending revoke touches struck out.
class DefaultsDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const auto origin = DefaultPrivilegesModel::Origin(index.data(DefaultPrivilegesModel::OriginRole).toInt());
        option->font.setItalic(origin != DefaultPrivilegesModel::Origin::Catalog);
        option->font.setStrikeOut(index.data(DefaultPrivilegesModel::PendingRevokeRole).toBool());
        if (origin == DefaultPrivilegesModel::Origin::BuiltIn)
            option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
    }
};

} // namespace

DefaultPrivilegesPage::DefaultPrivilegesPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new DefaultPrivilegesModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_builtIn(new QCheckBox(tr("Show &built-in defaults"), this))
    , m_remove(new QPushButton(tr("Re&voke selected"), this))
    , m_forRole(new QComboBox(this))
    , m_schema(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_grantee(new QComboBox(this))
    , m_privilegeRow(new QHBoxLayout)
    , m_grantOption(new QCheckBox(tr("With grant o&ption"), this))
    , m_grant(new QPushButton(tr("&Grant"), this))
    , m_revoke(new QPushButton(tr("Revo&ke"), this))
    , m_sql(new QLabel(this))
{
    setObjectName(QStringLiteral("defaultPrivilegesPage"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_filter->setObjectName(QStringLiteral("defaultsFilter"));
    m_filter->setPlaceholderText(tr("Filter by role, schema, grantee or privilege (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_builtIn->setObjectName(QStringLiteral("defaultsBuiltIn"));
    m_builtIn->setChecked(true);
    m_remove->setObjectName(QStringLiteral("defaultsRemove"));
    m_remove->setToolTip(tr("Revoke the selected default privileges (Del)"));

    m_view->setObjectName(QStringLiteral("defaultsView"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new DefaultsDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("Default privileges"));
    m_view->setColumnWidth(int(DefaultPrivilegesModel::Column::ForRole), 170);
    m_view->setColumnWidth(int(DefaultPrivilegesModel::Column::Schema), 130);
    m_view->setColumnWidth(int(DefaultPrivilegesModel::Column::Objects), 100);
    m_view->setColumnWidth(int(DefaultPrivilegesModel::Column::Grantee), 170);
    m_view->setColumnWidth(int(DefaultPrivilegesModel::Column::Rights), 360);
    m_view->setColumnWidth(int(DefaultPrivilegesModel::Column::Grantable), 140);
    auto *del = new QAction(tr("Revoke selected"), m_view);
    del->setShortcut(QKeySequence::Delete);
    del->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(del);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(del, &QAction::triggered, this, &DefaultPrivilegesPage::removeSelected);

    m_forRole->setObjectName(QStringLiteral("defaultsForRole"));
    m_schema->setObjectName(QStringLiteral("defaultsSchema"));
    m_kind->setObjectName(QStringLiteral("defaultsKind"));
    m_grantee->setObjectName(QStringLiteral("defaultsGrantee"));
    m_grantOption->setObjectName(QStringLiteral("defaultsGrantOption"));
    m_grant->setObjectName(QStringLiteral("defaultsGrant"));
    m_revoke->setObjectName(QStringLiteral("defaultsRevoke"));
    m_sql->setObjectName(QStringLiteral("defaultsSql"));
    m_sql->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_sql->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_sql->setWordWrap(true);
    for (ObjectKind k : DefaultPrivilegesModel::kinds())
        m_kind->addItem(DefaultPrivilegesModel::kindLabel(k), int(k));

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_builtIn);
    top->addWidget(m_remove);

    auto *form = new QGroupBox(tr("Change default privileges (ALTER DEFAULT PRIVILEGES)"), this);
    auto *grid = new QFormLayout;
    auto *whoRow = new QHBoxLayout;
    auto *forLabel = new QLabel(tr("For &role (creates the objects):"), this);
    forLabel->setBuddy(m_forRole);
    auto *schemaLabel = new QLabel(tr("In sc&hema:"), this);
    schemaLabel->setBuddy(m_schema);
    auto *kindLabel = new QLabel(tr("&On:"), this);
    kindLabel->setBuddy(m_kind);
    auto *granteeLabel = new QLabel(tr("&To / from:"), this);
    granteeLabel->setBuddy(m_grantee);
    whoRow->addWidget(forLabel);
    whoRow->addWidget(m_forRole, 2);
    whoRow->addWidget(schemaLabel);
    whoRow->addWidget(m_schema, 2);
    whoRow->addWidget(kindLabel);
    whoRow->addWidget(m_kind, 1);
    whoRow->addWidget(granteeLabel);
    whoRow->addWidget(m_grantee, 2);
    grid->addRow(whoRow);
    auto *privRow = new QHBoxLayout;
    privRow->addLayout(m_privilegeRow);
    privRow->addWidget(m_grantOption);
    privRow->addStretch(1);
    privRow->addWidget(m_grant);
    privRow->addWidget(m_revoke);
    grid->addRow(tr("Privileges:"), privRow);
    grid->addRow(tr("SQL:"), m_sql);
    form->setLayout(grid);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(form);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_builtIn, &QCheckBox::toggled, m_model, &DefaultPrivilegesModel::setShowBuiltIn);
    connect(m_remove, &QPushButton::clicked, this, &DefaultPrivilegesPage::removeSelected);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &DefaultPrivilegesPage::rebuildPrivilegeChecks);
    for (QComboBox *c : {m_forRole, m_schema, m_grantee})
        connect(c, &QComboBox::currentIndexChanged, this, &DefaultPrivilegesPage::updateForm);
    connect(m_grantOption, &QCheckBox::toggled, this, &DefaultPrivilegesPage::updateForm);
    connect(m_grant, &QPushButton::clicked, this, [this] { proposeForm(true); });
    connect(m_revoke, &QPushButton::clicked, this, [this] { proposeForm(false); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { fillFormFromRow(current); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_remove->setEnabled(m_view->selectionModel()->hasSelection()); });
    rebuildPrivilegeChecks();
    m_remove->setEnabled(false);
}

void DefaultPrivilegesPage::setSnapshot(SnapshotPtr snapshot)
{
    m_snapshot = std::move(snapshot);
    m_model->setSnapshot(m_snapshot);
    const QString forRole = m_forRole->currentText(), schema = m_schema->currentText(),
                  grantee = m_grantee->currentText();
    for (QComboBox *c : {m_forRole, m_schema, m_grantee}) {
        c->blockSignals(true);
        c->clear();
    }
    m_schema->addItem(tr("(all schemas)"), QString());
    m_grantee->addItem(QStringLiteral("PUBLIC"), QString());
    if (m_snapshot) {
        QStringList roles;
        for (const Role &r : m_snapshot->roles)
            if (!r.predefined)
                roles << r.name;
        roles.sort(Qt::CaseInsensitive);
        for (const QString &r : roles) {
            m_forRole->addItem(r, r);
            m_grantee->addItem(r, r);
        }
        for (const CatalogObject &o : m_snapshot->objects)
            if (o.kind == ObjectKind::Schema)
                m_schema->addItem(o.name, o.name);
        const int me = m_forRole->findText(m_snapshot->currentUser);
        m_forRole->setCurrentIndex(me >= 0 ? me : 0);
    }
    auto restore = [](QComboBox *c, const QString &text) {
        const int i = c->findText(text);
        if (i >= 0)
            c->setCurrentIndex(i);
    };
    restore(m_forRole, forRole);
    restore(m_schema, schema);
    restore(m_grantee, grantee);
    for (QComboBox *c : {m_forRole, m_schema, m_grantee})
        c->blockSignals(false);
    updateForm();
}

void DefaultPrivilegesPage::setPendingPlan(const Plan &plan)
{
    m_model->setPendingPlan(plan);
}

void DefaultPrivilegesPage::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void DefaultPrivilegesPage::rebuildPrivilegeChecks()
{
    Privileges checked;
    for (QCheckBox *b : std::as_const(m_privileges)) {
        if (b->isChecked())
            checked |= Privilege(b->property("privilege").toInt());
        delete b;
    }
    m_privileges.clear();
    const auto kind = ObjectKind(m_kind->currentData().toInt());
    // Schemas are not created in a schema: IN SCHEMA does not apply.
    m_schema->setEnabled(kind != ObjectKind::Schema);
    for (Privilege p : applicablePrivileges(kind)) {
        auto *box = new QCheckBox(privilegeKeyword(p), this);
        box->setObjectName(QStringLiteral("defaultsPrivilege_") + privilegeKeyword(p));
        box->setProperty("privilege", int(p));
        box->setChecked(checked.testFlag(p));
        connect(box, &QCheckBox::toggled, this, &DefaultPrivilegesPage::updateForm);
        m_privilegeRow->addWidget(box);
        m_privileges << box;
    }
    updateForm();
}

DefaultPrivilegesChange DefaultPrivilegesPage::formChange(bool grant) const
{
    DefaultPrivilegesChange c;
    c.grant = grant;
    c.forRole = m_forRole->currentData().toString();
    c.kind = ObjectKind(m_kind->currentData().toInt());
    c.schema = c.kind == ObjectKind::Schema ? QString() : m_schema->currentData().toString();
    c.grantee = m_grantee->currentData().toString();
    for (QCheckBox *b : m_privileges)
        if (b->isChecked())
            c.privileges |= Privilege(b->property("privilege").toInt());
    c.grantOption = m_grantOption->isChecked();
    return c;
}

void DefaultPrivilegesPage::updateForm()
{
    const DefaultPrivilegesChange c = formChange(true);
    const bool ok = !c.forRole.isEmpty() && c.privileges;
    m_grantOption->setEnabled(!c.grantee.isEmpty()); // PUBLIC cannot hold a grant option
    m_grant->setEnabled(ok);
    m_revoke->setEnabled(ok);
    if (!ok) {
        m_sql->setText(tr("Choose the creating role and at least one privilege."));
        return;
    }
    QStringList lines;
    for (const Statement &s : sqlgen::statements(c))
        lines << s.display() + u';';
    m_sql->setText(lines.join(u'\n'));
}

void DefaultPrivilegesPage::fillFormFromRow(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    const auto &e = m_model->entry(m_proxy->mapToSource(proxyIndex).row());
    m_forRole->setCurrentIndex(m_forRole->findData(e.forRole));
    m_schema->setCurrentIndex(std::max(0, m_schema->findData(e.schema)));
    m_kind->setCurrentIndex(m_kind->findData(int(e.kind)));
    m_grantee->setCurrentIndex(std::max(0, m_grantee->findData(e.grantee)));
    for (QCheckBox *b : std::as_const(m_privileges))
        b->setChecked(e.privileges.testFlag(Privilege(b->property("privilege").toInt())));
    m_grantOption->setChecked(bool(e.grantOptions));
    updateForm();
}

void DefaultPrivilegesPage::proposeForm(bool grant)
{
    const DefaultPrivilegesChange c = formChange(grant);
    if (c.forRole.isEmpty() || !c.privileges)
        return;
    const QString where = c.schema.isEmpty() ? tr("all schemas") : c.schema;
    const QString text = grant ? tr("Default grant on %1 to %2 for %3 in %4")
                                     .arg(DefaultPrivilegesModel::kindLabel(c.kind), granteeDisplay(c.grantee), c.forRole, where)
                               : tr("Default revoke on %1 from %2 for %3 in %4")
                                     .arg(DefaultPrivilegesModel::kindLabel(c.kind), granteeDisplay(c.grantee), c.forRole, where);
    emit changesProposed({Change(c)}, text);
}

QList<Change> DefaultPrivilegesPage::removalOfSelection() const
{
    QList<Change> out;
    QList<int> rows;
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows())
        rows << m_proxy->mapToSource(i).row();
    std::sort(rows.begin(), rows.end());
    for (int row : rows)
        out << Change(m_model->removal(row));
    return out;
}

void DefaultPrivilegesPage::removeSelected()
{
    const QList<Change> changes = removalOfSelection();
    if (!changes.isEmpty())
        emit changesProposed(changes, tr("Revoke %n default privilege entries", nullptr, int(changes.size())));
}

} // namespace roledesk
