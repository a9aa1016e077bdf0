#include "catalog/catalogreader.h"
#include "pg/identifier.h"
#include "plan/applier.h"
#include "plan/planverifier.h"
#include "sandbox.h"

#include <QCoreApplication>
#include <QTest>

#include <algorithm>
#include <atomic>

using namespace roledesk;
using pg::quoteIdent;

namespace {

QString q(const QString &name) { return quoteIdent(name); }

/// Every ACL, membership, default ACL and role of a snapshot as sorted lines with role names, so
/// two snapshots of one database compare equal exactly when nothing permission-related changed.
QStringList aclState(const Snapshot &s)
{
    QStringList out;
    auto acl = [&](const QList<AclEntry> &entries) {
        QStringList items;
        for (const AclEntry &e : entries)
            items << QStringLiteral("%1=%2:%3/%4").arg(e.grantee == PublicOid ? QStringLiteral("PUBLIC") : s.roleName(e.grantee),
                                                       privilegeLetters(e.privileges), privilegeLetters(e.grantOptions),
                                                       s.roleName(e.grantor));
        items.sort();
        return items.join(u',');
    };
    for (const CatalogObject &o : s.objects)
        out << objectKindName(o.kind) + u' ' + o.schema + u'.' + o.name + u' ' + acl(o.acl);
    for (const Membership &m : s.memberships)
        out << QStringLiteral("member %1 of %2 by %3 admin %4")
                   .arg(s.roleName(m.member), s.roleName(m.group), s.roleName(m.grantor))
                   .arg(m.adminOption);
    for (const DefaultAcl &d : s.defaultAcls)
        out << QStringLiteral("default %1 %2 %3 %4").arg(s.roleName(d.role), d.schema, objectKindName(d.kind), acl(d.acl));
    for (const Role &r : s.roles)
        out << QStringLiteral("role %1 %2%3%4%5").arg(r.name).arg(r.superuser).arg(r.canLogin).arg(r.createRole).arg(r.connectionLimit);
    out.sort();
    return out;
}

} // namespace

/// PlanApplier and verifyPlan against the sandbox: every kind of change with hostile names,
/// grants by another grantor, built-in PUBLIC rights, default privileges, dropping an owner;
/// a conflict found under lock; an error in the middle; a session killed mid-apply; cancel.
class TstPlanApplier : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void everyKindOfChange();
    void languageUsage();
    void conflictSinceSnapshot();
    void refusesPlanOfAnotherDatabase();
    void errorInTheMiddle();
    void connectionKilledMidApply();
    void cancelMidApply();
    void cleanupTestCase();

private:
    SnapshotPtr snapshot();
    ObjectRef ref(const Snapshot &s, ObjectKind kind, const QString &schema, const QString &name,
                  const QString &column = {}) const;
    const Role *role(const Snapshot &s, const QString &name) const;
    QList<AclEntry> aclOf(const Snapshot &s, const ObjectRef &r) const;
    bool dropEverything(pg::Connection &admin);
    bool ensureBulk();

    pg::Connection m_conn;
    const QString m_db = QStringLiteral("ap db.Ünï \"q\"");
    // Quotes, spaces, capitals, dots, non-ASCII letters, and 63 bytes (3 + 30 two-byte letters).
    const QString m_r1 = QStringLiteral("ap \"quoted\" Role");
    const QString m_r2 = QStringLiteral("ap.dotted.rôle");
    const QString m_r3 = QStringLiteral("ap_") + QString(30, QChar(0xe9));
    const QString m_grantor = QStringLiteral("ap Grantor");
    const QString m_new = QStringLiteral("ap new Rôle");
    const QString m_renamed = QStringLiteral("ap renamed.Rôle \"x\"");
    const QString m_doomed = QStringLiteral("ap drop \"me\"");
    const QString m_schema = QStringLiteral("Sch \"ém\".x");
    const QString m_table = QStringLiteral("T") + QString(62, u'a'); // 63 bytes
    const QString m_col = QStringLiteral("Col \"1\"");
    const QString m_col2 = QStringLiteral("ü col");
    const QString m_seq = QStringLiteral("Seq.1");
    const QString m_view = QStringLiteral("V iew");
    const QString m_type = QStringLiteral("Mood \"T\"");
    const QString m_func = QStringLiteral("f.N ü");
    const QString m_proc = QStringLiteral("P roc");
    const QStringList m_bulkRoles = [] {
        QStringList r;
        for (int i = 0; i < 20; ++i)
            r << QStringLiteral("ap bulk %1").arg(i);
        return r;
    }();
    bool m_bulkReady = false;
};

