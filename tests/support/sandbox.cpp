#include "sandbox.h"

#include "pg/identifier.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
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

namespace {

/// True when \a name is a pgx_inference.* setting name, safe to write into a statement as it is.
bool plainSettingName(const QString &name)
{
    static const QRegularExpression plain(QStringLiteral("^pgx_inference\\.[a-z_]+$"));
    if (plain.match(name).hasMatch())
        return true;
    QTest::qFail(qPrintable(QStringLiteral("not a pgx_inference setting: %1").arg(name)), __FILE__, __LINE__);
    return false;
}

} // namespace

bool configure(pg::Connection &conn, const char *setting, const QString &value, bool local)
{
    const QString name = QString::fromLatin1(setting);
    if (!plainSettingName(name))
        return false;
    return execOrFail(conn, QStringLiteral("SELECT set_config($1, $2, $3)"),
                      {name, value, local ? QStringLiteral("true") : QStringLiteral("false")})
           && execOrFail(conn, QStringLiteral("DO $$ BEGIN EXECUTE format('ALTER DATABASE %I SET %s = %L', "
                                              "current_database(), '%1', current_setting('%1')); END $$").arg(name));
}

ConfiguredSettings::ConfiguredSettings(const QString &database, const QString &role)
    : m_database(database),
      m_role(role.isEmpty() ? qEnvironmentVariable("PGUSER", QStringLiteral("postgres")) : role)
{
}

ConfiguredSettings::~ConfiguredSettings()
{
    reset();
}

bool ConfiguredSettings::set(const char *setting, const QString &value)
{
    const QString name = QString::fromLatin1(setting);
    if (!plainSettingName(name) || (!m_conn.isOpen() && !openSandbox(m_conn, m_database)))
        return false;
    // A utility statement takes no parameters: the value goes in as a literal.
    const bool done = execOrFail(m_conn, QStringLiteral("ALTER ROLE %1 IN DATABASE %2 SET %3 = %4")
                                             .arg(pg::quoteIdent(m_role), pg::quoteIdent(m_database), name,
                                                  pg::quoteLiteral(value)));
    if (done && !m_names.contains(name))
        m_names << name;
    return done;
}

void ConfiguredSettings::reset()
{
    for (const QString &name : std::as_const(m_names))
        m_conn.exec(QStringLiteral("ALTER ROLE %1 IN DATABASE %2 RESET %3")
                        .arg(pg::quoteIdent(m_role), pg::quoteIdent(m_database), name));
    m_names.clear();
}

void dropScratch(pg::Connection &root, const QStringList &databases, const QString &memberPrefix,
                 const QString &groupPrefix)
{
    for (const QString &db : databases)
        root.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(pg::quoteIdent(db)));
    const QStringList roles = queryColumn(root, QStringLiteral(
        "SELECT rolname FROM pg_roles WHERE starts_with(rolname, $1) OR starts_with(rolname, $2) "
        "ORDER BY starts_with(rolname, $1) DESC"), {memberPrefix, groupPrefix});
    for (const QString &role : roles)
        root.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(pg::quoteIdent(role)));
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
