#include "platform/platformeditdialogs.h"

#include "platform/platformwidgets.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace roledesk {

namespace {

QDialogButtonBox *okCancel(QDialog *dialog)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

void addRow(QFormLayout *form, const QString &label, QWidget *field)
{
    auto *l = new QLabel(label, field->parentWidget());
    l->setBuddy(field);
    form->addRow(l, field);
}

} // namespace

PlatformAssignmentDialog::PlatformAssignmentDialog(const PlatformDefinition &definition, const PlatformFile &file,
                                                   const QList<PlatformPerson> &people, const PlatformAssignment &initial,
                                                   QWidget *parent)
    : QDialog(parent)
    , m_definition(definition)
    , m_people(people)
    , m_person(makeSearchableCombo(this))
    , m_scope(new QComboBox(this))
    , m_role(new QComboBox(this))
{
    setObjectName(QStringLiteral("platformAssignmentDialog"));
    setWindowTitle(initial.person.isEmpty() ? tr("Add role assignment") : tr("Change role assignment"));
    m_person->setObjectName(QStringLiteral("assignmentPerson"));
    m_scope->setObjectName(QStringLiteral("assignmentScope"));
    m_role->setObjectName(QStringLiteral("assignmentRole"));
    fillPersonCombo(m_person, people);
    m_person->setCurrentIndex(initial.person.isEmpty() ? 0 : m_person->findData(initial.person));
    fillScopeCombo(m_scope, file.projects, true);
    m_scope->setCurrentIndex(qMax(0, m_scope->findData(initial.project)));
    fillRoles();
    if (const int role = m_role->findData(initial.role); role >= 0)
        m_role->setCurrentIndex(role);

    auto *form = new QFormLayout;
    addRow(form, tr("&Person:"), m_person);
    addRow(form, tr("&Scope:"), m_scope);
    addRow(form, tr("&Role:"), m_role);
    auto *note = new QLabel(tr("Only roles of the chosen scope are offered; roles for machine users only appear "
                               "for machine users."), this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(okCancel(this));
    connect(m_person, &QComboBox::currentIndexChanged, this, &PlatformAssignmentDialog::fillRoles);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &PlatformAssignmentDialog::fillRoles);
}

void PlatformAssignmentDialog::fillRoles()
{
    const QVariant current = m_role->currentData();
    const QString person = m_person->currentData().toString();
    bool machine = false;
    for (const PlatformPerson &p : m_people)
        if (p.id == person)
            machine = p.kind == PlatformPerson::Kind::Machine;
    const PlatformScope scope = m_scope->currentData().toString().isEmpty() ? PlatformScope::Organization
                                                                             : PlatformScope::Project;
    m_role->clear();
    for (const PlatformRole &r : m_definition.roles)
        if (r.scope == scope && (!r.machineUsersOnly || machine))
            m_role->addItem(r.abbreviation.isEmpty() ? r.name : tr("%1 (%2)").arg(r.name, r.abbreviation), r.id);
    const int again = m_role->findData(current);
    m_role->setCurrentIndex(again >= 0 ? again : 0);
}

PlatformAssignment PlatformAssignmentDialog::assignment() const
{
    PlatformAssignment a;
    a.person = m_person->currentData().toString();
    a.project = m_scope->currentData().toString();
    a.role = m_role->currentData().toString();
    return a;
}

