#include "slpm/groupdrift.h"

#include "plan/objectref.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace roledesk {

namespace {

bool systemSchema(const QString &name)
{
    return name.startsWith(QLatin1String("pg_")) || name == u"information_schema" || name == u"slpm_ce";
}

bool isSchemaObject(ObjectKind k)
{
    switch (k) {
    case ObjectKind::Table: case ObjectKind::View: case ObjectKind::MaterializedView: case ObjectKind::Sequence:
    case ObjectKind::ForeignTable: case ObjectKind::Column: case ObjectKind::Function: case ObjectKind::Procedure:
    case ObjectKind::Type:
        return true;
    default:
        return false;
    }
}

class Finder {
    Q_DECLARE_TR_FUNCTIONS(roledesk::GroupDriftFinder)

public:
    explicit Finder(const Snapshot &s) : m_s(s), m_st(s.groups)
    {
        for (const SchemaGroup &g : m_st.groups)
            m_groupRoles.insert(g.role);
        for (const Membership &m : s.memberships)
            m_members.insert(pairKey(m.group, m.member));
        for (const CatalogObject &o : s.objects) {
            if (o.kind == ObjectKind::Schema)
                m_schemaOid.insert(o.name, o.oid);
        }
    }

    QList<GroupDrift> run();

private:
    static quint64 pairKey(quint32 g, quint32 m) { return (quint64(g) << 32) | m; }
    bool managed(const QString &schema) const
    {
        return !systemSchema(schema) && !m_st.extensionSchemas.contains(schema);
    }
    /// True for the groups of \a schema (SLPM) or of every schema (SPM), admin included.
    bool isGroupOf(Oid role, const QString &schema) const
    {
        const SchemaGroup *g = m_st.groupOfRole(role);
        if (!g)
            return false;
        // On the database (no schema) every group has CONNECT.
        return schema.isEmpty() || g->level == GroupLevel::Admin || g->schemaOid == 0
               || g->schemaOid == m_schemaOid.value(schema);
    }
    void add(GroupDrift::Kind kind, const QString &object, const QString &detail)
    {
        m_out.push_back({kind, object, detail});
    }
    void checkAcl(const CatalogObject &o, const QString &label, const QString &schema);
    void checkStructure();

    const Snapshot &m_s;
    const SchemaGroupState &m_st;
    QSet<quint32> m_groupRoles;
    QSet<quint64> m_members;
    QHash<QString, Oid> m_schemaOid;
    QList<GroupDrift> m_out;
};

void Finder::checkAcl(const CatalogObject &o, const QString &label, const QString &schema)
{
    for (const AclEntry &e : o.acl) {
        if (e.grantee == o.owner && e.grantee != PublicOid)
            continue;
        if (e.grantee != PublicOid && isGroupOf(e.grantee, schema))
            continue;
        // PUBLIC's EXECUTE on routines and USAGE on types is what PostgreSQL gives every new one;
        // slpm_ce takes EXECUTE away, types keep USAGE.
        if (e.grantee == PublicOid && o.kind == ObjectKind::Type)
            continue;
        add(GroupDrift::Kind::RightAroundGroups, label,
            tr("%1 holds %2 outside the groups; under the model rights come only through groups.")
                .arg(m_s.roleName(e.grantee), privilegeKeywords(e.privileges)));
    }
}

void Finder::checkStructure()
{
    const SchemaGroup *admin = m_st.admin();
    if (!admin) {
        add(GroupDrift::Kind::ModelBroken, tr("database %1").arg(m_s.database), tr("The admin group is missing."));
        return;
    }
    if (m_s.databaseOwner != admin->role)
        add(GroupDrift::Kind::ModelBroken, tr("database %1").arg(m_s.database),
            tr("Owned by %1, not by %2.").arg(m_s.roleName(m_s.databaseOwner), admin->name));
    for (const SchemaGroup &g : m_st.groups) {
        if (const int i = m_s.roleIndex(g.role); i >= 0 && m_s.roles.at(i).canLogin)
            add(GroupDrift::Kind::ModelBroken, tr("role %1").arg(g.name), tr("The group can log in."));
        if (g.level == GroupLevel::Developer) {
            if (!m_members.contains(pairKey(g.role, admin->role)))
                add(GroupDrift::Kind::ModelBroken, tr("role %1").arg(g.name),
                    tr("%1 is not a member: admin no longer holds this group's rights.").arg(admin->name));
            if (const SchemaGroup *w = m_st.group(GroupLevel::Writer, g.schemaOid);
                w && !m_members.contains(pairKey(w->role, g.role)))
                add(GroupDrift::Kind::ModelBroken, tr("role %1").arg(w->name),
                    tr("%1 is not a member: developers lost the writer's rights.").arg(g.name));
        }
    }
}

QList<GroupDrift> Finder::run()
{
    if (!m_st.enabled())
        return {};
    checkStructure();
    for (const QStringList &row : m_st.notMigrated)
        add(GroupDrift::Kind::NotMigrated, row.value(0) + u' ' + row.value(1),
            tr("Owned by %1, not by %2: run migrate.").arg(row.value(2), row.value(3)));
    for (const SchemaGroup &g : m_st.orphans)
        add(GroupDrift::Kind::OrphanGroup, tr("role %1").arg(g.name),
            tr("Its schema no longer exists; drop the group after checking what it holds."));
    for (const CatalogObject &o : m_s.objects) {
        if (o.kind == ObjectKind::Database) {
            if (o.oid != m_s.databaseOid)
                continue;
            const QString label = tr("database %1").arg(o.name);
            checkAcl(o, label, {});
            for (const SchemaGroup &g : m_st.groups) {
                bool connect = false;
                for (const AclEntry &e : o.acl)
                    connect = connect || (e.grantee == g.role && e.privileges.testFlag(Privilege::Connect));
                if (!connect)
                    add(GroupDrift::Kind::ModelBroken, label, tr("%1 has no CONNECT.").arg(g.name));
            }
        } else if (o.kind == ObjectKind::Schema) {
            if (!managed(o.name))
                continue;
            const QString label = tr("schema %1").arg(o.name);
            if (m_st.model == GroupModel::Slpm && !m_st.group(GroupLevel::Developer, o.oid)) {
                add(GroupDrift::Kind::SchemaWithoutGroups, label,
                    tr("No developer, writer and viewer groups: only admin and superusers can use it."));
                continue;
            }
            if (const SchemaGroup *admin = m_st.admin(); admin && o.owner != admin->role)
                add(GroupDrift::Kind::ModelBroken, label,
                    tr("Owned by %1, not by %2.").arg(m_s.roleName(o.owner), admin->name));
            checkAcl(o, label, o.name);
        } else if (isSchemaObject(o.kind) && managed(o.schema)) {
            if (m_st.model == GroupModel::Slpm && !m_st.group(GroupLevel::Developer, m_schemaOid.value(o.schema)))
                continue;
            checkAcl(o, objectKindName(o.kind) + u' ' + ObjectRef::fromSnapshot(m_s, int(&o - m_s.objects.data())).toDisplay(),
                     o.schema);
        }
    }
    return m_out;
}

} // namespace

