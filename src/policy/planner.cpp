#include "policy/planner.h"
#include "policy/policygroups.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace roledesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("roledesk::Planner", text);
}


QString who(const QString &role)
{
    return granteeDisplay(role);
}

QString objectKey(const ObjectRef &o)
{
    return QString::number(int(o.kind)) + u'\x1f' + o.schema + u'\x1f' + o.name + u'\x1f'
           + QString(o.arguments).remove(u' ') + u'\x1f' + o.column;
}

bool granteeLess(const QString &a, const QString &b)
{
    if (a.isEmpty() != b.isEmpty())
        return a.isEmpty();
    return a < b;
}

/// What one grantee holds or should hold: privileges and grant options.
struct Rights {
    Privileges privileges;
    Privileges grantable;
};

/// A table-level revoke, which also takes the same rights away from the grantee's column grants.
struct TableRevoke {
    QString grantee;
    Oid grantor = 0;
    Privileges privileges;   ///< revoked outright
    Privileges grantOptions; ///< grant options revoked
};

class Planner {
public:
    Planner(const DesiredState &desired, const Snapshot &actual)
        : d(desired), s(actual)
    {
        for (int i = 0; i < s.roles.size(); ++i)
            m_roleByName.insert(s.roles.at(i).name, i);
    }

    ConvergencePlan run()
    {
        planRoles();
        planMemberships();
        planGrants();
        planDefaults();
        // schema_groups: membership of the model's groups through its procedures.
        const policygroups::GroupPlan groups = policygroups::plan(d, s, m_dropped);
        for (const auto &[role, where] : groups.required)
            requireRole(role, where);
        for (const Change &c : groups.changes)
            out.plan.add(c);
        out.drift << groups.drift;
        out.warnings << groups.warnings;
        out.plan.sortByPhase();
        // Column grants that a table-level revoke takes away go back after it.
        for (const Change &c : m_late)
            out.plan.add(c);
        return out;
    }

private:
    const DesiredState &d;
    const Snapshot &s;
    ConvergencePlan out;
    QHash<QString, int> m_roleByName;
    QSet<QString> m_dropped;
    QSet<QString> m_created;
    QList<Change> m_late;

    int roleIndex(const QString &name) const { return name.isEmpty() ? -1 : m_roleByName.value(name, -1); }
    QString name(Oid oid) const { return oid == PublicOid ? QString() : s.roleName(oid); }

    /// A role (or PUBLIC) whose grants and memberships the file governs.
    bool governed(Oid oid) const
    {
        if (oid == PublicOid)
            return d.scope.coversRole({});
        const int i = s.roleIndex(oid);
        return i >= 0 && !s.roles.at(i).predefined && d.scope.coversRole(s.roles.at(i).name);
    }

    void drift(Drift::Kind kind, const QString &role, const QString &message, const ObjectRef &object = {},
               Privileges privileges = {}, int objectIndex = -1)
    {
        out.drift.push_back({kind, role, object, privileges, message, roleIndex(role), objectIndex});
    }

    void requireRole(const QString &role, const QString &where)
    {
        if (role.isEmpty() || m_roleByName.contains(role) || m_created.contains(role))
            return;
        const QString w = tr("%1: role %2 does not exist and the file does not create it").arg(where, role);
        if (!out.warnings.contains(w))
            out.warnings << w;
        auto it = std::find_if(out.missingRoles.begin(), out.missingRoles.end(),
                               [&](const MissingRole &m) { return m.name == role; });
        if (it == out.missingRoles.end())
            it = out.missingRoles.insert(out.missingRoles.end(), MissingRole{role, {}});
        if (!it->where.contains(where))
            it->where << where;
    }

    void planRoles();
    void planMemberships();
    void planGrants();
    void planObject(int index, const QHash<int, QList<const DesiredGrant *>> &wanted,
                    QHash<int, QList<TableRevoke>> &tableRevokes);
    void planDefaults();
};

