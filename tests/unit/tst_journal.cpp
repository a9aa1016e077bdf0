#include "store/journal.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSysInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <pwd.h>
#include <unistd.h>

using namespace roledesk;

/// The applied-plan journal: migration to schema 2, record/list/entry round trip, filter and
/// limit, CSV and SQL export (exact text), and errors when the workspace is closed or the file
/// cannot be written.
class TstJournal : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void migratesToSchemaTwo();
    void recordAndRead();
    void filterAndLimit();
    void exportCsv();
    void exportSql();
    void errors();
    void osUserFromTheSystem();
    void migratesOldWorkspace();

private:
    JournalEntry sample(const QString &database, const QString &result) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
};

JournalEntry TstJournal::sample(const QString &database, const QString &result) const
{
    JournalEntry e;
    e.appliedAt = QDateTime(QDate(2024, 3, 4), QTime(5, 6, 7, 89), Qt::UTC);
    e.osUser = QStringLiteral("ops");
    e.databaseUser = QStringLiteral("postgres");
    e.server = QStringLiteral("db.example:5432");
    e.host = QStringLiteral("desk1");
    e.systemIdentifier = QStringLiteral("7000");
    e.database = database;
    e.sql = QStringLiteral("BEGIN;\nGRANT SELECT ON TABLE \"s\".\"t\" TO \"a, \"\"b\"\"\";\nCOMMIT;\n");
    e.result = result;
    e.message = result == u"failed" ? QStringLiteral("permission denied\nfor table t") : QString();
    e.statements = 1;
    e.durationMs = 12;
    return e;
}

void TstJournal::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_ws = std::make_unique<Workspace>(m_dir->filePath(QStringLiteral("ws.sqlite")));
    QVERIFY(m_ws->open().isNull());
}

void TstJournal::cleanup()
{
    m_ws.reset();
    m_dir.reset();
}

