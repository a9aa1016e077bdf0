// roledesk-cli's policy commands: plan, check, apply, export.
#include "cliapp.h"
#include "clioutput.h"
#include "cliplatform.h"

#include "catalog/catalogreader.h"
#include "export/outputfile.h"
#include "pg/connection.h"
#include "pg/identifier.h"
#include "plan/applier.h"
#include "plan/planverifier.h"
#include "policy/planner.h"
#include "policy/policyfile.h"
#include "lint/personlogins.h"
#include "platform/directory.h"
#include "platform/platformevaluation.h"
#include "platform/platformfile.h"
#include "privileges/impact.h"
#include "privileges/impactjson.h"
#include "privileges/impactpeople.h"
#include "store/journal.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTextStream>

#include <cstdio>

namespace roledesk {

namespace {

using cli::errorText;
using cli::oneLine;
using cli::printTo;
using cli::programName;

QCommandLineOption helpOption()
{
    return QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, CliApp::tr("Show this help."));
}

/// The GUI's workspace file: the CLI journals into the same one, so the console shows the
/// plans applied from CI too.
QString guiWorkspacePath()
{
    const QString name = QCoreApplication::applicationName();
    QCoreApplication::setApplicationName(QStringLiteral("RoleDesk"));
    const QString path = Workspace::defaultPath();
    QCoreApplication::setApplicationName(name);
    return path;
}

QString resultName(ApplyOutcome::Status status)
{
    switch (status) {
    case ApplyOutcome::Status::Applied: return QStringLiteral("applied");
    case ApplyOutcome::Status::Conflict: return QStringLiteral("conflict");
    case ApplyOutcome::Status::Failed: return QStringLiteral("failed");
    case ApplyOutcome::Status::Cancelled: return QStringLiteral("cancelled");
    case ApplyOutcome::Status::ConnectionLost: return QStringLiteral("connection lost");
    }
    return {};
}

/// One line for each role and schema that \a scope names and \a snapshot does not have.
QStringList unknownScopeNames(const PolicyScope &scope, const Snapshot &snapshot)
{
    QStringList lines;
    if (!scope.allRoles) {
        QSet<QString> known{QStringLiteral("PUBLIC")};
        for (const Role &r : snapshot.roles)
            known.insert(r.name);
        for (const QString &name : scope.roles) {
            if (!known.contains(name))
                lines << CliApp::tr("--roles: role %1 does not exist").arg(pg::quoteIdentIfNeeded(name));
        }
    }
    if (!scope.allSchemas) {
        QSet<QString> known;
        for (const CatalogObject &o : snapshot.objects) {
            if (o.kind == ObjectKind::Schema)
                known.insert(o.name);
        }
        for (const QString &name : scope.schemas) {
            if (known.contains(name))
                continue;
            const bool system = name == u"pg_catalog" || name == u"information_schema" || name.startsWith(u"pg_toast")
                                || name.startsWith(u"pg_temp_");
            if (system)
                lines << CliApp::tr("--schemas: %1 is a system schema, which RoleDesk does not govern").arg(name);
            else
                lines << CliApp::tr("--schemas: schema %1 does not exist in database %2")
                             .arg(pg::quoteIdentIfNeeded(name), snapshot.database);
        }
    }
    return lines;
}

/// roledesk-cli plan --impact: the effective rights difference as SQL comments, so that the
/// script stays runnable with psql; with \a people, each login's person and who gains or loses.
QString impactComment(const PlanImpact &impact, const Plan &plan, const ImpactPeople *people)
{
    QStringList lines{CliApp::tr("Impact: %1").arg(ImpactText::summary(impact))};
    if (people)
        lines << CliApp::tr("People: %1").arg(people->summary());
    for (const ImpactRow &row : impact.rows) {
        const QString what = row.withGrantOption ? CliApp::tr("%1 (with grant option)").arg(privilegeKeyword(row.privilege))
                                                 : privilegeKeyword(row.privilege);
        QString who = pg::quoteIdentIfNeeded(impact.roleName(row));
        if (people && !people->peopleOf(row).isEmpty())
            who = CliApp::tr("%1 (person: %2)").arg(who, people->peopleOf(row).join(QStringLiteral(", ")));
        lines << CliApp::tr("%1: %2 %3 on %4 through %5")
                     .arg(ImpactText::effectName(row.effect), who, what, impact.objectName(row), impact.through(row));
    }
    for (const ImpactNote &note : impact.notes)
        lines << CliApp::tr("change %1 (%2): %3")
                     .arg(note.change + 1)
                     .arg(oneLine(describe(plan.changes().at(note.change))), note.reason);
    // Names may hold line breaks: each line is made one, so that nothing leaves its comment.
    QString out;
    for (const QString &line : std::as_const(lines))
        out += QStringLiteral("-- ") + oneLine(line) + u'\n';
    return out;
}

/// The people of \a platform behind \a impact's roles; the mapping's problems (a login matched
/// for two people, a listed login that does not exist) are warnings.
ImpactPeople impactPeople(const PlatformRun &platform, const Snapshot &snapshot, const PlanImpact &impact)
{
    const PersonLogins logins = PersonLogins::resolve(platform.file.logins, platform.evaluation.people(), snapshot);
    for (const QString &problem : logins.problems())
        cli::printTo(stderr, CliApp::tr("roledesk-cli: warning: %1").arg(oneLine(problem)) + u'\n');
    return ImpactPeople::map(impact, logins);
}

/// Writes \a bytes to \a path, or to standard output for "" and "-"; prints why not.
ExitCode writeOutput(const QString &path, const QByteArray &bytes)
{
    if (!path.isEmpty() && path != u"-") {
        OutputFile out(path);
        if (!out.open()) {
            cli::printTo(stderr, QStringLiteral("roledesk-cli: ") + cli::openFailure(path, out.errorString()) + u'\n');
            return ExitCode::OutputFailed;
        }
        if (out.write(bytes) != bytes.size() || !out.commit()) {
            cli::printTo(stderr, QStringLiteral("roledesk-cli: ")
                                     + CliApp::tr("could not write %1: %2").arg(cli::absolutePath(path), out.errorString()) + u'\n');
            return ExitCode::OutputFailed;
        }
        return ExitCode::Success;
    }
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly) || out.write(bytes) != bytes.size()) {
        cli::printTo(stderr, QStringLiteral("roledesk-cli: ")
                                 + CliApp::tr("could not write to standard output: %1").arg(out.errorString()) + u'\n');
        return ExitCode::OutputFailed;
    }
    out.flush();
    return ExitCode::Success;
}

} // namespace

