#include "policy/planner.h"

#include <QTest>

using namespace roledesk;

namespace {

/// postgres (10, superuser), owner (100), alice (101), bob (102), pg_read_all_data (103).
/// Function f with a NULL ACL (owner and PUBLIC EXECUTE); table t: alice SELECT with grant
/// option from the owner, bob SELECT from alice; alice a member of bob; a global default ACL of
/// owner for functions without PUBLIC.
Snapshot snapshot()
{
    Snapshot s;
    s.database = QStringLiteral("app");
    s.currentUser = QStringLiteral("postgres");
    auto role = [&](Oid oid, const char *name, bool predefined = false) {
        Role r;
        r.oid = oid;
        r.name = QString::fromUtf8(name);
        r.predefined = predefined;
        r.superuser = oid == 10;
        s.roles.push_back(r);
    };
    role(10, "postgres");
    role(100, "owner");
    role(101, "alice");
    role(102, "bob");
    role(103, "pg_read_all_data", true);
    s.index();
    const Privileges all = Privilege::Select | Privilege::Insert | Privilege::Update | Privilege::Delete
                           | Privilege::Truncate | Privilege::References | Privilege::Trigger;
    CatalogObject f;
    f.kind = ObjectKind::Function;
    f.oid = 500;
    f.schema = QStringLiteral("s");
    f.name = QStringLiteral("f(integer)");
    f.baseName = QStringLiteral("f");
    f.arguments = QStringLiteral("integer");
    f.owner = 100;
    f.aclIsDefault = true;
    f.acl = {{100, 100, Privilege::Execute, {}}, {PublicOid, 100, Privilege::Execute, {}}};
    CatalogObject t;
    t.kind = ObjectKind::Table;
    t.oid = 501;
    t.schema = QStringLiteral("s");
    t.name = QStringLiteral("t");
    t.owner = 100;
    t.acl = {{100, 100, all, {}}, {101, 100, Privilege::Select, Privilege::Select}, {102, 101, Privilege::Select, {}},
             {103, 100, Privilege::Select, {}}};
    s.objects = {f, t};
    s.memberships = {{102, 101, 10, false, true, false}};
    s.defaultAcls = {{100, {}, ObjectKind::Function, {{100, 100, Privilege::Execute, {}}}}};
    return s;
}

const ObjectRef F{ObjectKind::Function, u"s"_qs, u"f"_qs, u"integer"_qs, {}};
const ObjectRef T{ObjectKind::Table, u"s"_qs, u"t"_qs, {}, {}};

QString script(const ConvergencePlan &p)
{
    QStringList lines;
    for (const Statement &st : p.plan.statements())
        lines << st.sql;
    return lines.join(u'\n');
}

} // namespace

/// planConvergence on hand-built snapshots: exact plans for built-in PUBLIC rights, other
/// grantors, grant options with CASCADE, memberships, role attributes, default privileges,
/// scope and dropping; DesiredState::fromSnapshot gives an empty plan.
class TstPlanner : public QObject {
    Q_OBJECT
private slots:
    void exportIsConverged();
    void exportLeavesOutBuiltIns();
    void revokeBuiltInPublic();
    void revokeOtherGrantor();
    void grantOptionCascade();
    void grantsAndDrift();
    void membershipsAndRoles();
    void defaultPrivileges();
    void scope();
    void dropUnlisted();
    void missingObject();
};

void TstPlanner::exportIsConverged()
{
    const Snapshot s = snapshot();
    const ConvergencePlan p = planConvergence(DesiredState::fromSnapshot(s), s);
    QVERIFY2(p.plan.isEmpty(), qPrintable(script(p)));
    QVERIFY(p.drift.isEmpty());
}

void TstPlanner::exportLeavesOutBuiltIns()
{
    const DesiredState d = DesiredState::fromSnapshot(snapshot());
    QCOMPARE(d.roles.size(), 4); // not pg_read_all_data
    QVERIFY(!d.role(u"pg_read_all_data"_qs));
    QCOMPARE(d.role(u"alice"_qs)->memberOf, (QList<DesiredMembership>{{u"bob"_qs, false}}));
    // Owner rights implicit; PUBLIC's built-in EXECUTE explicit; nothing to pg_read_all_data.
    QCOMPARE(d.grants.size(), 3);
    QCOMPARE(d.grants.at(0), (DesiredGrant{F, {}, Privilege::Execute, {}, {}}));
    QCOMPARE(d.grants.at(1), (DesiredGrant{T, u"alice"_qs, Privilege::Select, Privilege::Select, {}}));
    QCOMPARE(d.grants.at(2), (DesiredGrant{T, u"bob"_qs, Privilege::Select, {}, {}}));
    // The global default ACL without PUBLIC: PUBLIC listed with nothing.
    QCOMPARE(d.defaultPrivileges.size(), 1);
    QCOMPARE(d.defaultPrivileges.front(),
             (DesiredDefaultPrivilege{u"owner"_qs, {}, ObjectKind::Function, {}, {}, {}, {}}));
}

