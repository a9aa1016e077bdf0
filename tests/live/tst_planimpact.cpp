#include "catalog/catalogreader.h"
#include "pg/identifier.h"
#include "lint/personlogins.h"
#include "privileges/impact.h"
#include "privileges/impactpeople.h"
#include "impacttruth.h"
#include "sandbox.h"

#include <QCoreApplication>
#include <QSet>
#include <QTest>

using namespace roledesk;
using pg::quoteIdent;

namespace {

constexpr int TableCount = 40;

QString q(const QString &name) { return quoteIdent(name); }

} // namespace

/// computeImpact against the truth: each plan's predicted gains and losses on a scratch database
/// are compared with has_table_privilege / has_schema_privilege read before and after applying the
/// plan for real, inside a transaction that is rolled back.
class TstPlanImpact : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void revokeStillCoveredHasNoEffect();
    void membershipOpensEveryTable();
    void superuserToggle();
    void mixedPlanAgreesWithServer();
    void cancelStopsEarly();
    void peopleOfTheRows();
    void cleanupTestCase();

private:
    SnapshotPtr snapshot();
    ObjectRef ref(const Snapshot &s, const QString &name) const;
    /// "role|object|PRIV" (held) and "role|object|PRIV+grant" (grantable) for the pi roles on the pi schema and tables.
    QSet<QString> truth();
    /// Applies \a changes in a transaction, reads the truth, rolls back; compares with computeImpact.
    PlanImpact checkAgainstServer(const QList<Change> &changes);

    pg::Connection m_conn;
    const QString m_db = QStringLiteral("pi impact db");
    const QStringList m_roles{QStringLiteral("pi_analyst"), QStringLiteral("pi_readers"), QStringLiteral("pi_wide"),
                              QStringLiteral("pi_member"), QStringLiteral("pi_su"), QStringLiteral("pi Sub \"x\"")};
};

SnapshotPtr TstPlanImpact::snapshot()
{
    const SnapshotOutcome o = CatalogReader::read(m_conn);
    if (!o.ok())
        qWarning("snapshot failed: %s", qPrintable(o.error.toString()));
    return o.snapshot;
}

ObjectRef TstPlanImpact::ref(const Snapshot &s, const QString &name) const
{
    for (int i = 0; i < s.objects.size(); ++i) {
        const CatalogObject &o = s.objects.at(i);
        if (o.schema == u"pi" && o.name == name && o.kind == ObjectKind::Table)
            return ObjectRef::fromSnapshot(s, i);
    }
    return {};
}

QSet<QString> TstPlanImpact::truth()
{
    // One row per held right, and one more (+grant) when it is grantable.
    const QString held = QStringLiteral(
        "SELECT r.rolname || '|' || o.name || '|' || o.p || x.suffix "
        "FROM pg_roles r, "
        "LATERAL (SELECT 'pi.' || c.relname AS name, p, has_table_privilege(r.oid, c.oid, p) AS held, "
        "                has_table_privilege(r.oid, c.oid, p || ' WITH GRANT OPTION') AS g "
        "         FROM pg_class c, unnest('{SELECT,INSERT,UPDATE,DELETE,TRUNCATE,REFERENCES,TRIGGER}'::text[]) p "
        "         WHERE c.relnamespace = 'pi'::regnamespace AND c.relkind = 'r' "
        "         UNION ALL "
        "         SELECT 'pi', p, has_schema_privilege(r.oid, 'pi'::regnamespace, p), "
        "                has_schema_privilege(r.oid, 'pi'::regnamespace, p || ' WITH GRANT OPTION') "
        "         FROM unnest('{USAGE,CREATE}'::text[]) p) o, "
        "LATERAL (SELECT '' AS suffix WHERE o.held UNION ALL SELECT '+grant' WHERE o.g) x "
        "WHERE r.rolname = ANY ($1::text[])");
    QString array = QStringLiteral("{");
    for (const QString &r : m_roles)
        array += u'"' + QString(r).replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\"")) + QStringLiteral("\",");
    array.chop(1);
    array += u'}';
    const QStringList rows = test::queryColumn(m_conn, held, {array});
    return QSet<QString>(rows.begin(), rows.end());
}

