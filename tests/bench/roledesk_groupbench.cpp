// roledesk-groupbench: schema permission groups (SLPM through slpm_ce) on fresh copies of the
// benchmark catalog, RoleDesk next to a psql peer in the same run. (a) RoleDesk: CREATE EXTENSION
// slpm_ce, then GroupOperationRunner's enable and migrate (batch by batch until COMPLETED), against
// (b) a psql script this program writes, run with `psql -X -q -1 -f`, that makes the same groups,
// ownership and grants in one transaction; the two copies are then compared (objects per owner,
// ACL entries, group memberships). (c) With users in the groups: snapshot + SchemaGroupPlanner +
// every cell of the users x schemas matrix, page by page, next to psql running the equivalent
// catalog query (the pg_auth_members closure); then the Schema groups page over that snapshot,
// offscreen at 1600x1000, scrolled page by page down and right with a synchronous repaint per step
// (as roledesk-scrollbench does for the privilege matrix). Reports figures; asserts none. The matrix
// and page measurements of (c) are in groupbench_matrix.{h,cpp}.

#include "benchutil.h"
#include "groupbench_matrix.h"
#include "pg/connection.h"
#include "pg/identifier.h"
#include "slpm/groupoperations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <optional>

using namespace roledesk;
using bench::err;
using bench::median;
using bench::msSince;
using groupbench::MatrixRun;
using groupbench::ScrollRun;
using groupbench::runMatrix;
using groupbench::runScroll;

namespace {

QString resource(const QString &name)
{
    QFile f(QStringLiteral(":/groupbench/") + name);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

bool run(pg::Connection &conn, const QString &sql)
{
    const pg::Result r = conn.exec(sql);
    if (!r.ok())
        err() << "groupbench: " << r.error().toString() << "\n  in: " << sql.left(300) << Qt::endl;
    return r.ok();
}

/// "median (min-max)" of a list of milliseconds.
QString spread(const QList<double> &ms)
{
    if (ms.isEmpty())
        return QStringLiteral("-");
    const auto [lo, hi] = std::minmax_element(ms.cbegin(), ms.cend());
    return QStringLiteral("%1 ms (%2-%3, n=%4)").arg(median(ms), 0, 'f', 1).arg(*lo, 0, 'f', 0).arg(*hi, 0, 'f', 0)
        .arg(ms.size());
}

QString conninfoValue(const QString &v)
{
    QString out = v;
    out.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + out + u'\'';
}

/// Where the copies live and how to reach them.
struct Cluster {
    pg::ConnectOptions base;   ///< the --dsn (or the environment), first
    QString conninfo;          ///< host, port and user of the admin connection, for psql
    QString psql;
    pg::Connection admin;      ///< on database postgres: CREATE / DROP DATABASE, roles

    pg::ConnectOptions options(const QString &db) const
    {
        pg::ConnectOptions o = base;
        o.push_back({QStringLiteral("dbname"), db});
        o.push_back({QStringLiteral("application_name"), QStringLiteral("roledesk-groupbench")});
        return o;
    }

    /// Drops \a copy and the groups slpm_ce or the peer made for it (roles "{copy}.*").
    bool drop(const QString &copy)
    {
        bool ok = run(admin, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(pg::quoteIdent(copy)));
        const pg::Result r = admin.exec(QStringLiteral("SELECT rolname FROM pg_catalog.pg_roles WHERE starts_with(rolname, $1)"),
                                        {copy + u'.'});
        QStringList names;
        for (int i = 0; i < r.rows(); ++i)
            names << pg::quoteIdent(r.text(i, 0));
        if (!names.isEmpty())
            ok = run(admin, QStringLiteral("DROP ROLE ") + names.join(u", ")) && ok;
        return ok && r.ok();
    }

    /// A fresh copy of \a from, vacuumed and analyzed; false on failure.
    bool copy(const QString &from, const QString &copy)
    {
        if (!drop(copy) || !run(admin, QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(pg::quoteIdent(copy), pg::quoteIdent(from))))
            return false;
        pg::Connection c;
        if (const pg::Error e = c.open(options(copy)); !e.isNull()) {
            err() << "groupbench: cannot connect to " << copy << ": " << e.toString() << Qt::endl;
            return false;
        }
        return run(c, QStringLiteral("VACUUM ANALYZE"));
    }

    /// Runs psql with \a args against \a db; its standard output, or nullopt when it failed.
    std::optional<QByteArray> psqlRun(const QString &db, const QStringList &args, double *ms) const
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::SeparateChannels);
        QElapsedTimer t;
        t.start();
        p.start(psql, QStringList{QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1")}
                          + args + QStringList{QStringLiteral("--dbname=") + conninfo + QStringLiteral(" dbname=") + conninfoValue(db)});
        QByteArray out;
        // Read as it comes, so that a large result never blocks psql on a full pipe.
        while (p.state() != QProcess::NotRunning) {
            p.waitForReadyRead(100);
            out += p.readAllStandardOutput();
        }
        p.waitForFinished(-1);
        out += p.readAllStandardOutput();
        *ms = msSince(t);
        if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            err() << "groupbench: psql failed: " << QString::fromLocal8Bit(p.readAllStandardError()).left(2000) << Qt::endl;
            return std::nullopt;
        }
        return out;
    }
};

