// Connection profiles in the SQLite workspace: CRUD, awkward names, migrations, libpq options,
// and the promise that no password ever reaches the workspace file.
#include "store/connectionprofile.h"
#include "store/profilestore.h"
#include "store/workspace.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace roledesk;

namespace {

ConnectionProfile fullProfile(const QString &name)
{
    ConnectionProfile p;
    p.name = name;
    p.host = QStringLiteral("db.example.com");
    p.port = QStringLiteral("6543");
    p.database = QStringLiteral("sales");
    p.user = QStringLiteral("alice");
    p.sslmode = QStringLiteral("verify-full");
    p.sslrootcert = QStringLiteral("/etc/ssl/root.crt");
    p.sslcert = QStringLiteral("/home/alice/.postgresql/client.crt");
    p.sslkey = QStringLiteral("/home/alice/.postgresql/client.key");
    p.sslcrl = QStringLiteral("/etc/ssl/root.crl");
    p.connectionString = QStringLiteral("service=sales application_name=roledesk");
    p.passwordPolicy = PasswordPolicy::Keychain;
    return p;
}

QString opt(const pg::ConnectOptions &options, const QString &key)
{
    QString last; // libpq takes the last non-empty value of a repeated keyword
    for (const auto &[k, v] : options)
        if (k == key)
            last = v;
    return last;
}

} // namespace