/// The steps every policy command shares: parse its command line, load the file, connect,
/// read the catalog. Each fails with the exit code the README documents.
struct PolicyRun {
    PolicyLoad policy;
    pg::Connection conn;
    SnapshotPtr snapshot;
};

std::optional<ExitCode> CliApp::parsePolicyCommand(QCommandLineParser &parser, const QStringList &arguments,
                                                   const QString &command, QString *file)
{
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The policy file (.yaml, .yml or .json)."));
    if (!parser.parse(arguments))
        return usageError(command, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        printHelp(parser, QLatin1String(programName) + u' ' + command, {});
        return ExitCode::Success;
    }
    if (parser.positionalArguments().size() != 1)
        return usageError(command, parser.positionalArguments().isEmpty()
                                       ? tr("no policy file given")
                                       : tr("unexpected argument \"%1\"").arg(parser.positionalArguments().at(1)));
    *file = parser.positionalArguments().front();
    return std::nullopt;
}

ExitCode CliApp::preparePolicy(const QCommandLineParser &parser, const QString &file, PolicyRun &run,
                               ConvergencePlan *plan)
{
    run.policy = PolicyFile::load(file);
    if (!run.policy.ok()) {
        printError(run.policy.error);
        return ExitCode::PolicyInvalid;
    }
    if (const ExitCode code = openDatabase(parser, run.conn); code != ExitCode::Success)
        return code;
    // A file for another database: every object in it would look missing and every grant
    // here extra. Said first and alone, before the catalog is read.
    const QString wanted = run.policy.state.database;
    if (!wanted.isEmpty() && wanted != run.conn.database()) {
        printError(tr("%1 is written for database %2, but the connection is to database %3: "
                      "nothing was compared, planned or changed")
                       .arg(cli::absolutePath(file), wanted, run.conn.database())
                   + u'\n'
                   + tr("Connect to %1 (--dsn \"dbname=%1 ...\"), or change \"database:\" in the file.").arg(wanted));
        return ExitCode::PolicyInvalid;
    }
    QStringList catalogWarnings;
    if (const ExitCode code = readCatalog(run.conn, &run.snapshot, &catalogWarnings); code != ExitCode::Success)
        return code;
    *plan = planConvergence(run.policy.state, *run.snapshot);
    // A plan that grants to a role that is not there fails on apply: refuse it now, naming each.
    if (!plan->missingRoles.isEmpty()) {
        QString message = tr("%1 cannot be applied to database %2: it names %n role(s) that do not exist "
                             "there and that it does not create; nothing was planned or changed:",
                             nullptr, int(plan->missingRoles.size()))
                              .arg(cli::absolutePath(file), run.snapshot->database);
        for (const MissingRole &m : std::as_const(plan->missingRoles))
            message += u'\n' + tr("%1 (named at %2)").arg(pg::quoteIdentIfNeeded(m.name), m.where.join(QStringLiteral(", ")));
        message += u'\n' + tr("Create them first, or list them under \"roles:\" so that the file creates them.");
        printError(message);
        return ExitCode::PolicyInvalid;
    }
    for (const QString &w : std::as_const(catalogWarnings))
        printError(tr("warning: %1").arg(oneLine(w)));
    for (const QString &w : std::as_const(plan->warnings))
        printError(tr("warning: %1").arg(oneLine(w)));
    return ExitCode::Success;
}

