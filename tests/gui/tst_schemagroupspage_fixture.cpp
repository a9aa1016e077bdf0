// The fixture of tst_schemagroupspage (see tst_schemagroupspage.h).
#include "tst_schemagroupspage.h"

using namespace roledesk;
using namespace sgpage;

void TstSchemaGroupsPage::dropFixture()
{
    m_root.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(pg::quoteIdent(kDb)));
    m_root.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(pg::quoteIdent(kSpmDb)));
    for (const char *level : {"developer", "writer", "viewer", "admin"})
        m_root.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(pg::quoteIdent(kSpmDb + u'_' + QLatin1String(level))));
    // Groups are cluster-wide roles and outlive the database: drop what a failed run left behind.
    const QStringList leftovers = test::queryColumn(m_root, QStringLiteral(
        "SELECT rolname FROM pg_roles WHERE starts_with(rolname, $1) ORDER BY length(rolname) DESC"), {kDb + u'.'});
    for (const QString &r : leftovers)
        m_root.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(pg::quoteIdent(r)));
    for (const QString &u : kUsers)
        m_root.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(pg::quoteIdent(u)));
}

void TstSchemaGroupsPage::initTestCase()
{
    QString why;
    QVERIFY2(test::sandboxConfigured(&why), qPrintable(why));
    QVERIFY(test::openSandbox(m_root, QStringLiteral("postgres")));
    dropFixture();
    m_superuser = test::queryColumn(m_root, QStringLiteral("SELECT current_user")).value(0);
    QVERIFY(test::execOrFail(m_root, QStringLiteral("CREATE DATABASE %1").arg(pg::quoteIdent(kDb))));
    for (const QString &u : kUsers.mid(0, 4))
        QVERIFY(test::execOrFail(m_root, QStringLiteral("CREATE ROLE %1 LOGIN").arg(pg::quoteIdent(u))));
    QVERIFY(test::openSandbox(m_conn, kDb));
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("CREATE SCHEMA sales")));
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("CREATE SCHEMA \"Mixed Case\"")));
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("CREATE TABLE sales.orders (id int)")));
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("CREATE EXTENSION slpm_ce")));
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("CALL slpm_enable()")));
    for (int calls = 0;; ++calls) {
        QVERIFY2(calls < 20, "slpm_migrate never answered COMPLETED");
        const QStringList result = test::queryColumn(m_conn, QStringLiteral("CALL slpm_migrate(0)"));
        if (result == QStringList{QStringLiteral("COMPLETED")})
            break;
        QCOMPARE(result, QStringList{QStringLiteral("DONE BUT NOT COMPLETED")});
    }
    // bob: writer in sales; dan: admin (so developer everywhere through it).
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("CALL slpm_grant($1, $2)"),
                             {schemagroups::callArgument(group(QStringLiteral("sales.writer"))), QStringLiteral("sgp_bob")}));
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("CALL slpm_grant($1, $2)"),
                             {schemagroups::callArgument(group(QStringLiteral("admin"))), QStringLiteral("sgp_dan")}));
    m_conn.close();
}

void TstSchemaGroupsPage::cleanupTestCase()
{
    if (!m_root.isOpen())
        return;
    pg::Connection db;
    if (test::openSandbox(db, kDb)) {
        db.exec(QStringLiteral("CALL slpm_disable()"));
        GroupOperationRunner::perform(db, {GroupOperation::Cleanup, GroupModel::Slpm, 0, kDb, false});
    }
    db.close();
    if (test::openSandbox(db, kSpmDb)) {
        db.exec(QStringLiteral("CALL spm_disable()"));
        GroupOperationRunner::perform(db, {GroupOperation::Cleanup, GroupModel::Spm, 0, kSpmDb, false});
    }
    db.close();
    dropFixture();
}

bool TstSchemaGroupsPage::open(Session &session, const QString &database)
{
    QSignalSpy loaded(&session, &Session::snapshotChanged);
    session.connectTo(test::sandboxOptions(database));
    if (!loaded.wait(30000)) {
        QTest::qFail("no snapshot", __FILE__, __LINE__);
        return false;
    }
    return true;
}

bool TstSchemaGroupsPage::applyAndWait(Session &session)
{
    QSignalSpy finished(&session, &Session::applyFinished);
    if (!session.applyPendingPlan() || !finished.wait(30000)) {
        QTest::qFail("the apply did not run", __FILE__, __LINE__);
        return false;
    }
    const auto outcome = finished.at(0).at(0).value<ApplyOutcome>();
    const auto differences = finished.at(0).at(1).value<QList<PlanDifference>>();
    if (!outcome.ok() || !differences.isEmpty()) {
        QTest::qFail(qPrintable(QStringLiteral("apply: %1 %2").arg(outcome.error.toString())
                                    .arg(differences.isEmpty() ? QString() : differences.first().message)),
                     __FILE__, __LINE__);
        return false;
    }
    return true;
}

int TstSchemaGroupsPage::column(SchemaGroupsPage &page, const QString &schema) const
{
    if (schema.isEmpty())
        return 0; // admin comes first
    return page.model()->planner() ? page.model()->planner()->columnOfSchema(schema) : -1;
}

QModelIndex TstSchemaGroupsPage::cell(SchemaGroupsPage &page, const QString &user, const QString &schema) const
{
    return page.model()->index(page.model()->rowForUser(user), column(page, schema));
}
