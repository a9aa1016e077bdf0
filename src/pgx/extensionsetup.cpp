#include "pgx/extensionsetup.h"

#include "pg/connection.h"
#include "pg/identifier.h"

#include <QDir>
#include <QFile>

namespace roledesk {

ExtensionSetup::Probe ExtensionSetup::probe(pg::Connection &conn)
{
    Probe p;
    const QString sql = pg::Connection::sqlResource(QStringLiteral(":/catalog/models/setup_probe.sql"));
    if (sql.isEmpty()) {
        p.error = pg::Error::client(tr("The setup query is missing from the application."));
        return p;
    }
    const pg::Result r = conn.exec(sql);
    if (!r.ok() || r.rows() != 1) {
        p.error = r.ok() ? pg::Error::client(tr("The current user is not in pg_roles.")) : r.error();
        return p;
    }
    p.superuser = r.boolean(0, 0);
    p.user = r.text(0, 1);
    p.availableVersion = r.text(0, 2);
    p.plpythonAvailable = r.boolean(0, 3);
    p.plpythonInstalled = r.boolean(0, 4);
    p.modelsPresent = r.boolean(0, 5);
    p.schemaTaken = !p.modelsPresent && r.boolean(0, 6);
    p.shareDir = r.text(0, 7);
    return p;
}

QString ExtensionSetup::obstacle(const Probe &probe)
{
    if (!probe.error.isNull())
        return tr("Could not check the server: %1").arg(probe.error.message);
    if (probe.modelsPresent)
        return tr("This database already has a pgx_inference extension.");
    if (!probe.superuser)
        return tr("Only a superuser can install pgx_inference_ce; \"%1\" is not one. Ask a superuser to "
                  "run the script below.").arg(probe.user);
    if (probe.schemaTaken)
        return tr("A schema named pgx_inference exists but is not the extension's; rename or drop it first.");
    if (probe.availableVersion.isEmpty()) {
        const QString folder = probe.shareDir.isEmpty() ? tr("the server's share/extension folder")
                                                        : QDir(probe.shareDir).filePath(QStringLiteral("extension"));
        return tr("The server has no pgx_inference_ce extension files. Save them with \"Save files…\" and "
                  "copy them into %1 on the database server, then try again.").arg(folder);
    }
    return {};
}

QStringList ExtensionSetup::statements(const Probe &probe)
{
    QStringList sql;
    if (probe.plpythonAvailable && !probe.plpythonInstalled)
        sql << QStringLiteral("CREATE EXTENSION IF NOT EXISTS %1;").arg(pg::quoteIdent(u"plpython3u"));
    sql << QStringLiteral("CREATE EXTENSION %1;").arg(pg::quoteIdent(u"pgx_inference_ce"));
    return sql;
}

pg::Error ExtensionSetup::install(pg::Connection &conn, const QStringList &statements)
{
    if (const pg::Result begin = conn.exec(QStringLiteral("BEGIN")); !begin.ok())
        return begin.error();
    for (const QString &statement : statements) {
        const pg::Result r = conn.exec(statement);
        if (!r.ok()) {
            if (!r.error().connectionLost)
                conn.exec(QStringLiteral("ROLLBACK"));
            return r.error();
        }
    }
    const pg::Result commit = conn.exec(QStringLiteral("COMMIT"));
    return commit.ok() ? pg::Error{} : commit.error();
}

QList<ExtensionSetup::File> ExtensionSetup::files()
{
    QList<File> out;
    const QDir dir(QStringLiteral(":/extensions/pgx_inference_ce"));
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (f.open(QIODevice::ReadOnly))
            out.push_back({name, f.readAll()});
    }
    return out;
}

} // namespace roledesk
