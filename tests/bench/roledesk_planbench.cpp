// roledesk-planbench: how fast RoleDesk builds plans and applies them. (a) plan generation for
// many cell changes (Plan::add, statements(), script()); (b) applying N GRANTs on N distinct tables
// of a real snapshot with PlanApplier (one transaction, libpq pipeline mode) without and with the
// conflict check against that snapshot, next to `psql -X -q -1 -f` on the same statements, in the
// same database, the contenders alternated run by run. Reports figures; asserts none, but stops
// loudly when a run did not do the work it claims (a conflict, a check that compared fewer objects
// than the plan touches or locked none, grants that did not land).

#include "benchutil.h"
#include "catalog/catalogreader.h"
#include "pg/connection.h"
#include "pg/identifier.h"
#include "plan/applier.h"
#include "plan/plan.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace roledesk;
using bench::err;
using bench::median;
using bench::msSince;

namespace {

/// The synthetic plan of part (a): \a tables x \a roles GRANTs (objects need not exist).
Plan grantPlan(const QString &schema, int tables, const QStringList &roles)
{
    Plan plan;
    for (int t = 0; t < tables; ++t) {
        const ObjectRef ref{ObjectKind::Table, schema, QStringLiteral("t%1").arg(t), {}, {}};
        for (const QString &r : roles)
            plan.add(GrantPrivileges{ref, r, Privilege::Select | Privilege::Insert, false});
    }
    return plan;
}

bool run(pg::Connection &conn, const QString &sql, const pg::Params &params = {})
{
    const pg::Result r = conn.exec(sql, params);
    if (!r.ok())
        err() << "planbench: " << r.error().toString() << "\n  in: " << sql.left(200) << Qt::endl;
    return r.ok();
}

/// Where the applied GRANTs go: tables of the generated catalog when it has enough (schemas
/// bench_schema_*, granted to the department roles bench_dept*, which hold no table rights of
/// their own), else a scratch schema of as many tables made here (the smoke test's case).
struct Workload {
    QString source;
    QList<ObjectRef> tables;
    QStringList roles;
    bool scratch = false;
};

const QString ScratchSchema = QStringLiteral("roledesk_planbench");
const QString ScratchRole = QStringLiteral("roledesk_planbench_r%1");
constexpr int ScratchRoles = 10;

void dropScratch(pg::Connection &conn)
{
    run(conn, QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(pg::quoteIdent(ScratchSchema)));
    for (int i = 0; i < ScratchRoles; ++i)
        run(conn, QStringLiteral("DROP ROLE IF EXISTS ") + pg::quoteIdent(ScratchRole.arg(i)));
}

bool makeScratch(pg::Connection &conn, int tables)
{
    dropScratch(conn);
    const QString s = pg::quoteIdent(ScratchSchema);
    bool ok = run(conn, QStringLiteral("CREATE SCHEMA ") + s);
    for (int i = 0; i < ScratchRoles; ++i)
        ok = ok && run(conn, QStringLiteral("CREATE ROLE ") + pg::quoteIdent(ScratchRole.arg(i)));
    return ok && run(conn, QStringLiteral("DO $$ BEGIN FOR i IN 0..%1 LOOP EXECUTE format('CREATE TABLE %2.%I (x int)', "
                                          "'t' || i); END LOOP; END $$").arg(tables - 1).arg(s));
}

/// \a n tables spread evenly over the candidates of \a snapshot (schema prefix \a schemaPrefix),
/// and the roles matching \a rolePattern.
Workload pick(const Snapshot &snapshot, const QString &schemaPrefix, const QRegularExpression &rolePattern, int n)
{
    Workload w;
    QList<int> candidates;
    for (int i = 0; i < snapshot.objects.size(); ++i) {
        const CatalogObject &o = snapshot.objects.at(i);
        if (o.kind == ObjectKind::Table && o.schema.startsWith(schemaPrefix))
            candidates << i;
    }
    for (const Role &r : snapshot.roles)
        if (rolePattern.match(r.name).hasMatch())
            w.roles << r.name;
    if (candidates.size() < n || w.roles.isEmpty())
        return w;
    for (int i = 0; i < n; ++i)
        w.tables << ObjectRef::fromSnapshot(snapshot, candidates.at(int(qint64(i) * candidates.size() / n)));
    w.source = QStringLiteral("%1 of the %2 tables in %3* (grantees %4*)")
                   .arg(n).arg(candidates.size()).arg(schemaPrefix, rolePattern.pattern().mid(1).section(u'\\', 0, 0));
    return w;
}

/// Direct SELECT/INSERT grants to the workload's roles, over the whole database: 0 after the
/// revoke, 2 per table after a run.
qint64 grantsInPlace(pg::Connection &conn, const QStringList &roles)
{
    const pg::Result r = conn.exec(
        QStringLiteral("SELECT count(*) FROM pg_catalog.pg_class c, pg_catalog.aclexplode(c.relacl) e "
                       "WHERE e.grantee IN (SELECT r.oid FROM pg_catalog.pg_roles r "
                       "WHERE r.rolname IN (SELECT json_array_elements_text($1::json))) "
                       "AND e.privilege_type IN ('SELECT', 'INSERT')"),
        {QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(roles)).toJson(QJsonDocument::Compact))});
    return r.ok() && r.rows() == 1 ? r.integer(0, 0) : -1;
}

