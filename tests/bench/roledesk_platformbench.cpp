// roledesk-platformbench: (a) LdapReader::read of a generated directory (10,000 people, 2,000
// nested groups by default) from a throwaway slapd whose size limit is 500, next to ldapsearch
// fetching the same entries and attributes with paged results (-E pr=500/noprompt), the two run
// alternately in the same run, who goes first rotating, after one untimed run of each; (b) PlatformEvaluation::evaluate of a platform file with 200 rules
// over 50 projects against the read directory, then whoCan for every permission. Medians, ranges,
// the ratio and the load; asserts only that what was read is what was generated.

#include "benchutil.h"

#include "platform/ldapdirectory.h"
#include "platform/platformdefinition.h"
#include "platform/platformevaluation.h"
#include "platform/platformfile.h"

#include "slapdfixture.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QProcess>
#include <QTextStream>

using namespace roledesk;
using bench::msSince;

namespace {

/// The ldapsearch runs that fetch what LdapReader::read fetches: people (id and name), machine
/// users (DNs only) and groups (name and members), each paged; stdout to /dev/null.
QList<QStringList> ldapsearchRuns(const LdapSettings &s, int pageSize)
{
    const QStringList common{QStringLiteral("-x"), QStringLiteral("-LLL"), QStringLiteral("-o"), QStringLiteral("ldif-wrap=no"),
                             QStringLiteral("-H"), s.url, QStringLiteral("-D"), s.bindDn, QStringLiteral("-w"), s.password,
                             QStringLiteral("-b"), s.baseDn, QStringLiteral("-E"), QStringLiteral("pr=%1/noprompt").arg(pageSize)};
    return {common + QStringList{s.userFilter, s.userIdAttribute, s.userNameAttribute},
            common + QStringList{QStringLiteral("(&%1%2)").arg(s.userFilter, s.machineFilter), QStringLiteral("1.1")},
            common + QStringList{s.groupFilter, s.groupNameAttribute, s.memberAttribute, QStringLiteral("uniqueMember")}};
}

/// Runs the ldapsearch peer once; its milliseconds, or -1 (said why) when a run failed.
double runLdapsearch(const QString &program, const QList<QStringList> &runs)
{
    QElapsedTimer timer;
    timer.start();
    for (const QStringList &args : runs) {
        QProcess p;
        p.setStandardOutputFile(QProcess::nullDevice());
        p.start(program, args);
        if (!p.waitForFinished(600000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            bench::err() << "roledesk-platformbench: ldapsearch " << args.join(u' ') << " failed: "
                         << QString::fromLocal8Bit(p.readAllStandardError()).trimmed() << '\n';
            return -1;
        }
    }
    return msSince(timer);
}

/// A platform file of \a rules rules over \a projects projects: each rule a group condition on
/// one of the directory's groups (every fourth also on the provider) giving one role of its
/// scope, taken in turn from the definition's data; every tenth an organization rule.
PlatformFile makePlatformFile(const PlatformDefinition &def, const test::GeneratedDirectory &dir, int rules, int projects)
{
    PlatformFile file;
    file.definitionId = def.id;
    file.organization = QStringLiteral("Bench");
    for (int p = 0; p < projects; ++p)
        file.projects << QStringLiteral("project%1").arg(p, 2, 10, QLatin1Char('0'));
    QStringList orgRoles, projectRoles;
    for (const PlatformRole &r : def.roles) {
        if (!r.machineUsersOnly)
            (r.scope == PlatformScope::Organization ? orgRoles : projectRoles) << r.id;
    }
    for (int i = 0; i < rules && !dir.groups.isEmpty(); ++i) {
        PlatformRule rule;
        const bool organization = i % 10 == 0 || projects == 0;
        rule.name = QStringLiteral("rule %1").arg(i);
        rule.project = organization ? QString() : file.projects.at(i % projects);
        rule.conditions << PlatformCondition{PlatformCondition::Kind::Group, dir.groups.at((i * 37) % dir.groups.size()).name};
        if (i % 4 == 0)
            rule.conditions << PlatformCondition{PlatformCondition::Kind::Provider, QStringLiteral("corp-ldap")};
        const QStringList &roles = organization ? orgRoles : projectRoles;
        rule.roles << roles.at(i % roles.size());
        file.rules << rule;
    }
    return file;
}


} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("roledesk-platformbench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Times LdapReader::read against ldapsearch (paged) on a generated directory in a throwaway slapd, "
        "alternately, and PlatformEvaluation (evaluate, whoCan for every permission) over what was read."));
    parser.addHelpOption();
    const bench::CommonOptions common(
        parser, bench::CommonSpec()
                    .repeats(5)
                    .repeatWords(QStringLiteral("Alternating pairs of reads (reader, ldapsearch), and evaluations (default %1)."))
                    .shortRepeat()
                    .noDsn()
                    .tableToStderr());
    const QCommandLineOption people(QStringLiteral("people"), QStringLiteral("People in the directory (default 10000)."),
                                    QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption groups(QStringLiteral("groups"), QStringLiteral("Groups, nested four to a parent (default 2000)."),
                                    QStringLiteral("N"), QStringLiteral("2000"));
    const QCommandLineOption rules(QStringLiteral("rules"), QStringLiteral("Role mapping rules (default 200)."), QStringLiteral("N"),
                                   QStringLiteral("200"));
    const QCommandLineOption projects(QStringLiteral("projects"), QStringLiteral("Projects (default 50)."), QStringLiteral("N"),
                                      QStringLiteral("50"));
    const QCommandLineOption pageSize(QStringLiteral("page-size"), QStringLiteral("Page size for both (default 500)."),
                                      QStringLiteral("N"), QStringLiteral("500"));
    const QCommandLineOption ldapsearch(QStringLiteral("ldapsearch"), QStringLiteral("ldapsearch to compare with (default: PATH)."),
                                        QStringLiteral("PATH"), QStringLiteral("ldapsearch"));
    parser.addOptions({people, groups, rules, projects, pageSize, ldapsearch});
    parser.process(app);

    const int nPeople = parser.value(people).toInt();
    const int nGroups = parser.value(groups).toInt();
    const int nRules = parser.value(rules).toInt();
    const int nProjects = parser.value(projects).toInt();
    const int n = common.positiveRepeats(parser);
    const int page = parser.value(pageSize).toInt();
    if (nPeople < 1 || nGroups < 1 || nGroups > nPeople || nRules < 0 || nProjects < 0 || n < 1 || page < 1) {
        bench::err() << "roledesk-platformbench: positive numbers needed (and no more groups than people)\n";
        return 2;
    }

    QElapsedTimer setup;
    setup.start();
    const test::GeneratedDirectory generated = test::GeneratedDirectory::organization(nPeople, nGroups);
    test::SlapdFixture slapd;
    QString error;
    if (!slapd.start(generated, &error)) {
        bench::err() << "roledesk-platformbench: " << error << '\n';
        return 1;
    }
    const double setupMs = msSince(setup);
    LdapSettings settings = slapd.settings();
    settings.pageSize = page;
    const QList<QStringList> peer = ldapsearchRuns(settings, page);
    qsizetype memberships = 0;
    for (const DirectoryGroup &g : generated.groups)
        memberships += g.people.size() + g.groups.size();

    // (a) The read, alternately with ldapsearch (who goes first rotates, after one untimed run of
    // each: the first search of a fresh slapd fills its caches); each read checked against the
    // generator's counts.
    QList<double> loads{bench::loadAverage()};
    QList<double> readMs, peerMs, ratios;
    DirectoryLoad load = LdapReader::read(settings);
    if (runLdapsearch(parser.value(ldapsearch), peer) < 0)
        return 1;
    for (int i = 0; i < n; ++i) {
        double p = i % 2 ? runLdapsearch(parser.value(ldapsearch), peer) : 0;
        QElapsedTimer t;
        t.start();
        load = LdapReader::read(settings);
        readMs << msSince(t);
        if (!load.ok()) {
            bench::err() << "roledesk-platformbench: " << load.error << '\n';
            return 1;
        }
        qsizetype read = 0;
        for (const DirectoryGroup &g : load.directory.groups)
            read += g.people.size() + g.groups.size();
        if (load.directory.people.size() != generated.people.size() || load.directory.groups.size() != generated.groups.size()
            || read != memberships) {
            bench::err() << QStringLiteral("roledesk-platformbench: read %1 people, %2 groups, %3 memberships; generated %4, %5, %6\n")
                                .arg(load.directory.people.size()).arg(load.directory.groups.size()).arg(read)
                                .arg(generated.people.size()).arg(generated.groups.size()).arg(memberships);
            return 1;
        }
        if (i % 2 == 0)
            p = runLdapsearch(parser.value(ldapsearch), peer);
        if (p < 0)
            return 1;
        peerMs << p;
        ratios << readMs.back() / p;
        loads << bench::loadAverage();
        bench::err() << QStringLiteral("  run %1: LdapReader %2 ms, ldapsearch %3 ms, load %4\n")
                            .arg(i + 1).arg(readMs.back(), 0, 'f', 0).arg(p, 0, 'f', 0).arg(loads.back());
        bench::err().flush();
    }

    // (b) Evaluation over the read directory, then who can do each permission (anywhere).
    const PlatformDefinition &definition = PlatformDefinition::builtin();
    const PlatformFile file = makePlatformFile(definition, generated, nRules, nProjects);
    QList<double> evalMs, whoMs;
    qsizetype grants = 0;
    qsizetype answers = 0;
    for (int i = 0; i < n; ++i) {
        QElapsedTimer t;
        t.start();
        const PlatformEvaluation evaluation = PlatformEvaluation::evaluate(definition, file, &load.directory);
        evalMs << msSince(t);
        t.restart();
        answers = 0;
        for (const PlatformPermission &permission : definition.permissions)
            answers += evaluation.whoCan(permission.id).size();
        whoMs << msSince(t);
        grants = evaluation.roleGrants().size();
    }
    if (nRules > 0 && grants == 0) {
        bench::err() << "roledesk-platformbench: the rules gave no role to anyone\n";
        return 1;
    }

    const bench::Spread r = bench::spread(readMs);
    const bench::Spread s = bench::spread(peerMs);
    const bench::Spread q = bench::spread(ratios);
    const bench::Spread e = bench::spread(evalMs);
    const bench::Spread w = bench::spread(whoMs);
    const bench::Spread l = bench::spread(loads);
    QString table;
    QTextStream t(&table);
    t << QStringLiteral("roledesk-platformbench: %1 people, %2 groups (%3 memberships), page size %4 (server size limit 500), "
                        "%5 alternating run(s), load %6 (1-minute, %7-%8), median (min-max)\n")
             .arg(nPeople).arg(nGroups).arg(memberships).arg(page).arg(n)
             .arg(l.median, 0, 'f', 2).arg(l.min, 0, 'f', 2).arg(l.max, 0, 'f', 2);
    t << QStringLiteral("  slapd set up (generate, slapadd, start) %1 ms\n").arg(setupMs, 0, 'f', 0);
    t << QStringLiteral("  ldapsearch -E pr=%1/noprompt (3 searches) %2 ms\n").arg(page).arg(bench::shown(s));
    t << QStringLiteral("  LdapReader::read                    %1 ms\n").arg(bench::shown(r));
    t << QStringLiteral("  ratio read/ldapsearch               %1 (run by run %2-%3)\n")
             .arg(r.median / s.median, 0, 'f', 3).arg(q.min, 0, 'f', 3).arg(q.max, 0, 'f', 3);
    t << QStringLiteral("  evaluate (%1 rules, %2 projects)    %3 ms, %4 role grants\n").arg(nRules).arg(nProjects).arg(bench::shown(e, 1)).arg(grants);
    t << QStringLiteral("  whoCan x %1 permissions             %2 ms, %3 answers\n")
             .arg(definition.permissions.size()).arg(bench::shown(w, 1)).arg(answers);
    t.flush();

    const QJsonObject out{
        {QStringLiteral("people"), nPeople},          {QStringLiteral("groups"), nGroups},
        {QStringLiteral("memberships"), qint64(memberships)}, {QStringLiteral("page_size"), page},
        {QStringLiteral("runs"), n},                  {QStringLiteral("load"), bench::toJson(l)},
        {QStringLiteral("setup_ms"), setupMs},        {QStringLiteral("ldapsearch_ms"), bench::toJson(s)},
        {QStringLiteral("read_ms"), bench::toJson(r)},       {QStringLiteral("ratio_read_ldapsearch"), r.median / s.median},
        {QStringLiteral("ratio_runs"), bench::toJson(q)},    {QStringLiteral("evaluate_ms"), bench::toJson(e)},
        {QStringLiteral("role_grants"), qint64(grants)}, {QStringLiteral("whocan_ms"), bench::toJson(w)},
        {QStringLiteral("whocan_answers"), qint64(answers)},
    };
    common.print(parser, table, out);
    return 0;
}
