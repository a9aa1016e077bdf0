#include "sandbox.h"
#include "scratchcluster.h"

#include "pg/identifier.h"

#include <QTest>

using namespace roledesk;
using namespace roledesk::test;

/// slpm_ce survives pg_dumpall -g + pg_dump / pg_restore into a new cluster whose roles and
/// schemas have other OIDs: the restore runs through without a refusal, the list of groups names
/// the same roles and schemas (slpm_ce.groups holds regrole and regnamespace, dumped by name), the
/// members and every group's rights are the same, the model comes back off, and a superuser's
/// slpm_enable() + slpm_migrate() there takes the restored groups as they are (no new roles) and
/// refuses GRANT again. Dotted, mixed-case and non-ASCII names on the way.
class TstSlpmRestore : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void dumpAndRestore();
    void cleanupTestCase();

private:
    void dropSource();
    bool prepareSource();

    pg::Connection m_conn; // the sandbox's postgres database, as the superuser
};

namespace {

const QString kDb = QStringLiteral("SlpmR.db");
const QString kSchema = QStringLiteral("Sales X");
const QString kDev = QStringLiteral("slpmr_dev");
const QString kViewer = QStringLiteral("slpmr Vi\u00e9");
const QString kAdmin = QStringLiteral("slpmr_adm");
QString group(const QString &rest) { return kDb + u'.' + rest; }
// As the procedures take names: a name that is not all lower case is double-quoted inside the value.
QString arg(const QString &name) { return pg::quoteIdent(name); }

// Groups by name, their members, object owners and rights: what must come back the same.
const char *const kGroups = "SELECT x FROM (SELECT format('%s %s %s %s', g.role, g.kind, coalesce(g.nsp::text, '-'), g.model) AS x "
                            "FROM slpm_ce.groups g) s ORDER BY x COLLATE \"C\"";
const char *const kMembers = "SELECT x FROM (SELECT format('%s in %s', m.rolname, r.rolname) AS x FROM pg_auth_members a "
                             "JOIN pg_roles r ON r.oid = a.roleid JOIN pg_roles m ON m.oid = a.member "
                             "WHERE r.rolname LIKE 'SlpmR.db.%') s ORDER BY x COLLATE \"C\"";
const char *const kOwners = "SELECT x FROM (SELECT format('%s %s', c.oid::regclass, pg_get_userbyid(c.relowner)) AS x FROM pg_class c "
                            "WHERE c.relnamespace = '\"Sales X\"'::regnamespace AND c.relkind IN ('r', 'v', 'S')) s ORDER BY x COLLATE \"C\"";
const char *const kRights = "SELECT x FROM (SELECT format('%s %s %s%s%s', u.name, c.oid::regclass, "
                            "  has_table_privilege(u.name, c.oid, 'SELECT')::int, has_table_privilege(u.name, c.oid, 'INSERT')::int, "
                            "  has_schema_privilege(u.name, c.relnamespace, 'CREATE')::int) AS x "
                            "FROM pg_class c CROSS JOIN unnest($1::text[]) u(name) "
                            "WHERE c.relnamespace = '\"Sales X\"'::regnamespace AND c.relkind IN ('r', 'v')) s ORDER BY x COLLATE \"C\"";
const char *const kGroupOids = "SELECT x FROM (SELECT format('%s=%s', rolname, oid) AS x FROM pg_roles WHERE rolname LIKE 'SlpmR.db.%') s "
                               "ORDER BY x COLLATE \"C\"";

QString usersArray()
{
    QStringList quoted;
    for (const QString &u : {kDev, kViewer, kAdmin})
        quoted << u'"' + u + u'"';
    return u'{' + quoted.join(u',') + u'}';
}

} // namespace