/// The peer's script: what slpm_enable and slpm_migrate do, as plain statements in their order:
/// the admin group and the database, each schema's groups and rights, each object's owner and grants.
QString peerScript(pg::Connection &conn, const QString &db, int *objects)
{
    const pg::Result r = conn.exec(resource(QStringLiteral("groupbench_objects.sql")));
    if (!r.ok()) {
        err() << "groupbench: " << r.error().toString() << Qt::endl;
        return {};
    }
    const auto group = [&db](const QString &schema, const char *kind) {
        return pg::quoteIdent(schema.isEmpty() ? db + QStringLiteral(".admin") : db + u'.' + schema + u'.' + QLatin1String(kind));
    };
    const auto comment = [&db](const char *kind) {
        return pg::quoteLiteral(QStringLiteral("slpm_ce group (%1) of database %2").arg(QLatin1String(kind), db));
    };
    const QString qdb = pg::quoteIdent(db);
    const QString admin = group({}, "admin");
    QStringList s;
    s << QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(admin)
      << QStringLiteral("COMMENT ON ROLE %1 IS %2").arg(admin, comment("admin"))
      << QStringLiteral("REVOKE ALL ON DATABASE %1 FROM PUBLIC").arg(qdb)
      << QStringLiteral("ALTER DATABASE %1 OWNER TO %2").arg(qdb, admin)
      << QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2").arg(qdb, admin);
    *objects = 0;
    for (int i = 0; i < r.rows(); ++i) {
        const QString schema = r.text(i, 0);
        const QString keyword = r.text(i, 1);
        const QString dev = group(schema, "developer"), writer = group(schema, "writer"), viewer = group(schema, "viewer");
        if (keyword == u"SCHEMA") {
            const QString qs = pg::quoteIdent(schema);
            for (const auto &[g, kind] : {std::pair{dev, "developer"}, std::pair{writer, "writer"}, std::pair{viewer, "viewer"}})
                s << QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(g) << QStringLiteral("COMMENT ON ROLE %1 IS %2").arg(g, comment(kind));
            s << QStringLiteral("GRANT %1 TO %2").arg(writer, dev) << QStringLiteral("GRANT %1 TO %2").arg(dev, admin)
              << QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2, %3, %4").arg(qdb, dev, writer, viewer)
              << QStringLiteral("REVOKE ALL ON SCHEMA %1 FROM PUBLIC").arg(qs)
              << QStringLiteral("ALTER SCHEMA %1 OWNER TO %2").arg(qs, admin)
              << QStringLiteral("GRANT USAGE, CREATE ON SCHEMA %1 TO %2").arg(qs, dev)
              << QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2, %3").arg(qs, writer, viewer);
            continue;
        }
        ++*objects;
        const QString id = r.text(i, 2);
        if (!r.boolean(i, 3))
            s << QStringLiteral("ALTER %1 %2 OWNER TO %3").arg(keyword, id, dev);
        if (keyword == u"TABLE" || keyword == u"VIEW" || keyword == u"MATERIALIZED VIEW" || keyword == u"FOREIGN TABLE") {
            s << QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE %1 TO %2").arg(id, writer)
              << QStringLiteral("GRANT SELECT ON TABLE %1 TO %2").arg(id, viewer);
        } else if (keyword == u"SEQUENCE") {
            s << QStringLiteral("GRANT USAGE, SELECT, UPDATE ON SEQUENCE %1 TO %2").arg(id, writer)
              << QStringLiteral("GRANT SELECT ON SEQUENCE %1 TO %2").arg(id, viewer);
        } else if (keyword == u"FUNCTION" || keyword == u"PROCEDURE" || keyword == u"AGGREGATE") {
            s << QStringLiteral("REVOKE EXECUTE ON ROUTINE %1 FROM PUBLIC").arg(id)
              << QStringLiteral("GRANT EXECUTE ON ROUTINE %1 TO %2, %3").arg(id, writer, viewer);
        }
    }
    return s.join(QStringLiteral(";\n")) + QStringLiteral(";\n");
}

