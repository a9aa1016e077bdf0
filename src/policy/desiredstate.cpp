#include "policy/desiredstate.h"
#include "policy/policygroups.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <map>

namespace roledesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("roledesk::DesiredState", text);
}

QString prefixed(const QString &where, const QString &message)
{
    return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
}

bool isRoutine(ObjectKind kind)
{
    return kind == ObjectKind::Function || kind == ObjectKind::Procedure;
}

/// "PUBLIC" sorts first, then names in code-point order: exports are stable.
bool granteeLess(const QString &a, const QString &b)
{
    if (a.isEmpty() != b.isEmpty())
        return a.isEmpty();
    return a < b;
}

/// A role's grants merged over grantors, for export.
struct Merged {
    Privileges privileges;
    Privileges grantable;
};

} // namespace

bool PolicyScope::coversRole(const QString &role) const
{
    if (role.startsWith(QStringLiteral("pg_")))
        return false; // built-in roles are PostgreSQL's, not the policy's
    if (allRoles)
        return true;
    return roles.contains(role.isEmpty() ? QStringLiteral("PUBLIC") : role);
}

bool PolicyScope::coversSchema(const QString &schema) const
{
    return allSchemas || schemas.contains(schema);
}

bool PolicyScope::coversObject(const ObjectRef &object) const
{
    switch (object.kind) {
    case ObjectKind::Database:
    case ObjectKind::Language: return database; // languages belong to the database, not to a schema
    case ObjectKind::Schema: return coversSchema(object.name);
    default: return coversSchema(object.schema);
    }
}

QString defaultPrivilegeClassName(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Table: return QStringLiteral("tables");
    case ObjectKind::Sequence: return QStringLiteral("sequences");
    case ObjectKind::Function:
    case ObjectKind::Procedure: return QStringLiteral("functions");
    case ObjectKind::Type: return QStringLiteral("types");
    case ObjectKind::Schema: return QStringLiteral("schemas");
    default: return {};
    }
}

bool defaultPrivilegeClassFromName(const QString &name, ObjectKind *kind)
{
    for (ObjectKind k : {ObjectKind::Table, ObjectKind::Sequence, ObjectKind::Function, ObjectKind::Type,
                         ObjectKind::Schema}) {
        if (defaultPrivilegeClassName(k) == name) {
            *kind = k;
            return true;
        }
    }
    return false;
}

bool objectKindFromName(const QString &name, ObjectKind *kind)
{
    for (int i = 0; i < ObjectKindCount; ++i) {
        if (objectKindName(ObjectKind(i)) == name) {
            *kind = ObjectKind(i);
            return true;
        }
    }
    return false;
}

Privileges builtInPrivileges(ObjectKind kind, bool forOwner)
{
    if (forOwner)
        return kind == ObjectKind::Column ? Privileges() : applicableMask(kind);
    switch (kind) {
    case ObjectKind::Function:
    case ObjectKind::Procedure: return Privilege::Execute;
    case ObjectKind::Type:
    case ObjectKind::Language: return Privilege::Usage;
    case ObjectKind::Database: return Privilege::Connect | Privilege::Temporary;
    default: return {};
    }
}

const DesiredRole *DesiredState::role(const QString &name) const
{
    for (const DesiredRole &r : roles)
        if (r.name == name)
            return &r;
    return nullptr;
}

