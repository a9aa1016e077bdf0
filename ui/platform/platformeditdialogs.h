#pragma once

#include "platform/platformdefinition.h"
#include "platform/platformfile.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QListWidget;

namespace roledesk {

/// Adds or changes a manual role assignment: a person, a scope (the organization or a project)
/// and a role of that scope; machine-only roles (Estate Ingester) are offered for machine users only.
class PlatformAssignmentDialog : public QDialog {
    Q_OBJECT
public:
    PlatformAssignmentDialog(const PlatformDefinition &definition, const PlatformFile &file,
                             const QList<PlatformPerson> &people, const PlatformAssignment &initial,
                             QWidget *parent = nullptr);
    PlatformAssignment assignment() const;

    QComboBox *personCombo() const { return m_person; }
    QComboBox *scopeCombo() const { return m_scope; }
    QComboBox *roleCombo() const { return m_role; }

private:
    void fillRoles();

    const PlatformDefinition &m_definition;
    QList<PlatformPerson> m_people;
    QComboBox *m_person;
    QComboBox *m_scope;
    QComboBox *m_role;
};

/// Adds or changes a role mapping rule: its name, scope, conditions (identity provider and
/// groups, all must match) and the roles it gives, only roles of the rule's scope offered.
class PlatformRuleDialog : public QDialog {
    Q_OBJECT
public:
    PlatformRuleDialog(const PlatformDefinition &definition, const PlatformFile &file, const PlatformRule &initial,
                       QWidget *parent = nullptr);
    PlatformRule rule() const;

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *scopeCombo() const { return m_scope; }
    QLineEdit *providerEdit() const { return m_provider; }
    QLineEdit *groupsEdit() const { return m_groups; }
    QListWidget *rolesList() const { return m_roles; }

private:
    void fillRoles(const QStringList &checked);
    void updateOk();

    const PlatformDefinition &m_definition;
    QLineEdit *m_name;
    QComboBox *m_scope;
    QLineEdit *m_provider;
    QLineEdit *m_groups;
    QListWidget *m_roles;
    QWidget *m_ok = nullptr;
};

} // namespace roledesk
