#include "plan/objectref.h"

#include "pg/identifier.h"

namespace roledesk {

using pg::quoteIdent;
using pg::quoteIdentIfNeeded;

QString ObjectRef::toSql() const
{
    const QString keyword = objectKindGrantKeyword(kind);
    switch (kind) {
    case ObjectKind::Database:
    case ObjectKind::Schema:
    case ObjectKind::Language:
        return keyword + u' ' + quoteIdent(name);
    case ObjectKind::Function:
    case ObjectKind::Procedure:
        return keyword + u' ' + quoteIdent(schema) + u'.' + quoteIdent(name) + u'(' + arguments + u')';
    default:
        return keyword + u' ' + quoteIdent(schema) + u'.' + quoteIdent(name);
    }
}

QString ObjectRef::toDisplay() const
{
    QString text = schema.isEmpty() ? quoteIdentIfNeeded(name)
                                    : quoteIdentIfNeeded(schema) + u'.' + quoteIdentIfNeeded(name);
    if (kind == ObjectKind::Function || kind == ObjectKind::Procedure)
        text += u'(' + arguments + u')';
    if (kind == ObjectKind::Column)
        text += u'.' + quoteIdentIfNeeded(column);
    return text;
}

ObjectRef ObjectRef::fromSnapshot(const Snapshot &snapshot, int index)
{
    const CatalogObject &o = snapshot.objects.at(index);
    ObjectRef ref;
    ref.kind = o.kind;
    ref.schema = o.schema;
    switch (o.kind) {
    case ObjectKind::Function:
    case ObjectKind::Procedure:
        ref.name = o.baseName;
        ref.arguments = o.arguments;
        break;
    case ObjectKind::Column:
        ref.name = o.parent >= 0 ? snapshot.objects.at(o.parent).name : o.name.left(o.name.size() - o.column.size() - 1);
        ref.column = o.column;
        break;
    default:
        ref.name = o.name;
        break;
    }
    return ref;
}

QString granteeSql(const QString &role)
{
    return role.isEmpty() ? QStringLiteral("PUBLIC") : quoteIdent(role);
}

QString granteeDisplay(const QString &role)
{
    return role.isEmpty() ? QStringLiteral("PUBLIC") : role;
}

} // namespace roledesk