QStringList DesiredState::validate() const
{
    QStringList errors;
    if (version != 1)
        errors << tr("unsupported version %1 (this RoleDesk reads version 1)").arg(version);
    if (!scope.allRoles && scope.roles.isEmpty())
        errors << tr("the scope lists no roles");
    if (!scope.allSchemas && scope.schemas.isEmpty() && !scope.database)
        errors << tr("the scope lists no schemas and leaves out the database");

    QSet<QString> roleNames;
    for (const DesiredRole &r : roles) {
        if (r.name.isEmpty()) {
            errors << prefixed(r.where, tr("a role without a name"));
            continue;
        }
        if (roleNames.contains(r.name))
            errors << prefixed(r.where, tr("role %1 is listed twice").arg(r.name));
        roleNames.insert(r.name);
        if (r.name == u"PUBLIC" || r.name.startsWith(QStringLiteral("pg_")))
            errors << prefixed(r.where, tr("%1 is a reserved role name").arg(r.name));
        else if (!scope.coversRole(r.name))
            errors << prefixed(r.where, tr("role %1 is outside the scope").arg(r.name));
        if (r.attributes.passwordVerifier)
            errors << prefixed(r.where, tr("passwords do not belong in a policy file"));
        if (r.attributes.connectionLimit && *r.attributes.connectionLimit < -1)
            errors << prefixed(r.where, tr("connection_limit must be -1 (no limit) or more"));
        QSet<QString> groups;
        for (const DesiredMembership &m : r.memberOf) {
            if (m.role.isEmpty() || m.role == u"PUBLIC")
                errors << prefixed(r.where, tr("role %1: a membership needs a role name").arg(r.name));
            else if (m.role == r.name)
                errors << prefixed(r.where, tr("role %1 cannot be a member of itself").arg(r.name));
            else if (groups.contains(m.role))
                errors << prefixed(r.where, tr("role %1 is a member of %2 twice").arg(r.name, m.role));
            groups.insert(m.role);
        }
    }

    auto checkPrivileges = [&](const QString &where, ObjectKind kind, Privileges privileges, Privileges grantable) {
        const Privileges extra = privileges & ~applicableMask(kind);
        if (extra)
            errors << prefixed(where, tr("%1 does not apply to a %2").arg(privilegeKeywords(extra), objectKindName(kind)));
        if (grantable & ~privileges)
            errors << prefixed(where, tr("grantable %1 is not among the privileges").arg(privilegeKeywords(grantable & ~privileges)));
    };

    QSet<QString> grantKeys;
    for (const DesiredGrant &g : grants) {
        const ObjectRef &o = g.object;
        if (o.name.isEmpty())
            errors << prefixed(g.where, tr("a grant without an object name"));
        const bool schemaless = o.kind == ObjectKind::Database || o.kind == ObjectKind::Schema
                                || o.kind == ObjectKind::Language;
        if (schemaless && !o.schema.isEmpty())
            errors << prefixed(g.where, tr("a %1 has no schema").arg(objectKindName(o.kind)));
        if (!schemaless && o.schema.isEmpty())
            errors << prefixed(g.where, tr("a %1 needs a schema").arg(objectKindName(o.kind)));
        if ((o.kind == ObjectKind::Column) != !o.column.isEmpty())
            errors << prefixed(g.where, o.kind == ObjectKind::Column ? tr("a column grant needs a column")
                                                                     : tr("only a column grant names a column"));
        if (!isRoutine(o.kind) && !o.arguments.isEmpty())
            errors << prefixed(g.where, tr("only functions and procedures have arguments"));
        checkPrivileges(g.where, o.kind, g.privileges, g.grantable);
        if (!scope.coversRole(g.grantee))
            errors << prefixed(g.where, tr("grantee %1 is outside the scope").arg(g.grantee.isEmpty() ? QStringLiteral("PUBLIC") : g.grantee));
        if (!scope.coversObject(o))
            errors << prefixed(g.where, tr("%1 %2 is outside the scope").arg(objectKindName(o.kind), o.toDisplay()));
        const QString key = QString::number(int(o.kind)) + u'\x1f' + o.schema + u'\x1f' + o.name + u'\x1f'
                            + o.arguments + u'\x1f' + o.column + u'\x1f' + g.grantee;
        if (grantKeys.contains(key))
            errors << prefixed(g.where, tr("the grants to %1 on %2 are listed twice")
                                            .arg(g.grantee.isEmpty() ? QStringLiteral("PUBLIC") : g.grantee, o.toDisplay()));
        grantKeys.insert(key);
    }

    QSet<QString> defaultKeys;
    for (const DesiredDefaultPrivilege &d : defaultPrivileges) {
        if (d.forRole.isEmpty())
            errors << prefixed(d.where, tr("default privileges need for_role"));
        else if (!scope.coversRole(d.forRole))
            errors << prefixed(d.where, tr("role %1 is outside the scope").arg(d.forRole));
        if (defaultPrivilegeClassName(d.kind).isEmpty() || d.kind == ObjectKind::Procedure)
            errors << prefixed(d.where, tr("default privileges exist for tables, sequences, functions, types and schemas"));
        if (d.kind == ObjectKind::Schema && !d.schema.isEmpty())
            errors << prefixed(d.where, tr("default privileges on schemas cannot be limited to a schema"));
        if (!d.schema.isEmpty() ? !scope.coversSchema(d.schema) : !scope.allSchemas)
            errors << prefixed(d.where, tr("schema %1 is outside the scope").arg(d.schema.isEmpty() ? QStringLiteral("all") : d.schema));
        if (!scope.coversRole(d.grantee))
            errors << prefixed(d.where, tr("grantee %1 is outside the scope").arg(d.grantee.isEmpty() ? QStringLiteral("PUBLIC") : d.grantee));
        checkPrivileges(d.where, d.kind, d.privileges, d.grantable);
        const QString key = d.forRole + u'\x1f' + d.schema + u'\x1f' + QString::number(int(d.kind)) + u'\x1f' + d.grantee;
        if (defaultKeys.contains(key))
            errors << prefixed(d.where, tr("a default privilege entry is listed twice"));
        defaultKeys.insert(key);
    }
    if (schemaGroups)
        errors << policygroups::validate(*schemaGroups, scope);
    return errors;
}