PlanImpact TstPlanImpact::checkAgainstServer(const QList<Change> &changes)
{
    const SnapshotPtr s = snapshot();
    if (!s)
        return {};
    const PlanImpact impact = computeImpact(std::make_shared<const EffectiveRights>(s), changes);
    if (!test::pathsAreTheEngines(impact, changes))
        return impact;
    const test::RightMoves server = test::serverMoves(m_conn, changes, [this] { return truth(); });
    const QSet<QString> watched(m_roles.begin(), m_roles.end());
    const test::RightMoves predicted = test::predictedMoves(impact, [&](const ImpactRow &row) {
        const ObjectKind kind = s->objects.at(row.object).kind;
        const QString role = impact.roleName(row), object = impact.objectName(row);
        if (!watched.contains(role) || (kind != ObjectKind::Table && kind != ObjectKind::Schema)
            || !(object == u"pi" || object.startsWith(u"pi.")))
            return QString();
        return role + u'|' + object + u'|' + privilegeKeyword(row.privilege);
    });
    [&] {
        QCOMPARE(test::sorted(predicted.gained), test::sorted(server.gained));
        QCOMPARE(test::sorted(predicted.lost), test::sorted(server.lost));
    }();
    return impact;
}

void TstPlanImpact::initTestCase()
{
    QString why;
    QVERIFY2(test::sandboxConfigured(&why), qPrintable(why));
    pg::Connection admin;
    QVERIFY(test::openSandbox(admin, QStringLiteral("postgres")));
    cleanupTestCase();
    QVERIFY(test::execOrFail(admin, QStringLiteral("CREATE DATABASE ") + q(m_db)));
    for (const QString &r : m_roles)
        QVERIFY(test::execOrFail(admin, QStringLiteral("CREATE ROLE ") + q(r)));
    pg::ConnectOptions options = test::sandboxOptions(m_db);
    const pg::Error e = m_conn.open(options);
    QVERIFY2(e.isNull(), qPrintable(e.toString()));
    QStringList setup{
        QStringLiteral("CREATE SCHEMA pi"),
        QStringLiteral("GRANT USAGE ON SCHEMA pi TO pi_readers, pi_wide"),
        QStringLiteral("GRANT pi_readers TO pi_analyst"),
        QStringLiteral("GRANT pi_analyst TO %1").arg(q(m_roles.last())),
    };
    for (int i = 0; i < TableCount; ++i) {
        setup << QStringLiteral("CREATE TABLE pi.t%1 (id int, secret text)").arg(i)
              << QStringLiteral("GRANT SELECT ON pi.t%1 TO pi_wide").arg(i);
    }
    setup << QStringLiteral("GRANT SELECT ON pi.t0 TO pi_readers")
          << QStringLiteral("GRANT SELECT, INSERT ON pi.t0 TO pi_analyst")
          << QStringLiteral("GRANT UPDATE ON pi.t1 TO pi_readers WITH GRANT OPTION")
          << QStringLiteral("GRANT SELECT (id) ON pi.t2 TO pi_analyst");
    for (const QString &sql : std::as_const(setup))
        QVERIFY(test::execOrFail(m_conn, sql));
}

void TstPlanImpact::cleanupTestCase()
{
    m_conn.close();
    pg::Connection admin;
    QVERIFY(test::openSandbox(admin, QStringLiteral("postgres")));
    QVERIFY(test::execOrFail(admin, QStringLiteral("DROP DATABASE IF EXISTS ") + q(m_db) + QStringLiteral(" WITH (FORCE)")));
    for (const QString &r : m_roles)
        QVERIFY(test::execOrFail(admin, QStringLiteral("DROP ROLE IF EXISTS ") + q(r)));
}

