#include "plan/sqlgenerator.h"

#include "pg/identifier.h"

namespace roledesk::sqlgen {

using pg::quoteIdent;
using pg::quoteLiteral;

namespace {

// Where a quoted identifier or string literal that starts at sql[from] ends (one past its closing
// quote); from itself when nothing quoted starts there. Knows the forms the generator writes:
// "ident", 'literal' and E'literal' with backslash escapes.
qsizetype skipQuoted(const QString &sql, qsizetype from)
{
    const bool escaped = (sql.at(from) == u'E' || sql.at(from) == u'e') && from + 1 < sql.size()
                         && sql.at(from + 1) == u'\''
                         && (from == 0 || !(sql.at(from - 1).isLetterOrNumber() || sql.at(from - 1) == u'_'));
    const qsizetype open = escaped ? from + 1 : from;
    const QChar quote = sql.at(open);
    if (quote != u'"' && quote != u'\'')
        return from;
    qsizetype i = open + 1;
    while (i < sql.size()) {
        const QChar c = sql.at(i);
        if (escaped && c == u'\\') {
            i += 2;
        } else if (c == quote) {
            if (i + 1 < sql.size() && sql.at(i + 1) == quote)
                i += 2;
            else
                return i + 1;
        } else {
            ++i;
        }
    }
    return i;
}

QString objectLabel(const ObjectRef &o)
{
    return objectKindName(o.kind) + u' ' + o.toDisplay();
}

QString roleLabel(const QString &name)
{
    return QStringLiteral("role ") + name;
}

QString attributeClause(const RoleAttributes &a)
{
    QStringList words;
    auto flag = [&](const std::optional<bool> &value, const char *yes, const char *no) {
        if (value)
            words << QString::fromLatin1(*value ? yes : no);
    };
    flag(a.superuser, "SUPERUSER", "NOSUPERUSER");
    flag(a.createDb, "CREATEDB", "NOCREATEDB");
    flag(a.createRole, "CREATEROLE", "NOCREATEROLE");
    flag(a.inherit, "INHERIT", "NOINHERIT");
    flag(a.login, "LOGIN", "NOLOGIN");
    flag(a.replication, "REPLICATION", "NOREPLICATION");
    flag(a.bypassRls, "BYPASSRLS", "NOBYPASSRLS");
    if (a.connectionLimit)
        words << QStringLiteral("CONNECTION LIMIT %1").arg(*a.connectionLimit);
    if (a.validUntil) {
        const QString when = a.validUntil->isNull()
                                 ? QStringLiteral("infinity")
                                 : a.validUntil->toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss+00"));
        words << QStringLiteral("VALID UNTIL ") + quoteLiteral(when);
    }
    if (a.passwordVerifier)
        words << (a.passwordVerifier->isEmpty() ? QStringLiteral("PASSWORD NULL")
                                                : QStringLiteral("PASSWORD ") + quoteLiteral(*a.passwordVerifier));
    return words.join(u' ');
}

QList<Statement> grant(const GrantPrivileges &g, int index)
{
    QString sql = QStringLiteral("GRANT ") + privilegeClause(g.privileges, g.object.column) + QStringLiteral(" ON ")
                  + g.object.toSql() + QStringLiteral(" TO ") + granteeSql(g.grantee);
    if (g.withGrantOption)
        sql += QStringLiteral(" WITH GRANT OPTION");
    return {{sql, index, objectLabel(g.object)}};
}

QList<Statement> revoke(const RevokePrivileges &r, int index)
{
    QString sql = QStringLiteral("REVOKE ");
    if (r.grantOptionOnly)
        sql += QStringLiteral("GRANT OPTION FOR ");
    sql += privilegeClause(r.privileges, r.object.column) + QStringLiteral(" ON ") + r.object.toSql()
           + QStringLiteral(" FROM ") + granteeSql(r.grantee);
    if (r.cascade)
        sql += QStringLiteral(" CASCADE");
    const QString label = objectLabel(r.object);
    if (r.grantor.isEmpty())
        return {{sql, index, label}};
    // REVOKE removes only the current user's grants (GRANTED BY must be the current user), so
    // a grant made by another role is revoked as that role.
    return {{QStringLiteral("SET LOCAL ROLE ") + quoteIdent(r.grantor), index, roleLabel(r.grantor)},
            {sql, index, label},
            {QStringLiteral("RESET ROLE"), index, label}};
}

QList<Statement> defaultPrivileges(const DefaultPrivilegesChange &d, int index)
{
    QString sql = QStringLiteral("ALTER DEFAULT PRIVILEGES FOR ROLE ") + quoteIdent(d.forRole);
    if (!d.schema.isEmpty())
        sql += QStringLiteral(" IN SCHEMA ") + quoteIdent(d.schema);
    const QString what = privilegeClause(d.privileges) + QStringLiteral(" ON ") + defaultPrivilegesObjects(d.kind);
    if (d.grant) {
        sql += QStringLiteral(" GRANT ") + what + QStringLiteral(" TO ") + granteeSql(d.grantee);
        if (d.grantOption)
            sql += QStringLiteral(" WITH GRANT OPTION");
    } else {
        sql += QStringLiteral(" REVOKE ") + (d.grantOption ? QStringLiteral("GRANT OPTION FOR ") : QString()) + what
               + QStringLiteral(" FROM ") + granteeSql(d.grantee);
    }
    return {{sql, index, QStringLiteral("default privileges of ") + d.forRole}};
}

} // namespace

QString privilegeClause(Privileges privileges, const QString &column)
{
    QStringList words;
    for (Privilege p : allPrivileges()) {
        if (!privileges.testFlag(p))
            continue;
        words << (column.isEmpty() ? privilegeKeyword(p)
                                   : privilegeKeyword(p) + QStringLiteral(" (") + quoteIdent(column) + u')');
    }
    return words.join(QStringLiteral(", "));
}

QString defaultPrivilegesObjects(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Sequence: return QStringLiteral("SEQUENCES");
    case ObjectKind::Function:
    case ObjectKind::Procedure: return QStringLiteral("FUNCTIONS");
    case ObjectKind::Type: return QStringLiteral("TYPES");
    case ObjectKind::Schema: return QStringLiteral("SCHEMAS");
    default: return QStringLiteral("TABLES");
    }
}

