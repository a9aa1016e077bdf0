#include "catalog/catalogquery.h"
#include "catalog/catalogreader.h"
#include "sandbox.h"

#include <QElapsedTimer>
#include <QTest>
#include <QThread>

#include <atomic>
#include <future>

using namespace roledesk;

/// Reading the catalog when things go wrong: wrong password, unreachable host, the server going
/// away mid-load, a cancelled load, and a login that may not read part of the catalog.
class TstCatalogReader : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void wrongPassword();
    void unreachableHost();
    void unknownDatabase();
    void serverStopsMidLoad();
    void cancelMidLoad();
    void loginWithoutRightsOnPartOfCatalog();
    void snapshotTransactionSettings();
    void cleanupTestCase();

private:
    // Takes an exclusive lock on pg_default_acl (read last), so that a load started afterwards
    // blocks there, genuinely mid-load.
    bool lockLastPart(pg::Connection &locker, pg::Connection &watcher);
    // Returns the blocked loader's backend pid once it waits on that lock.
    bool waitForBlockedLoader(pg::Connection &watcher, const QString &appName, int *pid);

    const QString m_restrictedDb = QStringLiteral("roledesk_restricted_catalog");
};

void TstCatalogReader::initTestCase()
{
    QString why;
    QVERIFY2(test::sandboxConfigured(&why), qPrintable(why));
}

void TstCatalogReader::wrongPassword()
{
    pg::Connection conn;
    const pg::Error e = conn.open({{QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                                   {QStringLiteral("port"), qEnvironmentVariable("PGPORT")},
                                   {QStringLiteral("dbname"), QStringLiteral("postgres")},
                                   {QStringLiteral("user"), QStringLiteral("postgres")},
                                   {QStringLiteral("password"), QStringLiteral("not the password")}});
    QVERIFY(!e.isNull());
    QCOMPARE(e.sqlstate, QString::fromLatin1(pg::sqlstate::InvalidPassword));
    QVERIFY2(e.message.contains(u"password authentication failed"), qPrintable(e.message));
    QVERIFY(!conn.isOpen());
    // A failed connection leaves the object reusable.
    QVERIFY(test::openSandbox(conn, QStringLiteral("postgres")));
}

void TstCatalogReader::unreachableHost()
{
    pg::Connection conn;
    const pg::Error e = conn.open({{QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                                   {QStringLiteral("port"), QStringLiteral("1")},
                                   {QStringLiteral("dbname"), QStringLiteral("postgres")}});
    QVERIFY(!e.isNull());
    QVERIFY(e.connectionLost);
    QVERIFY2(e.message.contains(u"Connection refused"), qPrintable(e.message));
    // Reading from a connection that never opened is an error value, not a crash.
    const SnapshotOutcome outcome = CatalogReader::read(conn);
    QVERIFY(!outcome.ok());
    QVERIFY(outcome.error.connectionLost);
}

void TstCatalogReader::unknownDatabase()
{
    pg::Connection conn;
    auto options = test::sandboxOptions(QStringLiteral("no_such_database_here"));
    const pg::Error e = conn.open(options);
    QVERIFY(!e.isNull());
    QVERIFY2(e.message.contains(u"no_such_database_here"), qPrintable(e.message));
}

bool TstCatalogReader::lockLastPart(pg::Connection &locker, pg::Connection &watcher)
{
    return test::openSandbox(locker, QStringLiteral("roledesk_fixture"))
           && test::openSandbox(watcher, QStringLiteral("roledesk_fixture"))
           && test::execOrFail(locker, QStringLiteral("BEGIN"))
           && test::execOrFail(locker, QStringLiteral("LOCK TABLE pg_catalog.pg_default_acl IN ACCESS EXCLUSIVE MODE"));
}

bool TstCatalogReader::waitForBlockedLoader(pg::Connection &watcher, const QString &appName, int *pid)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 20000) {
        const pg::Result r = watcher.exec(QStringLiteral(
            "SELECT pid FROM pg_stat_activity WHERE application_name = $1 AND wait_event_type = 'Lock'"), {appName});
        if (r.ok() && r.rows() == 1) {
            *pid = int(r.integer(0, 0));
            return true;
        }
        QThread::msleep(20);
    }
    QTest::qFail("the loader never blocked on pg_default_acl", __FILE__, __LINE__);
    return false;
}

void TstCatalogReader::serverStopsMidLoad()
{
    pg::Connection loader, locker, watcher;
    auto options = test::sandboxOptions(QStringLiteral("roledesk_fixture"));
    options << std::pair{QStringLiteral("application_name"), QStringLiteral("roledesk_midload")};
    QVERIFY(loader.open(options).isNull());
    QVERIFY(lockLastPart(locker, watcher));
    std::atomic_int lastDone{0};
    auto future = std::async(std::launch::async, [&] {
        return CatalogReader::read(loader, [&](int done, int, const QString &) { lastDone = done; });
    });
    int pid = 0;
    QVERIFY(waitForBlockedLoader(watcher, QStringLiteral("roledesk_midload"), &pid));
    QVERIFY(lastDone > 3); // genuinely mid-load: several parts were already read
    // What a fast shutdown does to each backend: terminate it.
    QVERIFY(test::execOrFail(watcher, QStringLiteral("SELECT pg_terminate_backend($1)"), {pid}));
    const SnapshotOutcome outcome = future.get();
    locker.exec(QStringLiteral("ROLLBACK"));
    QVERIFY(!outcome.ok());
    QVERIFY(outcome.error.connectionLost);
    QCOMPARE(outcome.error.sqlstate, QString::fromLatin1(pg::sqlstate::AdminShutdown));
    QVERIFY(!loader.isOpen());
}