DesiredState DesiredState::fromSnapshot(const Snapshot &s, const PolicyScope &scope)
{
    DesiredState state;
    state.database = s.database;
    state.scope = scope;

    auto governedRole = [&](Oid oid) {
        if (oid == PublicOid)
            return scope.coversRole({});
        const int i = s.roleIndex(oid);
        return i >= 0 && !s.roles.at(i).predefined && scope.coversRole(s.roles.at(i).name);
    };
    auto name = [&](Oid oid) { return oid == PublicOid ? QString() : s.roles.at(s.roleIndex(oid)).name; };
    // With a model enabled, its groups' members are written in schema_groups, not in member_of.
    state.schemaGroups = policygroups::fromSnapshot(s, scope);

    for (const Role &r : s.roles) {
        if (r.predefined || !scope.coversRole(r.name))
            continue;
        DesiredRole d;
        d.name = r.name;
        d.attributes.superuser = r.superuser;
        d.attributes.inherit = r.inherit;
        d.attributes.createRole = r.createRole;
        d.attributes.createDb = r.createDb;
        d.attributes.login = r.canLogin;
        d.attributes.replication = r.replication;
        d.attributes.bypassRls = r.bypassRls;
        d.attributes.connectionLimit = r.connectionLimit;
        d.attributes.validUntil = r.validUntil.isValid() ? r.validUntil.toUTC() : QDateTime();
        for (const Membership &m : s.memberships) {
            if (m.implicit || m.member != r.oid || !governedRole(m.group))
                continue;
            if (state.schemaGroups && policygroups::isGroupRole(s, m.group))
                continue;
            const QString group = name(m.group);
            auto it = std::find_if(d.memberOf.begin(), d.memberOf.end(),
                                   [&](const DesiredMembership &x) { return x.role == group; });
            if (it == d.memberOf.end())
                d.memberOf.push_back({group, m.adminOption});
            else
                it->admin = it->admin || m.adminOption;
        }
        std::sort(d.memberOf.begin(), d.memberOf.end(),
                  [](const DesiredMembership &a, const DesiredMembership &b) { return a.role < b.role; });
        state.roles.push_back(d);
    }

    for (int i = 0; i < s.objects.size(); ++i) {
        const CatalogObject &o = s.objects.at(i);
        const ObjectRef ref = ObjectRef::fromSnapshot(s, i);
        if (o.kind == ObjectKind::Database && o.name != s.database)
            continue; // only the database the snapshot was read from
        if (!scope.coversObject(ref))
            continue;
        std::map<QString, Merged, decltype(&granteeLess)> merged(&granteeLess);
        for (const AclEntry &e : o.acl) {
            // A grant by a role outside the scope is that role's business.
            if (!governedRole(e.grantee) || (e.grantor != o.owner && !governedRole(e.grantor)))
                continue;
            Merged &m = merged[name(e.grantee)];
            m.privileges |= e.privileges;
            m.grantable |= e.grantOptions;
        }
        const QString owner = s.roleIndex(o.owner) >= 0 ? name(o.owner) : QString();
        if (!owner.isEmpty() && governedRole(o.owner) && !merged.count(owner)
            && builtInPrivileges(o.kind, true))
            merged[owner] = Merged{}; // the owner revoked everything from itself
        for (const auto &[grantee, m] : merged) {
            const bool isOwner = !owner.isEmpty() && grantee == owner;
            if (isOwner && m.privileges == builtInPrivileges(o.kind, true) && !m.grantable)
                continue; // the owner's implicit rights
            if (!isOwner && !m.privileges)
                continue;
            state.grants.push_back({ref, grantee, m.privileges, m.grantable, {}});
        }
    }

    for (const DefaultAcl &d : s.defaultAcls) {
        if (!governedRole(d.role))
            continue;
        if (d.schema.isEmpty() ? !scope.allSchemas : !scope.coversSchema(d.schema))
            continue;
        const QString forRole = name(d.role);
        std::map<QString, Merged, decltype(&granteeLess)> merged(&granteeLess);
        for (const AclEntry &e : d.acl) {
            if (!governedRole(e.grantee))
                continue;
            Merged &m = merged[name(e.grantee)];
            m.privileges |= e.privileges;
            m.grantable |= e.grantOptions;
        }
        if (d.schema.isEmpty()) {
            // The global entry replaces the built-in defaults: list the creator and PUBLIC only
            // where they differ, with an empty list where the row dropped them.
            for (const QString &who : {forRole, QString()})
                if (!merged.count(who) && scope.coversRole(who) && builtInPrivileges(d.kind, !who.isEmpty()))
                    merged[who] = Merged{};
        }
        for (const auto &[grantee, m] : merged) {
            if (d.schema.isEmpty() && (grantee == forRole || grantee.isEmpty())) {
                const Privileges builtIn = builtInPrivileges(d.kind, grantee == forRole);
                if (m.privileges == builtIn && !m.grantable)
                    continue;
            } else if (!m.privileges) {
                continue;
            }
            state.defaultPrivileges.push_back({forRole, d.schema, d.kind, grantee, m.privileges, m.grantable, {}});
        }
    }
    return state;
}

} // namespace roledesk