enum Contender { Unchecked, Checked, Psql, Contenders };

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Plan generation and apply speed, next to psql -1 -f."));
    parser.addHelpOption();
    const bench::CommonOptions common(parser, 6);
    const QCommandLineOption changes(QStringLiteral("changes"), QStringLiteral("Cell changes to plan (default 100000)."),
                                     QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption statements(QStringLiteral("statements"),
                                        QStringLiteral("GRANT statements to apply, one per table (default 10000)."),
                                        QStringLiteral("n"), QStringLiteral("10000"));
    const QCommandLineOption psqlOption(QStringLiteral("psql"), QStringLiteral("psql to compare with."),
                                        QStringLiteral("path"));
    const QCommandLineOption noApply(QStringLiteral("no-apply"), QStringLiteral("Plan generation only (no database)."));
    parser.addOptions({changes, statements, psqlOption, noApply});
    parser.process(app);
    const int repeats = common.repeats(parser);
    const int nChanges = std::max(100, parser.value(changes).toInt());
    const int nStatements = std::max(10, parser.value(statements).toInt());

    // (a) Plan generation: 100 roles x (changes / 100) tables.
    QStringList roles;
    for (int i = 0; i < 100; ++i)
        roles << QStringLiteral("role %1").arg(i);
    QList<double> addMs, statementsMs, scriptMs;
    qsizetype scriptBytes = 0;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer t;
        t.start();
        const Plan plan = grantPlan(QStringLiteral("Sales dept"), nChanges / 100, roles);
        addMs << msSince(t);
        t.restart();
        const QList<Statement> list = plan.statements();
        statementsMs << msSince(t);
        t.restart();
        scriptBytes = plan.script().size();
        scriptMs << msSince(t);
        if (list.size() != nChanges) {
            err() << "planbench: expected " << nChanges << " statements, got " << list.size() << Qt::endl;
            return 1;
        }
    }
    const double planMs = median(addMs) + median(statementsMs) + median(scriptMs);

    // (b) Apply: one GRANT on each of nStatements tables of a real snapshot; the three contenders
    // in rotating order (round r starts with contender r mod 3), privileges revoked before each.
    QList<double> ms[Contenders], snapshotMs, checkMs;
    QString applyError;
    Workload work;
    qsizetype snapshotObjects = 0;
    int objectsCompared = 0, rowsLocked = 0;
    double loadBefore = -1, loadAfter = -1;
    if (!parser.isSet(noApply)) {
        const pg::ConnectOptions options = common.connectOptions(parser);
        pg::Connection conn;
        if (const pg::Error e = conn.open(options); !e.isNull()) {
            err() << "planbench: cannot connect: " << e.toString() << Qt::endl;
            return 3;
        }
        const auto readSnapshot = [&](double *elapsed) -> SnapshotPtr {
            QElapsedTimer t;
            t.start();
            const SnapshotOutcome s = CatalogReader::read(conn);
            if (elapsed)
                *elapsed = msSince(t);
            if (!s.ok())
                applyError = QStringLiteral("snapshot failed: ") + s.error.toString();
            return s.snapshot;
        };
        if (const SnapshotPtr first = readSnapshot(nullptr)) {
            work = pick(*first, QStringLiteral("bench_schema_"), QRegularExpression(QStringLiteral("^bench_dept\\d+$")),
                        nStatements);
            if (work.tables.isEmpty()) {
                const SnapshotPtr scratch = makeScratch(conn, nStatements) ? readSnapshot(nullptr) : nullptr;
                if (scratch)
                    work = pick(*scratch, ScratchSchema, QRegularExpression(QStringLiteral("^roledesk_planbench_r\\d+$")),
                                nStatements);
                work.scratch = true;
                if (work.tables.isEmpty() && applyError.isEmpty())
                    applyError = QStringLiteral("could not make the scratch schema");
            }
            const auto role = std::find_if(first->roles.cbegin(), first->roles.cend(),
                                           [&](const Role &r) { return r.name == first->currentUser; });
            if (applyError.isEmpty() && (role == first->roles.cend() || !role->superuser))
                applyError = QStringLiteral("connect as a superuser: only a superuser's apply locks the catalog rows it checks");
        }
        Plan plan, revoke;
        for (int i = 0; i < work.tables.size(); ++i) {
            const QString grantee = work.roles.at(i % work.roles.size());
            plan.add(GrantPrivileges{work.tables.at(i), grantee, Privilege::Select | Privilege::Insert, false});
            revoke.add(RevokePrivileges{work.tables.at(i), grantee, Privilege::Select | Privilege::Insert, false, false, {}});
        }
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("grants.sql"));
        if (applyError.isEmpty()) {
            QFile f(file);
            QByteArray text;
            for (const Statement &st : plan.statements())
                text += st.sql.toUtf8() + ";\n"; // GRANTs bind no values: the text is the statement
            if (plan.size() != nStatements || !f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
                applyError = QStringLiteral("could not write the psql script");
        }
        const QString psql = bench::pgProgram(QStringLiteral("psql"), parser.value(psqlOption));
        if (psql.isEmpty() && applyError.isEmpty())
            applyError = QStringLiteral("psql not found");
        // Every run starts from the same catalog: the grants revoked, none left anywhere.
        const auto reset = [&] {
            if (!applyError.isEmpty())
                return false;
            const ApplyOutcome r = PlanApplier::apply(conn, revoke, nullptr);
            if (!r.ok())
                applyError = QStringLiteral("revoke failed: ") + r.error.toString();
            else if (const qint64 left = grantsInPlace(conn, work.roles); left != 0)
                applyError = QStringLiteral("%1 grants left after the revoke").arg(left);
            return applyError.isEmpty();
        };
        const auto landed = [&](const QString &who) {
            if (const qint64 n = grantsInPlace(conn, work.roles); applyError.isEmpty() && n != 2 * qint64(nStatements))
                applyError = QStringLiteral("%1: %2 privileges granted, expected %3").arg(who).arg(n).arg(2 * nStatements);
        };
        loadBefore = bench::loadAverage();
        for (int round = 0; applyError.isEmpty() && round < repeats; ++round) {
            for (int k = 0; applyError.isEmpty() && k < Contenders; ++k) {
                const int who = (round + k) % Contenders;
                if (!reset())
                    break;
                if (who == Psql) {
                    QProcess p;
                    p.setProcessChannelMode(QProcess::ForwardedChannels);
                    QStringList args{QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-1"), QStringLiteral("-v"),
                                     QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-f"), file};
                    args << common.dbnameArgs(parser);
                    QElapsedTimer t;
                    t.start();
                    p.start(psql, args);
                    if (!p.waitForFinished(-1) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
                        applyError = QStringLiteral("psql failed");
                    ms[Psql] << msSince(t);
                    landed(QStringLiteral("psql"));
                    continue;
                }
                // The snapshot the plan was made on: read just before, timed apart (not part of apply).
                SnapshotPtr base;
                if (who == Checked) {
                    double elapsed = 0;
                    base = readSnapshot(&elapsed);
                    if (!base)
                        break;
                    snapshotMs << elapsed;
                    snapshotObjects = base->objects.size();
                }
                // A fresh connection each time, as psql has.
                QElapsedTimer t;
                t.start();
                ApplyOutcome out;
                {
                    pg::Connection c;
                    if (const pg::Error e = c.open(options); !e.isNull())
                        out.error = e;
                    else
                        out = PlanApplier::apply(c, plan, base.get());
                }
                ms[who] << msSince(t);
                const QString name = who == Checked ? QStringLiteral("checked apply") : QStringLiteral("apply");
                if (out.status == ApplyOutcome::Status::Conflict) {
                    applyError = QStringLiteral("%1: %2 conflicts with the snapshot, first: %3 (expected %4, found %5)")
                                     .arg(name).arg(out.conflicts.size())
                                     .arg(out.conflicts.at(0).object, out.conflicts.at(0).expected, out.conflicts.at(0).found);
                } else if (!out.ok()) {
                    applyError = name + QStringLiteral(" failed: ") + out.error.toString();
                } else if (who == Checked && (out.objectsCompared != nStatements || out.rowsLocked < nStatements)) {
                    applyError = QStringLiteral("checked apply compared %1 objects and locked %2 catalog rows; the plan "
                                                "touches %3").arg(out.objectsCompared).arg(out.rowsLocked).arg(nStatements);
                } else if (who == Checked) {
                    objectsCompared = out.objectsCompared;
                    rowsLocked = out.rowsLocked;
                    checkMs << double(out.checkMs);
                }
                landed(name);
            }
        }
        loadAfter = bench::loadAverage();
        if (applyError.isEmpty())
            reset();
        if (work.scratch)
            dropScratch(conn);
    }

    const double psqlMedian = median(ms[Psql]);
    const double ratio = psqlMedian > 0 ? median(ms[Unchecked]) / psqlMedian : 0;
    const double checkedRatio = psqlMedian > 0 ? median(ms[Checked]) / psqlMedian : 0;
    // The ratio run by run (each contender's run of round r against psql's of the same round).
    QList<double> checkedRatios;
    for (int r = 0; r < std::min(ms[Checked].size(), ms[Psql].size()); ++r)
        checkedRatios << ms[Checked].at(r) / ms[Psql].at(r);
    const bench::Spread checkedRange = bench::spread(checkedRatios);
    QTextStream out(stdout);
    if (parser.isSet(common.json)) {
        out << QJsonDocument(QJsonObject{
                   {QStringLiteral("changes"), nChanges},
                   {QStringLiteral("plan_add_ms"), median(addMs)},
                   {QStringLiteral("plan_statements_ms"), median(statementsMs)},
                   {QStringLiteral("plan_script_ms"), median(scriptMs)},
                   {QStringLiteral("plan_total_ms"), planMs},
                   {QStringLiteral("statements"), nStatements},
                   {QStringLiteral("objects"), work.source},
                   {QStringLiteral("snapshot_objects"), snapshotObjects},
                   {QStringLiteral("snapshot_runs_ms"), bench::toJson(snapshotMs)},
                   {QStringLiteral("apply_ms"), median(ms[Unchecked])},
                   {QStringLiteral("apply_runs_ms"), bench::toJson(ms[Unchecked])},
                   {QStringLiteral("apply_checked_ms"), median(ms[Checked])},
                   {QStringLiteral("apply_checked_runs_ms"), bench::toJson(ms[Checked])},
                   {QStringLiteral("check_runs_ms"), bench::toJson(checkMs)},
                   {QStringLiteral("objects_compared"), objectsCompared},
                   {QStringLiteral("rows_locked"), rowsLocked},
                   {QStringLiteral("psql_ms"), psqlMedian},
                   {QStringLiteral("psql_runs_ms"), bench::toJson(ms[Psql])},
                   {QStringLiteral("ratio_apply_psql"), ratio},
                   {QStringLiteral("ratio_checked_apply_psql"), checkedRatio},
                   {QStringLiteral("ratio_checked_runs"), bench::toJson(checkedRatios)},
                   {QStringLiteral("load_before"), loadBefore},
                   {QStringLiteral("load_after"), loadAfter},
                   {QStringLiteral("apply_error"), applyError},
               }).toJson();
    } else {
        out << QStringLiteral("plan generation, %1 cell changes (median of %2)\n").arg(nChanges).arg(repeats)
            << QStringLiteral("  Plan::add            %1 ms\n").arg(median(addMs), 9, 'f', 1)
            << QStringLiteral("  statements()         %1 ms\n").arg(median(statementsMs), 9, 'f', 1)
            << QStringLiteral("  script() (%1 MB)    %2 ms\n").arg(double(scriptBytes) * 2 / 1e6, 0, 'f', 1).arg(median(scriptMs), 9, 'f', 1)
            << QStringLiteral("  total                %1 ms (target < 1000)\n").arg(planMs, 9, 'f', 1);
        if (!parser.isSet(noApply)) {
            out << QStringLiteral("apply, %1 GRANT statements on %2, one transaction\n").arg(nStatements).arg(work.source)
                << QStringLiteral("  contenders alternated; median (min-max) of %1 runs each; load average %2 before, %3 after\n")
                       .arg(ms[Psql].size()).arg(loadBefore, 0, 'f', 2).arg(loadAfter, 0, 'f', 2)
                << QStringLiteral("  snapshot (CatalogReader, %1 objects; before each checked run, not part of it)  %2 ms\n")
                       .arg(snapshotObjects).arg(bench::shown(bench::spread(snapshotMs), 1))
                << QStringLiteral("  PlanApplier (connect included)   %1 ms\n").arg(bench::shown(bench::spread(ms[Unchecked]), 1))
                << QStringLiteral("  PlanApplier + conflict check     %1 ms\n").arg(bench::shown(bench::spread(ms[Checked]), 1))
                << QStringLiteral("    of which the check             %1 ms (%2 objects compared, %3 catalog rows locked)\n")
                       .arg(bench::shown(bench::spread(checkMs))).arg(objectsCompared).arg(rowsLocked)
                << QStringLiteral("  psql -X -q -1 -f                 %1 ms\n").arg(bench::shown(bench::spread(ms[Psql]), 1))
                << QStringLiteral("  ratio apply/psql         %1 (target <= 1.00)\n").arg(ratio, 0, 'f', 3)
                << QStringLiteral("  ratio checked apply/psql %1 (target <= 1.00; run by run %2)\n")
                       .arg(checkedRatio, 0, 'f', 3).arg(bench::shown(checkedRange, 3));
            if (!applyError.isEmpty())
                out << QStringLiteral("  error: %1\n").arg(applyError);
        }
    }
    out.flush();
    if (!applyError.isEmpty())
        err() << "planbench: " << applyError << Qt::endl;
    return applyError.isEmpty() ? 0 : 1;
}