SnapshotPtr TstPlanApplier::snapshot()
{
    const SnapshotOutcome o = CatalogReader::read(m_conn);
    if (!o.ok())
        qWarning("snapshot failed: %s", qPrintable(o.error.toString()));
    return o.snapshot;
}

ObjectRef TstPlanApplier::ref(const Snapshot &s, ObjectKind kind, const QString &schema, const QString &name,
                              const QString &column) const
{
    for (int i = 0; i < s.objects.size(); ++i) {
        const CatalogObject &o = s.objects.at(i);
        const bool nameMatches = (kind == ObjectKind::Function || kind == ObjectKind::Procedure) ? o.baseName == name
                                 : kind == ObjectKind::Column ? o.column == column && s.objects.at(o.parent).name == name
                                                              : o.name == name;
        if (o.kind == kind && o.schema == schema && nameMatches)
            return ObjectRef::fromSnapshot(s, i);
    }
    ObjectRef r; // a column without grants is not in the snapshot
    r.kind = kind;
    r.schema = schema;
    r.name = name;
    r.column = column;
    return r;
}

const Role *TstPlanApplier::role(const Snapshot &s, const QString &name) const
{
    for (const Role &r : s.roles)
        if (r.name == name)
            return &r;
    return nullptr;
}

QList<AclEntry> TstPlanApplier::aclOf(const Snapshot &s, const ObjectRef &r) const
{
    for (int i = 0; i < s.objects.size(); ++i)
        if (ObjectRef::fromSnapshot(s, i) == r)
            return s.objects.at(i).acl;
    return {};
}

bool TstPlanApplier::dropEverything(pg::Connection &admin)
{
    if (!test::execOrFail(admin, QStringLiteral("DROP DATABASE IF EXISTS ") + q(m_db) + QStringLiteral(" WITH (FORCE)")))
        return false;
    QStringList roles{m_r1, m_r2, m_r3, m_grantor, m_new, m_renamed, m_doomed};
    roles += m_bulkRoles;
    for (const QString &r : std::as_const(roles))
        if (!test::execOrFail(admin, QStringLiteral("DROP ROLE IF EXISTS ") + q(r)))
            return false;
    return true;
}

