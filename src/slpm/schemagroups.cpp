#include "slpm/schemagroups.h"

#include "pg/identifier.h"

namespace roledesk {

const SchemaGroup *SchemaGroupState::admin() const
{
    return group(GroupLevel::Admin, 0);
}

const SchemaGroup *SchemaGroupState::group(GroupLevel level, quint32 schemaOid) const
{
    const bool perSchema = model == GroupModel::Slpm && level != GroupLevel::Admin;
    for (const SchemaGroup &g : groups) {
        if (g.level == level && (!perSchema || g.schemaOid == schemaOid))
            return &g;
    }
    return nullptr;
}

const SchemaGroup *SchemaGroupState::groupOfRole(quint32 role) const
{
    for (const SchemaGroup &g : groups) {
        if (g.role == role)
            return &g;
    }
    return nullptr;
}

QList<quint32> SchemaGroupState::schemas() const
{
    QList<quint32> out;
    for (const SchemaGroup &g : groups) {
        if (g.schemaOid != 0 && !out.contains(g.schemaOid))
            out << g.schemaOid;
    }
    return out;
}

namespace schemagroups {

QString levelName(GroupLevel level)
{
    switch (level) {
    case GroupLevel::None: return {};
    case GroupLevel::Viewer: return QStringLiteral("viewer");
    case GroupLevel::Writer: return QStringLiteral("writer");
    case GroupLevel::Developer: return QStringLiteral("developer");
    case GroupLevel::Admin: return QStringLiteral("admin");
    }
    return {};
}

std::optional<GroupLevel> levelFromName(QStringView name)
{
    for (GroupLevel l : {GroupLevel::Viewer, GroupLevel::Writer, GroupLevel::Developer, GroupLevel::Admin}) {
        if (name == levelName(l))
            return l;
    }
    return std::nullopt;
}

QString modelName(GroupModel model)
{
    switch (model) {
    case GroupModel::Standard: return QStringLiteral("standard");
    case GroupModel::Spm: return QStringLiteral("spm");
    case GroupModel::Slpm: return QStringLiteral("slpm");
    }
    return {};
}

QString groupName(GroupModel model, const QString &database, const QString &schema, GroupLevel level)
{
    if (model == GroupModel::Spm)
        return database + u'_' + levelName(level);
    if (level == GroupLevel::Admin)
        return database + QStringLiteral(".admin");
    return database + u'.' + schema + u'.' + levelName(level);
}

QString callArgument(const QString &roleName)
{
    return pg::quoteIdent(roleName);
}

QString procedure(GroupModel model, QStringView operation)
{
    return (model == GroupModel::Spm ? QStringLiteral("spm_") : QStringLiteral("slpm_")) + operation.toString();
}

bool isReservedUserName(QStringView name)
{
    for (const char *suffix : {"admin", "developer", "writer", "viewer", "all_users"}) {
        if (name.endsWith(QLatin1String(suffix), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace schemagroups

} // namespace roledesk