/// One RoleDesk run on a fresh copy: connect, CREATE EXTENSION, enable, migrate until COMPLETED.
struct RoleDeskRun {
    double connectMs = 0, extensionMs = 0, enableMs = 0, migrateMs = 0, totalMs = 0;
    int migrateCalls = 0;
    QString error;
};

RoleDeskRun runRoleDesk(const pg::ConnectOptions &options, int batch)
{
    RoleDeskRun out;
    QElapsedTimer total, t;
    total.start();
    t.start();
    pg::Connection c;
    if (const pg::Error e = c.open(options); !e.isNull()) {
        out.error = e.toString();
        return out;
    }
    out.connectMs = msSince(t);
    t.restart();
    if (const pg::Result r = c.exec(QStringLiteral("CREATE EXTENSION slpm_ce")); !r.ok()) {
        out.error = r.error().toString();
        return out;
    }
    out.extensionMs = msSince(t);
    t.restart();
    GroupOperationRequest request;
    request.operation = GroupOperation::Enable;
    GroupOperationOutcome o = GroupOperationRunner::perform(c, request);
    out.enableMs = msSince(t);
    if (o.status != GroupOperationOutcome::Status::Done) {
        out.error = o.message;
        return out;
    }
    t.restart();
    request.operation = GroupOperation::Migrate;
    request.batch = batch;
    o = GroupOperationRunner::perform(c, request);
    out.migrateMs = msSince(t);
    out.migrateCalls = o.batches;
    if (o.status != GroupOperationOutcome::Status::Done || !o.completed)
        out.error = o.message;
    out.totalMs = msSince(total);
    return out;
}