void TstJournal::migratesToSchemaTwo()
{
    QVERIFY(Workspace::latestSchemaVersion() >= 2);
    QCOMPARE(m_ws->schemaVersion(), Workspace::latestSchemaVersion());
    QSqlQuery q(m_ws->database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM journal")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TstJournal::recordAndRead()
{
    Journal journal(m_ws.get());
    JournalEntry e = sample(QStringLiteral("app"), QStringLiteral("applied"));
    const StoreError error = journal.record(e);
    QVERIFY2(error.isNull(), qPrintable(error.message));
    QVERIFY(e.id > 0);
    const auto back = journal.entry(e.id);
    QVERIFY(back);
    QCOMPARE(back->id, e.id);
    QCOMPARE(back->appliedAt, e.appliedAt);
    QCOMPARE(back->osUser, e.osUser);
    QCOMPARE(back->databaseUser, e.databaseUser);
    QCOMPARE(back->server, e.server);
    QCOMPARE(back->database, e.database);
    QCOMPARE(back->sql, e.sql);
    QCOMPARE(back->result, e.result);
    QCOMPARE(back->statements, 1);
    QCOMPARE(back->durationMs, qint64(12));
    QVERIFY(!journal.entry(e.id + 1000));

    // Defaults: now and the OS user.
    JournalEntry bare;
    bare.result = QStringLiteral("conflict");
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    QVERIFY(journal.record(bare).isNull());
    QVERIFY(bare.id > e.id);
    QVERIFY(bare.appliedAt >= before);
    QCOMPARE(bare.osUser, Journal::currentOsUser());
}

void TstJournal::filterAndLimit()
{
    Journal journal(m_ws.get());
    for (int i = 0; i < 5; ++i) {
        JournalEntry e = sample(i % 2 ? QStringLiteral("Sales_DB") : QStringLiteral("hr"),
                                i == 4 ? QStringLiteral("failed") : QStringLiteral("applied"));
        QVERIFY(journal.record(e).isNull());
    }
    const QList<JournalEntry> all = journal.list();
    QCOMPARE(all.size(), 5);
    QVERIFY(all.front().id > all.back().id); // newest first
    QCOMPARE(journal.list({}, 2).size(), 2);
    QCOMPARE(journal.list(QStringLiteral("sales_db")).size(), 2);
    QCOMPARE(journal.list(QStringLiteral("PERMISSION DENIED")).size(), 1);
    QCOMPARE(journal.list(QStringLiteral("failed")).front().result, QStringLiteral("failed"));
    QCOMPARE(journal.list(QStringLiteral("no such text")).size(), 0);
    QCOMPARE(journal.list(QStringLiteral("%")).size(), 0); // not a LIKE pattern
}

void TstJournal::exportCsv()
{
    Journal journal(m_ws.get());
    JournalEntry e = sample(QStringLiteral("app"), QStringLiteral("failed"));
    QVERIFY(journal.record(e).isNull());
    const QString path = m_dir->filePath(QStringLiteral("journal.csv"));
    QVERIFY(journal.exportCsv(path).isNull());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString expected = QStringLiteral(
        "id,applied_at,os_user,database_user,server,database,result,message,statements,duration_ms,sql,host,"
        "system_identifier,kind,subject\r\n"
        "%1,2024-03-04T05:06:07.089Z,ops,postgres,db.example:5432,app,failed,\"permission denied\nfor table t\",1,12,"
        "\"BEGIN;\nGRANT SELECT ON TABLE \"\"s\"\".\"\"t\"\" TO \"\"a, \"\"\"\"b\"\"\"\"\"\";\nCOMMIT;\n\",desk1,7000,,\r\n").arg(e.id);
    QCOMPARE(QString::fromUtf8(f.readAll()), expected);
}

void TstJournal::exportSql()
{
    Journal journal(m_ws.get());
    JournalEntry a = sample(QStringLiteral("app"), QStringLiteral("applied"));
    JournalEntry b = sample(QStringLiteral("app"), QStringLiteral("failed"));
    QVERIFY(journal.record(a).isNull());
    QVERIFY(journal.record(b).isNull());
    const QString path = m_dir->filePath(QStringLiteral("journal.sql"));
    QVERIFY(journal.exportSql(path).isNull());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString header = QStringLiteral("-- Journal entry %1, 2024-03-04T05:06:07.089Z\n"
                                          "-- By ops@desk1 (database user postgres) on db.example:5432 (system 7000), database app\n");
    const QString expected =
        header.arg(a.id) + QStringLiteral("-- Result: applied, 1 statements, 12 ms\n") + a.sql + u'\n'
        + header.arg(b.id) + QStringLiteral("-- Result: failed, 1 statements, 12 ms: permission denied for table t\n") + b.sql + u'\n';
    QCOMPARE(QString::fromUtf8(f.readAll()), expected);
}

void TstJournal::errors()
{
    Journal journal(m_ws.get());
    QVERIFY(!journal.exportCsv(m_dir->filePath(QStringLiteral("no/such/dir/x.csv"))).isNull());
    QVERIFY(!journal.exportSql(m_dir->filePath(QStringLiteral("no/such/dir/x.sql"))).isNull());
    m_ws->close();
    JournalEntry e = sample(QStringLiteral("app"), QStringLiteral("applied"));
    QVERIFY(!journal.record(e).isNull());
    QCOMPARE(e.id, qint64(0));
    QVERIFY(journal.list().isEmpty());
    Journal none(nullptr);
    QVERIFY(!none.record(e).isNull());
}

QTEST_GUILESS_MAIN(TstJournal)
// USER and LOGNAME are anyone's to set: the journal's OS account comes from the system.
void TstJournal::osUserFromTheSystem()
{
    const QByteArray saved = qgetenv("USER");
    qputenv("USER", "mallory");
    qputenv("LOGNAME", "mallory");
    const QString real = QString::fromLocal8Bit(::getpwuid(::geteuid())->pw_name);
    QCOMPARE(Journal::currentOsUser(), real);
    qunsetenv("USER");
    qunsetenv("LOGNAME");
    QCOMPARE(Journal::currentOsUser(), real);
    JournalEntry e;
    e.database = QStringLiteral("app");
    QVERIFY(Journal(m_ws.get()).record(e).isNull());
    const auto back = Journal(m_ws.get()).entry(e.id);
    QVERIFY(back);
    QCOMPARE(back->osUser, real);
    QCOMPARE(back->host, QSysInfo::machineHostName());
    qputenv("USER", saved);
}

// A workspace written before schema 3 keeps its journal rows and records new ones.
void TstJournal::migratesOldWorkspace()
{
    const QString path = m_dir->filePath(QStringLiteral("old.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const char *sql : {
                 "CREATE TABLE schema_version (version INTEGER PRIMARY KEY NOT NULL, applied_at TEXT NOT NULL DEFAULT '')",
                 "INSERT INTO schema_version (version) VALUES (1), (2)",
                 "CREATE TABLE connection_profile (name TEXT PRIMARY KEY NOT NULL, host TEXT NOT NULL DEFAULT '',"
                 " port TEXT NOT NULL DEFAULT '', database TEXT NOT NULL DEFAULT '', user_name TEXT NOT NULL DEFAULT '',"
                 " sslmode TEXT NOT NULL DEFAULT '', sslrootcert TEXT NOT NULL DEFAULT '', sslcert TEXT NOT NULL DEFAULT '',"
                 " sslkey TEXT NOT NULL DEFAULT '', sslcrl TEXT NOT NULL DEFAULT '', connection_string TEXT NOT NULL DEFAULT '',"
                 " password_policy TEXT NOT NULL DEFAULT 'ask', created_at TEXT NOT NULL DEFAULT '', updated_at TEXT NOT NULL DEFAULT '')",
                 "CREATE TABLE journal (id INTEGER PRIMARY KEY AUTOINCREMENT, applied_at TEXT NOT NULL,"
                 " os_user TEXT NOT NULL DEFAULT '', database_user TEXT NOT NULL DEFAULT '', server TEXT NOT NULL DEFAULT '',"
                 " database TEXT NOT NULL DEFAULT '', sql TEXT NOT NULL DEFAULT '', result TEXT NOT NULL DEFAULT '',"
                 " message TEXT NOT NULL DEFAULT '', statements INTEGER NOT NULL DEFAULT 0, duration_ms INTEGER NOT NULL DEFAULT 0)",
                 "INSERT INTO journal (applied_at, os_user, database, result) VALUES ('2024-01-01T00:00:00.000Z', 'old', 'app', 'applied')",
             })
            QVERIFY2(q.exec(QString::fromLatin1(sql)), sql);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
    Workspace ws(path);
    const StoreError error = ws.open();
    QVERIFY2(error.isNull(), qPrintable(error.message));
    QCOMPARE(ws.schemaVersion(), Workspace::latestSchemaVersion());
    Journal journal(&ws);
    QList<JournalEntry> rows = journal.list();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.front().osUser, QStringLiteral("old"));
    QVERIFY(rows.front().host.isEmpty());
    JournalEntry e = sample(QStringLiteral("app"), QStringLiteral("applied"));
    QVERIFY(journal.record(e).isNull());
    rows = journal.list();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.front().host, QStringLiteral("desk1"));
    QCOMPARE(rows.front().systemIdentifier, QStringLiteral("7000"));
}

#include "tst_journal.moc"
