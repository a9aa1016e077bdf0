// roledesk-bench: how long RoleDesk needs to read a catalog and work out every role's rights on
// every object, next to two peers on the same database in the same run: pg_dump --schema-only,
// and psql running RoleDesk's own catalog queries (the same transaction, output to /dev/null), the
// physical limit of the snapshot. The three take turns run by run (RoleDesk, pg_dump, psql;
// pg_dump, psql, RoleDesk; ...); medians and ranges are reported with the machine's load.
// Reports figures; asserts none.

#include "benchutil.h"
#include "catalog/catalogreader.h"
#include "pg/connection.h"
#include "privileges/effectiverights.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QTextStream>

#include <algorithm>
#include <bit>
#include <cstdio>
#include <functional>

using namespace roledesk;
using bench::median;
using bench::msSince;

namespace {

/// The figures of one repetition.
struct Run {
    double connect = 0;
    double snapshot = 0;
    double rights = 0;
    double fullPass = 0;
    QMap<QString, double> parts; ///< catalog part -> ms
    qint64 cells = 0;
    qint64 grantedCells = 0;
    qint64 grantedPrivileges = 0;
    int roles = 0;
    int objects = 0;
    QString database;
    QString serverVersion;
};

void print(FILE *stream, const QString &text)
{
    QTextStream out(stream);
    out << text;
}

/// RoleDesk's catalog queries as one psql script, in the transaction CatalogReader opens
/// (beginCatalogSnapshot), in the order it runs them.
QByteArray catalogScript()
{
    QByteArray script = "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY;\nSET LOCAL search_path = pg_catalog;\n"
                        "SET LOCAL jit = off;\n";
    // The parts every snapshot reads; the models' and schema groups' further parts run only where
    // their extensions are (not on the benchmark catalog).
    for (const char *part : {"session", "roles", "memberships", "databases", "schemas", "relations", "routines", "types",
                             "languages", "columns", "default_acls", "models/extension", "groups/extension_schemas",
                             "groups/detect"}) {
        const QString sql = pg::Connection::sqlResource(QStringLiteral(":/catalog/%1.sql").arg(QLatin1String(part)));
        if (sql.isEmpty())
            return {};
        script += sql.trimmed().toUtf8();
        if (!script.endsWith(';'))
            script += ';';
        script += '\n';
    }
    return script + "COMMIT;\n";
}

/// Runs \a program with \a args, output to /dev/null; its milliseconds, or -1 with \a error set.
double timed(const QString &program, const QStringList &args, QString *error)
{
    QProcess p;
    p.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    p.start(program, args);
    if (!p.waitForStarted(-1)) {
        *error = QStringLiteral("could not run %1: %2").arg(program, p.errorString());
        return -1;
    }
    if (!p.waitForFinished(-1) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QStringLiteral("%1 failed: %2").arg(QFileInfo(program).fileName(),
                                                     QString::fromLocal8Bit(p.readAllStandardError()).trimmed());
        return -1;
    }
    return msSince(timer);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("roledesk-bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Times RoleDesk's catalog snapshot, effective-rights construction and a full pass over "
        "every (role, object) cell, and pg_dump --schema-only on the same database."));
    parser.addHelpOption();
    const bench::CommonOptions common(parser, bench::CommonSpec()
                                                  .repeatWords(QStringLiteral("Repetitions; medians are reported (default %1)."))
                                                  .shortRepeat()
                                                  .tableToStderr());
    const QCommandLineOption pgDump(QStringLiteral("pg-dump"),
        QStringLiteral("pg_dump to compare with (default: $ROLEDESK_PGBIN, PostgreSQL 15, PATH)."),
        QStringLiteral("PATH"));
    const QCommandLineOption psqlOption(QStringLiteral("psql"),
        QStringLiteral("psql to run RoleDesk's catalog queries with (default: $ROLEDESK_PGBIN, PostgreSQL 15, PATH)."),
        QStringLiteral("PATH"));
    parser.addOptions({pgDump, psqlOption});
    parser.process(app);

    const int n = common.positiveRepeats(parser);
    if (n < 1) {
        print(stderr, QStringLiteral("roledesk-bench: --repeat needs a positive number\n"));
        return 2;
    }
    pg::ConnectOptions connect = common.connectOptions(parser);
    connect.push_back({QStringLiteral("application_name"), QStringLiteral("roledesk-bench")});