ExitCode CliApp::runPlan(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Print the SQL script (one transaction) that makes the database match the policy file, "
        "within the file's scope. Nothing is changed; run it with psql -1 -f or use apply."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
        tr("Write the script to FILE instead of standard output."), QStringLiteral("FILE"));
    const QCommandLineOption impactOption(QStringLiteral("impact"),
        tr("After the script, list as SQL comments every role that would gain or lose a right, on "
           "which object and through which path, and each change that would change nothing, and why."));
    const QCommandLineOption impactOutput(QStringLiteral("impact-output"),
        tr("Write the impact as JSON to FILE (\"-\": standard output, when --output sends the script to a "
           "file) instead of as comments after the script. Implies --impact."),
        QStringLiteral("FILE"));
    const QCommandLineOption platformFile(QStringLiteral("platform-file"),
        tr("With --impact: name the person whose login each role is (the file's \"logins\" mapping) and "
           "count the people who gain or lose rights."),
        QStringLiteral("FILE"));
    parser.addOptions({helpOption(), dsnOption(), output, impactOption, impactOutput, platformFile});
    QString file;
    if (const auto stop = parsePolicyCommand(parser, arguments, QStringLiteral("plan"), &file))
        return *stop;
    const QString scriptPath = parser.value(output);
    const QString jsonPath = parser.value(impactOutput);
    const bool toStdout = scriptPath.isEmpty() || scriptPath == u"-";
    if (parser.isSet(impactOutput) && (jsonPath.isEmpty() || (jsonPath == u"-" && toStdout)))
        return usageError(QStringLiteral("plan"), tr("--impact-output - needs --output FILE: the script and the JSON cannot both go to standard output"));
    const bool withImpact = parser.isSet(impactOption) || parser.isSet(impactOutput);
    if (parser.isSet(platformFile) && !withImpact)
        return usageError(QStringLiteral("plan"), tr("--platform-file goes with --impact or --impact-output"));
    // The platform file before the database: a typo should not wait for a large catalog.
    std::optional<PlatformRun> platform;
    if (const ExitCode code = PlatformCommand::loadForCommand(parser, true, platform); code != ExitCode::Success)
        return code;
    PolicyRun run;
    ConvergencePlan plan;
    if (const ExitCode code = preparePolicy(parser, file, run, &plan); code != ExitCode::Success)
        return code;
    // Part of the script, so English whatever the locale (like every SQL text), in counted form.
    const QString header = QStringLiteral("RoleDesk plan: database %1 converges on %2\nchanges: %3, differences: %4")
                               .arg(run.snapshot->database, QFileInfo(file).fileName())
                               .arg(plan.plan.size())
                               .arg(plan.drift.size());
    QString text = plan.plan.script(header);
    QByteArray json;
    if (withImpact) {
        const PlanImpact impact = computeImpact(std::make_shared<const EffectiveRights>(run.snapshot), plan.plan.changes());
        std::optional<ImpactPeople> people;
        if (platform)
            people = impactPeople(*platform, *run.snapshot, impact);
        if (parser.isSet(impactOutput)) {
            QStringList changeTexts;
            for (const Change &c : plan.plan.changes())
                changeTexts << describe(c);
            json = ImpactJson::write(impact, changeTexts, run.snapshot->database, people ? &*people : nullptr);
        } else {
            text += impactComment(impact, plan.plan, people ? &*people : nullptr);
        }
    }
    if (const ExitCode code = writeOutput(scriptPath, text.toUtf8()); code != ExitCode::Success)
        return code;
    if (parser.isSet(impactOutput))
        return writeOutput(jsonPath, json);
    return ExitCode::Success;
}

