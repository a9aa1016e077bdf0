// roledesk-impactbench: the impact of a plan (computeImpact: the rights after it, then every cell
// the plan can move) next to the snapshot it is computed on, read in the same run; the issue asks
// for the impact of a 1,000-change plan on the benchmark catalog in under one snapshot time. The
// plan is built from the snapshot itself with a fixed seed: GRANTs of SELECT or INSERT to ordinary
// roles on tables, REVOKEs of grants that exist, and membership grants (each of which makes every
// object of the member's holders a candidate). Reports figures; asserts none, but stops loudly when
// the plan moved nothing (a benchmark of no work).

#include "benchutil.h"
#include "catalog/catalogreader.h"
#include "pg/connection.h"
#include "privileges/impact.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

using namespace roledesk;
using bench::err;
using bench::msSince;

namespace {

/// \a count changes over \a s: one in \a membershipEvery a membership grant, the rest GRANTs and
/// REVOKEs (of an ACL entry that is there) in turn. Deterministic for one snapshot.
QList<Change> makePlan(const Snapshot &s, int count, int membershipEvery)
{
    QList<int> roles, tables;
    for (int i = 0; i < s.roles.size(); ++i) {
        const Role &r = s.roles.at(i);
        if (!r.predefined && !r.superuser)
            roles << i;
    }
    for (int i = 0; i < s.objects.size(); ++i) {
        const CatalogObject &o = s.objects.at(i);
        if (o.kind == ObjectKind::Table && o.schema != u"pg_catalog" && o.schema != u"information_schema")
            tables << i;
    }
    QList<Change> plan;
    if (roles.size() < 2 || tables.isEmpty())
        return plan;
    QRandomGenerator rng(13);
    for (int i = 0; i < count; ++i) {
        const int role = roles.at(int(rng.bounded(qsizetype(roles.size()))));
        if (membershipEvery > 0 && i % membershipEvery == membershipEvery - 1) {
            const int group = roles.at(int(rng.bounded(qsizetype(roles.size()))));
            if (group != role)
                plan << GrantMembership{s.roles.at(group).name, s.roles.at(role).name, false};
            continue;
        }
        const int table = tables.at(int(rng.bounded(qsizetype(tables.size()))));
        const ObjectRef ref = ObjectRef::fromSnapshot(s, table);
        const QList<AclEntry> &acl = s.objects.at(table).acl;
        const AclEntry *existing = nullptr;
        for (const AclEntry &e : acl) {
            if (e.grantee != PublicOid && e.grantee != s.objects.at(table).owner && s.roleIndex(e.grantee) >= 0
                && e.grantor == s.objects.at(table).owner)
                existing = &e;
        }
        if (i % 2 && existing)
            plan << RevokePrivileges{ref, s.roleName(existing->grantee), existing->privileges, false, false, {}};
        else
            plan << GrantPrivileges{ref, s.roles.at(role).name, i % 3 ? Privileges(Privilege::Select) : Privileges(Privilege::Insert), false};
    }
    return plan;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Impact of a plan, next to the snapshot time."));
    parser.addHelpOption();
    const bench::CommonOptions common(parser, 5);
    const QCommandLineOption changes(QStringLiteral("changes"), QStringLiteral("Changes in the plan (default 1000)."),
                                     QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption memberships(QStringLiteral("membership-every"),
                                         QStringLiteral("One change in n is a membership grant (default 50; 0: none)."),
                                         QStringLiteral("n"), QStringLiteral("50"));
    parser.addOptions({changes, memberships});
    parser.process(app);
    const int repeats = common.repeats(parser);

    pg::Connection conn;
    if (const pg::Error e = conn.open(common.connectOptions(parser)); !e.isNull()) {
        err() << "impactbench: cannot connect: " << e.toString() << Qt::endl;
        return 3;
    }
    // Snapshot and impact alternate, so that both see the same machine.
    QList<double> snapshotMs, impactMs;
    SnapshotPtr snapshot;
    PlanImpact impact;
    QList<Change> plan;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer t;
        t.start();
        const SnapshotOutcome s = CatalogReader::read(conn);
        snapshotMs << msSince(t);
        if (!s.ok()) {
            err() << "impactbench: snapshot failed: " << s.error.toString() << Qt::endl;
            return 3;
        }
        snapshot = s.snapshot;
        if (plan.isEmpty())
            plan = makePlan(*snapshot, std::max(1, parser.value(changes).toInt()), parser.value(memberships).toInt());
        const auto before = std::make_shared<const EffectiveRights>(snapshot);
        t.restart();
        impact = computeImpact(before, plan);
        impactMs << msSince(t);
    }
    if (plan.isEmpty() || impact.rows.isEmpty()) {
        err() << "impactbench: the plan (" << plan.size() << " changes) moved no right: nothing was measured" << Qt::endl;
        return 1;
    }
    // The paths are computed on demand (the console asks for the rows it shows); the CLI asks for
    // every row once: timed apart, once, on the last impact.
    QElapsedTimer lineageTimer;
    lineageTimer.start();
    qsizetype lineageChars = 0;
    for (const ImpactRow &row : std::as_const(impact.rows))
        lineageChars += impact.through(row).size();
    const double lineageMs = msSince(lineageTimer);
    if (lineageChars == 0) {
        err() << "impactbench: no row has a path" << Qt::endl;
        return 1;
    }
    const bench::Spread snap = bench::spread(snapshotMs);
    const bench::Spread imp = bench::spread(impactMs);
    const double ratio = imp.median / snap.median;
    if (parser.isSet(common.json)) {
        const QJsonObject o{
            {QStringLiteral("roles"), int(snapshot->roles.size())},
            {QStringLiteral("objects"), int(snapshot->objects.size())},
            {QStringLiteral("changes"), int(plan.size())},
            {QStringLiteral("snapshot_ms"), bench::toJson(snap)},
            {QStringLiteral("impact_ms"), bench::toJson(imp)},
            {QStringLiteral("ratio_impact_snapshot"), ratio},
            {QStringLiteral("lineage_every_row_ms"), lineageMs},
            {QStringLiteral("gained"), impact.gained},
            {QStringLiteral("lost"), impact.lost},
            {QStringLiteral("no_effect"), int(impact.notes.size())},
            {QStringLiteral("cells_compared"), impact.cellsCompared},
            {QStringLiteral("load"), bench::loadAverage()},
        };
        QTextStream(stdout) << QJsonDocument(o).toJson();
        return 0;
    }
    QTextStream out(stdout);
    out << QStringLiteral("catalog              %1 roles, %2 objects\n").arg(snapshot->roles.size()).arg(snapshot->objects.size())
        << QStringLiteral("plan                 %1 changes\n").arg(plan.size())
        << QStringLiteral("snapshot             %1 ms\n").arg(bench::shown(snap, 1))
        << QStringLiteral("impact               %1 ms (%2 cells compared; %3 gained, %4 lost, %5 changes of no effect)\n")
               .arg(bench::shown(imp, 1))
               .arg(impact.cellsCompared)
               .arg(impact.gained)
               .arg(impact.lost)
               .arg(impact.notes.size())
        << QStringLiteral("ratio impact/snapshot %1\n").arg(ratio, 0, 'f', 2)
        << QStringLiteral("lineage, every row  %1 ms (once; what plan --impact adds to print them)\n").arg(lineageMs, 0, 'f', 1)
        << QStringLiteral("load                 %1\n").arg(bench::loadAverage(), 0, 'f', 2);
    return 0;
}
