#pragma once

#include <QString>
#include <QStringView>

namespace roledesk::pg {

/// Quotes an SQL identifier: always wrapped in double quotes, embedded quotes doubled.
/// The one function every generated statement uses for names.
QString quoteIdent(QStringView name);

/// Quotes an identifier only when PostgreSQL would need it (as quote_ident() does); for display.
QString quoteIdentIfNeeded(QStringView name);

/// Quotes an SQL string literal as PQescapeLiteral does: '...' with quotes doubled, or, when the
/// value holds a backslash, E'...' with backslashes doubled too, so that the literal reads the
/// same whatever standard_conforming_strings is. For text shown to people or written to script
/// files, and for the few literals of utility statements that cannot be bound (a PASSWORD
/// verifier, VALID UNTIL). Every other value sent to the server is bound ($1, pg::Params).
QString quoteLiteral(QStringView value);

/// A possibly schema-qualified name.
struct QualifiedName {
    QString schema; ///< empty for unqualified names (roles, databases, schemas)
    QString name;

    /// SQL form, each part quoted: "sales"."Orders".
    QString toSql() const;
    /// Human form, quoted only where needed: sales."Orders".
    QString toDisplay() const;

    friend bool operator==(const QualifiedName &, const QualifiedName &) = default;
};

} // namespace roledesk::pg
