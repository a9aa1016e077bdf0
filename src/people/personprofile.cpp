#include "people/personprofile.h"

#include <QLocale>

#include "platform/platformexport.h"
#include "privileges/effectiverights.h"

#include <QHash>

#include <algorithm>
#include <deque>

namespace roledesk {

namespace {

QString objectDisplay(const CatalogObject &o)
{
    return o.schema.isEmpty() ? o.name : o.schema + u'.' + o.name;
}

/// Every group \a role reaches through pg_auth_members, inheriting or not, with the chain: the
/// inheriting path the engine uses when there is one (its privileges flow), else the shortest
/// path over all grants (reached only by SET ROLE).
QList<PersonMembership> membershipsOf(const EffectiveRights &rights, int role,
                                      const QHash<Oid, QList<const Membership *>> &groupsOf)
{
    const Snapshot &s = rights.snapshot();
    const Oid self = s.roles.at(role).oid;
    // Breadth first over every grant: the shortest chain, and the grant that reached each group.
    QHash<Oid, Oid> previous;
    QHash<Oid, const Membership *> via;
    std::deque<Oid> queue{self};
    previous.insert(self, self);
    QList<Oid> order;
    while (!queue.empty()) {
        const Oid at = queue.front();
        queue.pop_front();
        for (const Membership *m : groupsOf.value(at)) {
            if (previous.contains(m->group))
                continue;
            previous.insert(m->group, at);
            via.insert(m->group, m);
            order << m->group;
            queue.push_back(m->group);
        }
    }
    QList<PersonMembership> out;
    for (const Oid g : std::as_const(order)) {
        PersonMembership pm;
        pm.group = s.roleName(g);
        const int gi = s.roleIndex(g);
        const QList<Oid> inheriting = gi >= 0 ? rights.membershipPath(role, gi) : QList<Oid>();
        pm.inherited = !inheriting.isEmpty();
        QList<Oid> chain = inheriting;
        if (chain.isEmpty()) {
            for (Oid at = g; at != self; at = previous.value(at))
                chain.prepend(at);
            chain.prepend(self);
        }
        for (const Oid o : std::as_const(chain))
            pm.chain << s.roleName(o);
        // ADMIN OPTION of the grant that makes the last step of this chain.
        const Oid member = chain.at(chain.size() - 2);
        for (const Membership *m : groupsOf.value(member))
            if (m->group == g)
                pm.adminOption = pm.adminOption || m->adminOption;
        out << pm;
    }
    std::sort(out.begin(), out.end(), [](const PersonMembership &a, const PersonMembership &b) { return a.group < b.group; });
    return out;
}

PersonLoginFacts loginFacts(const EffectiveRights &rights, int role, const PersonLogin &login,
                            const QHash<Oid, QList<const Membership *>> &groupsOf)
{
    const Snapshot &s = rights.snapshot();
    PersonLoginFacts f;
    f.login = login.login;
    f.how = login.how;
    f.attributes = s.roles.at(role);
    const LintLogin lint = LintFactCollector::login(rights, role, login.how, false);
    f.schemaGroups = lint.groups;
    f.modelRoles = lint.modelRoles;
    f.memberships = membershipsOf(rights, role, groupsOf);
    for (const ModelInfo &m : s.models.models) {
        if (m.functionObject < 0 || !rights.cell(role, m.functionObject).granted.testFlag(Privilege::Execute))
            continue;
        f.models << PersonModelUse{m.name, objectDisplay(s.objects.at(m.functionObject)),
                                   rights.viaText(role, m.functionObject, Privilege::Execute)};
    }
    std::sort(f.models.begin(), f.models.end(), [](const PersonModelUse &a, const PersonModelUse &b) { return a.model < b.model; });

    for (int o = 0; o < s.objects.size(); ++o) {
        const CatalogObject &obj = s.objects.at(o);
        const CellRights c = rights.cell(role, o);
        if (!c.granted && !c.grantable)
            continue;
        if (obj.kind == ObjectKind::Database && obj.oid == s.databaseOid) {
            f.mayConnect = c.granted.testFlag(Privilege::Connect);
            if (f.mayConnect)
                f.connectLineage = rights.viaText(role, o, Privilege::Connect);
        }
        // A column right its table already gives is the table's, listed there once.
        const Privileges onTable = obj.kind == ObjectKind::Column && obj.parent >= 0
                                       ? rights.cell(role, obj.parent).granted : Privileges();
        const Privileges own = c.direct | c.inherited | c.owner | c.predefined;
        for (const Privilege p : allPrivileges()) {
            if (!c.granted.testFlag(p) || onTable.testFlag(p))
                continue;
            if (!own.testFlag(p)) {
                c.superuser.testFlag(p) ? ++f.superuserOnlyRights : ++f.publicOnlyRights;
                continue;
            }
            const Oid oid = obj.kind == ObjectKind::Column && obj.parent >= 0 ? s.objects.at(obj.parent).oid : obj.oid;
            f.rights << PersonRight{objectDisplay(obj), obj.kind, oid, obj.attnum, p, c.grantable.testFlag(p),
                                    rights.viaText(role, o, p)};
        }
    }
    return f;
}

} // namespace

PersonDatabase PersonProfileBuilder::buildDatabase(const EffectiveRights &rights, const PersonLogins &logins,
                                                   const QString &person)
{
    const Snapshot &s = rights.snapshot();
    PersonDatabase d;
    d.database = s.database;
    d.warnings = s.warnings;
    const QList<PersonLogin> mine = logins.loginsOf(person);
    if (mine.isEmpty())
        return d;
    QHash<QString, int> byName;
    for (int i = 0; i < s.roles.size(); ++i)
        byName.insert(s.roles.at(i).name, i);
    QHash<Oid, QList<const Membership *>> groupsOf;
    for (const Membership &m : s.memberships)
        groupsOf[m.member] << &m;
    for (const PersonLogin &l : mine) {
        const int role = byName.value(l.login, -1);
        if (role < 0) {
            PersonLoginFacts f;
            f.login = l.login;
            f.how = l.how;
            f.exists = false;
            f.attributes.name = l.login;
            d.logins << f;
            continue;
        }
        d.logins << loginFacts(rights, role, l, groupsOf);
    }
    return d;
}

PersonDatabase PersonProfileBuilder::failedDatabase(const QString &database, const QString &error)
{
    PersonDatabase d;
    d.database = database;
    d.error = error;
    return d;
}

PersonProfile PersonProfileBuilder::buildPlatform(const PlatformEvaluation *evaluation, const PersonLogins &logins,
                                                  const QString &person, const QString &displayName)
{
    PersonProfile p;
    p.person = person;
    p.displayName = displayName;
    if (evaluation) {
        for (const PlatformRoleGrant &g : evaluation->rolesOf(person)) {
            const PlatformRole *role = evaluation->definition() ? evaluation->definition()->role(g.role) : nullptr;
            QString why;
            if (g.source == PlatformRoleGrant::Source::Manual)
                why = tr("manual");
            else if (g.groupPath.isEmpty())
                why = tr("rule \"%1\"").arg(g.rule);
            else
                why = tr("rule \"%1\" via %2").arg(g.rule, PlatformExport::viaText(g.groupPath));
            p.platformRoles << PersonPlatformRole{g, role ? role->name : g.role, why};
        }
    }
    p.logins = logins.loginsOf(person);
    p.noLogin = p.logins.isEmpty();
    if (p.noLogin)
        p.problems << tr("%1 has no database login: no login mapping of the platform file matches a role").arg(person);
    for (const PersonLogin &l : std::as_const(p.logins)) {
        const QStringList owners = logins.peopleOf(l.login);
        if (owners.size() > 1)
            p.problems << tr("login \"%1\" is matched by more than one person: %2")
                              .arg(l.login, owners.join(QStringLiteral(", ")));
    }
    return p;
}

PersonProfile PersonProfileBuilder::build(const PlatformEvaluation *evaluation, const PersonLogins &logins,
                                          const QString &person, const QString &displayName,
                                          const QList<PersonDatabase> &databases)
{
    PersonProfile p = buildPlatform(evaluation, logins, person, displayName);
    p.databases = databases;
    return p;
}

QString PersonText::attributes(const Role &role, Time time)
{
    // The keywords are CREATE ROLE's own (not translated); the rest is.
    QStringList parts;
    parts << (role.canLogin ? QStringLiteral("LOGIN") : QStringLiteral("NOLOGIN"));
    if (role.superuser)
        parts << QStringLiteral("SUPERUSER");
    if (role.createRole)
        parts << QStringLiteral("CREATEROLE");
    if (role.createDb)
        parts << QStringLiteral("CREATEDB");
    if (role.replication)
        parts << QStringLiteral("REPLICATION");
    if (role.bypassRls)
        parts << QStringLiteral("BYPASSRLS");
    parts << (role.inherit ? QStringLiteral("INHERIT") : QStringLiteral("NOINHERIT"));
    if (role.connectionLimit >= 0)
        parts << tr("connection limit %1").arg(role.connectionLimit);
    if (role.validUntil.isValid())
        parts << tr("valid until %1").arg(time == Time::Iso ? role.validUntil.toUTC().toString(Qt::ISODate)
                                                            : QLocale().toString(role.validUntil.toLocalTime(),
                                                                                 QLocale::ShortFormat));
    return parts.join(QStringLiteral(", "));
}

} // namespace roledesk