void TstPlanApplier::initTestCase()
{
    QString why;
    QVERIFY2(test::sandboxConfigured(&why), qPrintable(why));
    QCOMPARE(m_r3.toUtf8().size(), 63);
    QCOMPARE(m_table.toUtf8().size(), 63);
    pg::Connection admin;
    QVERIFY(test::openSandbox(admin, QStringLiteral("postgres")));
    QVERIFY(dropEverything(admin));
    QVERIFY(test::execOrFail(admin, QStringLiteral("CREATE DATABASE ") + q(m_db)));
    for (const QString &r : {m_r1, m_r2, m_r3, m_grantor, m_doomed})
        QVERIFY(test::execOrFail(admin, QStringLiteral("CREATE ROLE ") + q(r)));

    pg::ConnectOptions options = test::sandboxOptions(m_db);
    options.push_back({QStringLiteral("application_name"), QStringLiteral("tst_planapplier_%1").arg(QCoreApplication::applicationPid())});
    const pg::Error e = m_conn.open(options);
    QVERIFY2(e.isNull(), qPrintable(e.toString()));
    const QString s = q(m_schema);
    const QString t = s + u'.' + q(m_table);
    const QString setup[] = {
        QStringLiteral("CREATE SCHEMA ") + s,
        QStringLiteral("CREATE TYPE %1.%2 AS ENUM ('sad', 'ok')").arg(s, q(m_type)),
        QStringLiteral("CREATE TABLE %1 (id int, %2 text, %3 %4.%5)").arg(t, q(m_col), q(m_col2), s, q(m_type)),
        QStringLiteral("CREATE SEQUENCE %1.%2").arg(s, q(m_seq)),
        QStringLiteral("CREATE VIEW %1.%2 AS SELECT id FROM %3").arg(s, q(m_view), t),
        QStringLiteral("CREATE FUNCTION %1.%2(m %1.%3, n integer) RETURNS int LANGUAGE sql AS 'SELECT n'").arg(s, q(m_func), q(m_type)),
        QStringLiteral("CREATE PROCEDURE %1.%2(a text) LANGUAGE sql AS 'SELECT 1'").arg(s, q(m_proc)),
        // To be revoked by the plan: a direct grant, a grant by another grantor, a membership, a default ACL.
        QStringLiteral("GRANT SELECT, DELETE ON %1 TO %2").arg(t, q(m_r3)),
        QStringLiteral("GRANT SELECT ON %1 TO %2 WITH GRANT OPTION").arg(t, q(m_grantor)),
        QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(s, q(m_grantor)),
        QStringLiteral("SET ROLE ") + q(m_grantor),
        QStringLiteral("GRANT SELECT ON %1 TO %2").arg(t, q(m_r1)),
        QStringLiteral("RESET ROLE"),
        QStringLiteral("GRANT %1 TO %2").arg(q(m_r1), q(m_r3)),
        QStringLiteral("ALTER DEFAULT PRIVILEGES FOR ROLE %1 IN SCHEMA %2 GRANT INSERT ON TABLES TO %3").arg(q(m_r1), s, q(m_r3)),
        // The role to drop owns a table and holds a grant.
        QStringLiteral("CREATE TABLE %1.owned (x int)").arg(s),
        QStringLiteral("ALTER TABLE %1.owned OWNER TO %2").arg(s, q(m_doomed)),
        QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(s, q(m_doomed)),
    };
    for (const QString &sql : setup)
        QVERIFY(test::execOrFail(m_conn, sql));
}