void Planner::planRoles()
{
    QSet<QString> listed;
    for (const DesiredRole &r : d.roles) {
        listed.insert(r.name);
        const int i = roleIndex(r.name);
        RoleAttributes wanted = r.attributes;
        wanted.passwordVerifier.reset();
        if (i < 0) {
            out.plan.add(CreateRole{r.name, wanted});
            m_created.insert(r.name);
            drift(Drift::Kind::Missing, r.name, tr("role %1 does not exist").arg(r.name));
            continue;
        }
        const Role &role = s.roles.at(i);
        RoleAttributes change;
        QStringList differences;
        auto flag = [&](const std::optional<bool> &want, bool have, std::optional<bool> &into, const char *word) {
            if (want && *want != have) {
                into = *want;
                differences << QString::fromLatin1(word);
            }
        };
        flag(wanted.superuser, role.superuser, change.superuser, "SUPERUSER");
        flag(wanted.inherit, role.inherit, change.inherit, "INHERIT");
        flag(wanted.createRole, role.createRole, change.createRole, "CREATEROLE");
        flag(wanted.createDb, role.createDb, change.createDb, "CREATEDB");
        flag(wanted.login, role.canLogin, change.login, "LOGIN");
        flag(wanted.replication, role.replication, change.replication, "REPLICATION");
        flag(wanted.bypassRls, role.bypassRls, change.bypassRls, "BYPASSRLS");
        if (wanted.connectionLimit && *wanted.connectionLimit != role.connectionLimit) {
            change.connectionLimit = wanted.connectionLimit;
            differences << QStringLiteral("CONNECTION LIMIT");
        }
        if (wanted.validUntil) {
            const QDateTime want = wanted.validUntil->isValid() ? wanted.validUntil->toUTC() : QDateTime();
            const QDateTime have = role.validUntil.isValid() ? role.validUntil.toUTC() : QDateTime();
            if (want.isValid() != have.isValid() || (want.isValid() && want != have)) {
                change.validUntil = want;
                differences << QStringLiteral("VALID UNTIL");
            }
        }
        if (!change.isEmpty()) {
            out.plan.add(AlterRole{r.name, change, {}});
            drift(Drift::Kind::Different, r.name,
                  tr("role %1 differs in %2").arg(r.name, differences.join(QStringLiteral(", "))));
        }
    }
    if (!d.scope.dropUnlistedRoles)
        return;
    for (const Role &role : s.roles) {
        if (role.predefined || !d.scope.coversRole(role.name) || listed.contains(role.name))
            continue;
        // Never the login that applies the plan, nor the bootstrap superuser.
        if (role.name == s.currentUser || role.oid == 10) {
            out.warnings << tr("role %1 is not in the file but is kept: it is the bootstrap superuser or the current user")
                                .arg(role.name);
            continue;
        }
        out.plan.add(DropRole{role.name, s.currentUser, true});
        m_dropped.insert(role.name);
        drift(Drift::Kind::Extra, role.name, tr("role %1 is not in the file (it will be dropped)").arg(role.name));
    }
}

