#include "slpm/slpmsetup.h"

#include "pg/connection.h"
#include "pg/identifier.h"
#include "pgx/extensionsetup.h"

#include <QDir>
#include <QFile>

namespace roledesk {

SlpmSetup::Probe SlpmSetup::probe(pg::Connection &conn)
{
    Probe p;
    const QString sql = pg::Connection::sqlResource(QStringLiteral(":/catalog/groups/setup_probe.sql"));
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
    p.installed = r.boolean(0, 3);
    p.schemaTaken = !p.installed && r.boolean(0, 4);
    p.shareDir = r.text(0, 5);
    return p;
}

QString SlpmSetup::obstacle(const Probe &probe)
{
    if (!probe.error.isNull())
        return tr("Could not check the server: %1").arg(probe.error.message);
    if (probe.installed)
        return tr("This database already has the slpm_ce extension.");
    if (!probe.superuser)
        return tr("Only a superuser can install slpm_ce; \"%1\" is not one. Ask a superuser to run the "
                  "script below.").arg(probe.user);
    if (probe.schemaTaken)
        return tr("A schema named slpm_ce exists but is not the extension's; rename or drop it first.");
    if (probe.availableVersion.isEmpty()) {
        const QString folder = probe.shareDir.isEmpty() ? tr("the server's share/extension folder")
                                                        : QDir(probe.shareDir).filePath(QStringLiteral("extension"));
        return tr("The server has no slpm_ce extension files. Save them with \"Save files…\" and copy them "
                  "into %1 on the database server, then try again.").arg(folder);
    }
    return {};
}

QStringList SlpmSetup::statements()
{
    return {QStringLiteral("CREATE EXTENSION %1;").arg(pg::quoteIdent(u"slpm_ce"))};
}

pg::Error SlpmSetup::install(pg::Connection &conn, const QStringList &statements)
{
    // The same single transaction as pgx_inference_ce's install.
    return ExtensionSetup::install(conn, statements);
}

QList<SlpmSetup::File> SlpmSetup::files()
{
    QList<File> out;
    const QDir dir(QStringLiteral(":/extensions/slpm_ce"));
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (f.open(QIODevice::ReadOnly))
            out.push_back({name, f.readAll()});
    }
    return out;
}

} // namespace roledesk
