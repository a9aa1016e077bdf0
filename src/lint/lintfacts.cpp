#include "lint/lintfacts.h"

#include "catalog/snapshot.h"
#include "lint/personlogins.h"
#include "privileges/effectiverights.h"

#include <QSet>

#include <algorithm>

namespace roledesk {

namespace {

/// BOOTSTRAP_SUPERUSERID: the role initdb makes, whatever its name.
constexpr Oid BootstrapSuperuserOid = 10;

QStringList names(const Snapshot &s, const QList<Oid> &path)
{
    QStringList out;
    for (const Oid o : path)
        out << s.roleName(o);
    return out;
}

QString objectName(const CatalogObject &o)
{
    return o.schema.isEmpty() ? o.name : o.schema + u'.' + o.name;
}

/// \a modelGroups: the indexes of pgx_model_owner and pgx_system_administrator (-1: none).
/// \a someRight only for people's logins: the uncovered-database rule needs it, and finding
/// that a login has no right at all scans every object.
LintLogin loginFacts(const EffectiveRights &rights, const int (&modelGroups)[2], int role, const QString &how, bool someRight)
{
    const Snapshot &s = rights.snapshot();
    const Role &r = s.roles.at(role);
    LintLogin l;
    l.login = r.name;
    l.how = how;
    l.superuser = r.superuser;
    l.createRole = r.createRole;
    l.bootstrap = r.oid == BootstrapSuperuserOid;
    for (const ModelRoleGrant &g : s.models.roles) {
        if (g.roleOid != r.oid)
            continue;
        const int group = modelGroups[g.kind == ModelRole::ModelOwner ? 0 : 1];
        // The vendor's extension has no group role: the grant itself is the whole chain.
        const QList<Oid> path = group >= 0 ? rights.membershipPath(role, group) : QList<Oid>();
        l.modelRoles << LintModelRole{g.kind, path.isEmpty() ? QStringList{r.name, ModelCatalog::roleName(g.kind)}
                                                             : names(s, path)};
    }
    for (const SchemaGroup &g : s.groups.groups) {
        const int group = s.roleIndex(g.role);
        if (group < 0 || group == role)
            continue;
        const QList<Oid> path = rights.membershipPath(role, group);
        if (!path.isEmpty())
            l.groups << LintGroup{g.name, g.schema, g.level, names(s, path)};
    }
    for (int o = 0; someRight && o < s.objects.size() && l.someRight.isEmpty(); ++o) {
        const CellRights c = rights.cell(role, o);
        const Privileges own = c.direct | c.inherited | c.owner | c.superuser | c.predefined;   // PUBLIC's are everyone's
        for (const Privilege p : allPrivileges()) {
            if (!own.testFlag(p))
                continue;
            const CatalogObject &obj = s.objects.at(o);
            l.someRight = LintFactCollector::tr("%1 on %2 %3: %4")
                              .arg(privilegeKeyword(p), objectKindName(obj.kind), objectName(obj), rights.viaText(role, o, p));
            break;
        }
    }
    return l;
}

void findModelGroups(const Snapshot &s, int (&modelGroups)[2])
{
    for (int i = 0; i < s.roles.size(); ++i) {
        if (s.roles.at(i).name == ModelCatalog::groupRoleName(ModelRole::ModelOwner))
            modelGroups[0] = i;
        else if (s.roles.at(i).name == ModelCatalog::groupRoleName(ModelRole::SystemAdministrator))
            modelGroups[1] = i;
    }
}

} // namespace

LintLogin LintFactCollector::login(const EffectiveRights &rights, int role, const QString &how, bool someRight)
{
    int modelGroups[2] = {-1, -1};
    findModelGroups(rights.snapshot(), modelGroups);
    return loginFacts(rights, modelGroups, role, how, someRight);
}

LintFacts LintFactCollector::collect(const EffectiveRights &rights, const PlatformEvaluation *evaluation,
                                     const PersonLogins *logins)
{
    const Snapshot &s = rights.snapshot();
    LintFacts f;
    f.database = s.database;
    int modelGroups[2] = {-1, -1};
    findModelGroups(s, modelGroups);
    QSet<QString> owned;
    if (evaluation) {
        for (const QString &person : evaluation->people()) {
            LintPerson p;
            p.person = person;
            p.platformRoles = evaluation->rolesOf(person);
            if (logins)
                for (const PersonLogin &m : logins->loginsOf(person)) {
                    p.logins << loginFacts(rights, modelGroups, m.role, m.how, true);
                    owned.insert(m.login);
                }
            f.people << p;
        }
    }
    QList<int> nobody;
    for (int i = 0; i < s.roles.size(); ++i)
        if (s.roles.at(i).canLogin && !s.roles.at(i).predefined && !owned.contains(s.roles.at(i).name))
            nobody << i;
    std::sort(nobody.begin(), nobody.end(), [&](int a, int b) { return s.roles.at(a).name < s.roles.at(b).name; });
    for (const int i : nobody)
        f.people << LintPerson{{}, {}, {loginFacts(rights, modelGroups, i, {}, false)}};
    return f;
}

} // namespace roledesk