QList<Statement> statements(const Change &change, int index)
{
    return std::visit(Overloaded{
        [&](const GrantPrivileges &g) { return grant(g, index); },
        [&](const RevokePrivileges &r) { return revoke(r, index); },
        [&](const GrantMembership &g) {
            QString sql = QStringLiteral("GRANT ") + quoteIdent(g.group) + QStringLiteral(" TO ") + quoteIdent(g.member);
            if (g.withAdminOption)
                sql += QStringLiteral(" WITH ADMIN OPTION");
            return QList<Statement>{{sql, index, roleLabel(g.group)}};
        },
        [&](const RevokeMembership &r) {
            const QString sql = QStringLiteral("REVOKE ")
                                + (r.adminOptionOnly ? QStringLiteral("ADMIN OPTION FOR ") : QString())
                                + quoteIdent(r.group) + QStringLiteral(" FROM ") + quoteIdent(r.member);
            return QList<Statement>{{sql, index, roleLabel(r.group)}};
        },
        [&](const CreateRole &c) {
            QString sql = QStringLiteral("CREATE ROLE ") + quoteIdent(c.name);
            const QString attributes = attributeClause(c.attributes);
            if (!attributes.isEmpty())
                sql += QStringLiteral(" WITH ") + attributes;
            return QList<Statement>{{sql, index, roleLabel(c.name)}};
        },
        [&](const AlterRole &a) {
            QList<Statement> out;
            const QString attributes = attributeClause(a.attributes);
            if (!attributes.isEmpty())
                out.push_back({QStringLiteral("ALTER ROLE ") + quoteIdent(a.name) + QStringLiteral(" WITH ") + attributes,
                               index, roleLabel(a.name)});
            if (!a.newName.isEmpty() && a.newName != a.name)
                out.push_back({QStringLiteral("ALTER ROLE ") + quoteIdent(a.name) + QStringLiteral(" RENAME TO ")
                                   + quoteIdent(a.newName),
                               index, roleLabel(a.name)});
            return out;
        },
        [&](const DropRole &d) {
            QList<Statement> out;
            if (!d.reassignOwnedTo.isEmpty())
                out.push_back({QStringLiteral("REASSIGN OWNED BY ") + quoteIdent(d.name) + QStringLiteral(" TO ")
                                   + quoteIdent(d.reassignOwnedTo),
                               index, roleLabel(d.name)});
            if (d.dropOwned)
                out.push_back({QStringLiteral("DROP OWNED BY ") + quoteIdent(d.name), index, roleLabel(d.name)});
            out.push_back({QStringLiteral("DROP ROLE ") + quoteIdent(d.name), index, roleLabel(d.name)});
            return out;
        },
        [&](const DefaultPrivilegesChange &d) { return defaultPrivileges(d, index); },
        [&](const ModelRoleChange &m) {
            // A function, not a utility statement: the role name (as it is, not an identifier)
            // and the kind are bound, so no setting of the server can change how they are read.
            const QString sql = QStringLiteral("SELECT pgx_inference.")
                                + (m.grant ? QStringLiteral("pgx_grant_model_role($1, $2)")
                                           : QStringLiteral("pgx_revoke_model_role($1, $2)"));
            return QList<Statement>{{sql, index, roleLabel(m.role), {m.role, ModelCatalog::roleName(m.kind)}}};
        },
        [&](const SchemaGroupCall &c) {
            // Unqualified, as Hologres users write them: the procedures live where the default
            // search_path finds them (schema public, under slpm_ce too). Names are bound values,
            // quoted inside as the procedures take names (folded unless double-quoted).
            using K = SchemaGroupCall::Kind;
            const auto arg = [](const QString &name) { return QVariant(schemagroups::callArgument(name)); };
            switch (c.kind) {
            case K::Grant:
            case K::Revoke: {
                const QString sql = QStringLiteral("CALL ")
                                    + schemagroups::procedure(c.model, c.kind == K::Grant ? u"grant" : u"revoke")
                                    + QStringLiteral("($1, $2)");
                return QList<Statement>{{sql, index, roleLabel(c.user), {arg(c.group), arg(c.user)}}};
            }
            case K::CreateUser: {
                const QString proc = QStringLiteral("CALL ") + schemagroups::procedure(c.model, u"create_user");
                if (c.group.isEmpty())
                    return QList<Statement>{{proc + QStringLiteral("($1)"), index, roleLabel(c.user), {arg(c.user)}}};
                return QList<Statement>{{proc + QStringLiteral("($1, $2)"), index, roleLabel(c.user),
                                         {arg(c.user), arg(c.group)}}};
            }
            case K::RenameSchema:
                return QList<Statement>{{QStringLiteral("CALL slpm_rename_schema($1, $2)"), index,
                                         QStringLiteral("schema ") + pg::quoteIdentIfNeeded(c.schema),
                                         {arg(c.schema), arg(c.newName)}}};
            }
            return QList<Statement>{};
        },
    }, change);
}

} // namespace roledesk::sqlgen

namespace roledesk {

QString Statement::display() const
{
    if (params.isEmpty())
        return sql;
    QString out;
    out.reserve(sql.size() + 32);
    qsizetype i = 0;
    while (i < sql.size()) {
        if (const qsizetype end = sqlgen::skipQuoted(sql, i); end != i) {
            out += QStringView(sql).sliced(i, end - i);
            i = end;
            continue;
        }
        qsizetype digits = i + 1;
        if (sql.at(i) == u'$') {
            while (digits < sql.size() && sql.at(digits).isDigit())
                ++digits;
        }
        const int n = digits > i + 1 ? QStringView(sql).sliced(i + 1, digits - i - 1).toInt() : 0;
        if (n >= 1 && n <= params.size()) {
            const QVariant &v = params.at(n - 1);
            const int type = v.typeId();
            const bool number = type == QMetaType::Int || type == QMetaType::LongLong || type == QMetaType::UInt
                                || type == QMetaType::ULongLong;
            out += v.isNull() ? QStringLiteral("NULL") : number ? v.toString() : pg::quoteLiteral(v.toString());
            i = digits;
        } else {
            out += sql.at(i++);
        }
    }
    return out;
}

} // namespace roledesk
