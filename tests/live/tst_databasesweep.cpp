#include "catalog/databasesweep.h"
#include "pg/identifier.h"
#include "sandbox.h"

#include <QTest>

#include <atomic>

using namespace roledesk;

/// DatabaseSweep against the sandbox: scratch databases made here (one whose CONNECT is revoked
/// from PUBLIC, one that allows no connections, one with a hostile name), swept as a plain login:
/// the refused one is an error entry naming database and login and the sweep goes on, the others
/// are read; progress calls in order; cancel between databases; the options' other settings kept.
class TstDatabaseSweep : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void listsConnectableDatabases();
    void readsEachAndReportsTheRefusedOne();
    void keepsAConnectionStringsSettings();
    void cancelsBetweenDatabases();
    void cancelDuringProgressVisitsNothingMore();
    void failsWhenTheServerCannotBeReached();
    void cleanupTestCase();

private:
    void dropAll();
    /// The scratch databases in sweep order: a, b (no CONNECT for the login), the hostile one.
    QStringList ours() const { return {m_a, m_b, m_odd}; }

    pg::Connection m_root;
    const QString m_a = QStringLiteral("h1sweep_a");
    const QString m_b = QStringLiteral("h1sweep_b");
    const QString m_closed = QStringLiteral("h1sweep_closed");
    // Quotes, an equals sign (a connection string's mark), a space, capitals and non-ASCII.
    const QString m_odd = QStringLiteral("h1sweep_Odd 'q'=\u00fc.d\\");
    const QString m_login = QStringLiteral("h1sw_Login \"x\".\u00e9");
};

void TstDatabaseSweep::dropAll()
{
    test::dropScratch(m_root, {m_a, m_b, m_closed, m_odd}, QStringLiteral("h1sw_"), QStringLiteral("h1sw_"));
}