void TstSlpmRestore::dropSource()
{
    m_conn.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(pg::quoteIdent(kDb)));
    const QStringList roles = queryColumn(m_conn, QStringLiteral("SELECT rolname FROM pg_roles WHERE rolname LIKE 'SlpmR.db.%' "
                                                                 "OR rolname = ANY ($1::text[])"),
                                          {usersArray()});
    for (const QString &role : roles)
        m_conn.exec(QStringLiteral("DROP ROLE IF EXISTS ") + pg::quoteIdent(role));
}

void TstSlpmRestore::initTestCase()
{
    QString why;
    QVERIFY2(ScratchCluster::usable(&why), qPrintable(why));
    QVERIFY(openSandbox(m_conn, QStringLiteral("postgres")));
    dropSource();
}

// A database with SLPM on and migrated, users placed through the procedures, and an object that a
// developer member made afterwards (handed to the developer group at once).
bool TstSlpmRestore::prepareSource()
{
    if (!execOrFail(m_conn, QStringLiteral("CREATE DATABASE %1").arg(pg::quoteIdent(kDb))))
        return false;
    pg::Connection db;
    if (!openSandbox(db, kDb))
        return false;
    const QString schema = pg::quoteIdent(kSchema);
    for (const QString &sql : {QStringLiteral("CREATE SCHEMA %1").arg(schema),
                               QStringLiteral("CREATE TABLE %1.\"Orders\" (id serial PRIMARY KEY, v text)").arg(schema),
                               QStringLiteral("CREATE VIEW %1.v AS SELECT id FROM %1.\"Orders\"").arg(schema),
                               QStringLiteral("CREATE EXTENSION slpm_ce"), QStringLiteral("CALL slpm_enable()"),
                               QStringLiteral("CALL slpm_migrate()")})
        if (!execOrFail(db, sql))
            return false;
    const QString create = QStringLiteral("CALL slpm_create_user($1, $2)");
    if (!execOrFail(db, create, {arg(kDev), arg(group(kSchema + QStringLiteral(".developer")))})
        || !execOrFail(db, create, {arg(kViewer), arg(group(kSchema + QStringLiteral(".viewer")))})
        || !execOrFail(db, create, {arg(kAdmin), arg(group(QStringLiteral("admin")))}))
        return false;
    return execOrFail(db, QStringLiteral("SET ROLE ") + pg::quoteIdent(kDev))
           && execOrFail(db, QStringLiteral("CREATE TABLE %1.later (a integer)").arg(schema))
           && execOrFail(db, QStringLiteral("RESET ROLE"));
}