void TstPlanner::revokeBuiltInPublic()
{
    const Snapshot s = snapshot();
    DesiredState d = DesiredState::fromSnapshot(s);
    d.grants.removeFirst(); // PUBLIC EXECUTE on f
    const ConvergencePlan p = planConvergence(d, s);
    QCOMPARE(p.plan.changes(), (QList<Change>{RevokePrivileges{F, {}, Privilege::Execute, false, false, {}}}));
    QCOMPARE(script(p), u"REVOKE EXECUTE ON FUNCTION \"s\".\"f\"(integer) FROM PUBLIC"_qs);
    QCOMPARE(p.drift.size(), 1);
    QCOMPARE(p.drift.front().kind, Drift::Kind::Extra);
    QCOMPARE(p.drift.front().objectIndex, 0);
    QCOMPARE(p.drift.front().roleIndex, -1);
}

void TstPlanner::revokeOtherGrantor()
{
    const Snapshot s = snapshot();
    DesiredState d = DesiredState::fromSnapshot(s);
    d.grants.removeLast(); // bob's SELECT, granted by alice
    const ConvergencePlan p = planConvergence(d, s);
    QCOMPARE(p.plan.changes(), (QList<Change>{RevokePrivileges{T, u"bob"_qs, Privilege::Select, false, false, u"alice"_qs}}));
    QCOMPARE(script(p), u"SET LOCAL ROLE \"alice\"\nREVOKE SELECT ON TABLE \"s\".\"t\" FROM \"bob\"\nRESET ROLE"_qs);
    QCOMPARE(p.drift.front().roleIndex, 3);
    QCOMPARE(p.drift.front().objectIndex, 1);
}

void TstPlanner::grantOptionCascade()
{
    const Snapshot s = snapshot();
    DesiredState d = DesiredState::fromSnapshot(s);
    d.grants[1].grantable = {}; // alice keeps SELECT, loses the grant option; bob keeps SELECT
    const ConvergencePlan p = planConvergence(d, s);
    QCOMPARE(p.plan.changes(), (QList<Change>{GrantPrivileges{T, u"bob"_qs, Privilege::Select, false},
                                              RevokePrivileges{T, u"alice"_qs, Privilege::Select, true, true, {}}}));
    QCOMPARE(p.drift.size(), 1);
    QCOMPARE(p.drift.front().kind, Drift::Kind::Different);
}

void TstPlanner::grantsAndDrift()
{
    const Snapshot s = snapshot();
    DesiredState d = DesiredState::fromSnapshot(s);
    d.grants[1].privileges = Privilege::Select | Privilege::Insert | Privilege::Update;
    d.grants[1].grantable = Privilege::Select | Privilege::Update;
    d.grants.push_back({F, u"bob"_qs, Privilege::Execute, {}, {}});
    // The owner revokes DELETE from itself.
    d.grants.push_back({T, u"owner"_qs, Privilege::Select | Privilege::Insert | Privilege::Update | Privilege::Truncate
                                            | Privilege::References | Privilege::Trigger, {}, {}});
    const ConvergencePlan p = planConvergence(d, s);
    QCOMPARE(p.plan.changes(), (QList<Change>{GrantPrivileges{F, u"bob"_qs, Privilege::Execute, false},
                                              GrantPrivileges{T, u"alice"_qs, Privilege::Update, true},
                                              GrantPrivileges{T, u"alice"_qs, Privilege::Insert, false},
                                              RevokePrivileges{T, u"owner"_qs, Privilege::Delete, false, false, {}}}));
    QCOMPARE(p.drift.size(), 3);
}

void TstPlanner::membershipsAndRoles()
{
    const Snapshot s = snapshot();
    DesiredState d = DesiredState::fromSnapshot(s);
    for (DesiredRole &r : d.roles) {
        if (r.name == u"alice") {
            r.memberOf = {{u"owner"_qs, true}};
            r.attributes.login = true;
            r.attributes.connectionLimit = 4;
        }
        if (r.name == u"bob")
            r.attributes.superuser.reset(); // not governed: left alone
    }
    d.roles.push_back({u"new \"one\""_qs, {}, {{u"bob"_qs, false}}, {}});
    d.roles.back().attributes.createDb = true;
    const ConvergencePlan p = planConvergence(d, s);
    RoleAttributes changed;
    changed.login = true;
    changed.connectionLimit = 4;
    RoleAttributes created;
    created.createDb = true;
    QCOMPARE(p.plan.changes(), (QList<Change>{CreateRole{u"new \"one\""_qs, created},
                                              AlterRole{u"alice"_qs, changed, {}},
                                              GrantMembership{u"bob"_qs, u"new \"one\""_qs, false},
                                              GrantMembership{u"owner"_qs, u"alice"_qs, true},
                                              RevokeMembership{u"bob"_qs, u"alice"_qs, false}}));
    QCOMPARE(p.drift.size(), 5);
}

