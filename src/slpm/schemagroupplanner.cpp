#include "slpm/schemagroupplanner.h"

#include <QCollator>

#include <algorithm>

namespace roledesk {

namespace {

quint64 pairKey(quint32 group, quint32 member)
{
    return (quint64(group) << 32) | member;
}

} // namespace

SchemaGroupPlanner::SchemaGroupPlanner(std::shared_ptr<const EffectiveRights> rights) : m_rights(std::move(rights))
{
    const Snapshot &s = snapshot();
    for (int i = 0; i < s.roles.size(); ++i)
        m_roleByName.insert(s.roles.at(i).name, i);
    for (const Membership &m : s.memberships) {
        if (!m.implicit) {
            m_direct.insert(pairKey(m.group, m.member), true);
            if (!m.inherit)
                m_noInherit.insert(pairKey(m.group, m.member));
        }
    }
    const SchemaGroupState &st = s.groups;
    if (!st.enabled())
        return;
    m_columns << GroupColumn{true, 0, {}};
    if (st.model == GroupModel::Spm) {
        m_columns << GroupColumn{false, 0, {}};
    } else {
        for (quint32 nsp : st.schemas()) {
            QString name;
            for (const SchemaGroup &g : st.groups) {
                if (g.schemaOid == nsp)
                    name = g.schema;
            }
            m_columns << GroupColumn{false, nsp, name};
        }
        QCollator collator;
        collator.setNumericMode(true);
        std::stable_sort(m_columns.begin() + 1, m_columns.end(), [&](const GroupColumn &a, const GroupColumn &b) {
            return collator.compare(a.schema, b.schema) < 0;
        });
    }
    // Rows: who can log in, and any other role placed in a group; never the groups themselves.
    QSet<quint32> groupRoles, members;
    for (const SchemaGroup &g : st.groups)
        groupRoles.insert(g.role);
    for (const Membership &m : s.memberships) {
        if (groupRoles.contains(m.group))
            members.insert(m.member);
    }
    for (int i = 0; i < s.roles.size(); ++i) {
        const Role &r = s.roles.at(i);
        if (r.predefined || groupRoles.contains(r.oid))
            continue;
        if (r.canLogin || members.contains(r.oid))
            m_users << i;
    }
    QCollator collator;
    collator.setNumericMode(true);
    std::stable_sort(m_users.begin(), m_users.end(), [&](int a, int b) {
        return collator.compare(s.roles.at(a).name, s.roles.at(b).name) < 0;
    });
}

QStringList SchemaGroupPlanner::pendingNewUsers(const QList<Change> &pending) const
{
    QStringList out;
    for (const Change &change : pending) {
        if (const auto *call = std::get_if<SchemaGroupCall>(&change);
            call && call->kind == SchemaGroupCall::Kind::CreateUser && roleIndex(call->user) < 0 && !out.contains(call->user))
            out << call->user;
    }
    return out;
}

int SchemaGroupPlanner::columnOfSchema(const QString &schema) const
{
    for (int c = 0; c < m_columns.size(); ++c) {
        const GroupColumn &col = m_columns.at(c);
        if (!col.admin && (model() == GroupModel::Spm || col.schema == schema))
            return c;
    }
    return -1;
}

QList<GroupLevel> SchemaGroupPlanner::levels(int column) const
{
    if (column < 0 || column >= m_columns.size())
        return {};
    if (m_columns.at(column).admin)
        return {GroupLevel::None, GroupLevel::Admin};
    return {GroupLevel::None, GroupLevel::Viewer, GroupLevel::Writer, GroupLevel::Developer};
}

const SchemaGroup *SchemaGroupPlanner::group(int column, GroupLevel level) const
{
    if (column < 0 || column >= m_columns.size() || level == GroupLevel::None)
        return nullptr;
    const GroupColumn &col = m_columns.at(column);
    if (col.admin != (level == GroupLevel::Admin))
        return nullptr;
    return state().group(level, col.schemaOid);
}

int SchemaGroupPlanner::columnOfGroup(const SchemaGroup &g) const
{
    for (int c = 0; c < m_columns.size(); ++c) {
        if (const SchemaGroup *own = group(c, g.level); own && own->role == g.role)
            return c;
    }
    return -1;
}

QList<int> SchemaGroupPlanner::members(const SchemaGroup &g) const
{
    QList<int> out;
    const Snapshot &s = snapshot();
    for (const Membership &m : s.memberships) {
        if (m.group == g.role && !m.implicit) {
            if (const int i = s.roleIndex(m.member); i >= 0)
                out << i;
        }
    }
    QCollator collator;
    collator.setNumericMode(true);
    std::stable_sort(out.begin(), out.end(), [&](int a, int b) {
        return collator.compare(s.roles.at(a).name, s.roles.at(b).name) < 0;
    });
    return out;
}

GroupCell SchemaGroupPlanner::cell(int role, int column) const
{
    GroupCell c;
    const Snapshot &s = snapshot();
    if (role < 0 || role >= s.roles.size())
        return c;
    const Role &r = s.roles.at(role);
    c.superuser = r.superuser;
    for (GroupLevel level : levels(column)) {
        const SchemaGroup *g = group(column, level);
        if (!g)
            continue;
        if (m_direct.value(pairKey(g->role, r.oid)) && level > c.direct) {
            c.direct = level;
            c.setRoleOnly = m_noInherit.contains(pairKey(g->role, r.oid));
        }
        const int gi = s.roleIndex(g->role);
        if (gi < 0 || level <= c.inherited)
            continue;
        // The closure bit first (constant time); the path only for the cells that have one.
        if (!r.superuser && !m_rights->hasPrivilegesOf(role, gi))
            continue;
        const QList<Oid> path = m_rights->membershipPath(role, gi);
        if (path.size() > 2) {
            c.inherited = level;
            c.via = path;
        }
    }
    return c;
}

bool SchemaGroupPlanner::directlyIn(const QString &user, const SchemaGroup &g, const QList<Change> &pending) const
{
    const int ri = roleIndex(user);
    bool in = ri >= 0 && m_direct.value(pairKey(g.role, snapshot().roles.at(ri).oid));
    for (const Change &change : pending) {
        if (const auto *call = std::get_if<SchemaGroupCall>(&change)) {
            if (call->user == user && call->group == g.name) {
                if (call->kind == SchemaGroupCall::Kind::Grant || call->kind == SchemaGroupCall::Kind::CreateUser)
                    in = true;
                else if (call->kind == SchemaGroupCall::Kind::Revoke)
                    in = false;
            }
        } else if (const auto *gm = std::get_if<GrantMembership>(&change)) {
            if (gm->member == user && gm->group == g.name)
                in = true;
        } else if (const auto *rm = std::get_if<RevokeMembership>(&change)) {
            if (rm->member == user && rm->group == g.name && !rm->adminOptionOnly)
                in = false;
        }
    }
    return in;
}

QList<const SchemaGroup *> SchemaGroupPlanner::directGroups(const QString &user, int column,
                                                           const QList<Change> &pending) const
{
    QList<const SchemaGroup *> out;
    for (GroupLevel level : levels(column)) {
        if (const SchemaGroup *g = group(column, level); g && directlyIn(user, *g, pending))
            out << g;
    }
    return out;
}

bool SchemaGroupPlanner::touches(const QList<Change> &pending, const QString &user, int column) const
{
    for (const Change &change : pending) {
        QString member, groupName;
        if (const auto *call = std::get_if<SchemaGroupCall>(&change)) {
            member = call->user;
            groupName = call->group;
        } else if (const auto *gm = std::get_if<GrantMembership>(&change)) {
            member = gm->member;
            groupName = gm->group;
        } else if (const auto *rm = std::get_if<RevokeMembership>(&change)) {
            member = rm->member;
            groupName = rm->group;
        }
        if (member != user || groupName.isEmpty())
            continue;
        for (GroupLevel level : levels(column)) {
            if (const SchemaGroup *g = group(column, level); g && g->name == groupName)
                return true;
        }
    }
    return false;
}

std::optional<GroupLevel> SchemaGroupPlanner::pendingLevel(const QList<Change> &pending, const QString &user,
                                                           int column) const
{
    if (!touches(pending, user, column))
        return std::nullopt;
    GroupLevel level = GroupLevel::None;
    for (const SchemaGroup *g : directGroups(user, column, pending))
        level = std::max(level, g->level);
    return level;
}

EditResult SchemaGroupPlanner::setLevel(const QString &user, int column, GroupLevel level,
                                        const QList<Change> &pending) const
{
    EditResult out;
    if (column < 0 || column >= m_columns.size() || !levels(column).contains(level))
        return out;
    const SchemaGroup *target = group(column, level);
    if (level != GroupLevel::None && !target) {
        out.notes << tr("The group for this level does not exist; migrate or enable the model again.");
        return out;
    }
    for (const SchemaGroup *g : directGroups(user, column, pending)) {
        if (g != target)
            out.changes << SchemaGroupCall{SchemaGroupCall::Kind::Revoke, model(), g->name, user, {}, {}};
    }
    if (target && !directlyIn(user, *target, pending))
        out.changes << SchemaGroupCall{SchemaGroupCall::Kind::Grant, model(), target->name, user, {}, {}};
    if (const int ri = roleIndex(user); ri >= 0) {
        const GroupCell c = cell(ri, column);
        if (c.superuser)
            out.notes << tr("%1 is a superuser and keeps every right whatever its groups.").arg(user);
        else if (c.inherited > level && !c.via.isEmpty())
            out.notes << tr("%1 still holds the %2 level through %3.")
                             .arg(user, schemagroups::levelName(c.inherited), snapshot().roleName(c.via.at(1)));
    }
    return out;
}

EditResult SchemaGroupPlanner::addToGroup(const QStringList &users, const SchemaGroup &g,
                                          const QList<Change> &pending) const
{
    EditResult out;
    const int column = columnOfGroup(g);
    QList<Change> sofar = pending;
    for (const QString &user : users) {
        const EditResult one = setLevel(user, column, g.level, sofar);
        out.changes << one.changes;
        out.notes << one.notes;
        sofar << one.changes;
    }
    return out;
}

EditResult SchemaGroupPlanner::createUser(const QString &user, const SchemaGroup *g) const
{
    EditResult out;
    if (user.trimmed().isEmpty()) {
        out.notes << tr("Enter a user name.");
    } else if (schemagroups::isReservedUserName(user)) {
        out.notes << tr("The name %1 is reserved: user names must not end in admin, developer, writer, viewer or "
                        "all_users.").arg(user);
    } else if (user.toUtf8().size() > 63) {
        out.notes << tr("The name %1 is longer than 63 bytes.").arg(user);
    } else if (roleIndex(user) >= 0) {
        out.notes << tr("A role named %1 already exists.").arg(user);
    } else {
        out.changes << SchemaGroupCall{SchemaGroupCall::Kind::CreateUser, model(), g ? g->name : QString(), user, {}, {}};
    }
    return out;
}

} // namespace roledesk