PlatformRuleDialog::PlatformRuleDialog(const PlatformDefinition &definition, const PlatformFile &file,
                                       const PlatformRule &initial, QWidget *parent)
    : QDialog(parent)
    , m_definition(definition)
    , m_name(new QLineEdit(initial.name, this))
    , m_scope(new QComboBox(this))
    , m_provider(new QLineEdit(this))
    , m_groups(new QLineEdit(this))
    , m_roles(new QListWidget(this))
{
    setObjectName(QStringLiteral("platformRuleDialog"));
    setWindowTitle(initial.name.isEmpty() ? tr("Add role mapping rule") : tr("Change role mapping rule"));
    m_name->setObjectName(QStringLiteral("ruleName"));
    m_scope->setObjectName(QStringLiteral("ruleScope"));
    m_provider->setObjectName(QStringLiteral("ruleProvider"));
    m_groups->setObjectName(QStringLiteral("ruleGroups"));
    m_roles->setObjectName(QStringLiteral("ruleRoles"));
    m_provider->setPlaceholderText(tr("any identity provider"));
    m_groups->setPlaceholderText(tr("groups, separated by commas (all must match)"));
    fillScopeCombo(m_scope, file.projects, true);
    m_scope->setCurrentIndex(qMax(0, m_scope->findData(initial.project)));
    QStringList groups;
    for (const PlatformCondition &c : initial.conditions) {
        if (c.kind == PlatformCondition::Kind::Provider)
            m_provider->setText(c.value);
        else
            groups.append(c.value);
    }
    m_groups->setText(groups.join(QStringLiteral(", ")));
    fillRoles(initial.roles);

    auto *form = new QFormLayout;
    addRow(form, tr("&Name:"), m_name);
    addRow(form, tr("&Scope:"), m_scope);
    addRow(form, tr("Identity &provider:"), m_provider);
    addRow(form, tr("&Groups:"), m_groups);
    addRow(form, tr("&Roles given:"), m_roles);
    auto *note = new QLabel(tr("A person matches when every condition holds; a group matches through nested groups too. "
                               "Only roles of the rule's scope are offered."), this);
    note->setWordWrap(true);
    auto *buttons = okCancel(this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] {
        QStringList checked;
        for (int i = 0; i < m_roles->count(); ++i)
            if (m_roles->item(i)->checkState() == Qt::Checked)
                checked.append(m_roles->item(i)->data(Qt::UserRole).toString());
        fillRoles(checked);
    });
    connect(m_name, &QLineEdit::textChanged, this, &PlatformRuleDialog::updateOk);
    connect(m_provider, &QLineEdit::textChanged, this, &PlatformRuleDialog::updateOk);
    connect(m_groups, &QLineEdit::textChanged, this, &PlatformRuleDialog::updateOk);
    connect(m_roles, &QListWidget::itemChanged, this, &PlatformRuleDialog::updateOk);
    updateOk();
}

void PlatformRuleDialog::fillRoles(const QStringList &checked)
{
    const QSignalBlocker blocker(m_roles);
    const PlatformScope scope = m_scope->currentData().toString().isEmpty() ? PlatformScope::Organization
                                                                             : PlatformScope::Project;
    m_roles->clear();
    for (const PlatformRole &r : m_definition.roles) {
        if (r.scope != scope)
            continue;
        auto *item = new QListWidgetItem(r.abbreviation.isEmpty() ? r.name : tr("%1 (%2)").arg(r.name, r.abbreviation), m_roles);
        item->setData(Qt::UserRole, r.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(checked.contains(r.id) ? Qt::Checked : Qt::Unchecked);
        if (r.machineUsersOnly)
            item->setToolTip(tr("for machine users only: a rule never gives it to a human"));
    }
    updateOk();
}

void PlatformRuleDialog::updateOk()
{
    if (!m_ok)
        return;
    const PlatformRule r = rule();
    m_ok->setEnabled(!r.name.isEmpty() && !r.conditions.isEmpty() && !r.roles.isEmpty());
}

PlatformRule PlatformRuleDialog::rule() const
{
    PlatformRule r;
    r.name = m_name->text().trimmed();
    r.project = m_scope->currentData().toString();
    if (const QString provider = m_provider->text().trimmed(); !provider.isEmpty())
        r.conditions.append({PlatformCondition::Kind::Provider, provider});
    for (const QString &g : m_groups->text().split(u',', Qt::SkipEmptyParts))
        if (!g.trimmed().isEmpty())
            r.conditions.append({PlatformCondition::Kind::Group, g.trimmed()});
    for (int i = 0; i < m_roles->count(); ++i)
        if (m_roles->item(i)->checkState() == Qt::Checked)
            r.roles.append(m_roles->item(i)->data(Qt::UserRole).toString());
    return r;
}

} // namespace roledesk
