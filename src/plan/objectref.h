#pragma once

#include "catalog/snapshot.h"

#include <QString>

namespace roledesk {

/// An object as SQL names it, independent of oids, so that a plan can be written to a file,
/// read back and applied to another database.
struct ObjectRef {
    ObjectKind kind = ObjectKind::Table;
    QString schema;    ///< empty for databases and schemas
    QString name;      ///< relation, routine (bare name), type, schema or database; a column's table
    QString arguments; ///< routines: input argument types as SQL ("integer, sales.mood")
    QString column;    ///< columns: the column's name

    /// The object in a GRANT: TABLE "s"."t", FUNCTION "s"."f"(integer), SCHEMA "s"...
    /// A column names its table: the column list goes with the privileges.
    QString toSql() const;
    /// For people: sales.orders, sales.f(integer), sales.orders.amount.
    QString toDisplay() const;
    /// The reference to object \a index of \a snapshot.
    static ObjectRef fromSnapshot(const Snapshot &snapshot, int index);

    friend bool operator==(const ObjectRef &, const ObjectRef &) = default;
};

/// A role, or PUBLIC when the name is empty (no role can have an empty name).
QString granteeSql(const QString &role);
/// "PUBLIC" or the name as written, for people.
QString granteeDisplay(const QString &role);

} // namespace roledesk