void TstDatabaseSweep::initTestCase()
{
    QString why;
    QVERIFY2(test::sandboxConfigured(&why), qPrintable(why));
    QVERIFY(test::openSandbox(m_root, QStringLiteral("postgres")));
    dropAll();
    for (const QString &db : {m_a, m_b, m_closed, m_odd})
        QVERIFY(test::execOrFail(m_root, QStringLiteral("CREATE DATABASE %1").arg(pg::quoteIdent(db))));
    QVERIFY(test::execOrFail(m_root, QStringLiteral("CREATE ROLE %1 LOGIN").arg(pg::quoteIdent(m_login))));
    QVERIFY(test::execOrFail(m_root, QStringLiteral("REVOKE CONNECT ON DATABASE %1 FROM PUBLIC").arg(pg::quoteIdent(m_b))));
    QVERIFY(test::execOrFail(m_root, QStringLiteral("REVOKE CONNECT ON DATABASE %1 FROM %2")
                                         .arg(pg::quoteIdent(m_b), pg::quoteIdent(m_login))));
    QVERIFY(test::execOrFail(m_root, QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS false").arg(pg::quoteIdent(m_closed))));
    // Something to find in the first database, so that a snapshot of the wrong one shows.
    pg::Connection a;
    QVERIFY(test::openSandbox(a, m_a));
    QVERIFY(test::execOrFail(a, QStringLiteral("CREATE TABLE h1sw_only_in_a (x int)")));
}

void TstDatabaseSweep::listsConnectableDatabases()
{
    pg::Connection conn;
    QVERIFY(test::openSandbox(conn, m_a, m_login));
    pg::Error error;
    const QStringList listed = DatabaseSweep::listDatabases(conn, &error);
    QVERIFY2(error.isNull(), qPrintable(error.toString()));
    const QStringList all = test::queryColumn(m_root, QStringLiteral(
        "SELECT datname FROM pg_database WHERE datallowconn AND NOT datistemplate ORDER BY datname COLLATE \"C\""));
    QCOMPARE(listed, all);
    for (const QString &db : ours())
        QVERIFY2(listed.contains(db), qPrintable(db));
    QVERIFY(!listed.contains(m_closed));
    QVERIFY(!listed.contains(QStringLiteral("template0")));
    QVERIFY(!listed.contains(QStringLiteral("template1")));
}

void TstDatabaseSweep::readsEachAndReportsTheRefusedOne()
{
    DatabaseSweep sweep;
    QList<SweptDatabase> seen;
    QStringList progress;
    const DatabaseSweep::Outcome out = sweep.run(
        test::sandboxOptions(QStringLiteral("postgres"), m_login), ours(),
        [&](const SweptDatabase &d) { seen << d; },
        [&](int i, int n, const QString &db) { progress << QStringLiteral("%1/%2 %3").arg(i).arg(n).arg(db); });
    QVERIFY(out.ok());
    QVERIFY(!out.cancelled);
    QCOMPARE(out.read, 2);
    QCOMPARE(out.failed, 1);
    QCOMPARE(progress, (QStringList{QStringLiteral("0/3 ") + m_a, QStringLiteral("1/3 ") + m_b,
                                    QStringLiteral("2/3 ") + m_odd}));
    QCOMPARE(seen.size(), 3);
    QCOMPARE(seen.at(0).database, m_a);
    QVERIFY(seen.at(0).ok());
    QCOMPARE(seen.at(0).snapshot->database, m_a);
    QCOMPARE(seen.at(0).snapshot->currentUser, m_login);
    bool found = false;
    for (const CatalogObject &o : seen.at(0).snapshot->objects)
        found = found || o.name == u"h1sw_only_in_a";
    QVERIFY(found);
    QCOMPARE(seen.at(1).database, m_b);
    QVERIFY(!seen.at(1).ok());
    QVERIFY2(seen.at(1).message.contains(m_b) && seen.at(1).message.contains(m_login), qPrintable(seen.at(1).message));
    QVERIFY2(seen.at(1).error.message.contains(QLatin1String("permission denied")), qPrintable(seen.at(1).error.message));
    QCOMPARE(seen.at(2).database, m_odd);
    QVERIFY2(seen.at(2).ok(), qPrintable(seen.at(2).message));
    QCOMPARE(seen.at(2).snapshot->database, m_odd);
}

void TstDatabaseSweep::keepsAConnectionStringsSettings()
{
    // The user is inside the connection string only; the sweep must keep it (and the host, port).
    const QString dsn = QStringLiteral("host='%1' port=%2 dbname=postgres user='%3' application_name=h1sweep")
                            .arg(qEnvironmentVariable("PGHOST"), qEnvironmentVariable("PGPORT"),
                                 QString(m_login).replace(u'\'', QStringLiteral("\\'")));
    const pg::ConnectOptions options{{QStringLiteral("dbname"), dsn}};
    pg::Connection conn;
    const pg::Error e = conn.open(DatabaseSweep::withDatabase(options, m_odd));
    QVERIFY2(e.isNull(), qPrintable(e.toString()));
    QCOMPARE(conn.database(), m_odd);
    QCOMPARE(conn.user(), m_login);
    QCOMPARE(test::queryColumn(conn, QStringLiteral("SELECT current_setting('application_name')")),
             QStringList{QStringLiteral("h1sweep")});
    // A later keyword still wins over the string's, as libpq orders them.
    pg::ConnectOptions withUser = options;
    withUser << std::pair(QStringLiteral("user"), qEnvironmentVariable("PGUSER", QStringLiteral("postgres")));
    pg::Connection root;
    QVERIFY(root.open(DatabaseSweep::withDatabase(withUser, m_a)).isNull());
    QCOMPARE(root.database(), m_a);
    QCOMPARE(root.user(), qEnvironmentVariable("PGUSER", QStringLiteral("postgres")));
}

void TstDatabaseSweep::cancelsBetweenDatabases()
{
    DatabaseSweep sweep;
    std::atomic_bool cancelled{false};
    QStringList visited;
    int progressCalls = 0;
    const DatabaseSweep::Outcome out = sweep.run(
        test::sandboxOptions(QStringLiteral("postgres"), m_login), ours(),
        [&](const SweptDatabase &d) { visited << d.database; cancelled = true; },
        [&](int, int, const QString &) { ++progressCalls; }, &cancelled);
    QVERIFY(out.cancelled);
    QCOMPARE(visited, QStringList{m_a});
    QCOMPARE(progressCalls, 1);
    QCOMPARE(out.read, 1);
}

void TstDatabaseSweep::cancelDuringProgressVisitsNothingMore()
{
    // Raised while the second database is about to be read: its read stops, and it is not
    // reported as a failed database.
    DatabaseSweep sweep;
    std::atomic_bool cancelled{false};
    QStringList visited;
    const DatabaseSweep::Outcome out = sweep.run(
        test::sandboxOptions(QStringLiteral("postgres")), ours(),
        [&](const SweptDatabase &d) { visited << d.database; },
        [&](int i, int, const QString &) { if (i == 1) cancelled = true; }, &cancelled);
    QVERIFY(out.cancelled);
    QCOMPARE(visited, QStringList{m_a});
    QCOMPARE(out.failed, 0);
}

void TstDatabaseSweep::failsWhenTheServerCannotBeReached()
{
    DatabaseSweep sweep;
    int visits = 0;
    const DatabaseSweep::Outcome out = sweep.run(
        test::sandboxOptions(QStringLiteral("h1sweep_no_such_database"), m_login),
        [&](const SweptDatabase &) { ++visits; });
    QVERIFY(!out.ok());
    QVERIFY2(out.error.message.contains(QLatin1String("h1sweep_no_such_database")), qPrintable(out.error.message));
    QCOMPARE(visits, 0);
    // Listing from a database the login may use finds ours among them and reads them.
    QStringList names;
    const DatabaseSweep::Outcome all = sweep.run(
        test::sandboxOptions(m_a, m_login), [&](const SweptDatabase &d) { names << d.database; });
    QVERIFY(all.ok());
    for (const QString &db : ours())
        QVERIFY2(names.contains(db), qPrintable(db));
    QCOMPARE(all.read + all.failed, int(all.databases.size()));
}

void TstDatabaseSweep::cleanupTestCase()
{
    if (m_root.isOpen())
        dropAll();
}

QTEST_GUILESS_MAIN(TstDatabaseSweep)
#include "tst_databasesweep.moc"
