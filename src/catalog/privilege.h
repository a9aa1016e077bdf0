#pragma once

#include <QFlags>
#include <QList>
#include <QString>

namespace roledesk {

/// A PostgreSQL privilege, as one bit (the order is RoleDesk's own, not the server's).
enum class Privilege : quint16 {
    Select = 1 << 0,
    Insert = 1 << 1,
    Update = 1 << 2,
    Delete = 1 << 3,
    Truncate = 1 << 4,
    References = 1 << 5,
    Trigger = 1 << 6,
    Execute = 1 << 7,
    Usage = 1 << 8,
    Create = 1 << 9,
    Connect = 1 << 10,
    Temporary = 1 << 11,
};
Q_DECLARE_FLAGS(Privileges, Privilege)
Q_DECLARE_OPERATORS_FOR_FLAGS(Privileges)

/// Kinds of objects RoleDesk reads and shows.
enum class ObjectKind : quint8 {
    Database,
    Schema,
    Table,
    View,
    MaterializedView,
    Sequence,
    ForeignTable,
    Column,
    Function,
    Procedure,
    Type,
    Language,
};
inline constexpr int ObjectKindCount = 12;

/// The GRANT keyword: SELECT, USAGE, TEMPORARY...
QString privilegeKeyword(Privilege p);
/// The letter aclitem uses for \a p (r, a, w, d, D, x, t, X, U, C, c, T).
QChar privilegeLetter(Privilege p);
/// Every privilege in a fixed order.
const QList<Privilege> &allPrivileges();
/// The privileges that apply to objects of \a kind, in GRANT order.
const QList<Privilege> &applicablePrivileges(ObjectKind kind);
/// Short letters for a set ("rawd"), in the order of allPrivileges().
QString privilegeLetters(Privileges set);
/// GRANT keywords for a set, comma-separated ("SELECT, INSERT"), in the order of allPrivileges().
QString privilegeKeywords(Privileges set);
/// applicablePrivileges(kind) as one set.
Privileges applicableMask(ObjectKind kind);

/// Stable lower-case name used in exports: database, schema, table, materialized_view...
QString objectKindName(ObjectKind kind);
/// The keyword used in GRANT ... ON <keyword>: TABLE, SEQUENCE, FUNCTION, SCHEMA...
QString objectKindGrantKeyword(ObjectKind kind);
/// True for the relation kinds (tables, views, sequences...), which share pg_class.
bool isRelationKind(ObjectKind kind);

} // namespace roledesk
