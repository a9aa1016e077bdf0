#pragma once

#include "platform/directory.h"
#include "platform/platformdefinition.h"
#include "platform/platformfile.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace roledesk {

/// One role a person holds, and why: a manual assignment, or a rule that matched (through which
/// group, possibly nested). A role from a rule is read-only; change the rule or the membership.
struct PlatformRoleGrant {
    enum class Source { Manual, Rule };
    QString person;
    QString role;         ///< role id
    QString project;      ///< empty: organization scope
    Source source = Source::Manual;
    QString rule;         ///< Rule: the rule's name
    QStringList groupPath;///< Rule with a group condition: direct group → ... → the rule's group
    friend bool operator==(const PlatformRoleGrant &, const PlatformRoleGrant &) = default;
};

/// One permission a person holds in one scope, with the role grant it comes from. An
/// organization-scope permission (from an organization role) holds in every project.
struct PlatformPermissionGrant {
    QString person;
    QString permission;   ///< permission id
    QString project;      ///< empty: organization-wide
    PlatformRoleGrant because;
};

/// Whether a person may make an edit, as the matrix says, with the reason for people.
struct PlatformVerdict {
    bool allowed = false;
    QString permission;   ///< the governing permission id
    QList<PlatformRoleGrant> through;   ///< the grants that allow it (empty when refused)
    QString explanation;  ///< translated: "alice may edit rules of project ml: Project Owner of ml (manual)"
};

/// Evaluates a platform file (and optionally a directory) into who holds which role and
/// permission, in which scope, and why. Pure and deterministic; the GUI, the CLI and the
/// benchmark share it.
class PlatformEvaluation {
    Q_DECLARE_TR_FUNCTIONS(roledesk::PlatformEvaluation)
public:
    /// People are the file's, plus the directory's (matched by id; the directory's groups are
    /// added to the file's, and a directory person not in the file is included with the
    /// directory's provider). Rules match a person when every condition holds: Provider equals
    /// the person's provider; Group is one of the person's groups, directly or nested. Estate
    /// Ingester (machineUsersOnly roles) is never given to a human by a rule: that is a problem,
    /// not a grant.
    static PlatformEvaluation evaluate(const PlatformDefinition &definition, const PlatformFile &file,
                                       const Directory *directory = nullptr);

    const PlatformDefinition *definition() const { return m_definition; }
    /// Every person considered, file order first then directory order; ids.
    const QStringList &people() const { return m_people; }
    /// Every role grant, manual and by rule; a person holding a role twice (two rules, or a rule
    /// and a manual assignment) has both grants.
    const QList<PlatformRoleGrant> &roleGrants() const { return m_grants; }
    /// Translated notes: a rule that gave a machine-only role to a human, an assignment to a
    /// person nobody knows, a rule whose group nobody is in.
    const QStringList &problems() const { return m_problems; }

    /// The grants of \a person (all scopes).
    QList<PlatformRoleGrant> rolesOf(const QString &person) const;
    /// What \a person can do: each permission per scope with its grant (one entry per grant).
    QList<PlatformPermissionGrant> permissionsOf(const QString &person) const;
    /// Who can do \a permission: in \a project (organization-wide holders included) or, when
    /// \a project is empty, anywhere (one entry per person, scope and grant).
    QList<PlatformPermissionGrant> whoCan(const QString &permission, const QString &project = {}) const;
    /// Whether \a person holds \a permission in \a project (organization-wide counts everywhere);
    /// with \a project empty, whether they hold it organization-wide.
    bool can(const QString &person, const QString &permission, const QString &project = {}) const;
    /// Whether \a person may perform \a action (in \a project for project actions).
    PlatformVerdict mayPerform(const QString &person, PlatformAction action, const QString &project = {}) const;
    /// Whether \a person may make the edit from \a before to \a after: each changed assignment
    /// and rule needs its action's permission in its scope, each added, removed or changed person
    /// ManageUsers, each added project CreateProjects, each removed one UpdateDeleteProjects, a
    /// change of the directory settings ManageIdentityProviders. Refused verdicts name what failed.
    /// The organization's name is governed by no permission of the matrix and is not checked.
    PlatformVerdict mayChange(const QString &person, const PlatformFile &before, const PlatformFile &after) const;

private:
    const PlatformDefinition *m_definition = nullptr;
    QStringList m_people;
    QList<PlatformRoleGrant> m_grants;
    QStringList m_problems;
    QHash<QString, QList<int>> m_grantsByPerson;   ///< indexes into m_grants
    QHash<QString, QStringList> m_permissionsByRole; ///< role id → permission ids, matrix order
    /// The grants of \a person that give \a permission in \a project (organization-wide ones
    /// always; project ones only in their project, or anywhere when \a anyProject).
    QList<int> grantsFor(const QString &person, const QString &permission, const QString &project, bool anyProject) const;
    /// "Project Owner of ml (manual)": a grant as people read it.
    QString describe(const PlatformRoleGrant &grant) const;
};

} // namespace roledesk