void TstSlpmRestore::dumpAndRestore()
{
    QVERIFY(prepareSource());
    pg::Connection source;
    QVERIFY(openSandbox(source, kDb));
    const QStringList groups = queryColumn(source, QLatin1String(kGroups));
    const QStringList members = queryColumn(source, QLatin1String(kMembers));
    const QStringList owners = queryColumn(source, QLatin1String(kOwners));
    const QStringList rights = queryColumn(source, QLatin1String(kRights), {usersArray()});
    const QStringList sourceOids = queryColumn(source, QLatin1String(kGroupOids));
    QVERIFY2(groups.size() == 1 + 3 * 2, qPrintable(groups.join(u'\n'))); // admin, and three groups of "Sales X" and of public
    QVERIFY2(groups.contains(QStringLiteral("\"SlpmR.db.Sales X.developer\" developer \"Sales X\" slpm")), qPrintable(groups.join(u'\n')));
    QCOMPARE(members.filter(kViewer).size(), 1);
    QCOMPARE(owners, (QStringList{QStringLiteral("\"Sales X\".\"Orders\" SlpmR.db.Sales X.developer"),
                                  QStringLiteral("\"Sales X\".\"Orders_id_seq\" SlpmR.db.Sales X.developer"),
                                  QStringLiteral("\"Sales X\".later SlpmR.db.Sales X.developer"),
                                  QStringLiteral("\"Sales X\".v SlpmR.db.Sales X.developer")}));
    QVERIFY2(rights.contains(QStringLiteral("%1 \"Sales X\".later 100").arg(kViewer)), qPrintable(rights.join(u'\n')));
    QVERIFY2(rights.contains(QStringLiteral("%1 \"Sales X\".later 111").arg(kDev)), qPrintable(rights.join(u'\n')));
    source.close();

    ScratchCluster target;
    pg::Connection admin;
    QString why;
    QVERIFY2(target.startWithDump(kDb, &admin, &why), qPrintable(why));
    // The restore itself must not meet a refusal of slpm_ce's event triggers.
    QVERIFY2(target.restoreDump(kDb, &why), qPrintable(why));

    pg::Connection restored;
    QVERIFY2(restored.open(target.options(kDb)).isNull(), "cannot connect to the restored database");
    const QStringList newOids = queryColumn(restored, QLatin1String(kGroupOids));
    QCOMPARE(newOids.size(), sourceOids.size());
    for (const QString &oid : newOids)
        QVERIFY2(!sourceOids.contains(oid), qPrintable(QStringLiteral("%1: the same OID in both clusters").arg(oid)));
    QCOMPARE(queryColumn(restored, QLatin1String(kGroups)), groups);
    QCOMPARE(queryColumn(restored, QLatin1String(kMembers)), members);
    QCOMPARE(queryColumn(restored, QLatin1String(kOwners)), owners);
    QCOMPARE(queryColumn(restored, QLatin1String(kRights), {usersArray()}), rights);
    // The model comes back off; the groups' EXECUTE on the procedures came with the dump.
    QCOMPARE(queryColumn(restored, QStringLiteral("SELECT enabled || ' ' || coalesce(model, '-') FROM slpm_ce.state")),
             QStringList{QStringLiteral("false -")});
    QCOMPARE(queryColumn(restored, QStringLiteral("SELECT has_function_privilege($1, 'public.slpm_grant(text, text)', 'EXECUTE')"),
                         {group(QStringLiteral("admin"))}),
             QStringList{QStringLiteral("t")});

    // Turned on again: the same groups (no new role), GRANT refused again, and a new object handed over.
    QVERIFY(execOrFail(restored, QStringLiteral("CALL slpm_enable()")));
    QCOMPARE(queryColumn(restored, QStringLiteral("CALL slpm_migrate()")), QStringList{QStringLiteral("COMPLETED")});
    QCOMPARE(queryColumn(restored, QLatin1String(kGroupOids)), newOids);
    QCOMPARE(queryColumn(restored, QLatin1String(kGroups)), groups);
    QCOMPARE(queryColumn(restored, QLatin1String(kRights), {usersArray()}), rights);
    const pg::Result refused = restored.exec(QStringLiteral("GRANT SELECT ON %1.later TO PUBLIC").arg(pg::quoteIdent(kSchema)));
    const QString problem = refusalProblem(refused.error(), "0A000", {QStringLiteral("slpm_grant")});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(execOrFail(restored, QStringLiteral("SET ROLE ") + pg::quoteIdent(kDev)));
    QVERIFY(execOrFail(restored, QStringLiteral("CREATE TABLE %1.after_restore (a integer)").arg(pg::quoteIdent(kSchema))));
    QVERIFY(execOrFail(restored, QStringLiteral("RESET ROLE")));
    QCOMPARE(queryColumn(restored, QStringLiteral("SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = $1::regclass"),
                         {QStringLiteral("\"Sales X\".after_restore")}),
             QStringList{group(kSchema + QStringLiteral(".developer"))});
    QCOMPARE(queryColumn(restored, QStringLiteral("SELECT has_table_privilege($1, $2, 'SELECT')"),
                         {kViewer, QStringLiteral("\"Sales X\".after_restore")}),
             QStringList{QStringLiteral("t")});
    restored.close();
    admin.close();
}

void TstSlpmRestore::cleanupTestCase()
{
    if (m_conn.isOpen())
        dropSource();
}

QTEST_GUILESS_MAIN(TstSlpmRestore)
#include "tst_slpmrestore.moc"