void TstCatalogReader::cancelMidLoad()
{
    pg::Connection loader, locker, watcher;
    auto options = test::sandboxOptions(QStringLiteral("roledesk_fixture"));
    options << std::pair{QStringLiteral("application_name"), QStringLiteral("roledesk_cancel")};
    QVERIFY(loader.open(options).isNull());
    QVERIFY(lockLastPart(locker, watcher));
    std::atomic_bool cancelled{false};
    auto future = std::async(std::launch::async, [&] { return CatalogReader::read(loader, {}, &cancelled); });
    int pid = 0;
    QVERIFY(waitForBlockedLoader(watcher, QStringLiteral("roledesk_cancel"), &pid));
    cancelled = true;
    loader.requestCancel(); // from this thread, while the loader's thread waits on the lock
    const SnapshotOutcome outcome = future.get();
    locker.exec(QStringLiteral("ROLLBACK"));
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error.sqlstate, QString::fromLatin1(pg::sqlstate::QueryCanceled));
    QVERIFY(!outcome.error.connectionLost);
    // The connection survives a cancel and can load again.
    QVERIFY(loader.isOpen());
    const SnapshotOutcome again = CatalogReader::read(loader);
    QVERIFY2(again.ok(), qPrintable(again.error.toString()));
}

void TstCatalogReader::loginWithoutRightsOnPartOfCatalog()
{
    pg::Connection super;
    QVERIFY(test::openSandbox(super, QStringLiteral("postgres")));
    super.exec(QStringLiteral("DROP DATABASE IF EXISTS ") + m_restrictedDb);
    QVERIFY(test::execOrFail(super, QStringLiteral("CREATE DATABASE ") + m_restrictedDb));
    super.exec(QStringLiteral("CREATE ROLE roledesk_limited_login LOGIN"));
    {
        pg::Connection admin;
        QVERIFY(test::openSandbox(admin, m_restrictedDb));
        QVERIFY(test::execOrFail(admin, QStringLiteral("REVOKE SELECT ON pg_catalog.pg_default_acl FROM PUBLIC")));
    }
    pg::Connection limited;
    QVERIFY(test::openSandbox(limited, m_restrictedDb, QStringLiteral("roledesk_limited_login")));
    const SnapshotOutcome outcome = CatalogReader::read(limited);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error.toString()));
    QCOMPARE(outcome.snapshot->warnings.size(), 1);
    QVERIFY2(outcome.snapshot->warnings.first().contains(u"pg_default_acl"),
             qPrintable(outcome.snapshot->warnings.first()));
    // The rest of the catalog is there.
    QVERIFY(outcome.snapshot->roleIndex(outcome.snapshot->databaseOwner) >= 0);
    QVERIFY(!outcome.snapshot->objects.isEmpty());
    QCOMPARE(outcome.snapshot->currentUser, QStringLiteral("roledesk_limited_login"));
}

// The snapshot transaction: one consistent state, read only, pg_catalog first, no JIT — even
// where the server (or the role) turns JIT on with a low threshold.
void TstCatalogReader::snapshotTransactionSettings()
{
    pg::Connection conn;
    QVERIFY(test::openSandbox(conn, QStringLiteral("roledesk_fixture")));
    QVERIFY(test::execOrFail(conn, QStringLiteral("SET jit = on")));
    QVERIFY(beginCatalogSnapshot(conn).ok());
    const QStringList settings = test::queryColumn(
        conn, QStringLiteral("SELECT current_setting('jit') || ' ' || current_setting('transaction_isolation') || ' ' "
                             "|| current_setting('transaction_read_only') || ' ' || current_setting('search_path')"));
    QCOMPARE(settings, QStringList{QStringLiteral("off repeatable read on pg_catalog")});
    QVERIFY(test::execOrFail(conn, QStringLiteral("COMMIT")));
    QCOMPARE(test::queryColumn(conn, QStringLiteral("SELECT current_setting('jit')")), QStringList{QStringLiteral("on")});
}

void TstCatalogReader::cleanupTestCase()
{
    pg::Connection super;
    if (test::sandboxConfigured(nullptr) && super.open(test::sandboxOptions(QStringLiteral("postgres"))).isNull()) {
        super.exec(QStringLiteral("DROP DATABASE IF EXISTS ") + m_restrictedDb + QStringLiteral(" WITH (FORCE)"));
        super.exec(QStringLiteral("DROP ROLE IF EXISTS roledesk_limited_login"));
    }
}

QTEST_GUILESS_MAIN(TstCatalogReader)
#include "tst_catalogreader.moc"
