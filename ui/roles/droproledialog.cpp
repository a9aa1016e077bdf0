#include "roles/droproledialog.h"

#include "models/privilegematrixmodel.h"
#include "plan/objectref.h"
#include "plan/sqlgenerator.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace roledesk {

namespace {

constexpr int MaxListed = 50; // children per group before "… and N more"

QString privilegeWords(Privileges set)
{
    QStringList words;
    for (Privilege p : allPrivileges())
        if (set.testFlag(p))
            words << privilegeKeyword(p);
    return words.join(QStringLiteral(", "));
}

QString objectDisplay(const Snapshot &s, int index)
{
    return ObjectRef::fromSnapshot(s, index).toDisplay();
}

} // namespace

DropRoleDialog::DropRoleDialog(SnapshotPtr snapshot, int roleIndex, QWidget *parent)
    : QDialog(parent)
    , m_snapshot(std::move(snapshot))
    , m_role(roleIndex)
    , m_summary(new QTreeWidget(this))
    , m_reassign(new QCheckBox(tr("&Reassign what it owns to:"), this))
    , m_target(new QComboBox(this))
    , m_dropOwned(new QCheckBox(tr("D&rop what it still owns and revoke its privileges (DROP OWNED)"), this))
    , m_preview(new QPlainTextEdit(this))
    , m_note(new QLabel(this))
{
    Q_ASSERT(m_snapshot && m_role >= 0 && m_role < m_snapshot->roles.size());
    const Role &role = m_snapshot->roles.at(m_role);
    setObjectName(QStringLiteral("dropRoleDialog"));
    setWindowTitle(tr("Drop role %1").arg(role.name));

    m_summary->setObjectName(QStringLiteral("dropSummary"));
    m_summary->setHeaderLabels({tr("What depends on %1").arg(role.name), tr("Details")});
    m_summary->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_summary->setUniformRowHeights(true);
    m_summary->setAccessibleName(tr("What the role owns and is granted"));
    m_reassign->setObjectName(QStringLiteral("reassignCheck"));
    m_target->setObjectName(QStringLiteral("reassignTarget"));
    m_dropOwned->setObjectName(QStringLiteral("dropOwnedCheck"));
    m_preview->setObjectName(QStringLiteral("dropPreview"));
    m_preview->setReadOnly(true);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setMaximumHeight(110);
    m_preview->setAccessibleName(tr("Statements"));
    m_note->setWordWrap(true);
    m_note->setObjectName(QStringLiteral("dropNote"));

    QStringList targets;
    for (const Role &r : m_snapshot->roles)
        if (r.oid != role.oid && !r.predefined)
            targets << r.name;
    targets.sort(Qt::CaseInsensitive);
    m_target->addItems(targets);
    const int owner = m_snapshot->roleIndex(m_snapshot->databaseOwner);
    if (owner >= 0 && owner != m_role)
        m_target->setCurrentText(m_snapshot->roles.at(owner).name);
    m_target->setAccessibleName(tr("New owner"));

    fillSummary();
    m_reassign->setChecked(m_owned > 0 && m_target->count() > 0);
    m_dropOwned->setChecked(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *add = buttons->addButton(tr("&Add to pending changes"), QDialogButtonBox::AcceptRole);
    add->setObjectName(QStringLiteral("addDropButton"));
    add->setDefault(true);

    auto *previewLabel = new QLabel(tr("Statements (the current database only):"), this);
    previewLabel->setBuddy(m_preview);
    auto *choice = new QGridLayout;
    choice->addWidget(m_reassign, 0, 0);
    choice->addWidget(m_target, 0, 1);
    choice->addWidget(m_dropOwned, 1, 0, 1, 2);
    choice->setColumnStretch(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary, 1);
    layout->addWidget(m_note);
    layout->addLayout(choice);
    layout->addWidget(previewLabel);
    layout->addWidget(m_preview);
    layout->addWidget(buttons);

    connect(m_reassign, &QCheckBox::toggled, this, &DropRoleDialog::updatePreview);
    connect(m_dropOwned, &QCheckBox::toggled, this, &DropRoleDialog::updatePreview);
    connect(m_target, &QComboBox::currentIndexChanged, this, &DropRoleDialog::updatePreview);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updatePreview();
    resize(760, 620);
}

void DropRoleDialog::fillSummary()
{
    const Snapshot &s = *m_snapshot;
    const Role &role = s.roles.at(m_role);
    auto group = [this](const QString &text, int count) {
        auto *item = new QTreeWidgetItem(m_summary, {text, QString::number(count)});
        item->setFirstColumnSpanned(false);
        return item;
    };
    auto addCapped = [](QTreeWidgetItem *parent, const QList<QStringList> &rows) {
        for (int i = 0; i < rows.size() && i < MaxListed; ++i)
            new QTreeWidgetItem(parent, rows.at(i));
        if (rows.size() > MaxListed)
            new QTreeWidgetItem(parent, {tr("… and %n more", nullptr, int(rows.size() - MaxListed))});
    };

    // What it owns here, by kind. Databases are shared objects: listed with the other databases.
    QMap<int, QList<QStringList>> owned;
    QStringList ownedDatabases;
    QList<QStringList> granted;
    for (int i = 0; i < s.objects.size(); ++i) {
        const CatalogObject &o = s.objects.at(i);
        if (o.owner == role.oid) {
            if (o.kind == ObjectKind::Database)
                ownedDatabases << o.name;
            else if (o.kind != ObjectKind::Column)
                owned[int(o.kind)] << QStringList{objectDisplay(s, i)};
        }
        Privileges held;
        for (const AclEntry &e : o.acl)
            if (e.grantee == role.oid && o.owner != role.oid)
                held |= e.privileges;
        if (held)
            granted << QStringList{objectDisplay(s, i), privilegeWords(held)};
    }
    for (auto it = owned.cbegin(); it != owned.cend(); ++it)
        m_owned += int(it.value().size());
    QTreeWidgetItem *ownedItem = group(tr("Owns in database %1").arg(s.database), m_owned);
    ownedItem->setData(0, Qt::UserRole, QStringLiteral("owned"));
    for (auto it = owned.cbegin(); it != owned.cend(); ++it) {
        auto *kind = new QTreeWidgetItem(ownedItem, {PrivilegeMatrixModel::kindLabel(ObjectKind(it.key())),
                                                     QString::number(it.value().size())});
        addCapped(kind, it.value());
    }
    addCapped(group(tr("Privileges granted to it"), int(granted.size())), granted);

    QList<QStringList> defaults;
    for (const DefaultAcl &d : s.defaultAcls) {
        const QString where = d.schema.isEmpty() ? tr("all schemas") : d.schema;
        for (const AclEntry &e : d.acl)
            if ((d.role == role.oid && e.grantee != role.oid) || (e.grantee == role.oid && d.role != role.oid))
                defaults << QStringList{tr("for %1 in %2: %3 to %4")
                                            .arg(s.roleName(d.role), where, sqlgen::defaultPrivilegesObjects(d.kind).toLower(),
                                                 s.roleName(e.grantee)),
                                        privilegeWords(e.privileges)};
    }
    addCapped(group(tr("Default privileges"), int(defaults.size())), defaults);

    QList<QStringList> members, memberOf;
    for (const Membership &m : s.memberships) {
        if (m.implicit)
            continue;
        if (m.group == role.oid)
            members << QStringList{s.roleName(m.member), m.adminOption ? tr("with admin option") : QString()};
        if (m.member == role.oid)
            memberOf << QStringList{s.roleName(m.group), m.adminOption ? tr("with admin option") : QString()};
    }
    addCapped(group(tr("Its members (they lose its privileges)"), int(members.size())), members);
    addCapped(group(tr("Member of"), int(memberOf.size())), memberOf);

    QList<QStringList> others;
    for (const CatalogObject &o : s.objects)
        if (o.kind == ObjectKind::Database && o.name != s.database)
            others << QStringList{o.name, ownedDatabases.contains(o.name) ? tr("owned by the role") : tr("not read")};
    if (ownedDatabases.contains(s.database))
        others.prepend({s.database, tr("owned by the role (this database)")});
    addCapped(group(tr("Other databases where it may own objects"), int(others.size())), others);

    m_summary->expandItem(ownedItem);
    m_note->setText(tr("REASSIGN OWNED and DROP OWNED act on the current database (%1) only, and on shared "
                       "objects such as databases. If the role owns objects or holds privileges in another "
                       "database, connect to that database and drop or reassign them there first, or DROP "
                       "ROLE fails.").arg(s.database));
}

DropRole DropRoleDialog::change() const
{
    DropRole d;
    d.name = m_snapshot->roles.at(m_role).name;
    if (m_reassign->isChecked())
        d.reassignOwnedTo = m_target->currentText();
    d.dropOwned = m_dropOwned->isChecked();
    return d;
}

QString DropRoleDialog::previewText() const
{
    QStringList lines;
    for (const Statement &st : sqlgen::statements(change()))
        lines << st.display() + u';';
    return lines.join(u'\n');
}

void DropRoleDialog::updatePreview()
{
    m_target->setEnabled(m_reassign->isChecked());
    m_preview->setPlainText(previewText());
}

} // namespace roledesk
