#include "plan/planverifier.h"

#include <QCoreApplication>
#include <QHash>

namespace roledesk {

namespace {


QString tr(const char *text)
{
    return QCoreApplication::translate("roledesk::PlanVerifier", text);
}

int relationGroup(ObjectKind kind)
{
    return isRelationKind(kind) && kind != ObjectKind::Column ? int(ObjectKind::Table) : int(kind);
}

QString objectKey(ObjectKind kind, const QString &schema, const QString &name, const QString &arguments,
                  const QString &column)
{
    return QString::number(relationGroup(kind == ObjectKind::Procedure ? ObjectKind::Function : kind)) + u'\x1f'
           + schema + u'\x1f' + name + u'\x1f' + arguments + u'\x1f' + column;
}

QString objectKey(const ObjectRef &r)
{
    return objectKey(r.kind, r.schema, r.name, r.arguments, r.column);
}

QString letters(Privileges p)
{
    return privilegeLetters(p);
}

/// Lookups over the snapshot taken after applying.
class Checker {
public:
    explicit Checker(const Snapshot &s) : m_s(s)
    {
        for (int i = 0; i < s.roles.size(); ++i)
            m_roles.insert(s.roles.at(i).name, i);
        for (int i = 0; i < s.objects.size(); ++i) {
            m_objects.insert(objectKey(ObjectRef::fromSnapshot(s, i)), i);
            if (s.objects.at(i).kind == ObjectKind::Column && s.objects.at(i).parent >= 0)
                m_columns.insert(s.objects.at(i).parent, i);
        }
    }

    const Role *role(const QString &name) const
    {
        const int at = m_roles.value(name, -1);
        return at >= 0 ? &m_s.roles.at(at) : nullptr;
    }
    /// The oid for a grantee name ("" = PUBLIC), or false when the role does not exist.
    bool granteeOid(const QString &name, Oid *oid) const
    {
        if (name.isEmpty()) {
            *oid = PublicOid;
            return true;
        }
        const Role *r = role(name);
        if (r)
            *oid = r->oid;
        return r != nullptr;
    }
    int object(const ObjectRef &ref) const { return m_objects.value(objectKey(ref), -1); }
    QList<int> columnsOf(int table) const { return m_columns.values(table); }

    /// Privileges (and grant options) \a grantee holds in \a acl, from any grantor or from \a grantor.
    static std::pair<Privileges, Privileges> held(const QList<AclEntry> &acl, Oid grantee, const Oid *grantor = nullptr)
    {
        Privileges p, g;
        for (const AclEntry &e : acl) {
            if (e.grantee == grantee && (!grantor || e.grantor == *grantor)) {
                p |= e.privileges;
                g |= e.grantOptions;
            }
        }
        return {p, g};
    }

