#pragma once

#include "catalog/snapshot.h"
#include "plan/plan.h"
#include "policy/desiredstate.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace roledesk {

/// One difference between a desired state and a snapshot.
struct Drift {
    enum class Kind {
        Missing,   ///< the file wants it, the database lacks it
        Extra,     ///< the database has it, the file does not want it
        Different, ///< both have it, with other attributes or grant options
    };
    Kind kind = Kind::Missing;
    QString role;          ///< the grantee, member or role ("" = PUBLIC)
    ObjectRef object;      ///< for grants; default-constructed otherwise
    Privileges privileges; ///< for grants and default privileges
    QString message;       ///< one line for people (translated)
    int roleIndex = -1;    ///< into Snapshot::roles, -1 when the role does not exist (or PUBLIC)
    int objectIndex = -1;  ///< into Snapshot::objects, -1 when not about an object
};

/// A role that the file grants to, makes a member or a group, or names in default privileges,
/// but that neither exists in the database nor is created by the file: a plan naming it cannot run.
struct MissingRole {
    QString name;
    QStringList where; ///< each place of the file that names it ("policy.yaml:12"), first one first
};

/// What planConvergence() found: the plan that makes the database match the file, the
/// differences it closes, and what it could not do (objects that do not exist...).
struct ConvergencePlan {
    Plan plan;
    QList<Drift> drift;
    QStringList warnings;
    /// Roles the plan needs and cannot have, in the order the file first names them. When this
    /// is not empty the plan would fail on its first statement that names one: do not run it.
    QList<MissingRole> missingRoles;
};

/// The changes that turn \a actual into \a desired, within desired.scope only, sorted by
/// changePhase(). Grants missing are granted (with grant option where wanted); rights held
/// beyond the file are revoked from each grantor's entry (RevokePrivileges::grantor when that
/// is not the owner); PUBLIC's built-in rights are revoked like any other.
ConvergencePlan planConvergence(const DesiredState &desired, const Snapshot &actual);

} // namespace roledesk
