#pragma once

#include "plan/change.h"

#include <QList>
#include <QString>

namespace roledesk {

/// One SQL statement of a plan, with where it comes from, for previews and error messages.
struct Statement {
    QString sql;      ///< without a trailing semicolon
    int change = -1;  ///< index of the change in the plan, -1 outside a plan
    QString object;   ///< what it acts on, for people: "table sales.orders", "role alice"
};

/// Turns changes into SQL. Pure: no connection, no catalog; names go through pg::quoteIdent.
/// Utility statements take no bind parameters, so the few literals they need (VALID UNTIL, a
/// password verifier, the arguments of pgx_grant_model_role) go through pg::quoteLiteral.
namespace sqlgen {

/// The statements for one change, in the order they must run.
QList<Statement> statements(const Change &change, int changeIndex = -1);

/// "SELECT, INSERT" or, for a column, "SELECT ("c"), INSERT ("c")".
QString privilegeClause(Privileges privileges, const QString &column = {});

/// The object class in ALTER DEFAULT PRIVILEGES: TABLES, SEQUENCES, FUNCTIONS, TYPES, SCHEMAS.
QString defaultPrivilegesObjects(ObjectKind kind);

} // namespace sqlgen

} // namespace roledesk