    const Snapshot &m_s;

private:
    QHash<QString, int> m_roles;
    QHash<QString, int> m_objects;
    QMultiHash<int, int> m_columns;
};

QString objectLabel(const ObjectRef &o)
{
    return objectKindName(o.kind) + u' ' + o.toDisplay();
}

void checkGrant(const Checker &c, const GrantPrivileges &g, QStringList &out)
{
    Oid grantee = 0;
    if (!c.granteeOid(g.grantee, &grantee)) {
        out << tr("role %1 does not exist").arg(g.grantee);
        return;
    }
    const int at = c.object(g.object);
    const QList<AclEntry> acl = at >= 0 ? c.m_s.objects.at(at).acl : QList<AclEntry>();
    if (at < 0 && g.object.kind != ObjectKind::Column) {
        out << tr("%1 was not found").arg(objectLabel(g.object));
        return;
    }
    const auto [p, o] = Checker::held(acl, grantee);
    if (const Privileges missing = g.privileges & ~p)
        out << tr("%1 lacks %2 on %3").arg(granteeDisplay(g.grantee), letters(missing), objectLabel(g.object));
    else if (g.withGrantOption && (g.privileges & ~o))
        out << tr("%1 lacks the grant option for %2 on %3")
                   .arg(granteeDisplay(g.grantee), letters(g.privileges & ~o), objectLabel(g.object));
}

void checkRevoke(const Checker &c, const RevokePrivileges &r, QStringList &out)
{
    Oid grantee = 0;
    if (!c.granteeOid(r.grantee, &grantee))
        return; // no such role: it holds nothing
    const int at = c.object(r.object);
    if (at < 0)
        return; // no such object, or a column without grants
    const CatalogObject &obj = c.m_s.objects.at(at);
    Oid grantor = obj.owner;
    if (!r.grantor.isEmpty()) {
        const Role *g = c.role(r.grantor);
        if (!g)
            return;
        grantor = g->oid;
    }
    QList<int> targets{at};
    if (isRelationKind(obj.kind) && obj.kind != ObjectKind::Column)
        targets += c.columnsOf(at); // REVOKE on a table also takes the grantee's column grants
    for (int t : std::as_const(targets)) {
        const auto [p, o] = Checker::held(c.m_s.objects.at(t).acl, grantee, &grantor);
        const Privileges left = r.grantOptionOnly ? (r.privileges & o) : (r.privileges & p);
        if (!left)
            continue;
        ObjectRef where = ObjectRef::fromSnapshot(c.m_s, t);
        out << (r.grantOptionOnly
                    ? tr("%1 still has the grant option for %2 on %3, granted by %4")
                    : tr("%1 still has %2 on %3, granted by %4"))
                   .arg(granteeDisplay(r.grantee), letters(left), objectLabel(where), c.m_s.roleName(grantor));
    }
}

void checkMembership(const Checker &c, const QString &group, const QString &member, bool present, bool admin,
                     QStringList &out)
{
    const Role *g = c.role(group), *m = c.role(member);
    bool found = false, foundAdmin = false;
    if (g && m) {
        for (const Membership &ms : c.m_s.memberships) {
            if (!ms.implicit && ms.group == g->oid && ms.member == m->oid) {
                found = true;
                foundAdmin = foundAdmin || ms.adminOption;
            }
        }
    }
    if (present && !found)
        out << tr("%1 is not a member of %2").arg(member, group);
    else if (present && admin && !foundAdmin)
        out << tr("%1 is a member of %2 without the admin option").arg(member, group);
    else if (!present && !admin && found)
        out << tr("%1 is still a member of %2").arg(member, group);
    else if (!present && admin && foundAdmin)
        out << tr("%1 still has the admin option on %2").arg(member, group);
}

void checkAttributes(const Role &r, const RoleAttributes &a, QStringList &out)
{
    auto flag = [&](const std::optional<bool> &want, bool have, const char *name) {
        if (want && *want != have)
            out << tr("role %1: %2 is %3").arg(r.name, QString::fromLatin1(name),
                                               have ? tr("on") : tr("off"));
    };
    flag(a.superuser, r.superuser, "SUPERUSER");
    flag(a.inherit, r.inherit, "INHERIT");
    flag(a.createRole, r.createRole, "CREATEROLE");
    flag(a.createDb, r.createDb, "CREATEDB");
    flag(a.login, r.canLogin, "LOGIN");
    flag(a.replication, r.replication, "REPLICATION");
    flag(a.bypassRls, r.bypassRls, "BYPASSRLS");
    if (a.connectionLimit && *a.connectionLimit != r.connectionLimit)
        out << tr("role %1: connection limit is %2").arg(r.name).arg(r.connectionLimit);
    if (a.validUntil) {
        const bool same = a.validUntil->isNull() ? !r.validUntil.isValid()
                                                 : r.validUntil.isValid()
                                                       && a.validUntil->toSecsSinceEpoch() == r.validUntil.toSecsSinceEpoch();
        if (!same)
            out << tr("role %1: valid until %2").arg(r.name, r.validUntil.isValid()
                                                                 ? r.validUntil.toUTC().toString(Qt::ISODate)
                                                                 : tr("infinity"));
    }
}

/// The ACL a pg_default_acl entry stands for: the row's, or the built-in defaults without one
/// (only the global entry has built-in defaults: the owner's rights, and PUBLIC's EXECUTE on
/// functions and USAGE on types).
QList<AclEntry> defaultAclOf(const Snapshot &s, Oid role, const DefaultPrivilegesChange &d)
{
    const auto group = [](ObjectKind k) {
        return k == ObjectKind::Procedure ? ObjectKind::Function
               : (isRelationKind(k) && k != ObjectKind::Sequence && k != ObjectKind::Column) ? ObjectKind::Table
                                                                                              : k;
    };
    for (const DefaultAcl &acl : s.defaultAcls)
        if (acl.role == role && acl.schema == d.schema && group(acl.kind) == group(d.kind))
            return acl.acl;
    if (!d.schema.isEmpty())
        return {};
    QList<AclEntry> builtIn;
    Privileges all;
    for (Privilege p : applicablePrivileges(group(d.kind)))
        all |= p;
    builtIn.push_back({role, role, all, {}});
    if (group(d.kind) == ObjectKind::Function)
        builtIn.push_back({PublicOid, role, Privilege::Execute, {}});
    if (d.kind == ObjectKind::Type)
        builtIn.push_back({PublicOid, role, Privilege::Usage, {}});
    return builtIn;
}

void checkDefault(const Checker &c, const DefaultPrivilegesChange &d, QStringList &out)
{
    const Role *forRole = c.role(d.forRole);
    Oid grantee = 0;
    if (!forRole || !c.granteeOid(d.grantee, &grantee)) {
        if (d.grant)
            out << tr("role %1 does not exist").arg(forRole ? d.grantee : d.forRole);
        return;
    }
    const auto [p, o] = Checker::held(defaultAclOf(c.m_s, forRole->oid, d), grantee);
    const QString where = d.schema.isEmpty() ? tr("default privileges of %1 on %2")
                                                   .arg(d.forRole, sqlgen::defaultPrivilegesObjects(d.kind))
                                             : tr("default privileges of %1 in schema %2 on %3")
                                                   .arg(d.forRole, d.schema, sqlgen::defaultPrivilegesObjects(d.kind));
    if (d.grant) {
        if (const Privileges missing = d.privileges & ~p)
            out << tr("%1: %2 lacks %3").arg(where, granteeDisplay(d.grantee), letters(missing));
        else if (d.grantOption && (d.privileges & ~o))
            out << tr("%1: %2 lacks the grant option for %3").arg(where, granteeDisplay(d.grantee),
                                                                   letters(d.privileges & ~o));
    } else {
        const Privileges left = d.grantOption ? (d.privileges & o) : (d.privileges & p);
        if (left)
            out << tr("%1: %2 still has %3").arg(where, granteeDisplay(d.grantee), letters(left));
    }
}

/// The direct holding of a model role after applying (in pgx_inference_ce, a membership of its group
/// role; holding it through another role is not what a grant adds or a revoke removes). The
/// vendor's pgx_inference does not say where it keeps them (rolesKnown is false there), and then
/// nothing can be checked.
void checkModelRole(const Checker &c, const ModelRoleChange &m, QStringList &out)
{
    const ModelState &models = c.m_s.models;
    if (!models.rolesKnown)
        return;
    const Role *r = c.role(m.role);
    if (!r) {
        if (m.grant)
            out << tr("role %1 does not exist").arg(m.role);
        return;
    }
    bool held = false;
    for (const ModelRoleGrant &g : models.roles)
        held = held || (g.direct && g.roleOid == r->oid && g.kind == m.kind);
    if (m.grant && !held)
        out << tr("%1 does not hold the model role %2").arg(m.role, ModelCatalog::roleName(m.kind));
    else if (!m.grant && held)
        out << tr("%1 still holds the model role %2").arg(m.role, ModelCatalog::roleName(m.kind));
}

/// What a schema-group procedure must have left: the user in (Grant, CreateUser with a group) or
/// out of (Revoke) the group, a new user that can log in, a schema renamed with its groups.
void checkSchemaGroupCall(const Checker &c, const SchemaGroupCall &g, QStringList &out)
{
    using K = SchemaGroupCall::Kind;
    if (g.kind == K::RenameSchema) {
        const SchemaGroupState &groups = c.m_s.groups;
        bool oldThere = false, newThere = false;
        for (const CatalogObject &o : c.m_s.objects) {
            if (o.kind != ObjectKind::Schema)
                continue;
            oldThere = oldThere || o.name == g.schema;
            newThere = newThere || o.name == g.newName;
        }
        if (oldThere)
            out << tr("schema %1 still exists").arg(g.schema);
        if (!newThere)
            out << tr("schema %1 does not exist").arg(g.newName);
        for (GroupLevel level : {GroupLevel::Developer, GroupLevel::Writer, GroupLevel::Viewer}) {
            const QString name = schemagroups::groupName(GroupModel::Slpm, c.m_s.database, g.newName, level);
            if (!groups.extensionInstalled() && groups.source != GroupSource::Hologres)
                break;
            if (!c.role(name))
                out << tr("group %1 does not exist").arg(name);
        }
        return;
    }
    if (g.kind == K::CreateUser) {
        const Role *r = c.role(g.user);
        if (!r) {
            out << tr("role %1 does not exist").arg(g.user);
            return;
        }
        if (!r->canLogin)
            out << tr("role %1 cannot log in").arg(g.user);
        if (!g.group.isEmpty())
            checkMembership(c, g.group, g.user, true, false, out);
        return;
    }
    checkMembership(c, g.group, g.user, g.kind == K::Grant, false, out);
}

/// The name role \a name has after the changes that follow change \a from (a later rename), or
/// empty when a later change drops it.
QString finalName(const Plan &plan, int from, QString name)
{
    if (name.isEmpty())
        return name; // PUBLIC
    for (int j = from + 1; j < plan.size(); ++j) {
        if (const auto *a = std::get_if<AlterRole>(&plan.changes().at(j)); a && a->name == name && !a->newName.isEmpty())
            name = a->newName;
        else if (const auto *d = std::get_if<DropRole>(&plan.changes().at(j)); d && d->name == name)
            return {};
    }
    return name;
}

} // namespace

QList<PlanDifference> verifyPlan(const Plan &plan, const Snapshot &after)
{
    const Checker c(after);
    QList<PlanDifference> out;
    for (int i = 0; i < plan.size(); ++i) {
        QStringList messages;
        // Later changes of the same plan may rename or drop a role this change names: check
        // under the final name, and skip what a later drop undid.
        const auto later = [&](const QString &name, bool *dropped) {
            const QString n = finalName(plan, i, name);
            *dropped = !name.isEmpty() && n.isEmpty();
            return n;
        };
        bool dropped = false;
        std::visit(Overloaded{
            [&](GrantPrivileges g) {
                g.grantee = later(g.grantee, &dropped);
                if (!dropped)
                    checkGrant(c, g, messages);
            },
            [&](const RevokePrivileges &r) { checkRevoke(c, r, messages); },
            [&](const GrantMembership &g) {
                bool droppedMember = false;
                const QString group = later(g.group, &dropped), member = later(g.member, &droppedMember);
                if (!dropped && !droppedMember)
                    checkMembership(c, group, member, true, g.withAdminOption, messages);
            },
            [&](const RevokeMembership &r) { checkMembership(c, r.group, r.member, false, r.adminOptionOnly, messages); },
            [&](const CreateRole &cr) {
                const QString name = later(cr.name, &dropped);
                if (dropped)
                    return;
                if (const Role *r = c.role(name))
                    checkAttributes(*r, cr.attributes, messages);
                else
                    messages << tr("role %1 does not exist").arg(name);
            },
            [&](const AlterRole &a) {
                const bool rename = !a.newName.isEmpty() && a.newName != a.name;
                const QString name = later(rename ? a.newName : a.name, &dropped);
                if (dropped)
                    return;
                if (const Role *r = c.role(name))
                    checkAttributes(*r, a.attributes, messages);
                else
                    messages << tr("role %1 does not exist").arg(name);
                if (rename && c.role(a.name))
                    messages << tr("role %1 still exists").arg(a.name);
            },
            [&](const DropRole &d) {
                if (c.role(d.name))
                    messages << tr("role %1 still exists").arg(d.name);
            },
            [&](const DefaultPrivilegesChange &d) { checkDefault(c, d, messages); },
            [&](ModelRoleChange m) {
                if (m.grant)
                    m.role = later(m.role, &dropped);
                if (!dropped)
                    checkModelRole(c, m, messages);
            },
            [&](const SchemaGroupCall &g) { checkSchemaGroupCall(c, g, messages); },
        }, plan.changes().at(i));
        for (const QString &m : std::as_const(messages))
            out.push_back({i, m});
    }
    return out;
}

} // namespace roledesk