class TestProfileStore : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void createsFileAndSchema()
    {
        Workspace ws(path("nested/folder/ws.sqlite"));
        QCOMPARE(ws.schemaVersion(), -1);
        QVERIFY(!ws.database().isValid());
        const StoreError e = ws.open();
        QVERIFY2(e.isNull(), qPrintable(e.message));
        QVERIFY(ws.isOpen());
        QVERIFY(QFile::exists(ws.path()));
        QCOMPARE(ws.schemaVersion(), Workspace::latestSchemaVersion());
        QVERIFY(ws.database().tables().contains(QStringLiteral("connection_profile")));
        QVERIFY(ws.database().tables().contains(QStringLiteral("schema_version")));
        QVERIFY(Workspace::defaultPath().endsWith(QStringLiteral("/workspace.sqlite")));
    }

    void saveListUpdateRemove()
    {
        Workspace ws(path("crud.sqlite"));
        QVERIFY(ws.open().isNull());
        ProfileStore store(&ws);
        StoreError error;
        QVERIFY(store.list(&error).isEmpty());
        QVERIFY(error.isNull());

        const ConnectionProfile a = fullProfile(QStringLiteral("prod"));
        QVERIFY2(store.save(a).isNull(), qPrintable(store.save(a).message));
        ConnectionProfile b;
        b.name = QStringLiteral("Dev");
        b.host = QStringLiteral("localhost");
        QVERIFY(store.save(b).isNull());

        QCOMPARE(store.names(), (QStringList{QStringLiteral("Dev"), QStringLiteral("prod")}));
        const auto loaded = store.profile(QStringLiteral("prod"));
        QVERIFY(loaded.has_value());
        QCOMPARE(*loaded, a);
        QCOMPARE(store.profile(QStringLiteral("Dev"))->passwordPolicy, PasswordPolicy::AskEachTime);
        QVERIFY(!store.profile(QStringLiteral("nope")).has_value());

        // Saving under an existing name updates in place.
        ConnectionProfile a2 = a;
        a2.host = QStringLiteral("replica.example.com");
        a2.passwordPolicy = PasswordPolicy::AskEachTime;
        a2.sslcrl.clear();
        QVERIFY(store.save(a2).isNull());
        QCOMPARE(store.list().size(), 2);
        QCOMPARE(*store.profile(QStringLiteral("prod")), a2);

        QVERIFY(store.remove(QStringLiteral("Dev")).isNull());
        QCOMPARE(store.names(), QStringList{QStringLiteral("prod")});
        const StoreError missing = store.remove(QStringLiteral("Dev"));
        QVERIFY(!missing.isNull());
        QVERIFY(missing.message.contains(QStringLiteral("Dev")));
    }

    void rename()
    {
        Workspace ws(path("rename.sqlite"));
        QVERIFY(ws.open().isNull());
        ProfileStore store(&ws);
        QVERIFY(store.save(fullProfile(QStringLiteral("one"))).isNull());
        QVERIFY(store.save(fullProfile(QStringLiteral("two"))).isNull());

        QVERIFY(store.rename(QStringLiteral("one"), QStringLiteral("uno")).isNull());
        QCOMPARE(store.names(), (QStringList{QStringLiteral("two"), QStringLiteral("uno")}));
        QCOMPARE(store.profile(QStringLiteral("uno"))->host, QStringLiteral("db.example.com"));
        QCOMPARE(store.profile(QStringLiteral("uno"))->name, QStringLiteral("uno"));

        QVERIFY(!store.rename(QStringLiteral("uno"), QStringLiteral("two")).isNull()); // taken
        QVERIFY(!store.rename(QStringLiteral("missing"), QStringLiteral("x")).isNull());
        QVERIFY(!store.rename(QStringLiteral("two"), QStringLiteral("  ")).isNull());
        QCOMPARE(store.names(), (QStringList{QStringLiteral("two"), QStringLiteral("uno")}));
    }

    void awkwardNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("single quote") << QStringLiteral("O'Brien's server");
        QTest::newRow("double quote") << QStringLiteral("the \"prod\" box");
        QTest::newRow("sql injection") << QStringLiteral("x'); DROP TABLE connection_profile; --");
        QTest::newRow("japanese") << QStringLiteral("本番データベース");
        QTest::newRow("chinese+emoji") << QStringLiteral("生产库 🐘");
        QTest::newRow("accents") << QStringLiteral("Ünïcödé — Größe");
        QTest::newRow("backslash") << QStringLiteral("C:\\path\\name");
    }

    void awkwardNames()
    {
        QFETCH(QString, name);
        Workspace ws(path("names.sqlite"));
        QVERIFY(ws.open().isNull());
        ProfileStore store(&ws);
        ConnectionProfile p = fullProfile(name);
        p.user = name; // non-ASCII in the other columns too
        QVERIFY(store.save(p).isNull());
        QVERIFY(store.names().contains(name));
        QCOMPARE(*store.profile(name), p);
        const QString renamed = name + QStringLiteral(" (2)");
        QVERIFY(store.rename(name, renamed).isNull());
        QCOMPARE(store.profile(renamed)->user, name);
        QVERIFY(store.remove(renamed).isNull());
        QVERIFY(!store.profile(renamed).has_value());
        QVERIFY(ws.database().tables().contains(QStringLiteral("connection_profile")));
    }

    void refusesInvalidProfiles()
    {
        Workspace ws(path("invalid.sqlite"));
        QVERIFY(ws.open().isNull());
        ProfileStore store(&ws);
        ConnectionProfile p = fullProfile(QString());
        QVERIFY(!store.save(p).isNull()); // no name
        p.name = QStringLiteral("bad port");
        p.port = QStringLiteral("70000");
        QVERIFY(!store.save(p).isNull());
        p.port = QStringLiteral("54x");
        QVERIFY(!store.save(p).isNull());
        p.port = QStringLiteral("5432");
        p.sslmode = QStringLiteral("sometimes");
        QVERIFY(!store.save(p).isNull());
        p.sslmode = QStringLiteral("require");
        p.connectionString = QStringLiteral("host='unterminated");
        QVERIFY(!store.save(p).isNull());
        QVERIFY(store.list().isEmpty());

        ProfileStore closed(nullptr);
        QVERIFY(!closed.save(fullProfile(QStringLiteral("x"))).isNull());
        StoreError error;
        QVERIFY(closed.list(&error).isEmpty());
        QVERIFY(!error.isNull());
    }

    void reopenKeepsDataAndDoesNotRemigrate()
    {
        const QString file = path("reopen.sqlite");
        {
            Workspace ws(file);
            QVERIFY(ws.open().isNull());
            QVERIFY(ProfileStore(&ws).save(fullProfile(QStringLiteral("kept"))).isNull());
        }
        {
            Workspace ws(file);
            QVERIFY(ws.open().isNull());
            QCOMPARE(ws.schemaVersion(), Workspace::latestSchemaVersion());
            QSqlQuery q(ws.database());
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM schema_version")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), Workspace::latestSchemaVersion());
            QCOMPARE(ProfileStore(&ws).names(), QStringList{QStringLiteral("kept")});
            ws.close();
            QVERIFY(!ws.isOpen());
            QVERIFY(ws.open().isNull()); // open again on the same object
            QCOMPARE(ProfileStore(&ws).names(), QStringList{QStringLiteral("kept")});
        }
    }

    void twoWorkspacesAtOnce()
    {
        Workspace a(path("a.sqlite"));
        Workspace b(path("b.sqlite"));
        QVERIFY(a.open().isNull());
        QVERIFY(b.open().isNull());
        QVERIFY(a.database().connectionName() != b.database().connectionName());
        QVERIFY(ProfileStore(&a).save(fullProfile(QStringLiteral("only-a"))).isNull());
        QVERIFY(ProfileStore(&b).names().isEmpty());
    }

    void refusesNewerSchema()
    {
        const QString file = path("future.sqlite");
        {
            Workspace ws(file);
            QVERIFY(ws.open().isNull());
            QSqlQuery q(ws.database());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (999)")));
        }
        Workspace ws(file);
        const StoreError e = ws.open();
        QVERIFY(!e.isNull());
        QVERIFY(e.message.contains(QStringLiteral("999")));
        QVERIFY(!ws.isOpen());
    }

    void toConnectOptionsFields()
    {
        ConnectionProfile p = fullProfile(QStringLiteral("x"));
        p.connectionString.clear();
        const pg::ConnectOptions o = p.toConnectOptions(QStringLiteral("pw"));
        const pg::ConnectOptions expected = {
            {QStringLiteral("host"), QStringLiteral("db.example.com")},
            {QStringLiteral("port"), QStringLiteral("6543")},
            {QStringLiteral("dbname"), QStringLiteral("sales")},
            {QStringLiteral("user"), QStringLiteral("alice")},
            {QStringLiteral("sslmode"), QStringLiteral("verify-full")},
            {QStringLiteral("sslrootcert"), QStringLiteral("/etc/ssl/root.crt")},
            {QStringLiteral("sslcert"), QStringLiteral("/home/alice/.postgresql/client.crt")},
            {QStringLiteral("sslkey"), QStringLiteral("/home/alice/.postgresql/client.key")},
            {QStringLiteral("sslcrl"), QStringLiteral("/etc/ssl/root.crl")},
            {QStringLiteral("password"), QStringLiteral("pw")},
        };
        QCOMPARE(o, expected);
        // No password given: no password keyword at all (libpq may then use .pgpass).
        QCOMPARE(opt(p.toConnectOptions(QString()), QStringLiteral("password")), QString());
        QCOMPARE(ConnectionProfile().toConnectOptions(QString()), pg::ConnectOptions());
    }

    void toConnectOptionsConnectionStringOverride()
    {
        ConnectionProfile p;
        p.connectionString = QStringLiteral("postgresql://bob@base.example.com:5433/basedb?sslmode=require");
        p.host = QStringLiteral("override.example.com");
        p.database = QStringLiteral("otherdb");
        const pg::ConnectOptions o = p.toConnectOptions(QStringLiteral("s3cret"));
        // The string comes first as dbname (libpq expands the first dbname only); the non-empty
        // fields follow and win; empty fields leave the string's values alone.
        QCOMPARE(o.first(), (std::pair{QStringLiteral("dbname"), p.connectionString}));
        QCOMPARE(opt(o, QStringLiteral("host")), QStringLiteral("override.example.com"));
        QCOMPARE(opt(o, QStringLiteral("dbname")), QStringLiteral("otherdb"));
        QCOMPARE(opt(o, QStringLiteral("user")), QString());
        QCOMPARE(opt(o, QStringLiteral("port")), QString());
        QCOMPARE(opt(o, QStringLiteral("password")), QStringLiteral("s3cret"));
        QCOMPARE(o.size(), 4);

        ConnectionProfile service;
        service.connectionString = QStringLiteral("service=analytics");
        QCOMPARE(service.toConnectOptions(QString()),
                 (pg::ConnectOptions{{QStringLiteral("dbname"), QStringLiteral("service=analytics")}}));
        QVERIFY(service.validate().isEmpty());
        QCOMPARE(service.summary(), QStringLiteral("service=analytics"));
    }

    void summary()
    {
        ConnectionProfile p = fullProfile(QStringLiteral("x"));
        p.connectionString.clear();
        QCOMPARE(p.summary(), QStringLiteral("alice@db.example.com:6543/sales"));
        p.port.clear();
        p.user.clear();
        QCOMPARE(p.summary(), QStringLiteral("db.example.com/sales"));
    }

    void validate()
    {
        ConnectionProfile p;
        QVERIFY(p.validate().isEmpty());
        for (const char *bad : {"0", "65536", "-1", "abc", "54 32"}) {
            p.port = QString::fromLatin1(bad);
            QVERIFY2(!p.validate().isEmpty(), bad);
            QVERIFY(!p.hasValidPort());
        }
        p.port = QStringLiteral("65535");
        QVERIFY(p.validate().isEmpty());
        p.sslmode = QStringLiteral("verify-ca");
        QVERIFY(p.validate().isEmpty());
        p.connectionString = QStringLiteral("postgresql://u@h:5432/db");
        QVERIFY(p.validate().isEmpty());
        p.connectionString = QStringLiteral("nonsense_option=1");
        QVERIFY(!p.validate().isEmpty());
    }

    void connectionStringPasswordDetected_data()
    {
        QTest::addColumn<QString>("cs");
        QTest::addColumn<bool>("hasPassword");
        QTest::newRow("uri") << QStringLiteral("postgresql://u:topsecret@h/db") << true;
        QTest::newRow("uri query") << QStringLiteral("postgresql://u@h/db?password=topsecret") << true;
        QTest::newRow("kv") << QStringLiteral("host=h password='top secret'") << true;
        QTest::newRow("none") << QStringLiteral("host=h user=u") << false;
        QTest::newRow("service") << QStringLiteral("service=prod") << false;
        QTest::newRow("dbname only") << QStringLiteral("mydb") << false;
    }

    void connectionStringPasswordDetected()
    {
        QFETCH(QString, cs);
        QFETCH(bool, hasPassword);
        ConnectionProfile p;
        p.connectionString = cs;
        QCOMPARE(p.connectionStringHasPassword(), hasPassword);
    }

    void passwordNeverInWorkspaceFile()
    {
        const QString secret = QStringLiteral("Zq9-very-secret-Pa55word-xyzzy");
        const QString file = path("secret.sqlite");
        {
            Workspace ws(file);
            QVERIFY(ws.open().isNull());
            ProfileStore store(&ws);
            ConnectionProfile p = fullProfile(QStringLiteral("with keychain"));
            QVERIFY(opt(p.toConnectOptions(secret), QStringLiteral("password")) == secret);
            QVERIFY(store.save(p).isNull());
            // A password smuggled in through the connection string must be refused, not saved.
            p.name = QStringLiteral("smuggled");
            p.connectionString = QStringLiteral("postgresql://alice:") + secret + QStringLiteral("@h/db");
            const StoreError e = store.save(p);
            QVERIFY(!e.isNull());
            QVERIFY(!e.message.contains(secret));
            p.connectionString = QStringLiteral("host=h password=") + secret;
            QVERIFY(!store.save(p).isNull());
            QVERIFY(!store.profile(QStringLiteral("smuggled")).has_value());
            QCOMPARE(store.names(), QStringList{QStringLiteral("with keychain")});
        }
        // Raw bytes of the file and any side files SQLite may have left.
        for (const QString &f : {file, file + QStringLiteral("-journal"), file + QStringLiteral("-wal")}) {
            QFile raw(f);
            if (!raw.exists())
                continue;
            QVERIFY(raw.open(QIODevice::ReadOnly));
            const QByteArray bytes = raw.readAll();
            QVERIFY(!bytes.isEmpty() || f != file);
            QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(f));
            const QByteArray utf16(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2);
            QVERIFY2(!bytes.contains(utf16), qPrintable(f));
            // The test would notice a stored password: the profile's other fields are there.
            if (f == file)
                QVERIFY(bytes.contains(QByteArrayLiteral("db.example.com")));
        }
    }

    void classify_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("sqlstate");
        QTest::addColumn<int>("expected");
        auto row = [](const char *name, const char *msg, const char *state, ConnectFailure f) {
            QTest::newRow(name) << QString::fromUtf8(msg) << QString::fromLatin1(state) << int(f);
        };
        row("wrong password",
            "connection to server at \"127.0.0.1\", port 5432 failed: FATAL:  password authentication failed for user \"postgres\"",
            "", ConnectFailure::WrongPassword);
        row("no password", "connection to server at \"h\", port 5432 failed: fe_sendauth: no password supplied",
            "28P01", ConnectFailure::PasswordRequired);
        row("refused",
            "connection to server at \"127.0.0.1\", port 1 failed: Connection refused\n\tIs the server running on that host and accepting TCP/IP connections?",
            "", ConnectFailure::Refused);
        row("socket",
            "connection to server on socket \"/tmp/.s.PGSQL.5432\" failed: No such file or directory\n\tIs the server running locally and accepting connections on that socket?",
            "", ConnectFailure::NoSocket);
        row("host", "could not translate host name \"nohost.invalid\" to address: Name or service not known",
            "", ConnectFailure::UnknownHost);
        row("timeout", "connection to server at \"10.255.255.1\", port 5432 failed: timeout expired", "",
            ConnectFailure::Timeout);
        row("database", "connection to server on socket \"/s/.s.PGSQL.1\" failed: FATAL:  database \"nope\" does not exist",
            "", ConnectFailure::UnknownDatabase);
        row("role", "connection to server on socket \"/s/.s.PGSQL.1\" failed: FATAL:  role \"nobody\" does not exist",
            "", ConnectFailure::UnknownUser);
        row("hba", "FATAL:  no pg_hba.conf entry for host \"1.2.3.4\", user \"u\", database \"d\", no encryption",
            "", ConnectFailure::NotAllowed);
        row("ssl", "server does not support SSL, but SSL was required", "", ConnectFailure::Ssl);
        row("service", "definition of service \"nope\" not found", "", ConnectFailure::InvalidOptions);
        row("other", "something odd happened", "", ConnectFailure::Other);
        row("none", "", "", ConnectFailure::None);
    }

    void classify()
    {
        QFETCH(QString, message);
        QFETCH(QString, sqlstate);
        QFETCH(int, expected);
        pg::Error e;
        e.message = message;
        e.sqlstate = sqlstate;
        QCOMPARE(int(classifyConnectError(e)), expected);
    }

    void passwordPolicyText()
    {
        QCOMPARE(passwordPolicyToString(PasswordPolicy::Keychain), QStringLiteral("keychain"));
        QCOMPARE(passwordPolicyFromString(QStringLiteral("keychain")), PasswordPolicy::Keychain);
        QCOMPARE(passwordPolicyFromString(QStringLiteral("ask")), PasswordPolicy::AskEachTime);
        QCOMPARE(passwordPolicyFromString(QStringLiteral("garbage")), PasswordPolicy::AskEachTime);
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