ExitCode CliApp::runCheck(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Compare the database with the policy file and print one line per difference "
        "(missing, extra or different). Exits 1 when there is any, 0 when there is none."));
    parser.addOptions({helpOption(), dsnOption()});
    QString file;
    if (const auto stop = parsePolicyCommand(parser, arguments, QStringLiteral("check"), &file))
        return *stop;
    PolicyRun run;
    ConvergencePlan plan;
    if (const ExitCode code = preparePolicy(parser, file, run, &plan); code != ExitCode::Success)
        return code;
    QString text;
    for (const Drift &d : plan.drift) {
        const QString kind = d.kind == Drift::Kind::Missing ? QStringLiteral("missing")
                             : d.kind == Drift::Kind::Extra ? QStringLiteral("extra")
                                                            : QStringLiteral("different");
        text += kind + QStringLiteral(": ") + oneLine(d.message) + u'\n';
    }
    printTo(stdout, text);
    if (plan.drift.isEmpty()) {
        printTo(stderr, tr("%1: no drift: database %2 matches %3\n")
                            .arg(QLatin1String(programName), run.snapshot->database, QFileInfo(file).fileName()));
        return ExitCode::Success;
    }
    printTo(stderr, tr("%1: %n difference(s) from %2\n", nullptr, int(plan.drift.size()))
                        .arg(QLatin1String(programName), QFileInfo(file).fileName()));
    return ExitCode::Drift;
}

ExitCode CliApp::runApply(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Apply the plan for the policy file in one transaction, after checking under lock that "
        "nothing it touches changed since it was planned; on any error nothing is applied. The "
        "outcome is recorded in the journal of RoleDesk's workspace."));
    parser.addOptions({helpOption(), dsnOption()});
    parser.addOptions(journalOptions());
    QString file;
    if (const auto stop = parsePolicyCommand(parser, arguments, QStringLiteral("apply"), &file))
        return *stop;
    PolicyRun run;
    ConvergencePlan plan;
    if (const ExitCode code = preparePolicy(parser, file, run, &plan); code != ExitCode::Success)
        return code;
    if (plan.plan.isEmpty()) {
        printTo(stdout, tr("Nothing to apply: database %1 matches %2.\n")
                            .arg(run.snapshot->database, QFileInfo(file).fileName()));
        return ExitCode::Success;
    }

    return applyPlan(parser, run.conn, plan.plan, run.snapshot,
                     QStringLiteral("roledesk-cli apply %1").arg(QFileInfo(file).fileName()));
}

QList<QCommandLineOption> CliApp::journalOptions()
{
    return {QCommandLineOption(QStringLiteral("no-journal"), tr("Do not record the outcome in the journal.")),
            QCommandLineOption(QStringLiteral("workspace"),
                               tr("The workspace file whose journal records the outcome (default: the RoleDesk "
                                  "console's)."),
                               QStringLiteral("FILE"))};
}

void CliApp::journal(const QCommandLineParser &parser, JournalEntry &entry)
{
    if (parser.isSet(QStringLiteral("no-journal")))
        return;
    Workspace ws(parser.isSet(QStringLiteral("workspace")) ? parser.value(QStringLiteral("workspace")) : guiWorkspacePath());
    StoreError error = ws.open();
    if (error.isNull())
        error = Journal(&ws).record(entry);
    if (!error.isNull())
        printError(tr("warning: the outcome could not be journalled: %1").arg(error.message));
}

ExitCode CliApp::applyPlan(const QCommandLineParser &parser, pg::Connection &conn, const Plan &plan,
                           const SnapshotPtr &snapshot, const QString &source)
{
    const ApplyOutcome outcome = PlanApplier::apply(conn, plan, snapshot.get());
    QString message;
    if (outcome.status == ApplyOutcome::Status::Conflict) {
        QStringList lines;
        for (const ApplyConflict &c : outcome.conflicts)
            lines << tr("%1 changed since it was read: expected %2, found %3").arg(c.object, c.expected, c.found);
        message = lines.join(u'\n');
    } else if (!outcome.ok()) {
        message = errorText(outcome.failed.sql.isEmpty()
                                ? tr("apply failed")
                                : tr("apply failed at \"%1\" (%2)").arg(oneLine(outcome.failed.display()), outcome.failed.object),
                            outcome.error);
    }

    JournalEntry entry;
    entry.databaseUser = conn.user();
    entry.server = conn.host() + u':' + conn.port();
    entry.database = snapshot->database;
    entry.systemIdentifier = snapshot->systemIdentifier;
    // Who applied, as the server saw it in the apply transaction.
    if (!outcome.sessionUser.isEmpty())
        entry.databaseUser = outcome.sessionUser;
    if (!outcome.systemIdentifier.isEmpty())
        entry.systemIdentifier = outcome.systemIdentifier;
    entry.kind = QStringLiteral("plan");
    entry.sql = plan.script(source);
    entry.result = resultName(outcome.status);
    entry.message = message;
    entry.statements = outcome.statementsRun;
    entry.durationMs = outcome.elapsedMs;
    journal(parser, entry);

    if (!outcome.ok()) {
        printError(message.isEmpty() ? tr("apply ended: %1").arg(resultName(outcome.status)) : message);
        return ExitCode::ApplyFailed;
    }
    // One count per message (a catalogue's plural forms follow one number): the statements are a
    // phrase of their own.
    printTo(stdout, tr("Applied %n change(s) (%1) to %2 in %3 ms.\n", nullptr, int(plan.size()))
                        .arg(tr("%n statement(s)", nullptr, outcome.statementsRun), snapshot->database)
                        .arg(outcome.elapsedMs));
    // What the plan meant, against a fresh snapshot.
    const SnapshotOutcome after = CatalogReader::read(conn);
    if (after.ok()) {
        for (const PlanDifference &d : verifyPlan(plan, *after.snapshot))
            printError(tr("warning: after applying: %1").arg(oneLine(d.message)));
    }
    return ExitCode::Success;
}