QList<GroupDrift> GroupDriftFinder::find(const Snapshot &snapshot)
{
    QList<GroupDrift> out = Finder(snapshot).run();
    // Users in no group: no CONNECT since the model was enabled (superusers need none).
    const SchemaGroupState &st = snapshot.groups;
    if (st.enabled()) {
        QHash<quint32, QList<quint32>> memberOf;
        for (const Membership &m : snapshot.memberships)
            memberOf[m.member] << m.group;
        QSet<quint32> groups;
        for (const SchemaGroup &g : st.groups)
            groups.insert(g.role);
        for (const Role &r : snapshot.roles) {
            if (!r.canLogin || r.superuser || r.predefined || groups.contains(r.oid))
                continue;
            // Any group reached through memberships, however deep.
            QList<quint32> todo{r.oid};
            QSet<quint32> seen{r.oid};
            bool inGroup = false;
            while (!todo.isEmpty() && !inGroup) {
                for (quint32 g : memberOf.value(todo.takeLast())) {
                    inGroup = inGroup || groups.contains(g);
                    if (!seen.contains(g)) {
                        seen.insert(g);
                        todo << g;
                    }
                }
            }
            if (!inGroup)
                out.push_back({GroupDrift::Kind::UserInNoGroup, tr("role %1").arg(r.name),
                               tr("In no group: it cannot connect to %1 any more.").arg(snapshot.database)});
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const GroupDrift &a, const GroupDrift &b) {
        return int(a.kind) < int(b.kind);
    });
    return out;
}

QString GroupDriftFinder::kindName(GroupDrift::Kind kind)
{
    switch (kind) {
    case GroupDrift::Kind::NotMigrated: return tr("Not migrated");
    case GroupDrift::Kind::UserInNoGroup: return tr("User in no group");
    case GroupDrift::Kind::RightAroundGroups: return tr("Right granted around the groups");
    case GroupDrift::Kind::SchemaWithoutGroups: return tr("Schema without groups");
    case GroupDrift::Kind::OrphanGroup: return tr("Group of a dropped schema");
    case GroupDrift::Kind::ModelBroken: return tr("Model structure changed");
    }
    return {};
}

QString GroupDriftFinder::kindKey(GroupDrift::Kind kind)
{
    switch (kind) {
    case GroupDrift::Kind::NotMigrated: return QStringLiteral("not_migrated");
    case GroupDrift::Kind::UserInNoGroup: return QStringLiteral("user_in_no_group");
    case GroupDrift::Kind::RightAroundGroups: return QStringLiteral("right_around_groups");
    case GroupDrift::Kind::SchemaWithoutGroups: return QStringLiteral("schema_without_groups");
    case GroupDrift::Kind::OrphanGroup: return QStringLiteral("orphan_group");
    case GroupDrift::Kind::ModelBroken: return QStringLiteral("model_broken");
    }
    return {};
}

} // namespace roledesk