void Planner::planMemberships()
{
    // (group, member) -> admin option
    std::map<std::pair<QString, QString>, bool> have, want;
    for (const Membership &m : s.memberships) {
        if (m.implicit || !governed(m.group) || !governed(m.member))
            continue;
        // With a schema_groups section, the model's groups are governed there alone.
        if (d.schemaGroups && policygroups::isGroupRole(s, m.group))
            continue;
        bool &admin = have[{name(m.group), name(m.member)}];
        admin = admin || m.adminOption;
    }
    for (const DesiredRole &r : d.roles) {
        for (const DesiredMembership &m : r.memberOf) {
            const int g = roleIndex(m.role);
            if (!d.scope.coversRole(m.role) || (g >= 0 && s.roles.at(g).predefined)) {
                out.warnings << tr("%1: membership of %2 in %3 is outside the scope and left alone")
                                    .arg(r.where.isEmpty() ? r.name : r.where, r.name, m.role);
                continue;
            }
            if (d.schemaGroups && policygroups::isGroupRole(s, d, m.role)) {
                out.warnings << tr("%1: membership of %2 in %3 is governed by schema_groups; member_of leaves it alone")
                                    .arg(r.where.isEmpty() ? r.name : r.where, r.name, m.role);
                continue;
            }
            requireRole(m.role, r.where.isEmpty() ? r.name : r.where);
            want[{m.role, r.name}] = m.admin;
        }
    }
    for (const auto &[pair, admin] : want) {
        const auto &[group, member] = pair;
        const auto it = have.find(pair);
        if (it == have.end()) {
            out.plan.add(GrantMembership{group, member, admin});
            drift(Drift::Kind::Missing, member, tr("%1 is not a member of %2").arg(member, group));
        } else if (admin && !it->second) {
            out.plan.add(GrantMembership{group, member, true});
            drift(Drift::Kind::Different, member, tr("%1 lacks the admin option on %2").arg(member, group));
        } else if (!admin && it->second) {
            out.plan.add(RevokeMembership{group, member, true});
            drift(Drift::Kind::Different, member, tr("%1 has the admin option on %2 beyond the file").arg(member, group));
        }
    }
    for (const auto &[pair, admin] : have) {
        const auto &[group, member] = pair;
        if (want.count(pair) || m_dropped.contains(group) || m_dropped.contains(member))
            continue;
        out.plan.add(RevokeMembership{group, member, false});
        drift(Drift::Kind::Extra, member, tr("%1 is a member of %2 beyond the file").arg(member, group));
    }
}

void Planner::planGrants()
{
    QHash<QString, int> objectIndex;
    for (int i = 0; i < s.objects.size(); ++i)
        objectIndex.insert(objectKey(ObjectRef::fromSnapshot(s, i)), i);
    QHash<int, QList<const DesiredGrant *>> wanted;
    for (const DesiredGrant &g : d.grants) {
        requireRole(g.grantee, g.where.isEmpty() ? g.object.toDisplay() : g.where);
        if (g.object.kind == ObjectKind::Database && g.object.name != s.database) {
            out.warnings << tr("%1: database %2 is not the database connected to (%3); its grants are left alone")
                                .arg(g.where, g.object.name, s.database);
            continue;
        }
        const int i = objectIndex.value(objectKey(g.object), -1);
        if (i < 0) {
            drift(Drift::Kind::Missing, g.grantee,
                  tr("%1 %2 does not exist (the file grants %3 on it to %4)")
                      .arg(objectKindName(g.object.kind), g.object.toDisplay(), privilegeKeywords(g.privileges), who(g.grantee)),
                  g.object, g.privileges);
            out.warnings << out.drift.back().message;
            continue;
        }
        wanted[i].push_back(&g);
    }
    QHash<int, QList<TableRevoke>> tableRevokes;
    for (int i = 0; i < s.objects.size(); ++i) {
        const CatalogObject &o = s.objects.at(i);
        if (o.kind == ObjectKind::Database && o.name != s.database)
            continue;
        if (!d.scope.coversObject(ObjectRef::fromSnapshot(s, i)))
            continue;
        planObject(i, wanted, tableRevokes);
    }
}

