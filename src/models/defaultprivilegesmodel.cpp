#include "defaultprivilegesmodel.h"

#include "plan/plan.h"

#include <QSet>

#include <algorithm>

namespace roledesk {

namespace {

QString words(Privileges set, ObjectKind kind)
{
    if (!set)
        return {};
    QStringList out;
    for (Privilege p : applicablePrivileges(kind))
        if (set.testFlag(p))
            out << privilegeKeyword(p);
    return out.join(QStringLiteral(", "));
}

bool sameTarget(const DefaultPrivilegesModel::Entry &e, const DefaultPrivilegesChange &c)
{
    return e.forRole == c.forRole && e.schema == c.schema && e.kind == c.kind && e.grantee == c.grantee;
}

} // namespace

DefaultPrivilegesModel::DefaultPrivilegesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

const QList<ObjectKind> &DefaultPrivilegesModel::kinds()
{
    static const QList<ObjectKind> k = {ObjectKind::Table, ObjectKind::Sequence, ObjectKind::Function,
                                        ObjectKind::Type, ObjectKind::Schema};
    return k;
}

QString DefaultPrivilegesModel::kindLabel(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Table: return tr("tables");
    case ObjectKind::Sequence: return tr("sequences");
    case ObjectKind::Function: return tr("functions");
    case ObjectKind::Type: return tr("types");
    case ObjectKind::Schema: return tr("schemas");
    default: return objectKindName(kind);
    }
}

Privileges DefaultPrivilegesModel::ownerDefaults(ObjectKind kind)
{
    Privileges out;
    for (Privilege p : applicablePrivileges(kind))
        out |= p;
    return out;
}

Privileges DefaultPrivilegesModel::publicDefaults(ObjectKind kind)
{
    if (kind == ObjectKind::Function)
        return Privilege::Execute;
    if (kind == ObjectKind::Type)
        return Privilege::Usage;
    return {};
}

void DefaultPrivilegesModel::setSnapshot(SnapshotPtr snapshot)
{
    m_snapshot = std::move(snapshot);
    rebuild();
}

void DefaultPrivilegesModel::setPendingPlan(const Plan &plan)
{
    m_pending.clear();
    for (const Change &c : plan.changes())
        if (const auto *d = std::get_if<DefaultPrivilegesChange>(&c))
            m_pending << *d;
    rebuild();
}

void DefaultPrivilegesModel::setShowBuiltIn(bool show)
{
    if (show == m_showBuiltIn)
        return;
    m_showBuiltIn = show;
    rebuild();
}

void DefaultPrivilegesModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    if (m_snapshot) {
        const Snapshot &s = *m_snapshot;
        auto name = [&s](Oid oid) { return oid == PublicOid ? QString() : s.roleName(oid); };
        QSet<QPair<Oid, int>> global; // (creator, kind) with a global entry
        QSet<Oid> creators;
        for (const DefaultAcl &d : s.defaultAcls) {
            creators.insert(d.role);
            if (d.schema.isEmpty())
                global.insert({d.role, int(d.kind)});
            for (const AclEntry &e : d.acl)
                m_rows.push_back({name(d.role), d.schema, d.kind, name(e.grantee), e.privileges, e.grantOptions,
                                  Origin::Catalog, false});
        }
        if (m_showBuiltIn) {
            // Built-in defaults matter for roles that create objects: those owning any. Default
            // privileges never apply to databases or languages, so owning one does not count.
            for (const CatalogObject &o : s.objects)
                if (o.kind != ObjectKind::Database && o.kind != ObjectKind::Column && o.kind != ObjectKind::Language)
                    creators.insert(o.owner);
            for (Oid creator : std::as_const(creators)) {
                const int ri = s.roleIndex(creator);
                if (ri < 0 || s.roles.at(ri).predefined)
                    continue;
                for (ObjectKind k : kinds()) {
                    if (global.contains({creator, int(k)}))
                        continue;
                    const QString who = name(creator);
                    m_rows.push_back({who, {}, k, who, ownerDefaults(k), {}, Origin::BuiltIn, false});
                    if (publicDefaults(k))
                        m_rows.push_back({who, {}, k, {}, publicDefaults(k), {}, Origin::BuiltIn, false});
                }
            }
        }
        for (const DefaultPrivilegesChange &c : std::as_const(m_pending)) {
            if (c.grant) {
                m_rows.push_back({c.forRole, c.schema, c.kind, c.grantee, c.privileges,
                                  c.grantOption ? c.privileges : Privileges(), Origin::PendingGrant, false});
                continue;
            }
            for (Entry &e : m_rows)
                if (e.origin != Origin::PendingGrant && sameTarget(e, c) && (e.privileges & c.privileges))
                    e.pendingRevoke = true;
        }
        std::stable_sort(m_rows.begin(), m_rows.end(), [](const Entry &a, const Entry &b) {
            if (a.forRole != b.forRole)
                return a.forRole.compare(b.forRole, Qt::CaseInsensitive) < 0;
            if (a.schema != b.schema)
                return a.schema < b.schema;
            if (a.kind != b.kind)
                return kinds().indexOf(a.kind) < kinds().indexOf(b.kind);
            return a.grantee.compare(b.grantee, Qt::CaseInsensitive) < 0;
        });
    }
    endResetModel();
}

