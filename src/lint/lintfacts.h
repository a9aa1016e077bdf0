#pragma once

#include "catalog/modelcatalog.h"
#include "platform/platformevaluation.h"
#include "slpm/schemagroups.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace roledesk {

class EffectiveRights;
class PersonLogins;

/// A model role a login holds, with the membership chain (login first, the model role's group last).
struct LintModelRole {
    ModelRole role = ModelRole::ModelOwner;
    QStringList chain;
};

/// A schema group a login has the privileges of, with the membership chain to it.
struct LintGroup {
    QString group;        ///< the group role's name
    QString schema;       ///< empty for admin and SPM groups
    GroupLevel level = GroupLevel::Viewer;
    QStringList chain;    ///< login first, the group last; two names: held directly
};

/// One login's facts in one database.
struct LintLogin {
    QString login;
    QString how;          ///< why it is the person's (PersonLogin::how); empty for a login of nobody
    bool superuser = false;
    bool createRole = false;
    QList<LintModelRole> modelRoles;
    QList<LintGroup> groups;
    /// One right it holds in the database other than through PUBLIC, as people read it
    /// ("SELECT on table sales.orders: member of alice > analysts"); empty: none.
    QString someRight;
    bool bootstrap = false;   ///< the bootstrap superuser (OID 10, initdb's): it cannot lose SUPERUSER
};

/// One person's facts (or, with \a person empty, one login that belongs to nobody).
struct LintPerson {
    QString person;
    QList<PlatformRoleGrant> platformRoles;
    QList<LintLogin> logins;
};

/// Everything the separation-of-duties engine looks at, for one database.
struct LintFacts {
    QString database;
    QList<LintPerson> people;   ///< people first (platform order), then logins of nobody by name
};

/// Gathers LintFacts from a snapshot's rights, a platform evaluation and the person-login mapping.
class LintFactCollector {
    Q_DECLARE_TR_FUNCTIONS(roledesk::LintFactCollector)
public:
    /// \a evaluation may be null (no platform file): every login is then a login of nobody.
    /// Logins of nobody are the roles that may log in (predefined roles aside).
    static LintFacts collect(const EffectiveRights &rights, const PlatformEvaluation *evaluation,
                             const PersonLogins *logins);
    /// The facts of the login at \a role (index into the snapshot's roles): attributes, model
    /// roles and schema groups with chains, and with \a someRight one right it holds. The person
    /// profile shares it, so both read a login the same way.
    static LintLogin login(const EffectiveRights &rights, int role, const QString &how, bool someRight);
};

} // namespace roledesk
