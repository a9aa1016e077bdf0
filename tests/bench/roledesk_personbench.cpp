// roledesk-personbench: the person profile of one database (PersonProfileBuilder::buildDatabase,
// with the snapshot and its EffectiveRights already loaded, as the console has them) next to the
// snapshot read in the same run; the issue asks for the person view in under one snapshot time.
// The person is the login that holds the most memberships (directly), so that chains, schema
// groups and inherited rights are all at their largest. Reports figures; asserts none, but stops
// loudly when the person has no right at all (a benchmark of no work).

#include "benchutil.h"
#include "catalog/catalogreader.h"
#include "lint/personlogins.h"
#include "people/personprofile.h"
#include "pg/connection.h"
#include "privileges/effectiverights.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>

using namespace roledesk;
using bench::err;
using bench::msSince;

namespace {

/// The login role with the most direct memberships (ties: by name), or -1.
int busiestLogin(const Snapshot &s)
{
    QHash<Oid, int> count;
    for (const Membership &m : s.memberships)
        ++count[m.member];
    int best = -1;
    for (int i = 0; i < s.roles.size(); ++i) {
        const Role &r = s.roles.at(i);
        if (!r.canLogin || r.superuser || r.predefined)
            continue;
        if (best < 0 || count.value(r.oid) > count.value(s.roles.at(best).oid)
            || (count.value(r.oid) == count.value(s.roles.at(best).oid) && r.name < s.roles.at(best).name))
            best = i;
    }
    return best;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The person profile of one database, next to the snapshot time."));
    parser.addHelpOption();
    const bench::CommonOptions common(parser, 3);
    parser.process(app);
    const int repeats = common.repeats(parser);

    pg::Connection conn;
    if (const pg::Error e = conn.open(common.connectOptions(parser)); !e.isNull()) {
        err() << "personbench: cannot connect: " << e.toString() << Qt::endl;
        return 3;
    }
    // Snapshot and profile alternate, so that both see the same machine.
    QList<double> snapshotMs, rightsMs, profileMs;
    SnapshotPtr snapshot;
    PersonDatabase profile;
    QString login;
    int memberships = 0;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer t;
        t.start();
        const SnapshotOutcome s = CatalogReader::read(conn);
        snapshotMs << msSince(t);
        if (!s.ok()) {
            err() << "personbench: snapshot failed: " << s.error.toString() << Qt::endl;
            return 3;
        }
        snapshot = s.snapshot;
        const int role = busiestLogin(*snapshot);
        if (role < 0) {
            err() << "personbench: the catalog has no login role" << Qt::endl;
            return 1;
        }
        login = snapshot->roles.at(role).name;
        PlatformLogins mapping;
        mapping.lists << PlatformLoginList{QStringLiteral("bench-person"), {login}, 0};
        const PersonLogins logins = PersonLogins::resolve(mapping, {QStringLiteral("bench-person")}, *snapshot);
        t.restart();
        const EffectiveRights rights(snapshot);   // the console has built it for its matrix already
        rightsMs << msSince(t);
        t.restart();
        profile = PersonProfileBuilder::buildDatabase(rights, logins, QStringLiteral("bench-person"));
        profileMs << msSince(t);
    }
    if (profile.logins.isEmpty() || profile.logins.front().rights.isEmpty()) {
        err() << "personbench: " << login << " has no right of its own: nothing was measured" << Qt::endl;
        return 1;
    }
    const PersonLoginFacts &facts = profile.logins.front();
    memberships = int(facts.memberships.size());
    const bench::Spread snap = bench::spread(snapshotMs);
    const bench::Spread engine = bench::spread(rightsMs);
    const bench::Spread person = bench::spread(profileMs);
    const double ratio = person.median / snap.median;
    if (parser.isSet(common.json)) {
        const QJsonObject o{
            {QStringLiteral("roles"), int(snapshot->roles.size())},
            {QStringLiteral("objects"), int(snapshot->objects.size())},
            {QStringLiteral("login"), login},
            {QStringLiteral("memberships"), memberships},
            {QStringLiteral("schema_groups"), int(facts.schemaGroups.size())},
            {QStringLiteral("rights"), int(facts.rights.size())},
            {QStringLiteral("snapshot_ms"), bench::toJson(snap)},
            {QStringLiteral("effective_rights_ms"), bench::toJson(engine)},
            {QStringLiteral("profile_ms"), bench::toJson(person)},
            {QStringLiteral("ratio_profile_snapshot"), ratio},
            {QStringLiteral("load"), bench::loadAverage()},
        };
        QTextStream(stdout) << QJsonDocument(o).toJson();
        return 0;
    }
    QTextStream out(stdout);
    out << QStringLiteral("catalog               %1 roles, %2 objects\n").arg(snapshot->roles.size()).arg(snapshot->objects.size())
        << QStringLiteral("person                login %1: %2 memberships, %3 schema groups, %4 rights listed\n")
               .arg(login).arg(memberships).arg(facts.schemaGroups.size()).arg(facts.rights.size())
        << QStringLiteral("snapshot              %1 ms\n").arg(bench::shown(snap, 1))
        << QStringLiteral("effective rights      %1 ms (built once for the console's matrix; not in the ratio)\n").arg(bench::shown(engine, 1))
        << QStringLiteral("person profile        %1 ms\n").arg(bench::shown(person, 1))
        << QStringLiteral("ratio profile/snapshot %1\n").arg(ratio, 0, 'f', 2)
        << QStringLiteral("load                  %1\n").arg(bench::loadAverage(), 0, 'f', 2);
    return 0;
}
