#pragma once

#include "pg/connection.h"
#include "plan/change.h"

#include <QList>
#include <QString>

namespace roledesk {

/// One SQL statement of a plan, with where it comes from, for previews and error messages.
/// What is executed is sql with params bound; what people see (previews, scripts, the journal)
/// is display().
struct Statement {
    QString sql;            ///< without a trailing semicolon; values as $1, $2, ... (see params)
    int change = -1;        ///< index of the change in the plan, -1 outside a plan
    QString object;         ///< what it acts on, for people: "table sales.orders", "role alice"
    pg::Params params = {}; ///< the values of $1, $2, ..., bound when the statement is executed

    /// The statement for people and psql scripts: each $n replaced by its value through
    /// pg::quoteLiteral (NULL for a null value, integers bare). Never sent to the server by RoleDesk itself.
    QString display() const;
};

/// Turns changes into SQL. Pure: no connection, no catalog; names go through pg::quoteIdent.
/// Values are bound parameters wherever the statement takes them (SELECT of a function); utility
/// statements take none, so the two literals they need (VALID UNTIL, a password verifier) go
/// through pg::quoteLiteral.
namespace sqlgen {

/// The statements for one change, in the order they must run.
QList<Statement> statements(const Change &change, int changeIndex = -1);

/// "SELECT, INSERT" or, for a column, "SELECT ("c"), INSERT ("c")".
QString privilegeClause(Privileges privileges, const QString &column = {});

/// The object class in ALTER DEFAULT PRIVILEGES: TABLES, SEQUENCES, FUNCTIONS, TYPES, SCHEMAS.
QString defaultPrivilegesObjects(ObjectKind kind);

} // namespace sqlgen

} // namespace roledesk