void TstPlanApplier::everyKindOfChange()
{
    const SnapshotPtr before = snapshot();
    QVERIFY(before);
    const Snapshot &b = *before;
    const ObjectRef db = ref(b, ObjectKind::Database, {}, m_db);
    const ObjectRef schema = ref(b, ObjectKind::Schema, {}, m_schema);
    const ObjectRef table = ref(b, ObjectKind::Table, m_schema, m_table);
    const ObjectRef column = ref(b, ObjectKind::Column, m_schema, m_table, m_col);
    const ObjectRef seq = ref(b, ObjectKind::Sequence, m_schema, m_seq);
    const ObjectRef view = ref(b, ObjectKind::View, m_schema, m_view);
    const ObjectRef func = ref(b, ObjectKind::Function, m_schema, m_func);
    const ObjectRef proc = ref(b, ObjectKind::Procedure, m_schema, m_proc);
    const ObjectRef type = ref(b, ObjectKind::Type, m_schema, m_type);
    QVERIFY2(func.arguments.contains(m_type.left(4)), qPrintable(func.arguments));
    QVERIFY(!aclOf(b, db).isEmpty() && !aclOf(b, type).isEmpty());

    RoleAttributes created;
    created.login = true;
    created.createDb = true;
    created.connectionLimit = 5;
    created.validUntil = QDateTime(QDate(2031, 1, 2), QTime(3, 4, 5), Qt::UTC);
    RoleAttributes altered;
    altered.createRole = true;
    altered.inherit = false;
    altered.validUntil = QDateTime(); // infinity

    Plan plan;
    const QList<Change> changes = {
        CreateRole{m_new, created},
        AlterRole{m_new, {}, m_renamed},
        AlterRole{m_r2, altered, {}},
        GrantPrivileges{db, m_r1, Privilege::Connect | Privilege::Temporary, false},
        GrantPrivileges{schema, m_r1, Privilege::Usage | Privilege::Create, true},
        GrantPrivileges{table, m_r2, Privilege::Select | Privilege::Insert, false},
        GrantPrivileges{column, m_r3, Privilege::Update, true},
        GrantPrivileges{seq, m_r3, Privilege::Usage, false},
        GrantPrivileges{view, {}, Privilege::Select, false},
        GrantPrivileges{func, m_r2, Privilege::Execute, false},
        GrantPrivileges{proc, m_renamed, Privilege::Execute, false},
        GrantPrivileges{type, m_r2, Privilege::Usage, false},
        GrantMembership{m_r1, m_r2, true},
        RevokeMembership{m_r1, m_r3, false},
        RevokePrivileges{table, m_r3, Privilege::Select | Privilege::Delete, false, false, {}},
        RevokePrivileges{table, m_r1, Privilege::Select, false, false, m_grantor},
        // Built-in PUBLIC rights.
        RevokePrivileges{db, {}, Privilege::Connect | Privilege::Temporary, false, false, {}},
        RevokePrivileges{func, {}, Privilege::Execute, false, false, {}},
        RevokePrivileges{type, {}, Privilege::Usage, false, false, {}},
        DefaultPrivilegesChange{true, m_r1, m_schema, ObjectKind::Table, m_r2, Privilege::Select, false},
        DefaultPrivilegesChange{false, m_r1, m_schema, ObjectKind::Table, m_r3, Privilege::Insert, false},
        DefaultPrivilegesChange{false, m_r1, {}, ObjectKind::Function, {}, Privilege::Execute, false},
        DefaultPrivilegesChange{true, m_r1, m_schema, ObjectKind::Type, m_r3, Privilege::Usage, true},
        DropRole{m_doomed, QStringLiteral("postgres"), true},
    };
    for (const Change &c : changes)
        QCOMPARE(plan.add(c), Plan::AddResult::Added);

    int progressCalls = 0;
    const ApplyOutcome out = PlanApplier::apply(m_conn, plan, before.get(), [&](int, int) { ++progressCalls; });
    QVERIFY2(out.ok(), qPrintable(out.error.toString() + u'\n' + out.failed.sql));
    QCOMPARE(out.statementsRun, int(plan.statements().size()));
    QVERIFY(progressCalls >= 2);

    const SnapshotPtr after = snapshot();
    QVERIFY(after);
    const Snapshot &a = *after;
    const QList<PlanDifference> diffs = verifyPlan(plan, a);
    QStringList texts;
    for (const PlanDifference &d : diffs)
        texts << QString::number(d.change) + u' ' + d.message;
    QVERIFY2(diffs.isEmpty(), qPrintable(texts.join(u'\n')));
    // The verifier can see a plan that did not happen.
    Plan notApplied;
    notApplied.add(GrantPrivileges{seq, m_r1, Privilege::Select | Privilege::Update, true});
    notApplied.add(GrantMembership{m_r2, m_r3, false});
    notApplied.add(DropRole{m_grantor, {}, false});
    QCOMPARE(verifyPlan(notApplied, a).size(), 3);

    // Directly, in the ACLs.
    const auto held = [&](const ObjectRef &r, const QString &grantee, const QString &grantor = {}) {
        Privileges p;
        const Role *g = grantee.isEmpty() ? nullptr : role(a, grantee);
        const Role *by = grantor.isEmpty() ? nullptr : role(a, grantor);
        for (const AclEntry &e : aclOf(a, r))
            if (e.grantee == (g ? g->oid : PublicOid) && (!by || e.grantor == by->oid))
                p |= e.privileges;
        return p;
    };
    QCOMPARE(held(db, m_r1), Privilege::Connect | Privilege::Temporary);
    QCOMPARE(held(db, {}), Privileges());
    QCOMPARE(held(func, {}), Privileges());
    QCOMPARE(held(type, {}), Privileges());
    QCOMPARE(held(func, m_r2), Privileges(Privilege::Execute));
    QCOMPARE(held(proc, m_renamed), Privileges(Privilege::Execute));
    QCOMPARE(held(table, m_r2), Privilege::Select | Privilege::Insert);
    QCOMPARE(held(table, m_r3), Privileges());
    QCOMPARE(held(table, m_r1, m_grantor), Privileges());
    QCOMPARE(held(table, m_grantor), Privileges(Privilege::Select)); // the grantor keeps its own
    QCOMPARE(held(column, m_r3), Privileges(Privilege::Update));
    QCOMPARE(held(seq, m_r3), Privileges(Privilege::Usage));
    QCOMPARE(held(view, {}), Privileges(Privilege::Select));
    QVERIFY(role(a, m_renamed) && !role(a, m_new) && !role(a, m_doomed));
    QCOMPARE(role(a, m_renamed)->connectionLimit, 5);
    QCOMPARE(role(a, m_renamed)->validUntil, *created.validUntil);
    QVERIFY(role(a, m_r2)->createRole && !role(a, m_r2)->inherit && !role(a, m_r2)->validUntil.isValid());
    QVERIFY(role(a, m_r3)->name.toUtf8().size() == 63);
    bool adminMember = false, oldMember = false;
    for (const Membership &m : a.memberships) {
        adminMember = adminMember || (m.group == role(a, m_r1)->oid && m.member == role(a, m_r2)->oid && m.adminOption);
        oldMember = oldMember || (m.group == role(a, m_r1)->oid && m.member == role(a, m_r3)->oid);
    }
    QVERIFY(adminMember && !oldMember);
    bool globalFunctions = false;
    for (const DefaultAcl &d : a.defaultAcls) {
        if (d.role != role(a, m_r1)->oid)
            continue;
        if (d.schema.isEmpty() && d.kind == ObjectKind::Function) {
            globalFunctions = true;
            for (const AclEntry &e : d.acl)
                QVERIFY(e.grantee != PublicOid);
        }
        if (d.schema == m_schema && d.kind == ObjectKind::Table)
            for (const AclEntry &e : d.acl)
                QVERIFY(e.grantee == role(a, m_r2)->oid && e.privileges == Privilege::Select);
    }
    QVERIFY(globalFunctions);
    // The dropped role's table went to postgres.
    QVERIFY(role(a, QStringLiteral("postgres")));
    const ObjectRef owned = ref(a, ObjectKind::Table, m_schema, QStringLiteral("owned"));
    bool ownedByPostgres = false;
    for (const CatalogObject &o : a.objects)
        ownedByPostgres = ownedByPostgres || (o.name == owned.name && o.schema == m_schema && o.owner == role(a, QStringLiteral("postgres"))->oid);
    QVERIFY(ownedByPostgres);
}

