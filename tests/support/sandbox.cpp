#include "sandbox.h"

#include "pg/identifier.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <QTest>

#include <pwd.h>
#include <unistd.h>

namespace roledesk::test {

pg::ConnectOptions sandboxOptions(const QString &database, const QString &user)
{
    const QString host = qEnvironmentVariable("PGHOST");
    const QString port = qEnvironmentVariable("PGPORT");
    if (host.isEmpty() || port.isEmpty())
        return {};
    return {{QStringLiteral("host"), host},
            {QStringLiteral("port"), port},
            {QStringLiteral("dbname"), database},
            {QStringLiteral("user"), user.isEmpty() ? qEnvironmentVariable("PGUSER", QStringLiteral("postgres")) : user}};
}

bool sandboxConfigured(QString *why)
{
    if (qEnvironmentVariableIsEmpty("PGHOST") || qEnvironmentVariableIsEmpty("PGPORT")) {
        if (why)
            *why = QStringLiteral("PGHOST/PGPORT are not set: run the tests through tests/run.sh, "
                                  "or start tests/sandbox/sandbox.sh and eval its env");
        return false;
    }
    return true;
}

bool openSandbox(pg::Connection &conn, const QString &database, const QString &user)
{
    QString why;
    if (!sandboxConfigured(&why)) {
        QTest::qFail(qPrintable(why), __FILE__, __LINE__);
        return false;
    }
    const pg::Error e = conn.open(sandboxOptions(database, user));
    if (!e.isNull()) {
        QTest::qFail(qPrintable(QStringLiteral("cannot connect to %1: %2").arg(database, e.toString())),
                     __FILE__, __LINE__);
        return false;
    }
    return true;
}

bool execOrFail(pg::Connection &conn, const QString &sql, const pg::Params &params)
{
    const pg::Result r = conn.exec(sql, params);
    if (!r.ok()) {
        QTest::qFail(qPrintable(QStringLiteral("%1\n  in: %2").arg(r.error().toString(), sql)), __FILE__, __LINE__);
        return false;
    }
    return true;
}

QStringList queryColumn(pg::Connection &conn, const QString &sql, const pg::Params &params)
{
    const pg::Result r = conn.exec(sql, params);
    if (!r.ok())
        return {QStringLiteral("query failed: %1\n  in: %2").arg(r.error().toString(), sql)};
    QStringList rows;
    for (int i = 0; i < r.rows(); ++i)
        rows << r.text(i, 0);
    return rows;
}

QString refusalProblem(const pg::Error &e, const char *sqlstate, const QStringList &mentions)
{
    const QString expected = QStringLiteral("expected %1 naming %2").arg(QLatin1String(sqlstate), mentions.join(QStringLiteral(", ")));
    if (e.isNull())
        return QStringLiteral("not refused (%1)").arg(expected);
    bool named = true;
    for (const QString &m : mentions)
        named = named && e.message.contains(m);
    if (e.sqlstate != QLatin1String(sqlstate) || !named)
        return QStringLiteral("%1, got %2: %3").arg(expected, e.sqlstate, e.toString());
    return {};
}

QStringList listFiles(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << QDir(dir).relativeFilePath(it.next());
    out.sort();
    return out;
}

QString sandboxServerAccount()
{
    return qEnvironmentVariable("ROLEDESK_SANDBOX_USER", QStringLiteral("postgres"));
}

namespace {

const struct passwd *serverAccountEntry()
{
    return getpwnam(sandboxServerAccount().toLocal8Bit().constData());
}

} // namespace

bool chownToSandboxServer(const QString &path)
{
    if (geteuid() != 0)
        return true; // the server runs as the account that runs the tests
    const struct passwd *pw = serverAccountEntry();
    if (!pw)
        return false;
    bool ok = lchown(QFile::encodeName(path).constData(), pw->pw_uid, pw->pw_gid) == 0;
    for (const QString &entry : listFiles(path))
        ok = lchown(QFile::encodeName(QDir(path).filePath(entry)).constData(), pw->pw_uid, pw->pw_gid) == 0 && ok;
    return ok;
}

bool ownedBySandboxServer(const QString &path)
{
    if (geteuid() != 0)
        return true;
    const struct passwd *pw = serverAccountEntry();
    return pw && QFileInfo(path).ownerId() == pw->pw_uid;
}

void dropModelFixture(pg::Connection &conn, const QStringList &models, const QStringList &roles)
{
    conn.exec(QStringLiteral("RESET ROLE"));
    for (const QString &model : models) {
        // A loaded model cannot be deleted; only a loaded one is unloaded (that asks the server).
        conn.exec(QStringLiteral("SELECT pgx_inference.pgx_unload_model(name) FROM pgx_inference.pgx_models "
                                 "WHERE name = $1 AND loaded"), {model});
        conn.exec(QStringLiteral("SELECT pgx_inference.pgx_drop_model(name) FROM pgx_inference.pgx_models "
                                 "WHERE name = $1"), {model});
    }
    for (const QString &role : roles) {
        const pg::Result r = conn.exec(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = $1"), {role});
        if (!r.ok() || r.rows() != 1)
            continue;
        conn.exec(QStringLiteral("DROP OWNED BY ") + pg::quoteIdent(role));
        conn.exec(QStringLiteral("DROP ROLE ") + pg::quoteIdent(role));
    }
}

} // namespace roledesk::test