    // The peers: pg_dump --schema-only, and psql running RoleDesk's own catalog queries.
    const QString dumpPath = bench::pgProgram(QStringLiteral("pg_dump"), parser.value(pgDump));
    const QString psqlPath = bench::pgProgram(QStringLiteral("psql"), parser.value(psqlOption));
    QTemporaryFile scriptFile;
    const QByteArray script = catalogScript();
    if (script.isEmpty() || !scriptFile.open() || scriptFile.write(script) != script.size() || !scriptFile.flush()) {
        print(stderr, QStringLiteral("roledesk-bench: could not write the catalog queries for psql\n"));
        return 4;
    }
    const QStringList dbArgs = common.dbnameArgs(parser);
    QList<double> dumps, psqls;
    QString dumpError, psqlError;
    const auto runDump = [&] {
        if (dumpPath.isEmpty())
            dumpError = QStringLiteral("pg_dump not found");
        if (!dumpError.isEmpty())
            return;
        const double ms = timed(dumpPath, QStringList{QStringLiteral("--schema-only"), QStringLiteral("-f"),
                                                      QStringLiteral("/dev/null")} + dbArgs, &dumpError);
        if (ms >= 0)
            dumps << ms;
    };
    const auto runPsql = [&] {
        if (psqlPath.isEmpty())
            psqlError = QStringLiteral("psql not found");
        if (!psqlError.isEmpty())
            return;
        const double ms = timed(psqlPath, QStringList{QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"),
                                                      QStringLiteral("-t"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                                                      QStringLiteral("-o"), QStringLiteral("/dev/null"),
                                                      QStringLiteral("-f"), scriptFile.fileName()} + dbArgs, &psqlError);
        if (ms >= 0)
            psqls << ms;
    };

    QList<Run> runs;
    int failure = 0;
    const auto runRoleDesk = [&] {
        if (failure)
            return;
        Run run;
        QElapsedTimer timer;
        timer.start();
        pg::Connection conn;
        const pg::Error err = conn.open(connect);
        if (!err.isNull()) {
            print(stderr, QStringLiteral("roledesk-bench: could not connect: %1\n").arg(err.toString()));
            failure = 3;
            return;
        }
        run.connect = msSince(timer);

        QElapsedTimer part;
        timer.restart();
        part.start();
        const SnapshotOutcome outcome = CatalogReader::read(conn, [&](int, int, const QString &name) {
            run.parts[name] += msSince(part);
            part.restart();
        });
        run.snapshot = msSince(timer);
        if (!outcome.ok()) {
            print(stderr, QStringLiteral("roledesk-bench: could not read the catalog: %1\n")
                              .arg(outcome.error.toString()));
            failure = 4;
            return;
        }
        conn.close();

        timer.restart();
        const EffectiveRights rights(outcome.snapshot);
        run.rights = msSince(timer);

        const Snapshot &s = *outcome.snapshot;
        run.roles = int(s.roles.size());
        run.objects = int(s.objects.size());
        run.database = s.database;
        run.serverVersion = s.serverVersion;
        timer.restart();
        for (int r = 0; r < run.roles; ++r) {
            for (int o = 0; o < run.objects; ++o) {
                const Privileges g = rights.cell(r, o).granted;
                run.grantedCells += g ? 1 : 0;
                run.grantedPrivileges += std::popcount(unsigned(g.toInt()));
            }
        }
        run.fullPass = msSince(timer);
        run.cells = qint64(run.roles) * run.objects;
        runs << run;
    };
    const double loadBefore = bench::loadAverage();
    const std::function<void()> contenders[] = {runRoleDesk, runDump, runPsql};
    for (int i = 0; i < n && !failure; ++i)
        for (int k = 0; k < 3; ++k)
            contenders[(i + k) % 3]();
    const double loadAfter = bench::loadAverage();
    if (failure)
        return failure;
    const auto [maxrss, hwm] = bench::peakMemory();

    auto med = [&](double Run::*field) {
        QList<double> v;
        for (const Run &r : std::as_const(runs))
            v << r.*field;
        return median(v);
    };
    const double connectMs = med(&Run::connect);
    const double snapshotMs = med(&Run::snapshot);
    const double rightsMs = med(&Run::rights);
    const double passMs = med(&Run::fullPass);
    QList<double> totals;
    for (const Run &r : std::as_const(runs))
        totals << r.connect + r.snapshot + r.rights + r.fullPass;
    const double totalMs = median(totals);
    const double dumpMs = median(dumps);
    const double psqlMs = median(psqls);
    QList<double> snapshots;
    for (const Run &r : std::as_const(runs))
        snapshots << r.connect + r.snapshot;
    // How close the snapshot comes to the limit: psql fetching the same rows in the same transaction.
    const double limitRatio = psqlMs > 0 ? median(snapshots) / psqlMs : -1;
    const double ratio = dumpMs > 0 ? totalMs / dumpMs : -1;
    const double snapshotRatio = dumpMs > 0 ? (connectMs + snapshotMs) / dumpMs : -1;
    const Run &first = runs.front();

    QString table;
    QTextStream t(&table);
    t << QStringLiteral("RoleDesk benchmark: database %1 (PostgreSQL %2), %3 roles, %4 objects, %5 run(s) taking turns "
                        "with the peers, medians; load %6 before, %7 after\n")
             .arg(first.database, first.serverVersion).arg(first.roles).arg(first.objects).arg(n)
             .arg(loadBefore, 0, 'f', 2).arg(loadAfter, 0, 'f', 2);
    auto line = [&](const QString &label, double ms) {
        t << QStringLiteral("  %1 %2 ms\n").arg(label, -34).arg(ms, 10, 'f', 1);
    };
    line(QStringLiteral("connect"), connectMs);
    line(QStringLiteral("catalog snapshot"), snapshotMs);
    for (auto it = first.parts.cbegin(); it != first.parts.cend(); ++it) {
        QList<double> v;
        for (const Run &r : std::as_const(runs))
            v << r.parts.value(it.key());
        line(QStringLiteral("  part: ") + it.key(), median(v));
    }
    line(QStringLiteral("effective-rights construction"), rightsMs);
    line(QStringLiteral("full pass (%1 cells)").arg(first.cells), passMs);
    line(QStringLiteral("roledesk total"), totalMs);
    const auto range = [&](const QString &label, const QList<double> &v) {
        t << QStringLiteral("  %1 %2 ms\n").arg(label, -34).arg(bench::shown(bench::spread(v)), 10);
    };
    range(QStringLiteral("  range of totals"), totals);
    range(QStringLiteral("connect + snapshot, range"), snapshots);
    if (dumpError.isEmpty())
        range(QStringLiteral("pg_dump --schema-only"), dumps);
    else
        t << QStringLiteral("  pg_dump: %1\n").arg(dumpError);
    if (psqlError.isEmpty())
        range(QStringLiteral("psql, RoleDesk's catalog queries"), psqls);
    else
        t << QStringLiteral("  psql: %1\n").arg(psqlError);
    t << QStringLiteral("  granted cells %1, granted privileges %2\n").arg(first.grantedCells).arg(first.grantedPrivileges);
    t << QStringLiteral("  ratio roledesk/pg_dump           %1 (target <= 0.50)\n").arg(ratio, 0, 'f', 3);
    t << QStringLiteral("  ratio (connect+snapshot)/pg_dump %1\n").arg(snapshotRatio, 0, 'f', 3);
    t << QStringLiteral("  ratio (connect+snapshot)/psql    %1 (psql fetching the same rows, printed to /dev/null)\n").arg(limitRatio, 0, 'f', 3);
    t << QStringLiteral("  peak memory: ru_maxrss %1 MiB, VmHWM %2 MiB (target < 300 MiB)\n")
             .arg(maxrss, 0, 'f', 1).arg(hwm, 0, 'f', 1);
    t.flush();

    QJsonObject parts;
    for (auto it = first.parts.cbegin(); it != first.parts.cend(); ++it) {
        QList<double> v;
        for (const Run &r : std::as_const(runs))
            v << r.parts.value(it.key());
        parts.insert(it.key(), median(v));
    }
    const QJsonObject out{
        {QStringLiteral("database"), first.database},
        {QStringLiteral("server_version"), first.serverVersion},
        {QStringLiteral("roles"), first.roles},
        {QStringLiteral("objects"), first.objects},
        {QStringLiteral("runs"), n},
        {QStringLiteral("connect_ms"), connectMs},
        {QStringLiteral("snapshot_ms"), snapshotMs},
        {QStringLiteral("snapshot_parts_ms"), parts},
        {QStringLiteral("rights_ms"), rightsMs},
        {QStringLiteral("full_pass_ms"), passMs},
        {QStringLiteral("cells"), first.cells},
        {QStringLiteral("granted_cells"), first.grantedCells},
        {QStringLiteral("granted_privileges"), first.grantedPrivileges},
        {QStringLiteral("roledesk_total_ms"), totalMs},
        {QStringLiteral("pg_dump_ms"), dumpError.isEmpty() ? QJsonValue(dumpMs) : QJsonValue()},
        {QStringLiteral("pg_dump_runs_ms"), bench::toJson(dumps)},
        {QStringLiteral("pg_dump_error"), dumpError},
        {QStringLiteral("ratio"), ratio},
        {QStringLiteral("snapshot_ratio"), snapshotRatio},
        {QStringLiteral("psql_queries_ms"), psqlError.isEmpty() ? QJsonValue(psqlMs) : QJsonValue()},
        {QStringLiteral("psql_queries_runs_ms"), bench::toJson(psqls)},
        {QStringLiteral("psql_error"), psqlError},
        {QStringLiteral("snapshot_psql_ratio"), limitRatio},
        {QStringLiteral("load_before"), loadBefore},
        {QStringLiteral("load_after"), loadAfter},
        {QStringLiteral("peak_rss_mib"), maxrss},
        {QStringLiteral("vm_hwm_mib"), hwm},
    };
    common.print(parser, table, out);
    return dumpError.isEmpty() && psqlError.isEmpty() ? 0 : 1;
}