void TstPlanApplier::languageUsage()
{
    // pg_language is per database: this only touches the test's own database.
    const QString lang = QStringLiteral("plpgsql");
    const auto has = [&](const QString &role) {
        const pg::Result r = m_conn.exec(QStringLiteral("SELECT has_language_privilege($1, $2, 'USAGE')"), {role, lang});
        return r.ok() && r.rows() == 1 && r.boolean(0, 0);
    };
    const auto hasNot = [&](const QString &role) {
        const pg::Result r = m_conn.exec(QStringLiteral("SELECT has_language_privilege($1, $2, 'USAGE')"), {role, lang});
        return r.ok() && r.rows() == 1 && !r.boolean(0, 0);
    };
    // m_grantor is a plain role, a member of nothing: only PUBLIC's built-in USAGE reaches it.
    QVERIFY(has(m_grantor));
    SnapshotPtr before = snapshot();
    QVERIFY(before);
    const ObjectRef language = ref(*before, ObjectKind::Language, {}, lang);
    QCOMPARE(language.toSql(), QStringLiteral("LANGUAGE \"plpgsql\""));
    QVERIFY(aclOf(*before, language).size() == 2); // acldefault('l', owner): the owner and PUBLIC

    Plan plan;
    QCOMPARE(plan.add(RevokePrivileges{language, {}, Privilege::Usage, false, false, {}}), Plan::AddResult::Added);
    QCOMPARE(plan.add(GrantPrivileges{language, m_r1, Privilege::Usage, false}), Plan::AddResult::Added);

    // The conflict check resolves the language by name: a grant made since the snapshot stops the plan.
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("GRANT USAGE ON LANGUAGE plpgsql TO ") + q(m_r3)));
    const ApplyOutcome stale = PlanApplier::apply(m_conn, plan, before.get());
    QCOMPARE(stale.status, ApplyOutcome::Status::Conflict);
    QCOMPARE(stale.conflicts.size(), 1);
    QCOMPARE(stale.conflicts.at(0).object, QStringLiteral("language plpgsql"));
    QVERIFY2(stale.conflicts.at(0).found.contains(m_r3), qPrintable(stale.conflicts.at(0).found));
    QVERIFY(has(m_grantor)); // nothing ran
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("REVOKE USAGE ON LANGUAGE plpgsql FROM ") + q(m_r3)));

    before = snapshot();
    QVERIFY(before);
    const ApplyOutcome out = PlanApplier::apply(m_conn, plan, before.get());
    QVERIFY2(out.ok(), qPrintable(out.error.toString() + u'\n' + out.failed.sql));
    QVERIFY(hasNot(m_grantor));
    QVERIFY(hasNot(m_r3));
    QVERIFY(has(m_r1));

    const SnapshotPtr after = snapshot();
    QVERIFY(after);
    const QList<PlanDifference> diffs = verifyPlan(plan, *after);
    QStringList texts;
    for (const PlanDifference &d : diffs)
        texts << QString::number(d.change) + u' ' + d.message;
    QVERIFY2(diffs.isEmpty(), qPrintable(texts.join(u'\n')));
    bool publicUsage = false, r1Usage = false;
    for (const AclEntry &e : aclOf(*after, language)) {
        publicUsage = publicUsage || e.grantee == PublicOid;
        r1Usage = r1Usage || (e.grantee == role(*after, m_r1)->oid && e.privileges == Privilege::Usage);
    }
    QVERIFY(!publicUsage && r1Usage);
    // The verifier sees the same plan not applied on the earlier snapshot.
    QCOMPARE(verifyPlan(plan, *before).size(), 2);
}