void Planner::planObject(int index, const QHash<int, QList<const DesiredGrant *>> &wanted,
                         QHash<int, QList<TableRevoke>> &tableRevokes)
{
    const CatalogObject &o = s.objects.at(index);
    const ObjectRef ref = ObjectRef::fromSnapshot(s, index);
    const QString owner = s.roleIndex(o.owner) >= 0 ? name(o.owner) : QString();

    // The whole ACL as it will be once earlier changes ran: a column's entries lose what a
    // table-level revoke takes away.
    QList<AclEntry> acl = o.acl;
    if (o.kind == ObjectKind::Column) {
        for (AclEntry &e : acl) {
            for (const TableRevoke &t : tableRevokes.value(o.parent)) {
                if (t.grantee == name(e.grantee) && t.grantor == e.grantor) {
                    e.privileges &= ~t.privileges;
                    e.grantOptions &= ~(t.privileges | t.grantOptions);
                }
            }
        }
    }
    auto isGoverned = [&](const AclEntry &e) {
        return governed(e.grantee) && (e.grantor == o.owner || governed(e.grantor));
    };

    std::map<QString, Rights, decltype(&granteeLess)> want(&granteeLess);
    for (const DesiredGrant *g : wanted.value(index))
        want[g->grantee] = {g->privileges, g->grantable};
    if (!owner.isEmpty() && governed(o.owner) && !want.count(owner))
        want[owner] = {builtInPrivileges(o.kind, true), {}};
    auto holdings = [&](const QList<AclEntry> &entries) {
        std::map<QString, Rights, decltype(&granteeLess)> held(&granteeLess);
        for (const AclEntry &e : entries) {
            if (!isGoverned(e))
                continue;
            Rights &r = held[name(e.grantee)];
            r.privileges |= e.privileges;
            r.grantable |= e.grantOptions;
        }
        return held;
    };
    const auto have = holdings(acl);
    QSet<QString> grantees;
    for (const auto &[g, r] : want)
        grantees.insert(g);
    for (const auto &[g, r] : have)
        grantees.insert(g);
    QStringList ordered(grantees.begin(), grantees.end());
    std::sort(ordered.begin(), ordered.end(), granteeLess);
    auto rightsOf = [](const auto &map, const QString &grantee) {
        const auto it = map.find(grantee);
        return it == map.end() ? Rights{} : it->second;
    };

    // Pass 1: revokes, one per grantor's entry; CASCADE where the grantee passed the right on.
    bool revoked = false;
    for (const QString &grantee : ordered) {
        if (m_dropped.contains(grantee))
            continue;
        // A role the file creates (or that is missing) holds nothing yet: nothing to revoke.
        const int granteeIndex = roleIndex(grantee);
        if (!grantee.isEmpty() && granteeIndex < 0)
            continue;
        const Rights w = rightsOf(want, grantee);
        const Rights h = rightsOf(have, grantee);
        const Privileges extra = h.privileges & ~w.privileges;
        const Privileges extraGo = h.grantable & ~w.grantable & ~extra;
        const Oid granteeOid = grantee.isEmpty() ? PublicOid : s.roles.at(granteeIndex).oid;
        auto dependents = [&](Privileges set) {
            // The owner's grant options are its own, not a grant: nothing depends on its entry.
            if (grantee.isEmpty() || granteeOid == o.owner)
                return false;
            return std::any_of(o.acl.begin(), o.acl.end(),
                               [&](const AclEntry &x) { return x.grantor == granteeOid && (x.privileges & set); });
        };
        for (AclEntry &e : acl) {
            if (e.grantee != granteeOid || !isGoverned(e))
                continue;
            const Privileges revoke = e.privileges & extra;
            const Privileges revokeGo = e.grantOptions & extraGo;
            if (!revoke && !revokeGo)
                continue;
            const QString grantor = e.grantor == o.owner ? QString() : name(e.grantor);
            if (revoke)
                out.plan.add(RevokePrivileges{ref, grantee, revoke, false, dependents(revoke), grantor});
            if (revokeGo)
                out.plan.add(RevokePrivileges{ref, grantee, revokeGo, true, dependents(revokeGo), grantor});
            if (isRelationKind(o.kind))
                tableRevokes[index].push_back({grantee, e.grantor, revoke, revokeGo});
            e.privileges &= ~revoke;
            e.grantOptions &= ~(revoke | revokeGo);
            revoked = true;
        }
        if (extra)
            drift(Drift::Kind::Extra, grantee,
                  tr("%1 has %2 on %3 %4 beyond the file").arg(who(grantee), privilegeKeywords(extra), objectKindName(o.kind), ref.toDisplay()),
                  ref, extra, index);
        if (extraGo)
            drift(Drift::Kind::Different, grantee,
                  tr("%1 can grant %2 on %3 %4; the file says it cannot")
                      .arg(who(grantee), privilegeKeywords(extraGo), objectKindName(o.kind), ref.toDisplay()),
                  ref, extraGo, index);
    }
    // CASCADE: what a grantor passed on goes with its grant option (unless it holds the option
    // from another grantor too).
    for (bool changed = revoked; changed;) {
        changed = false;
        for (AclEntry &e : acl) {
            if (e.grantor == o.owner || !e.privileges)
                continue;
            Privileges options;
            for (const AclEntry &x : acl)
                if (x.grantee == e.grantor)
                    options |= x.grantOptions;
            const Privileges lost = e.privileges & ~options;
            if (lost) {
                e.privileges &= ~lost;
                e.grantOptions &= ~lost;
                changed = true;
            }
        }
    }

    // Pass 2: grants against what is left. Where a column lost rights to a table-level revoke,
    // the grant must run after that revoke.
    const auto after = holdings(acl);
    const bool late = o.kind == ObjectKind::Column && tableRevokes.contains(o.parent);
    auto add = [&](const Change &c) {
        if (late)
            m_late.push_back(c);
        else
            out.plan.add(c);
    };
    for (const QString &grantee : ordered) {
        if (m_dropped.contains(grantee))
            continue;
        const Rights w = rightsOf(want, grantee);
        const Rights h = rightsOf(have, grantee);
        const Rights a = rightsOf(after, grantee);
        const Privileges missing = w.privileges & ~a.privileges;
        const Privileges missingGo = w.grantable & ~a.grantable;
        if (missingGo)
            add(GrantPrivileges{ref, grantee, missingGo, true});
        if (missing & ~missingGo)
            add(GrantPrivileges{ref, grantee, missing & ~missingGo, false});
        const Privileges reportedMissing = w.privileges & ~h.privileges;
        const Privileges reportedGo = w.grantable & ~h.grantable & ~reportedMissing;
        if (reportedMissing)
            drift(Drift::Kind::Missing, grantee,
                  tr("%1 lacks %2 on %3 %4").arg(who(grantee), privilegeKeywords(reportedMissing), objectKindName(o.kind), ref.toDisplay()),
                  ref, reportedMissing, index);
        if (reportedGo)
            drift(Drift::Kind::Different, grantee,
                  tr("%1 cannot grant %2 on %3 %4; the file says it can")
                      .arg(who(grantee), privilegeKeywords(reportedGo), objectKindName(o.kind), ref.toDisplay()),
                  ref, reportedGo, index);
    }
}