ExitCode CliApp::runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Write the current roles, memberships, grants and default privileges as a policy file "
        "(YAML or JSON, by the extension of --output). With --roles or --schemas the file "
        "governs only those (and, with --schemas, not the database's own grants). A role or "
        "schema named there that does not exist is warned about, or refused with --strict. When a "
        "schema-group model (SLPM or SPM) is enabled, the file gets a schema_groups section: the model "
        "and each group's direct members. While a file has that section, the memberships of the "
        "model's groups are governed there alone (CALL slpm_grant / slpm_revoke, only for the groups "
        "it lists; a different model is reported as drift, never changed), not through member_of."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
        tr("The policy file to write (.yaml, .yml or .json)."), QStringLiteral("FILE"));
    const QCommandLineOption roles(QStringLiteral("roles"),
        tr("Comma-separated roles to govern (PUBLIC for PUBLIC's grants); default all."), QStringLiteral("ROLES"));
    const QCommandLineOption schemas(QStringLiteral("schemas"),
        tr("Comma-separated schemas to govern; default all."), QStringLiteral("SCHEMAS"));
    const QCommandLineOption strict(QStringLiteral("strict"),
        tr("Fail (exit 2, nothing written) when --roles or --schemas names a role or schema that "
           "does not exist, instead of warning."));
    parser.addOptions({helpOption(), dsnOption(), output, roles, schemas, strict});
    if (const auto stop = parseOptions(parser, arguments, QStringLiteral("export")))
        return *stop;
    const QString path = parser.value(output);
    if (path.isEmpty() || !PolicyFile::formatForPath(path))
        return usageError(QStringLiteral("export"), tr("--output FILE with .yaml, .yml or .json is required"));
    PolicyScope scope;
    if (parser.isSet(roles)) {
        scope.allRoles = false;
        scope.roles = parser.value(roles).split(u',', Qt::SkipEmptyParts);
    }
    if (parser.isSet(schemas)) {
        scope.allSchemas = false;
        scope.schemas = parser.value(schemas).split(u',', Qt::SkipEmptyParts);
        scope.database = false;
    }
    // Open the output first: no point reading the catalog for a file that cannot be written.
    OutputFile out(path);
    if (!out.open()) {
        printError(cli::openFailure(path, out.errorString()));
        return ExitCode::OutputFailed;
    }
    pg::Connection conn;
    SnapshotPtr snapshot;
    if (const ExitCode code = openDatabase(parser, conn); code != ExitCode::Success)
        return code;
    if (const ExitCode code = readCatalog(conn, &snapshot); code != ExitCode::Success)
        return code;
    const QStringList unknown = unknownScopeNames(scope, *snapshot);
    if (!unknown.isEmpty() && parser.isSet(strict)) {
        printError(tr("%1 was not written: --roles or --schemas names what database %2 does not have (--strict):")
                       .arg(cli::absolutePath(path), snapshot->database)
                   + u'\n' + unknown.join(u'\n'));
        return ExitCode::Usage; // the OutputFile is discarded: nothing written
    }
    for (const QString &u : unknown)
        printError(tr("warning: %1").arg(u));
    const QByteArray text = PolicyFile::serialize(DesiredState::fromSnapshot(*snapshot, scope), *PolicyFile::formatForPath(path));
    if (out.write(text) != text.size() || !out.commit()) {
        printError(tr("could not write %1: %2").arg(cli::absolutePath(path), out.errorString()));
        return ExitCode::OutputFailed;
    }
    return ExitCode::Success;
}

} // namespace roledesk