void TstPlanApplier::conflictSinceSnapshot()
{
    const SnapshotPtr base = snapshot();
    QVERIFY(base);
    const ObjectRef table = ref(*base, ObjectKind::Table, m_schema, m_table);
    pg::Connection other;
    QVERIFY(test::openSandbox(other, m_db));
    QVERIFY(test::execOrFail(other, QStringLiteral("GRANT TRUNCATE ON %1.%2 TO %3").arg(q(m_schema), q(m_table), q(m_r3))));
    QVERIFY(test::execOrFail(other, QStringLiteral("ALTER ROLE %1 CONNECTION LIMIT 7").arg(q(m_r1))));

    RoleAttributes createDb;
    createDb.createDb = true;
    Plan plan;
    plan.add(GrantPrivileges{table, m_r2, Privilege::Delete, false});
    plan.add(AlterRole{m_r1, createDb, {}});
    plan.add(GrantMembership{m_r2, m_r3, false});
    const ApplyOutcome out = PlanApplier::apply(m_conn, plan, base.get());
    QCOMPARE(out.status, ApplyOutcome::Status::Conflict);
    QCOMPARE(out.statementsRun, 0);
    QCOMPARE(out.conflicts.size(), 2);
    QCOMPARE(out.conflicts.at(0).object, QStringLiteral("table ") + table.toDisplay());
    QVERIFY2(out.conflicts.at(0).found.contains(u'D') && !out.conflicts.at(0).expected.contains(m_r3 + QStringLiteral("=D")),
             qPrintable(out.conflicts.at(0).found));
    QCOMPARE(out.conflicts.at(1).object, QStringLiteral("role ") + m_r1);
    QVERIFY(out.conflicts.at(1).found.contains(u"CONNECTION LIMIT 7"));
    const SnapshotPtr now = snapshot();
    QVERIFY(now);
    QVERIFY(!role(*now, m_r1)->createDb); // nothing ran

    // On a fresh snapshot it applies, and while it runs the rows it checked are locked: another
    // session's GRANT on the same table waits (and times out here).
    Plan again = plan;
    bool blocked = false;
    const ApplyOutcome ok = PlanApplier::apply(m_conn, again, now.get(), [&](int done, int) {
        if (done == 0) {
            other.exec(QStringLiteral("SET statement_timeout = 300"));
            const pg::Result g = other.exec(QStringLiteral("GRANT REFERENCES ON %1.%2 TO %3").arg(q(m_schema), q(m_table), q(m_r1)));
            blocked = g.error().sqlstate == QLatin1String(pg::sqlstate::QueryCanceled);
        }
    });
    QVERIFY2(ok.ok(), qPrintable(ok.error.toString()));
    QVERIFY(blocked);
    QCOMPARE(ok.objectsCompared, 1); // the table; its row and the role's were locked
    QVERIFY(ok.rowsLocked >= 2);
    QVERIFY(verifyPlan(again, *snapshot()).isEmpty());
    other.exec(QStringLiteral("RESET statement_timeout"));
}