void Planner::planDefaults()
{
    struct Key {
        QString forRole;
        QString schema;
        ObjectKind kind;
        bool operator<(const Key &o) const
        {
            return std::tie(forRole, schema, kind) < std::tie(o.forRole, o.schema, o.kind);
        }
    };
    auto governedSchema = [&](const QString &schema) {
        return schema.isEmpty() ? d.scope.allSchemas : d.scope.coversSchema(schema);
    };
    std::map<Key, std::map<QString, Rights, decltype(&granteeLess)>> have, want;
    auto bucket = [](auto &map, const Key &k) -> std::map<QString, Rights, decltype(&granteeLess)> & {
        auto it = map.find(k);
        if (it == map.end())
            it = map.emplace(k, std::map<QString, Rights, decltype(&granteeLess)>(&granteeLess)).first;
        return it->second;
    };
    for (const DefaultAcl &a : s.defaultAcls) {
        if (!governed(a.role) || !governedSchema(a.schema))
            continue;
        auto &rights = bucket(have, Key{name(a.role), a.schema, a.kind});
        for (const AclEntry &e : a.acl) {
            if (!governed(e.grantee))
                continue;
            Rights &r = rights[name(e.grantee)];
            r.privileges |= e.privileges;
            r.grantable |= e.grantOptions;
        }
    }
    for (const DesiredDefaultPrivilege &p : d.defaultPrivileges) {
        requireRole(p.forRole, p.where);
        requireRole(p.grantee, p.where);
        const ObjectKind kind = p.kind == ObjectKind::Procedure ? ObjectKind::Function : p.kind;
        bucket(want, Key{p.forRole, p.schema, kind})[p.grantee] = {p.privileges, p.grantable};
    }
    std::set<Key> keys;
    for (const auto &[k, v] : have)
        keys.insert(k);
    for (const auto &[k, v] : want)
        keys.insert(k);
    for (const Key &k : keys) {
        if (m_dropped.contains(k.forRole))
            continue;
        const bool global = k.schema.isEmpty();
        const bool rowExists = have.count(k) > 0;
        auto &w = bucket(want, k);
        auto &h = bucket(have, k);
        QSet<QString> grantees;
        for (const auto &[g, r] : w)
            grantees.insert(g);
        for (const auto &[g, r] : h)
            grantees.insert(g);
        if (global) {
            grantees.insert(k.forRole);
            if (d.scope.coversRole({}))
                grantees.insert(QString());
        }
        QStringList ordered(grantees.begin(), grantees.end());
        std::sort(ordered.begin(), ordered.end(), granteeLess);
        for (const QString &grantee : ordered) {
            if (m_dropped.contains(grantee))
                continue;
            // The global entry, where there is none or it does not list them, gives the creator
            // and PUBLIC PostgreSQL's built-in defaults.
            const bool builtInApplies = global && (grantee == k.forRole || grantee.isEmpty());
            const Rights builtIn{builtInApplies ? builtInPrivileges(k.kind, grantee == k.forRole) : Privileges(), {}};
            const Rights wr = w.count(grantee) ? w.at(grantee) : builtIn;
            const Rights hr = h.count(grantee) ? h.at(grantee) : (rowExists ? Rights{} : builtIn);
            const Privileges missing = wr.privileges & ~hr.privileges;
            const Privileges missingGo = wr.grantable & ~hr.grantable;
            const Privileges extra = hr.privileges & ~wr.privileges;
            const Privileges extraGo = hr.grantable & ~wr.grantable & ~extra;
            const QString where = global ? tr("new %1 of %2").arg(defaultPrivilegeClassName(k.kind), k.forRole)
                                         : tr("new %1 of %2 in schema %3").arg(defaultPrivilegeClassName(k.kind), k.forRole, k.schema);
            if (missingGo)
                out.plan.add(DefaultPrivilegesChange{true, k.forRole, k.schema, k.kind, grantee, missingGo, true});
            if (missing & ~missingGo)
                out.plan.add(DefaultPrivilegesChange{true, k.forRole, k.schema, k.kind, grantee, missing & ~missingGo, false});
            if (extra)
                out.plan.add(DefaultPrivilegesChange{false, k.forRole, k.schema, k.kind, grantee, extra, false});
            if (extraGo)
                out.plan.add(DefaultPrivilegesChange{false, k.forRole, k.schema, k.kind, grantee, extraGo, true});
            if (missing)
                drift(Drift::Kind::Missing, grantee, tr("%1 lacks default %2 on %3").arg(who(grantee), privilegeKeywords(missing), where),
                      {}, missing);
            if (extra)
                drift(Drift::Kind::Extra, grantee, tr("%1 has default %2 on %3 beyond the file").arg(who(grantee), privilegeKeywords(extra), where),
                      {}, extra);
            if ((missingGo & ~missing) || extraGo)
                drift(Drift::Kind::Different, grantee, tr("%1: the grant option of default %2 on %3 differs")
                                                           .arg(who(grantee), privilegeKeywords((missingGo & ~missing) | extraGo), where),
                      {}, (missingGo & ~missing) | extraGo);
        }
    }
}

} // namespace

ConvergencePlan planConvergence(const DesiredState &desired, const Snapshot &actual)
{
    return Planner(desired, actual).run();
}

} // namespace roledesk