DefaultPrivilegesChange DefaultPrivilegesModel::removal(int row) const
{
    const Entry &e = m_rows.at(row);
    DefaultPrivilegesChange c;
    c.grant = e.origin == Origin::PendingGrant; // the same grant again cancels the pending one
    c.forRole = e.forRole;
    c.schema = e.schema;
    c.kind = e.kind;
    c.grantee = e.grantee;
    c.privileges = e.privileges;
    c.grantOption = e.origin == Origin::PendingGrant && e.grantOptions;
    return c;
}

int DefaultPrivilegesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DefaultPrivilegesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant DefaultPrivilegesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Entry &e = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Column::ForRole: return e.forRole;
        case Column::Schema: return e.schema.isEmpty() ? tr("(all schemas)") : e.schema;
        case Column::Objects: return kindLabel(e.kind);
        case Column::Grantee:
            return e.grantee.isEmpty() ? QStringLiteral("PUBLIC")
                                       : (e.grantee == e.forRole ? tr("%1 (owner)").arg(e.grantee) : e.grantee);
        case Column::Rights:
            return e.privileges == ownerDefaults(e.kind) && ownerDefaults(e.kind) != Privileges(Privilege::Execute)
                           && ownerDefaults(e.kind) != Privileges(Privilege::Usage)
                       ? tr("ALL (%1)").arg(words(e.privileges, e.kind))
                       : words(e.privileges, e.kind);
        case Column::Grantable: return e.grantOptions ? words(e.grantOptions, e.kind) : tr("no");
        case Column::Source:
            switch (e.origin) {
            case Origin::Catalog: return e.pendingRevoke ? tr("pg_default_acl — revoke pending") : tr("pg_default_acl");
            case Origin::BuiltIn: return e.pendingRevoke ? tr("built-in — revoke pending") : tr("built-in default");
            case Origin::PendingGrant: return tr("pending grant");
            }
            break;
        case Column::Count: break;
        }
        return {};
    case Qt::ToolTipRole:
        if (e.origin == Origin::BuiltIn)
            return tr("PostgreSQL's built-in default: applies to what %1 creates in any schema while no global "
                      "ALTER DEFAULT PRIVILEGES entry exists for %2.").arg(e.forRole, kindLabel(e.kind));
        if (e.origin == Origin::PendingGrant)
            return tr("Not applied yet: in the pending changes.");
        return {};
    case OriginRole: return int(e.origin);
    case PendingRevokeRole: return e.pendingRevoke;
    case KindRole: return int(e.kind);
    case ForRoleNameRole: return e.forRole;
    case SchemaNameRole: return e.schema;
    case GranteeNameRole: return e.grantee;
    default: return {};
    }
}

QVariant DefaultPrivilegesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::ForRole: return tr("For role (creator)");
    case Column::Schema: return tr("Schema");
    case Column::Objects: return tr("Objects");
    case Column::Grantee: return tr("Grantee");
    case Column::Rights: return tr("Privileges");
    case Column::Grantable: return tr("Grantable");
    case Column::Source: return tr("Source");
    case Column::Count: break;
    }
    return {};
}

} // namespace roledesk