// A plan belongs to the database (server identifier + database oid) it was made on: connected to
// another database, or to a server with another identifier, nothing runs and both are named.
void TstPlanApplier::refusesPlanOfAnotherDatabase()
{
    const SnapshotPtr base = snapshot();
    QVERIFY(base);
    QVERIFY(base->databaseOid != 0);
    QVERIFY2(!base->systemIdentifier.isEmpty(), "the sandbox superuser reads pg_control_system()");
    const bool wasCreateDb = role(*base, m_r1)->createDb;
    RoleAttributes flip;
    flip.createDb = !wasCreateDb;
    Plan plan;
    plan.add(AlterRole{m_r1, flip, {}}); // roles are cluster-wide: it would run on any database

    pg::Connection other;
    QVERIFY(test::openSandbox(other, QStringLiteral("roledesk_demo")));
    const ApplyOutcome out = PlanApplier::apply(other, plan, base.get());
    QCOMPARE(out.status, ApplyOutcome::Status::Failed);
    QVERIFY(out.wrongDatabase);
    QCOMPARE(out.statementsRun, 0);
    QCOMPARE(out.database, QStringLiteral("roledesk_demo"));
    QCOMPARE(out.systemIdentifier, base->systemIdentifier);
    QVERIFY(!out.sessionUser.isEmpty());
    QVERIFY2(out.error.message.contains(m_db) && out.error.message.contains(u"roledesk_demo"),
             qPrintable(out.error.message));

    Snapshot otherServer = *base;
    otherServer.systemIdentifier = QStringLiteral("1234567890");
    const ApplyOutcome out2 = PlanApplier::apply(m_conn, plan, &otherServer);
    QCOMPARE(out2.status, ApplyOutcome::Status::Failed);
    QVERIFY(out2.wrongDatabase);
    QVERIFY2(out2.error.message.contains(u"1234567890"), qPrintable(out2.error.message));
    QCOMPARE(role(*snapshot(), m_r1)->createDb, wasCreateDb); // nothing ran, on either
    QVERIFY(other.exec(QStringLiteral("SELECT 1")).ok()); // the transaction was ended
}

void TstPlanApplier::errorInTheMiddle()
{
    const SnapshotPtr before = snapshot();
    QVERIFY(before);
    const ObjectRef table = ref(*before, ObjectKind::Table, m_schema, m_table);
    const ObjectRef seq = ref(*before, ObjectKind::Sequence, m_schema, m_seq);
    Plan plan;
    plan.add(CreateRole{QStringLiteral("ap never"), {}});
    plan.add(GrantPrivileges{seq, m_r1, Privilege::Select, false});
    plan.add(GrantPrivileges{table, QStringLiteral("ap no such role"), Privilege::Select, false});
    plan.add(GrantPrivileges{seq, m_r2, Privilege::Select, false});
    const ApplyOutcome out = PlanApplier::apply(m_conn, plan, before.get());
    QCOMPARE(out.status, ApplyOutcome::Status::Failed);
    QCOMPARE(out.statementsRun, 2);
    QCOMPARE(out.failed.change, 2);
    QVERIFY2(out.failed.sql.contains(u"\"ap no such role\""), qPrintable(out.failed.sql));
    QCOMPARE(out.failed.object, QStringLiteral("table ") + table.toDisplay());
    QCOMPARE(out.error.sqlstate, QStringLiteral("42704"));
    QVERIFY2(out.error.message.contains(u"ap no such role"), qPrintable(out.error.message));
    QVERIFY(m_conn.isOpen());
    const SnapshotPtr after = snapshot();
    QVERIFY(after);
    QCOMPARE(aclState(*after), aclState(*before));
}

