// roledesk-planbench: how fast RoleDesk builds plans and applies them. (a) plan generation for
// many cell changes (Plan::add, statements(), script()); (b) applying N GRANT statements with
// PlanApplier (one transaction, libpq pipeline mode) next to `psql -X -q -1 -f` on the same
// statements, in the same database and the same run. Reports figures; asserts none.

#include "benchutil.h"
#include "pg/connection.h"
#include "pg/identifier.h"
#include "plan/applier.h"
#include "plan/plan.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace roledesk;
using bench::err;
using bench::median;
using bench::msSince;

namespace {

/// The synthetic plan: \a tables x \a roles GRANTs (objects need not exist for generation).
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

bool run(pg::Connection &conn, const QString &sql)
{
    const pg::Result r = conn.exec(sql);
    if (!r.ok())
        err() << "planbench: " << r.error().toString() << "\n  in: " << sql.left(200) << Qt::endl;
    return r.ok();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Plan generation and apply speed, next to psql -1 -f."));
    parser.addHelpOption();
    const QCommandLineOption dsn(QStringLiteral("dsn"), QStringLiteral("libpq connection string (default: environment)."),
                                 QStringLiteral("dsn"));
    const QCommandLineOption repeat(QStringLiteral("repeat"), QStringLiteral("Runs per measure (median; default 3)."),
                                    QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption changes(QStringLiteral("changes"), QStringLiteral("Cell changes to plan (default 100000)."),
                                     QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption statements(QStringLiteral("statements"),
                                        QStringLiteral("GRANT statements to apply (default 10000)."),
                                        QStringLiteral("n"), QStringLiteral("10000"));
    const QCommandLineOption psqlOption(QStringLiteral("psql"), QStringLiteral("psql to compare with."),
                                        QStringLiteral("path"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    const QCommandLineOption noApply(QStringLiteral("no-apply"), QStringLiteral("Plan generation only (no database)."));
    parser.addOptions({dsn, repeat, changes, statements, psqlOption, json, noApply});
    parser.process(app);
    const int repeats = std::max(1, parser.value(repeat).toInt());
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

    // (b) Apply: nStatements GRANTs on tables of a scratch schema, RoleDesk vs psql -1 -f.
    const QString schema = QStringLiteral("roledesk_planbench");
    QStringList applyRoles;
    for (int i = 0; i < 10; ++i)
        applyRoles << QStringLiteral("roledesk_planbench_r%1").arg(i);
    const int tables = (nStatements + 9) / 10;
    QList<double> applierMs, checkedMs, psqlMs;
    QString applyError;
    if (!parser.isSet(noApply)) {
        pg::ConnectOptions options;
        if (parser.isSet(dsn))
            options.push_back({QStringLiteral("dbname"), parser.value(dsn)});
        pg::Connection conn;
        if (const pg::Error e = conn.open(options); !e.isNull()) {
            err() << "planbench: cannot connect: " << e.toString() << Qt::endl;
            return 3;
        }
        const QString s = pg::quoteIdent(schema);
        QStringList quotedRoles;
        for (const QString &r : applyRoles)
            quotedRoles << pg::quoteIdent(r);
        const auto cleanup = [&] {
            run(conn, QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(s));
            for (const QString &r : std::as_const(quotedRoles))
                run(conn, QStringLiteral("DROP ROLE IF EXISTS ") + r);
        };
        cleanup();
        bool ok = run(conn, QStringLiteral("CREATE SCHEMA ") + s);
        for (const QString &r : std::as_const(quotedRoles))
            ok = ok && run(conn, QStringLiteral("CREATE ROLE ") + r);
        ok = ok && run(conn, QStringLiteral("DO $$ BEGIN FOR i IN 0..%1 LOOP EXECUTE format('CREATE TABLE %2.%I (x int)', 't' || i); "
                                            "END LOOP; END $$").arg(tables - 1).arg(s));
        Plan plan = grantPlan(schema, tables, applyRoles);
        while (plan.size() > nStatements)
            plan.remove(plan.size() - 1);
        const QString revoke = QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA %1 FROM %2").arg(s, quotedRoles.join(u','));
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("grants.sql"));
        {
            QFile f(file);
            ok = ok && f.open(QIODevice::WriteOnly);
            QByteArray text;
            for (const Statement &st : plan.statements())
                text += st.sql.toUtf8() + ";\n";
            ok = ok && f.write(text) == text.size();
        }
        const QString psql = bench::pgProgram(QStringLiteral("psql"), parser.value(psqlOption));
        if (psql.isEmpty())
            applyError = QStringLiteral("psql not found");
        for (int i = 0; ok && applyError.isEmpty() && i < repeats; ++i) {
            // RoleDesk, without a conflict check (a fresh connection each time, as psql has).
            ok = run(conn, revoke);
            QElapsedTimer t;
            t.start();
            {
                pg::Connection c;
                ok = ok && c.open(options).isNull();
                const ApplyOutcome out = PlanApplier::apply(c, plan, nullptr);
                if (!out.ok())
                    applyError = QStringLiteral("apply failed: ") + out.error.toString();
            }
            applierMs << msSince(t);
            // RoleDesk with the conflict check, whose base is an empty snapshot (every object
            // compared, none in it).
            ok = ok && run(conn, revoke);
            t.restart();
            {
                pg::Connection c;
                ok = ok && c.open(options).isNull();
                Snapshot empty;
                const ApplyOutcome out = PlanApplier::apply(c, plan, &empty);
                if (!out.ok() && applyError.isEmpty())
                    applyError = QStringLiteral("checked apply failed: ") + out.error.toString();
            }
            checkedMs << msSince(t);
            // psql -1 -f on the same statements.
            ok = ok && run(conn, revoke);
            QProcess p;
            p.setProcessChannelMode(QProcess::ForwardedChannels);
            QStringList args{QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-1"),
                             QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-f"), file};
            if (parser.isSet(dsn))
                args << QStringLiteral("--dbname=") + parser.value(dsn);
            t.restart();
            p.start(psql, args);
            if (!p.waitForFinished(-1) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
                applyError = QStringLiteral("psql failed");
            psqlMs << msSince(t);
        }
        if (!ok && applyError.isEmpty())
            applyError = QStringLiteral("setup failed");
        cleanup();
    }

    const double ratio = median(psqlMs) > 0 ? median(applierMs) / median(psqlMs) : 0;
    const double checkedRatio = median(psqlMs) > 0 ? median(checkedMs) / median(psqlMs) : 0;
    QTextStream out(stdout);
    if (parser.isSet(json)) {
        const auto arr = [](const QList<double> &v) { QJsonArray a; for (double x : v) a << x; return a; };
        out << QJsonDocument(QJsonObject{
                   {QStringLiteral("changes"), nChanges},
                   {QStringLiteral("plan_add_ms"), median(addMs)},
                   {QStringLiteral("plan_statements_ms"), median(statementsMs)},
                   {QStringLiteral("plan_script_ms"), median(scriptMs)},
                   {QStringLiteral("plan_total_ms"), planMs},
                   {QStringLiteral("statements"), nStatements},
                   {QStringLiteral("apply_ms"), median(applierMs)},
                   {QStringLiteral("apply_runs_ms"), arr(applierMs)},
                   {QStringLiteral("apply_checked_ms"), median(checkedMs)},
                   {QStringLiteral("psql_ms"), median(psqlMs)},
                   {QStringLiteral("psql_runs_ms"), arr(psqlMs)},
                   {QStringLiteral("ratio_apply_psql"), ratio},
                   {QStringLiteral("ratio_checked_apply_psql"), checkedRatio},
                   {QStringLiteral("apply_error"), applyError},
               }).toJson();
    } else {
        out << QStringLiteral("plan generation, %1 cell changes (median of %2)\n").arg(nChanges).arg(repeats)
            << QStringLiteral("  Plan::add            %1 ms\n").arg(median(addMs), 9, 'f', 1)
            << QStringLiteral("  statements()         %1 ms\n").arg(median(statementsMs), 9, 'f', 1)
            << QStringLiteral("  script() (%1 MB)    %2 ms\n").arg(double(scriptBytes) * 2 / 1e6, 0, 'f', 1).arg(median(scriptMs), 9, 'f', 1)
            << QStringLiteral("  total                %1 ms (target < 1000)\n").arg(planMs, 9, 'f', 1);
        if (!parser.isSet(noApply)) {
            out << QStringLiteral("apply, %1 GRANT statements, one transaction (median of %2)\n").arg(nStatements).arg(repeats)
                << QStringLiteral("  PlanApplier          %1 ms\n").arg(median(applierMs), 9, 'f', 1)
                << QStringLiteral("  PlanApplier+check    %1 ms\n").arg(median(checkedMs), 9, 'f', 1)
                << QStringLiteral("  psql -X -q -1 -f     %1 ms\n").arg(median(psqlMs), 9, 'f', 1)
                << QStringLiteral("  ratio apply/psql         %1 (target <= 1.00)\n").arg(ratio, 0, 'f', 3)
                << QStringLiteral("  ratio checked apply/psql %1\n").arg(checkedRatio, 0, 'f', 3);
            if (!applyError.isEmpty())
                out << QStringLiteral("  error: %1\n").arg(applyError);
        }
    }
    out.flush();
    return applyError.isEmpty() ? 0 : 1;
}