void TstPlanImpact::revokeStillCoveredHasNoEffect()
{
    const SnapshotPtr s = snapshot();
    QVERIFY(s);
    const QList<Change> plan{RevokePrivileges{ref(*s, QStringLiteral("t0")), QStringLiteral("pi_analyst"), Privilege::Select, false, false, {}}};
    const PlanImpact impact = checkAgainstServer(plan);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(impact.gained, 0);
    QCOMPARE(impact.lost, 0);
    QCOMPARE(impact.notes.size(), 1);
    QCOMPARE(impact.notes.front().kind, ImpactNote::Kind::NoEffect);
    QVERIFY2(impact.notes.front().reason.contains(QStringLiteral("still holds")), qPrintable(impact.notes.front().reason));
    QVERIFY2(impact.notes.front().reason.contains(QStringLiteral("pi_readers")), qPrintable(impact.notes.front().reason));

    // The same revoke of INSERT, which no group covers, is a loss for the analyst and its member.
    const PlanImpact insert = checkAgainstServer({RevokePrivileges{ref(*s, QStringLiteral("t0")), QStringLiteral("pi_analyst"), Privilege::Insert, false, false, {}}});
    QCOMPARE(insert.lost, 2);
    QVERIFY(insert.notes.isEmpty());
}

void TstPlanImpact::membershipOpensEveryTable()
{
    const PlanImpact impact = checkAgainstServer({GrantMembership{QStringLiteral("pi_wide"), QStringLiteral("pi_member"), false}});
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(impact.gained, TableCount + 1); // SELECT on each table and USAGE on the schema
    QCOMPARE(impact.lost, 0);
    for (const ImpactRow &row : impact.rows) {
        QCOMPARE(impact.roleName(row), QStringLiteral("pi_member"));
        QCOMPARE(impact.through(row), QStringLiteral("member of pi_wide"));
    }
    QVERIFY(impact.notes.isEmpty());
    // Granting it again once it is in effect is a no-op with its reason.
    const PlanImpact twice = checkAgainstServer({GrantMembership{QStringLiteral("pi_wide"), QStringLiteral("pi_member"), false},
                                                 GrantMembership{QStringLiteral("pi_readers"), QStringLiteral("pi_analyst"), false}});
    QCOMPARE(twice.notes.size(), 1);
    QCOMPARE(twice.notes.front().change, 1);
    QVERIFY2(twice.notes.front().reason.contains(QStringLiteral("already has the privileges")), qPrintable(twice.notes.front().reason));
}

void TstPlanImpact::superuserToggle()
{
    RoleAttributes on;
    on.superuser = true;
    const PlanImpact impact = checkAgainstServer({AlterRole{QStringLiteral("pi_su"), on, {}}});
    if (QTest::currentTestFailed())
        return;
    QVERIFY(impact.gained > TableCount * 7);
    for (const ImpactRow &row : impact.rows)
        QCOMPARE(impact.through(row), QStringLiteral("superuser"));
    // NOINHERIT on the analyst: it and its member lose what pi_readers gave.
    RoleAttributes noInherit;
    noInherit.inherit = false;
    const PlanImpact inherit = checkAgainstServer({AlterRole{QStringLiteral("pi_analyst"), noInherit, {}}});
    QVERIFY(inherit.lost > 0);
}