bool TstPlanApplier::ensureBulk()
{
    if (m_bulkReady)
        return true;
    for (const QString &r : m_bulkRoles)
        if (!test::execOrFail(m_conn, QStringLiteral("CREATE ROLE ") + q(r)))
            return false;
    if (!test::execOrFail(m_conn, QStringLiteral("CREATE SCHEMA bulk"))
        || !test::execOrFail(m_conn, QStringLiteral("DO $$ BEGIN FOR i IN 1..1000 LOOP "
                                                    "EXECUTE format('CREATE TABLE bulk.%I (x int)', 't' || i); "
                                                    "END LOOP; END $$")))
        return false;
    m_bulkReady = true;
    return true;
}

static Plan bulkPlan(const QStringList &roles)
{
    Plan plan;
    for (int t = 1; t <= 1000; ++t) {
        ObjectRef r{ObjectKind::Table, QStringLiteral("bulk"), QStringLiteral("t%1").arg(t), {}, {}};
        for (const QString &role : roles)
            plan.add(GrantPrivileges{r, role, Privilege::Select, false});
    }
    return plan;
}

void TstPlanApplier::connectionKilledMidApply()
{
    QVERIFY(ensureBulk());
    const SnapshotPtr before = snapshot();
    QVERIFY(before);
    const Plan plan = bulkPlan(m_bulkRoles);
    QCOMPARE(plan.size(), 20000);
    pg::Connection killer;
    QVERIFY(test::openSandbox(killer, QStringLiteral("postgres")));
    const QString appName = QStringLiteral("tst_planapplier_%1").arg(QCoreApplication::applicationPid());
    int killedAt = -1;
    bool killed = false;
    const ApplyOutcome out = PlanApplier::apply(m_conn, plan, before.get(), [&](int done, int total) {
        if (killedAt < 0 && done >= total / 3) {
            killedAt = done;
            const pg::Result r = killer.exec(QStringLiteral("SELECT pg_terminate_backend(pid, 10000) FROM pg_stat_activity "
                                                            "WHERE application_name = $1 AND pid <> pg_backend_pid()"),
                                             {appName});
            killed = r.ok() && r.rows() == 1 && r.boolean(0, 0);
        }
    });
    QVERIFY(killed);
    QVERIFY2(killedAt > 0 && killedAt < 20000, qPrintable(QString::number(killedAt)));
    QCOMPARE(out.status, ApplyOutcome::Status::ConnectionLost);
    QVERIFY(out.error.connectionLost);
    QCOMPARE(out.statementsRun, killedAt);
    QVERIFY(!m_conn.isOpen());

    pg::ConnectOptions options = test::sandboxOptions(m_db);
    options.push_back({QStringLiteral("application_name"), appName});
    QVERIFY(m_conn.open(options).isNull());
    const SnapshotPtr after = snapshot();
    QVERIFY(after);
    QCOMPARE(aclState(*after), aclState(*before));
}

void TstPlanApplier::cancelMidApply()
{
    QVERIFY(ensureBulk());
    const SnapshotPtr before = snapshot();
    QVERIFY(before);
    const Plan plan = bulkPlan(m_bulkRoles.mid(0, 5));
    std::atomic_bool cancelled{false};
    const ApplyOutcome out = PlanApplier::apply(m_conn, plan, before.get(), [&](int done, int) {
        if (done > 0)
            cancelled = true;
    }, &cancelled);
    QCOMPARE(out.status, ApplyOutcome::Status::Cancelled);
    QVERIFY(out.statementsRun > 0 && out.statementsRun < plan.size());
    QVERIFY(m_conn.isOpen());
    const SnapshotPtr after = snapshot();
    QVERIFY(after);
    QCOMPARE(aclState(*after), aclState(*before));
    // And the same plan, not cancelled, goes through.
    const ApplyOutcome ok = PlanApplier::apply(m_conn, plan, after.get());
    QVERIFY2(ok.ok(), qPrintable(ok.error.toString()));
    QVERIFY(verifyPlan(plan, *snapshot()).isEmpty());
}

void TstPlanApplier::cleanupTestCase()
{
    m_conn.close();
    pg::Connection admin;
    if (test::openSandbox(admin, QStringLiteral("postgres"))) {
        // Roles still own objects in the test database and hold grants: drop it first.
        dropEverything(admin);
    }
}

QTEST_GUILESS_MAIN(TstPlanApplier)
#include "tst_planapplier.moc"
