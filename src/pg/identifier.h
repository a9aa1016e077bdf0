#pragma once

#include <QString>
#include <QStringView>

namespace roledesk::pg {

/// Quotes an SQL identifier: always wrapped in double quotes, embedded quotes doubled.
/// The one function every generated statement uses for names.
QString quoteIdent(QStringView name);

/// Quotes an identifier only when PostgreSQL would need it (as quote_ident() does); for display.
QString quoteIdentIfNeeded(QStringView name);

/// Quotes an SQL string literal ('...' with doubled quotes). Only for text shown to people or
/// written to script files: statements sent to the server bind values instead.
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
