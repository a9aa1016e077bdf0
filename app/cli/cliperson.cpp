// roledesk-cli person: one person across every layer (platform roles, logins, and per database
// each login's attributes, memberships, schema groups, model roles, models and rights), in the
// connected database or, with --all-databases, in every database of the server.
#include "cliapp.h"
#include "clioutput.h"
#include "cliplatform.h"

#include "catalog/databasesweep.h"
#include "lint/personlogins.h"
#include "people/personprofile.h"
#include "people/personprofilejson.h"
#include "pg/connection.h"
#include "privileges/effectiverights.h"

#include <QCommandLineParser>

#include <unistd.h>

namespace roledesk {

using namespace cli;

/// Texts of the person command, under one translation context.
class PersonCommand {
    Q_DECLARE_TR_FUNCTIONS(roledesk::PersonCommand)
public:
    static QString text(const PersonProfile &p);

private:
    static QString login(const PersonLoginFacts &l);
};

QString PersonCommand::login(const PersonLoginFacts &l)
{
    const QString arrow = QStringLiteral(" > ");
    QString out = QStringLiteral("  ") + tr("login %1 (%2)").arg(l.login, l.how) + u'\n';
    if (!l.exists)
        return out + QStringLiteral("    ") + tr("no such role in this database's catalog") + u'\n';
    out += QStringLiteral("    ") + tr("attributes: %1").arg(PersonText::attributes(l.attributes, PersonText::Time::Iso)) + u'\n';
    out += QStringLiteral("    ") + (l.mayConnect ? tr("may connect: yes, %1").arg(l.connectLineage) : tr("may connect: no"))
           + u'\n';
    const auto section = [&](const QString &title, const QStringList &lines) {
        if (lines.isEmpty())
            return;
        out += QStringLiteral("    ") + title + u'\n';
        for (const QString &line : lines)
            out += QStringLiteral("      ") + line + u'\n';
    };
    QStringList lines;
    for (const PersonMembership &m : l.memberships) {
        QString line = m.group + QStringLiteral("  ") + m.chain.join(arrow);
        if (m.adminOption)
            line += QStringLiteral("  ") + tr("[admin option]");
        if (!m.inherited)
            line += QStringLiteral("  ") + tr("[not inherited: SET ROLE only]");
        lines << line;
    }
    section(tr("memberships:"), lines);
    lines.clear();
    for (const LintGroup &g : l.schemaGroups)
        lines << (g.schema.isEmpty() ? schemagroups::levelName(g.level)
                                     : tr("%1 of %2").arg(schemagroups::levelName(g.level), g.schema))
                     + QStringLiteral("  (") + g.group + QStringLiteral(")  ") + g.chain.join(arrow);
    section(tr("schema groups:"), lines);
    lines.clear();
    for (const LintModelRole &r : l.modelRoles)
        lines << ModelCatalog::roleName(r.role) + QStringLiteral("  ") + r.chain.join(arrow);
    section(tr("model roles:"), lines);
    lines.clear();
    for (const PersonModelUse &m : l.models)
        lines << tr("%1 (%2): %3").arg(m.model, m.function, m.lineage);
    section(tr("models it may use:"), lines);
    lines.clear();
    for (const PersonRight &r : l.rights)
        lines << tr("%1 on %2 %3%4: %5")
                     .arg(privilegeKeyword(r.privilege), objectKindName(r.kind), r.object,
                          r.grantable ? QStringLiteral(" ") + tr("[grantable]") : QString(), r.lineage);
    section(tr("rights:"), lines);
    if (l.rights.isEmpty())
        out += QStringLiteral("    ") + tr("rights: none of its own") + u'\n';
    if (l.publicOnlyRights > 0)
        out += QStringLiteral("    ") + tr("rights through PUBLIC alone, not listed: %1").arg(l.publicOnlyRights) + u'\n';
    if (l.superuserOnlyRights > 0)
        out += QStringLiteral("    ") + tr("rights through SUPERUSER alone, not listed: %1").arg(l.superuserOnlyRights) + u'\n';
    return out;
}

QString PersonCommand::text(const PersonProfile &p)
{
    QString out = (p.displayName.isEmpty() ? tr("person %1").arg(p.person)
                                           : tr("person %1 (%2)").arg(p.person, p.displayName)) + u'\n';
    out += tr("platform roles:") + u'\n';
    if (p.platformRoles.isEmpty())
        out += QStringLiteral("  ") + tr("none") + u'\n';
    for (const PersonPlatformRole &r : p.platformRoles)
        out += QStringLiteral("  ") + (r.grant.project.isEmpty() ? r.roleName : tr("%1 of %2").arg(r.roleName, r.grant.project))
               + QStringLiteral("  (") + r.why + QStringLiteral(")\n");
    out += tr("logins:") + u'\n';
    if (p.logins.isEmpty())
        out += QStringLiteral("  ") + tr("none: this person has no database login") + u'\n';
    for (const PersonLogin &l : p.logins)
        out += QStringLiteral("  ") + l.login + QStringLiteral("  (") + l.how + QStringLiteral(")\n");
    for (const QString &problem : p.problems)
        out += tr("problem: %1").arg(problem) + u'\n';
    for (const PersonDatabase &d : p.databases) {
        out += u'\n' + tr("database %1").arg(d.database) + u'\n';
        if (!d.error.isEmpty())
            out += QStringLiteral("  ") + tr("not read: %1").arg(d.error) + u'\n';
        for (const QString &w : d.warnings)
            out += QStringLiteral("  ") + tr("warning: %1").arg(oneLine(w)) + u'\n';
        for (const PersonLoginFacts &l : d.logins)
            out += login(l);
    }
    return out;
}

ExitCode CliApp::runPerson(const QStringList &arguments)
{
    const QString command = QStringLiteral("person");
    QCommandLineParser parser;
    parser.setApplicationDescription(PersonCommand::tr(
        "Show one person across every layer: platform roles (manual or which rule), the database logins "
        "that are theirs (the platform file's \"logins\"), and for each login its attributes, memberships, "
        "schema groups, model roles, the models it may use, whether it may connect, and its rights on "
        "objects, each with its lineage. Rights that only PUBLIC or SUPERUSER gives are counted, not listed. "
        "Exit 0; 1 when a login of the person is matched by another person too; 4 when no database could "
        "be read. A database the login may not connect to is reported and the rest still shown."));
    PlatformCommand::addOptions(parser, true, false);
    const QCommandLineOption dsn = dsnOption();
    const QCommandLineOption all(QStringLiteral("all-databases"),
        PersonCommand::tr("Read every database of the server the login can see, not only the connected one."));
    const QCommandLineOption format({QStringLiteral("f"), QStringLiteral("format")},
        PersonCommand::tr("Output format: text (default) or json."), QStringLiteral("FORMAT"), QStringLiteral("text"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
        PersonCommand::tr("Write to FILE instead of standard output (replaced only when complete)."), QStringLiteral("FILE"));
    parser.addOptions({dsn, all, format, output});
    parser.addPositionalArgument(QStringLiteral("person"), PersonCommand::tr("The person's id or display name."));
    if (!parser.parse(arguments))
        return usageError(command, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        printHelp(parser, QLatin1String(programName) + QStringLiteral(" person PERSON"), {});
        return ExitCode::Success;
    }
    if (parser.positionalArguments().size() != 1)
        return usageError(command, PersonCommand::tr("give exactly one person"));
    if (!parser.isSet(QStringLiteral("file")))
        return usageError(command, PersonCommand::tr("--platform-file is required: it says who the person is and which logins are theirs"));
    const QString fmt = parser.value(format);
    if (fmt != u"text" && fmt != u"json")
        return usageError(command, tr("unknown format \"%1\" (expected text or json)").arg(fmt));

    // The platform file and the person before the database: a typo should not wait for a catalog.
    PlatformRun run;
    if (const ExitCode code = PlatformCommand::loadFile(parser, run); code != ExitCode::Success)
        return code;
    if (const ExitCode code = PlatformCommand::readDirectory(parser, command, run); code != ExitCode::Success)
        return code;
    QString why;
    const QString person = PlatformCommand::findPerson(run, parser.positionalArguments().front(), &why);
    if (person.isEmpty())
        return usageError(command, why);
    if (run.file.logins.isEmpty())
        printError(PersonCommand::tr("warning: %1 has no \"logins\" section: no login is anybody's").arg(absolutePath(run.path)));

    pg::Connection conn;
    pg::ConnectOptions options;
    if (const ExitCode code = openDatabase(parser, conn, &options); code != ExitCode::Success)
        return code;
    // Ctrl+C stops the read (between catalog parts and databases); nothing has been written yet.
    const InterruptGuard interrupt;
    const auto interrupted = [&] { return interrupt.stop(PersonCommand::tr("interrupted; nothing was written")); };
    SnapshotPtr first;
    if (const ExitCode code = readCatalog(conn, &first, nullptr, {}, &interrupt.flag()); code != ExitCode::Success)
        return interrupt.raised() ? interrupted() : code;
    const PersonLogins logins = PersonLogins::resolve(run.file.logins, run.evaluation.people(), *first);

    QList<PersonDatabase> databases;
    if (!parser.isSet(all)) {
        databases << PersonProfileBuilder::buildDatabase(EffectiveRights(first), logins, person);
    } else {
        pg::Error error;
        const QStringList names = DatabaseSweep::listDatabases(conn, &error);
        if (!error.isNull()) {
            printError(PersonCommand::tr("could not list the server's databases: %1").arg(error.message));
            return ExitCode::CatalogFailed;
        }
        conn.close();
        const bool showProgress = ::isatty(STDERR_FILENO) == 1;
        DatabaseSweep sweep;
        // The connected database is not read twice.
        QStringList others = names;
        others.removeAll(first->database);
        const DatabaseSweep::Outcome swept = sweep.run(
            options, others,
            [&](const SweptDatabase &d) {
                if (!d.ok()) {
                    printError(d.message);
                    databases << PersonProfileBuilder::failedDatabase(d.database, d.message);
                } else {
                    databases << PersonProfileBuilder::buildDatabase(EffectiveRights(d.snapshot), logins, person);
                }
            },
            [&](int i, int n, const QString &db) {
                if (showProgress)
                    printTo(stderr, PersonCommand::tr("reading database %1 of %2: %3").arg(i + 1).arg(n).arg(db) + u'\n');
            },
            &interrupt.flag());
        if (swept.cancelled || interrupt.raised())
            return interrupted();
        databases.prepend(PersonProfileBuilder::buildDatabase(EffectiveRights(first), logins, person));
        // In the server's order, the connected database among the rest.
        std::stable_sort(databases.begin(), databases.end(), [&](const PersonDatabase &a, const PersonDatabase &b) {
            return names.indexOf(a.database) < names.indexOf(b.database);
        });
    }
    const PersonProfile profile = PersonProfileBuilder::build(&run.evaluation, logins, person,
                                                              PlatformCommand::personName(run, person), databases);
    const QByteArray bytes = fmt == u"json" ? PersonProfileJson::toJson(profile) : PersonCommand::text(profile).toUtf8();
    if (const ExitCode code = PlatformCommand::write(parser, bytes); code != ExitCode::Success)
        return code;
    bool shared = false;
    for (const PersonLogin &l : profile.logins)
        shared = shared || logins.peopleOf(l.login).size() > 1;
    return shared ? ExitCode::Drift : ExitCode::Success;
}

} // namespace roledesk