/// The digest rows of groupbench_compare.sql: part -> "rows md5".
QMap<QString, QString> digest(const pg::ConnectOptions &options)
{
    QMap<QString, QString> out;
    pg::Connection c;
    if (!c.open(options).isNull())
        return out;
    const pg::Result r = c.exec(resource(QStringLiteral("groupbench_compare.sql")));
    if (!r.ok())
        err() << "groupbench: " << r.error().toString() << Qt::endl;
    for (int i = 0; i < r.rows(); ++i)
        out.insert(r.text(i, 0), r.text(i, 1) + u' ' + r.text(i, 2));
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    // Frames are painted into memory: no display needed, and no compositor in the figures.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Schema permission groups (slpm_ce) on copies of the benchmark catalog: enable + migrate and the "
        "group matrix, next to psql."));
    parser.addHelpOption();
    const bench::CommonOptions common(
        parser, bench::CommonSpec()
                    .repeatWords(QStringLiteral("Rounds (median and spread; default %1)."))
                    .dsnWords(QStringLiteral("libpq connection string of the generated catalog, copied with CREATE DATABASE "
                                             "... TEMPLATE (default: environment).")));
    const QCommandLineOption batches(QStringLiteral("batches"),
        QStringLiteral("Migrate batch sizes to measure, comma-separated (default 0,64; 0 = max_locks_per_transaction)."),
        QStringLiteral("list"), QStringLiteral("0,64"));
    const QCommandLineOption usersOption(QStringLiteral("users"), QStringLiteral("Users put into groups (default 1000)."),
                                         QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption psqlOption(QStringLiteral("psql"), QStringLiteral("psql to compare with."), QStringLiteral("path"));
    const QCommandLineOption keep(QStringLiteral("keep"), QStringLiteral("Keep the copies, groups and users."));
    const QCommandLineOption steps(QStringLiteral("steps"),
        QStringLiteral("Page steps of the Schema groups page, down and as many right (default 40; 0: no page)."),
        QStringLiteral("n"), QStringLiteral("40"));
    parser.addOptions({batches, usersOption, psqlOption, keep, steps});
    parser.process(app);
    const int repeats = common.repeats(parser);
    const int nUsers = std::max(1, parser.value(usersOption).toInt());
    QList<int> batchList;
    for (const QString &b : parser.value(batches).split(u',', Qt::SkipEmptyParts))
        batchList << std::max(0, b.trimmed().toInt());
    if (batchList.isEmpty())
        batchList << 64;

    Cluster cl;
    cl.base = common.connectOptions(parser);
    cl.psql = bench::pgProgram(QStringLiteral("psql"), parser.value(psqlOption));
    QString templateDb, serverVersion;
    int maxLocks = 0;
    {
        pg::Connection c;
        pg::ConnectOptions o = cl.base;
        if (const pg::Error e = c.open(o); !e.isNull()) {
            err() << "groupbench: cannot connect: " << e.toString() << Qt::endl;
            return 3;
        }
        templateDb = c.database();
        serverVersion = c.parameterStatus("server_version");
        maxLocks = int(c.exec(QStringLiteral("SELECT current_setting('max_locks_per_transaction')::int")).integer(0, 0));
    }
    if (const pg::Error e = cl.admin.open(cl.options(QStringLiteral("postgres"))); !e.isNull()) {
        err() << "groupbench: cannot connect to database postgres: " << e.toString() << Qt::endl;
        return 3;
    }
    cl.conninfo = QStringLiteral("host=%1 port=%2 user=%3")
                      .arg(conninfoValue(cl.admin.host()), conninfoValue(cl.admin.port()), conninfoValue(cl.admin.user()));
    if (cl.psql.isEmpty()) {
        err() << "groupbench: psql not found" << Qt::endl;
        return 3;
    }
    const QString rdDb = templateDb + QStringLiteral("_rd"), peerDb = templateDb + QStringLiteral("_psql");
    const QString userPrefix = QStringLiteral("groupbench_u");
    const auto dropUsers = [&] {
        const pg::Result r = cl.admin.exec(QStringLiteral("SELECT rolname FROM pg_catalog.pg_roles WHERE rolname ~ $1"),
                                           {u'^' + userPrefix + QStringLiteral("[0-9]+$")});
        QStringList names;
        for (int i = 0; i < r.rows(); ++i)
            names << pg::quoteIdent(r.text(i, 0));
        for (qsizetype i = 0; i < names.size(); i += 500)
            run(cl.admin, QStringLiteral("DROP ROLE ") + names.mid(i, 500).join(u", "));
    };
    const auto cleanup = [&] {
        cl.drop(rdDb);
        cl.drop(peerDb);
        dropUsers();
    };
    cleanup();

    QString error;
    QTemporaryDir dir;
    const QString scriptFile = dir.filePath(QStringLiteral("groups.sql"));
    QMap<int, QList<RoleDeskRun>> rd;  // by batch
    QList<double> psqlMs;
    int objects = 0, statements = 0;
    QStringList mismatches;
    QMap<QString, QString> agreed;
    // (a) + (b), ABAB: per round and batch size, RoleDesk on a fresh copy, then the peer on another.
    for (int round = 0; round < repeats && error.isEmpty(); ++round) {
        for (int batch : std::as_const(batchList)) {
            if (!cl.copy(templateDb, rdDb)) {
                error = QStringLiteral("could not copy the catalog");
                break;
            }
            const RoleDeskRun r = runRoleDesk(cl.options(rdDb), batch);
            if (!r.error.isEmpty()) {
                error = QStringLiteral("RoleDesk (batch %1): %2").arg(batch).arg(r.error);
                break;
            }
            rd[batch] << r;
            if (!cl.copy(templateDb, peerDb)) {
                error = QStringLiteral("could not copy the catalog");
                break;
            }
            {
                pg::Connection c;
                QString script;
                if (c.open(cl.options(peerDb)).isNull())
                    script = peerScript(c, peerDb, &objects);
                statements = int(script.count(u";\n"));
                QFile f(scriptFile);
                if (script.isEmpty() || !f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(script.toUtf8()) < 0) {
                    error = QStringLiteral("could not write the peer's script");
                    break;
                }
            }
            double ms = 0;
            if (!cl.psqlRun(peerDb, {QStringLiteral("-1"), QStringLiteral("-f"), scriptFile}, &ms)) {
                error = QStringLiteral("psql -1 -f failed");
                break;
            }
            psqlMs << ms;
            const QMap<QString, QString> a = digest(cl.options(rdDb)), b = digest(cl.options(peerDb));
            for (auto it = a.cbegin(); it != a.cend(); ++it) {
                if (b.value(it.key()) != it.value())
                    mismatches << QStringLiteral("batch %1: %2: RoleDesk %3, psql %4").arg(batch).arg(it.key(), it.value(), b.value(it.key()));
            }
            if (a.isEmpty() || a.size() != b.size())
                mismatches << QStringLiteral("batch %1: no digest").arg(batch);
            agreed = a;
        }
    }

    // (c) Users in random groups of both copies (the same picks), then the matrix vs the closure.
    QList<double> snapMs, rightsMs, plannerMs, cellsMs, matrixMs, cellsPeerMs, pageMaxMs;
    MatrixRun last;
    qint64 peerRows = 0;
    if (error.isEmpty()) {
        pg::Connection c;
        QStringList names;
        if (c.open(cl.options(rdDb)).isNull()) {
            const pg::Result r = c.exec(QStringLiteral("SELECT nspname FROM slpm_ce.groups WHERE kind = 'developer' ORDER BY 1"));
            for (int i = 0; i < r.rows(); ++i)
                names << r.text(i, 0);
        }
        if (names.isEmpty())
            error = QStringLiteral("no schema groups after migrate");
        QRandomGenerator random(1);
        static const char *const levels[] = {"developer", "writer", "viewer"};
        QStringList sql;
        for (int u = 1; error.isEmpty() && u <= nUsers; ++u) {
            const QString user = pg::quoteIdent(userPrefix + QString::number(u));
            sql << QStringLiteral("CREATE ROLE %1 LOGIN").arg(user);
            const int memberships = 1 + int(random.bounded(3));
            for (int m = 0; m < memberships; ++m) {
                const QString schema = names.at(int(random.bounded(int(names.size()))));
                const char *level = levels[random.bounded(3)];
                for (const QString &db : {rdDb, peerDb})
                    sql << QStringLiteral("GRANT %1 TO %2").arg(pg::quoteIdent(db + u'.' + schema + u'.' + QLatin1String(level)), user);
            }
            if (u % 50 == 0) {
                for (const QString &db : {rdDb, peerDb})
                    sql << QStringLiteral("GRANT %1 TO %2").arg(pg::quoteIdent(db + QStringLiteral(".admin")), user);
            }
        }
        if (error.isEmpty() && !cl.admin.execScript(sql.join(QStringLiteral(";\n"))).ok())
            error = QStringLiteral("could not create the users");
        const QString cellsSql = resource(QStringLiteral("groupbench_cells.sql"));
        for (int round = 0; round < repeats && error.isEmpty(); ++round) {
            last = runMatrix(cl.options(rdDb), 40, 12);
            if (!last.error.isEmpty()) {
                error = QStringLiteral("matrix: ") + last.error;
                break;
            }
            snapMs << last.readMs;
            rightsMs << last.rightsMs;
            plannerMs << last.plannerMs;
            cellsMs << last.cellsMs;
            matrixMs << last.totalMs;
            pageMaxMs << last.pageMaxMs;
            double ms = 0;
            const std::optional<QByteArray> out = cl.psqlRun(rdDb, {QStringLiteral("-A"), QStringLiteral("-t"), QStringLiteral("-c"), cellsSql}, &ms);
            if (!out) {
                error = QStringLiteral("psql closure query failed");
                break;
            }
            cellsPeerMs << ms;
            peerRows = out->count('\n');
        }
    }
    ScrollRun scroll;
    if (error.isEmpty() && parser.value(steps).toInt() > 0) {
        scroll = runScroll(cl.options(rdDb), parser.value(steps).toInt());
        if (!scroll.error.isEmpty())
            error = QStringLiteral("page: ") + scroll.error;
    }
    if (!parser.isSet(keep))
        cleanup();

    const auto ratio = [](double a, double b) { return b > 0 ? a / b : 0.0; };
    QTextStream out(stdout);
    if (parser.isSet(common.json)) {
        QJsonObject runs;
        for (auto it = rd.cbegin(); it != rd.cend(); ++it) {
            QList<double> total, ext, en, mig;
            int calls = 0;
            for (const RoleDeskRun &r : it.value()) {
                total << r.totalMs;
                ext << r.extensionMs;
                en << r.enableMs;
                mig << r.migrateMs;
                calls = r.migrateCalls;
            }
            runs.insert(QString::number(it.key()), QJsonObject{
                {QStringLiteral("total_ms"), median(total)}, {QStringLiteral("total_runs_ms"), bench::toJson(total)},
                {QStringLiteral("create_extension_ms"), median(ext)}, {QStringLiteral("enable_ms"), median(en)},
                {QStringLiteral("migrate_ms"), median(mig)}, {QStringLiteral("migrate_calls"), calls},
                {QStringLiteral("ratio_roledesk_psql"), ratio(median(total), median(psqlMs))}});
        }
        QJsonObject digestJson;
        for (auto it = agreed.cbegin(); it != agreed.cend(); ++it)
            digestJson.insert(it.key(), it.value());
        out << QJsonDocument(QJsonObject{
                   {QStringLiteral("template"), templateDb}, {QStringLiteral("server_version"), serverVersion},
                   {QStringLiteral("max_locks_per_transaction"), maxLocks}, {QStringLiteral("objects"), objects},
                   {QStringLiteral("psql_statements"), statements}, {QStringLiteral("roledesk"), runs},
                   {QStringLiteral("psql_ms"), median(psqlMs)}, {QStringLiteral("psql_runs_ms"), bench::toJson(psqlMs)},
                   {QStringLiteral("agree"), mismatches.isEmpty() && !agreed.isEmpty()},
                   {QStringLiteral("mismatches"), QJsonArray::fromStringList(mismatches)}, {QStringLiteral("digest"), digestJson},
                   {QStringLiteral("matrix_rows"), last.rows}, {QStringLiteral("matrix_columns"), last.columns},
                   {QStringLiteral("snapshot_ms"), median(snapMs)}, {QStringLiteral("rights_ms"), median(rightsMs)},
                   {QStringLiteral("planner_ms"), median(plannerMs)}, {QStringLiteral("cells_ms"), median(cellsMs)},
                   {QStringLiteral("matrix_ms"), median(matrixMs)}, {QStringLiteral("matrix_runs_ms"), bench::toJson(matrixMs)},
                   {QStringLiteral("page_max_ms"), median(pageMaxMs)}, {QStringLiteral("page_median_ms"), last.pageMedianMs},
                   {QStringLiteral("closure_psql_ms"), median(cellsPeerMs)}, {QStringLiteral("closure_psql_runs_ms"), bench::toJson(cellsPeerMs)},
                   {QStringLiteral("closure_psql_rows"), peerRows},
                   {QStringLiteral("ratio_matrix_psql"), ratio(median(matrixMs), median(cellsPeerMs))},
                   {QStringLiteral("page"), QJsonObject{
                        {QStringLiteral("rows"), scroll.rows}, {QStringLiteral("columns"), scroll.columns},
                        {QStringLiteral("load_ms"), scroll.loadMs}, {QStringLiteral("first_frame_ms"), scroll.firstFrameMs},
                        {QStringLiteral("frames"), scroll.frames}, {QStringLiteral("median_ms"), scroll.medianMs},
                        {QStringLiteral("p95_ms"), scroll.p95Ms}, {QStringLiteral("max_ms"), scroll.maxMs},
                        {QStringLiteral("over_16ms"), scroll.overBudget}}},
                   {QStringLiteral("error"), error},
               }).toJson();
    } else {
        out << QStringLiteral("schema groups on copies of %1 (PostgreSQL %2, max_locks_per_transaction %3): %4 objects, "
                              "the peer's script %5 statements; %6 round(s), RoleDesk then psql\n")
                   .arg(templateDb, serverVersion).arg(maxLocks).arg(objects).arg(statements).arg(repeats);
        for (auto it = rd.cbegin(); it != rd.cend(); ++it) {
            QList<double> total, ext, en, mig;
            int calls = 0;
            for (const RoleDeskRun &r : it.value()) {
                total << r.totalMs;
                ext << r.extensionMs;
                en << r.enableMs;
                mig << r.migrateMs;
                calls = r.migrateCalls;
            }
            out << QStringLiteral("  RoleDesk, migrate batch %1 (%2 calls)\n").arg(it.key()).arg(calls)
                << QStringLiteral("    CREATE EXTENSION     %1\n").arg(spread(ext))
                << QStringLiteral("    enable               %1\n").arg(spread(en))
                << QStringLiteral("    migrate              %1\n").arg(spread(mig))
                << QStringLiteral("    total (connect incl.) %1\n").arg(spread(total));
        }
        out << QStringLiteral("  psql -X -q -1 -f       %1\n").arg(spread(psqlMs));
        for (auto it = rd.cbegin(); it != rd.cend(); ++it) {
            QList<double> total;
            for (const RoleDeskRun &r : it.value())
                total << r.totalMs;
            out << QStringLiteral("  ratio groups roledesk/psql (batch %1) %2\n").arg(it.key()).arg(ratio(median(total), median(psqlMs)), 0, 'f', 3);
        }
        if (!agreed.isEmpty() && mismatches.isEmpty()) {
            out << QStringLiteral("  the copies agree:");
            for (auto it = agreed.cbegin(); it != agreed.cend(); ++it)
                out << QStringLiteral(" %1 %2;").arg(it.key(), it.value().section(u' ', 0, 0));
            out << u'\n';
        }
        for (const QString &m : std::as_const(mismatches))
            out << QStringLiteral("  MISMATCH %1\n").arg(m);
        if (!matrixMs.isEmpty()) {
            out << QStringLiteral("matrix: %1 users x %2 columns (%3 cells; snapshot of %4 roles, %5 objects)\n")
                       .arg(last.rows).arg(last.columns).arg(qint64(last.rows) * last.columns).arg(last.roles).arg(last.objects)
                << QStringLiteral("  snapshot (connect + read) %1\n").arg(spread(snapMs))
                << QStringLiteral("  effective rights          %1\n").arg(spread(rightsMs))
                << QStringLiteral("  SchemaGroupPlanner        %1\n").arg(spread(plannerMs))
                << QStringLiteral("  every cell, page by page  %1\n").arg(spread(cellsMs))
                << QStringLiteral("    %1 pages of 40 x 12 cells: median %2 ms, slowest %3 ms\n")
                       .arg(last.pages).arg(last.pageMedianMs, 0, 'f', 3).arg(median(pageMaxMs), 0, 'f', 3)
                << QStringLiteral("  total                     %1\n").arg(spread(matrixMs))
                << QStringLiteral("  psql closure query        %1 (%2 rows)\n").arg(spread(cellsPeerMs)).arg(peerRows)
                << QStringLiteral("  ratio matrix roledesk/psql %1\n").arg(ratio(median(matrixMs), median(cellsPeerMs)), 0, 'f', 3);
        }
        if (scroll.frames > 0) {
            out << QStringLiteral("Schema groups page, %1 x %2 shown, 1600x1000 offscreen: session load %3 ms, first frame %4 ms\n")
                       .arg(scroll.rows).arg(scroll.columns).arg(scroll.loadMs, 0, 'f', 0).arg(scroll.firstFrameMs, 0, 'f', 1)
                << QStringLiteral("  %1 frames (page down, page right): median %2 ms, p95 %3 ms, slowest %4 ms, %5 over 16 ms\n")
                       .arg(scroll.frames).arg(scroll.medianMs, 0, 'f', 2).arg(scroll.p95Ms, 0, 'f', 2)
                       .arg(scroll.maxMs, 0, 'f', 2).arg(scroll.overBudget);
        }
        if (!error.isEmpty())
            out << QStringLiteral("  error: %1\n").arg(error);
    }
    out.flush();
    return error.isEmpty() && mismatches.isEmpty() ? 0 : 1;
}