void TstPlanImpact::mixedPlanAgreesWithServer()
{
    const SnapshotPtr s = snapshot();
    QVERIFY(s);
    const QList<Change> plan{
        GrantPrivileges{ref(*s, QStringLiteral("t3")), QStringLiteral("pi_readers"), Privilege::Select | Privilege::Delete, true},
        RevokePrivileges{ref(*s, QStringLiteral("t1")), QStringLiteral("pi_readers"), Privilege::Update, true, false, {}},
        RevokeMembership{QStringLiteral("pi_readers"), QStringLiteral("pi_analyst"), false},
        GrantPrivileges{ref(*s, QStringLiteral("t5")), QString(), Privilege::Insert, false},
        SchemaGroupCall{SchemaGroupCall::Kind::Grant, GroupModel::Slpm, QStringLiteral("pi_wide"), QStringLiteral("pi_analyst"), {}, {}},
        DefaultPrivilegesChange{},
    };
    // The schema-group call is made as the membership it stands for; the server has no slpm here.
    QList<Change> applied = plan;
    applied[4] = GrantMembership{QStringLiteral("pi_wide"), QStringLiteral("pi_analyst"), false};
    applied.removeLast();
    const PlanImpact impact = checkAgainstServer(applied);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(impact.gained > 0 && impact.lost > 0);
    QVERIFY(impact.grantOptionsLost > 0);
    const PlanImpact withCall = computeImpact(std::make_shared<const EffectiveRights>(s), plan);
    QCOMPARE(withCall.gained, impact.gained);
    QCOMPARE(withCall.lost, impact.lost);
    QCOMPARE(withCall.notes.size(), 1);
    QCOMPARE(withCall.notes.front().kind, ImpactNote::Kind::NotAssessed);
    // Deterministic: the same plan gives the same rows in the same order.
    const PlanImpact again = computeImpact(std::make_shared<const EffectiveRights>(s), plan);
    QCOMPARE(again.rows.size(), withCall.rows.size());
    for (int i = 0; i < again.rows.size(); ++i) {
        QCOMPARE(again.roleName(again.rows.at(i)), withCall.roleName(withCall.rows.at(i)));
        QCOMPARE(again.objectName(again.rows.at(i)), withCall.objectName(withCall.rows.at(i)));
        QCOMPARE(again.through(again.rows.at(i)), withCall.through(withCall.rows.at(i)));
        QCOMPARE(again.rows.at(i).privilege, withCall.rows.at(i).privilege);
    }
}

void TstPlanImpact::cancelStopsEarly()
{
    const SnapshotPtr s = snapshot();
    QVERIFY(s);
    std::atomic_bool cancel{true};
    const PlanImpact impact = computeImpact(std::make_shared<const EffectiveRights>(s), {GrantMembership{QStringLiteral("pi_wide"), QStringLiteral("pi_member"), false}}, &cancel);
    QVERIFY(impact.cancelled);
    QVERIFY(impact.rows.isEmpty());
}

void TstPlanImpact::peopleOfTheRows()
{
    // pat's logins lose what pi_readers gave the analyst and gain what pi_wide gives the member;
    // quinn shares the member login (a problem, but it stays theirs both); rae has no login; the
    // analyst's member "pi Sub" loses too but is nobody's.
    const PlanImpact impact = checkAgainstServer({RevokeMembership{QStringLiteral("pi_readers"), QStringLiteral("pi_analyst"), false},
                                                  GrantMembership{QStringLiteral("pi_wide"), QStringLiteral("pi_member"), false}});
    if (QTest::currentTestFailed())
        return;
    PlatformLogins mapping;
    mapping.lists = {PlatformLoginList{QStringLiteral("pat"), {QStringLiteral("pi_analyst"), QStringLiteral("pi_member")}, 1},
                     PlatformLoginList{QStringLiteral("quinn"), {QStringLiteral("pi_member")}, 2}};
    const PersonLogins logins = PersonLogins::resolve(mapping, {QStringLiteral("rae"), QStringLiteral("quinn"), QStringLiteral("pat")},
                                                      impact.before->snapshot());
    const ImpactPeople people = ImpactPeople::map(impact, logins);
    QCOMPARE(people.gaining(), (QStringList{QStringLiteral("pat"), QStringLiteral("quinn")}));
    QCOMPARE(people.losing(), QStringList{QStringLiteral("pat")});
    QSet<QString> seen;
    for (const ImpactRow &row : impact.rows) {
        const QString role = impact.roleName(row);
        QStringList expected;
        if (role == u"pi_analyst")
            expected = {QStringLiteral("pat")};
        else if (role == u"pi_member")
            expected = {QStringLiteral("quinn"), QStringLiteral("pat")}; // the order the people were given
        QCOMPARE(people.peopleOf(row), expected);
        seen << role;
    }
    QCOMPARE(seen, (QSet<QString>{QStringLiteral("pi_analyst"), QStringLiteral("pi_member"), m_roles.last()}));
    QVERIFY(people.summary().contains(u'2') && people.summary().contains(u'1'));
}

QTEST_GUILESS_MAIN(TstPlanImpact)
#include "tst_planimpact.moc"