void TstPlanner::defaultPrivileges()
{
    const Snapshot s = snapshot();
    DesiredState d = DesiredState::fromSnapshot(s);
    d.defaultPrivileges.clear(); // back to the built-in: PUBLIC executes new functions
    d.defaultPrivileges.push_back({u"owner"_qs, u"s"_qs, ObjectKind::Table, u"alice"_qs, Privilege::Select, Privilege::Select, {}});
    d.defaultPrivileges.push_back({u"alice"_qs, {}, ObjectKind::Type, {}, {}, {}, {}}); // no USAGE for PUBLIC
    const ConvergencePlan p = planConvergence(d, s);
    QCOMPARE(p.plan.changes(),
             (QList<Change>{DefaultPrivilegesChange{true, u"owner"_qs, {}, ObjectKind::Function, {}, Privilege::Execute, false},
                            DefaultPrivilegesChange{true, u"owner"_qs, u"s"_qs, ObjectKind::Table, u"alice"_qs, Privilege::Select, true},
                            DefaultPrivilegesChange{false, u"alice"_qs, {}, ObjectKind::Type, {}, Privilege::Usage, false}}));
}

void TstPlanner::scope()
{
    const Snapshot s = snapshot();
    PolicyScope scope;
    scope.allRoles = false;
    scope.roles = {u"bob"_qs};
    scope.allSchemas = false;
    scope.schemas = {u"s"_qs};
    DesiredState d = DesiredState::fromSnapshot(s, scope);
    QCOMPARE(d.roles.size(), 1);
    // bob's grant was made by alice, who is outside the scope: not governed, not exported.
    QVERIFY(d.grants.isEmpty());
    QVERIFY(d.defaultPrivileges.isEmpty());
    QVERIFY(planConvergence(d, s).plan.isEmpty());
    // Granting bob EXECUTE is in scope; PUBLIC's EXECUTE and alice's grants are left alone.
    d.grants.push_back({F, u"bob"_qs, Privilege::Execute, {}, {}});
    const ConvergencePlan p = planConvergence(d, s);
    QCOMPARE(p.plan.changes(), (QList<Change>{GrantPrivileges{F, u"bob"_qs, Privilege::Execute, false}}));
    d.grants.push_back({F, u"alice"_qs, Privilege::Execute, {}, {}});
    QVERIFY(!d.validate().isEmpty());
}

void TstPlanner::dropUnlisted()
{
    const Snapshot s = snapshot();
    DesiredState d = DesiredState::fromSnapshot(s);
    d.scope.dropUnlistedRoles = true;
    d.roles.removeIf([](const DesiredRole &r) { return r.name == u"bob" || r.name == u"postgres"; });
    d.grants.removeIf([](const DesiredGrant &g) { return g.grantee == u"bob"; });
    for (DesiredRole &r : d.roles)
        r.memberOf.clear();
    const ConvergencePlan p = planConvergence(d, s);
    // postgres is kept (bootstrap superuser, current user) with a warning; bob's grants and
    // memberships go with DROP OWNED.
    QCOMPARE(p.plan.changes(), (QList<Change>{DropRole{u"bob"_qs, u"postgres"_qs, true}}));
    QCOMPARE(p.warnings.size(), 1);
}

void TstPlanner::missingObject()
{
    const Snapshot s = snapshot();
    DesiredState d = DesiredState::fromSnapshot(s);
    d.grants.push_back({{ObjectKind::Table, u"s"_qs, u"gone"_qs, {}, {}}, u"alice"_qs, Privilege::Select, {}, {}});
    d.grants.push_back({T, u"nobody"_qs, Privilege::Select, {}, u"p.yaml:9"_qs});
    const ConvergencePlan p = planConvergence(d, s);
    QCOMPARE(p.plan.changes(), (QList<Change>{GrantPrivileges{T, u"nobody"_qs, Privilege::Select, false}}));
    QCOMPARE(p.drift.size(), 2);
    QCOMPARE(p.drift.front().objectIndex, -1);
    QCOMPARE(p.warnings.size(), 2);
    QVERIFY(p.warnings.at(0).contains(u"gone"_qs));
    QVERIFY(p.warnings.at(1).startsWith(u"p.yaml:9: role nobody does not exist"_qs));
    QCOMPARE(p.missingRoles.size(), 1);
    QCOMPARE(p.missingRoles.front().name, u"nobody"_qs);
    QCOMPARE(p.missingRoles.front().where, QStringList{u"p.yaml:9"_qs});
}

QTEST_APPLESS_MAIN(TstPlanner)
#include "tst_planner.moc"
