// roledesk-cli groups: membership changes of the schema-group models (grant, revoke, set-level,
// create-user) applied as plans, and the model-wide operations (enable, migrate, disable, cleanup).
#include "cligroups.h"
#include "clioutput.h"

#include "pg/connection.h"
#include "pg/identifier.h"
#include "plan/plan.h"
#include "privileges/effectiverights.h"
#include "slpm/groupoperations.h"
#include "slpm/schemagroupplanner.h"
#include "store/journal.h"

#include <QCommandLineParser>
#include <QFile>

#include <atomic>
#include <chrono>
#include <csignal>
#include <memory>
#include <thread>

namespace roledesk {

namespace {

using cli::oneLine;
using cli::printTo;
using cli::programName;

QCommandLineOption helpOption()
{
    return QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, GroupsCommand::tr("Show this help."));
}

QCommandLineOption dryRunOption()
{
    return QCommandLineOption(QStringLiteral("dry-run"),
                              GroupsCommand::tr("Print the SQL script and change nothing."));
}

/// The group named \a name among the model in force, or a refusal naming the cause.
const SchemaGroup *findGroup(const Snapshot &s, const QString &name, QString *why)
{
    for (const SchemaGroup &g : s.groups.groups) {
        if (g.name == name)
            return &g;
    }
    bool role = false;
    for (const Role &r : s.roles)
        role = role || r.name == name;
    *why = role ? GroupsCommand::tr("%1 is a role, but not a group of the %2 model in force in database %3")
                      .arg(pg::quoteIdentIfNeeded(name), schemagroups::modelName(s.groups.model), s.database)
                : GroupsCommand::tr("unknown group %1: database %2 has no such group of the %3 model (run \"%4 groups\" "
                                    "to list them)")
                      .arg(pg::quoteIdentIfNeeded(name), s.database, schemagroups::modelName(s.groups.model),
                           QLatin1String(programName));
    return nullptr;
}

/// Refuses a user name the vendor refuses, or a role that does not exist.
QString userProblem(const SchemaGroupPlanner &planner, const QString &user)
{
    if (schemagroups::isReservedUserName(user))
        return GroupsCommand::tr("the user name %1 is reserved: user names must not end in admin, developer, writer, "
                                 "viewer or all_users")
            .arg(pg::quoteIdentIfNeeded(user));
    if (planner.roleIndex(user) < 0)
        return GroupsCommand::tr("role %1 does not exist in database %2's cluster (create it with \"%3 groups "
                                 "create-user\")")
            .arg(pg::quoteIdentIfNeeded(user), planner.snapshot().database, QLatin1String(programName));
    return {};
}

std::atomic_bool interrupted{false};

void onInterrupt(int)
{
    interrupted = true;
    // A second Ctrl+C ends the program at once.
    std::signal(SIGINT, SIG_DFL);
}

} // namespace

std::optional<ExitCode> GroupsCommand::parseSub(QCommandLineParser &parser, const QStringList &arguments,
                                                const QString &sub, const QString &usage, const QString &examples,
                                                int least, int most)
{
    const QString command = QStringLiteral("groups ") + sub;
    if (!parser.parse(arguments))
        return CliApp::usageError(command, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        CliApp::printHelp(parser, QLatin1String(programName) + u' ' + command + u' ' + usage, examples);
        return ExitCode::Success;
    }
    const qsizetype n = parser.positionalArguments().size();
    if (n < least)
        return CliApp::usageError(command, GroupsCommand::tr("missing arguments: %1").arg(usage));
    if (most >= 0 && n > most)
        return CliApp::usageError(command,
                                  GroupsCommand::tr("unexpected argument \"%1\"").arg(parser.positionalArguments().at(most)));
    return std::nullopt;
}

ExitCode GroupsCommand::printScript(const Plan &plan, const QString &header)
{
    const QByteArray script = plan.script(header).toUtf8();
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly) || out.write(script) != script.size()) {
        CliApp::printError(GroupsCommand::tr("could not write to standard output: %1").arg(out.errorString()));
        return ExitCode::OutputFailed;
    }
    return ExitCode::Success;
}

QStringList GroupsCommand::subcommands()
{
    return {QStringLiteral("grant"), QStringLiteral("revoke"), QStringLiteral("set-level"), QStringLiteral("create-user"),
            QStringLiteral("enable"), QStringLiteral("migrate"), QStringLiteral("disable"), QStringLiteral("cleanup")};
}

QString GroupsCommand::overviewHelp()
{
    return tr("\nSubcommands (each has its own --help):\n"
              "  (none)                      list the model, its groups and members, and users' levels\n"
              "  grant GROUP USER...         add users to a group (CALL slpm_grant / spm_grant)\n"
              "  revoke GROUP USER...        remove users from a group (CALL slpm_revoke / spm_revoke)\n"
              "  set-level USER SCHEMA LEVEL make LEVEL (none, viewer, writer, developer; admin for the\n"
              "                              database) the user's one direct level in SCHEMA\n"
              "  create-user USER [--group GROUP]  create a login, optionally into a group\n"
              "  enable [--model slpm|spm]   enable a model (superuser; no other session may run SQL)\n"
              "  migrate [--batch N]         hand existing objects to the groups, batch by batch\n"
              "  disable                     disable the model in force; the groups stay\n"
              "  cleanup [--database DB] [--batch N]  drop a disabled model's groups, batch by batch\n"
              "Membership changes are applied like \"apply\": one transaction, checked under lock, journalled;\n"
              "--dry-run prints the SQL instead.\n"
              "\nExamples:\n"
              "  %1 groups --dsn \"dbname=sales\" --format json\n"
              "  %1 groups grant sales.public.viewer ann bob --dry-run\n"
              "  %1 groups set-level ann \"Mixed Case\" writer\n"
              "  %1 groups enable --model slpm && %1 groups migrate --batch 100\n")
        .arg(QLatin1String(programName));
}

ExitCode CliApp::runGroups(const QStringList &arguments)
{
    const QString sub = arguments.value(1);
    if (GroupsCommand::subcommands().contains(sub)) {
        QStringList rest = arguments.mid(2);
        rest.prepend(QLatin1String(programName) + QStringLiteral(" groups ") + sub);
        const bool operation = sub == u"enable" || sub == u"migrate" || sub == u"disable" || sub == u"cleanup";
        return operation ? GroupsCommand::operation(sub, rest) : GroupsCommand::change(sub, rest);
    }
    return GroupsCommand::list(arguments);
}

ExitCode GroupsCommand::change(const QString &sub, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption group(QStringLiteral("group"), tr("create-user: the group the new user joins."),
                                   QStringLiteral("GROUP"));
    QString usage, examples;
    int least = 2, most = -1;
    const QString p = QLatin1String(programName);
    if (sub == u"grant") {
        usage = QStringLiteral("GROUP USER...");
        parser.setApplicationDescription(tr(
            "Add each USER to GROUP, a group of the model in force (SLPM: DB.admin, DB.SCHEMA.developer, "
            "writer or viewer; SPM: DB_admin, DB_developer...), through CALL slpm_grant (spm_grant). A user "
            "already in the group is left as it is. Other levels the user holds in the schema stay: use "
            "set-level to hold exactly one."));
        examples = tr("\nExamples:\n  %1 groups grant mydb.sales.viewer ann bob --dry-run\n"
                      "  %1 groups grant \"mydb.Mixed Case.writer\" ann\n").arg(p);
    } else if (sub == u"revoke") {
        usage = QStringLiteral("GROUP USER...");
        parser.setApplicationDescription(tr(
            "Remove each USER from GROUP, a group of the model in force, through CALL slpm_revoke "
            "(spm_revoke). A user who is not a direct member is left as it is."));
        examples = tr("\nExample:\n  %1 groups revoke mydb.sales.viewer ann\n").arg(p);
    } else if (sub == u"set-level") {
        usage = QStringLiteral("USER SCHEMA LEVEL");
        least = most = 3;
        parser.setApplicationDescription(tr(
            "Make LEVEL the one level USER holds directly in SCHEMA: revoke the schema's other groups the "
            "user is directly in, grant the level's group. LEVEL is none, viewer, writer or developer; "
            "admin (or none with SCHEMA \"-\") acts on the database's admin group. Under SPM, SCHEMA is "
            "any schema (the levels are database-wide). A level held through another role stays, and is "
            "reported."));
        examples = tr("\nExamples:\n  %1 groups set-level ann sales writer\n"
                      "  %1 groups set-level ann \"Mixed Case\" none\n  %1 groups set-level ann - admin\n").arg(p);
    } else {
        usage = QStringLiteral("USER");
        least = most = 1;
        parser.setApplicationDescription(tr(
            "Create login USER through CALL slpm_create_user (spm_create_user), optionally straight into a "
            "group. User names may not end in admin, developer, writer, viewer or all_users."));
        examples = tr("\nExample:\n  %1 groups create-user ann --group mydb.sales.viewer\n").arg(p);
        parser.addOption(group);
    }
    parser.addPositionalArgument(QStringLiteral("args"), tr("See above."), usage);
    parser.addOptions({helpOption(), CliApp::dsnOption(), dryRunOption()});
    parser.addOptions(CliApp::journalOptions());
    examples += u'\n';
    if (const auto stop = parseSub(parser, arguments, sub, usage, examples, least, most))
        return *stop;
    const QStringList args = parser.positionalArguments();
    const QString command = QStringLiteral("groups ") + sub;

    pg::Connection conn;
    SnapshotPtr snapshot;
    if (const ExitCode code = CliApp::openDatabase(parser, conn); code != ExitCode::Success)
        return code;
    if (const ExitCode code = CliApp::readCatalog(conn, &snapshot); code != ExitCode::Success)
        return code;
    const Snapshot &s = *snapshot;
    if (!s.groups.enabled()) {
        CliApp::printError(tr("no schema-group model is enabled in database %1: nothing was changed").arg(s.database)
                           + u'\n' + tr("Enable one first: %1 groups enable --model slpm").arg(QLatin1String(programName)));
        return ExitCode::ApplyFailed;
    }
    const SchemaGroupPlanner planner(std::make_shared<const EffectiveRights>(snapshot));
    Plan plan;
    QStringList notes;
    QString why;
    const auto refuse = [&](const QString &message) {
        return CliApp::usageError(command, message + u'\n' + tr("Nothing was changed."));
    };

    if (sub == u"grant" || sub == u"revoke") {
        const SchemaGroup *g = findGroup(s, args.front(), &why);
        if (!g)
            return refuse(why);
        const bool grant = sub == u"grant";
        for (const QString &user : args.mid(1)) {
            if (const QString problem = userProblem(planner, user); !problem.isEmpty())
                return refuse(problem);
            const bool member = planner.members(*g).contains(planner.roleIndex(user));
            if (member == grant) {
                notes << (grant ? tr("%1 is already a member of %2").arg(user, g->name)
                                : tr("%1 is not a direct member of %2").arg(user, g->name));
                continue;
            }
            plan.add(SchemaGroupCall{grant ? SchemaGroupCall::Kind::Grant : SchemaGroupCall::Kind::Revoke,
                                     s.groups.model, g->name, user, {}, {}});
        }
    } else if (sub == u"set-level") {
        const QString &user = args.at(0), &schema = args.at(1);
        const auto level = args.at(2).toLower() == u"none" ? std::optional(GroupLevel::None)
                                                            : schemagroups::levelFromName(args.at(2).toLower());
        if (!level)
            return refuse(tr("unknown level \"%1\" (expected none, viewer, writer, developer or admin)").arg(args.at(2)));
        if (const QString problem = userProblem(planner, user); !problem.isEmpty())
            return refuse(problem);
        const bool admin = *level == GroupLevel::Admin || schema == u"-";
        const int column = admin ? 0 : planner.columnOfSchema(schema);
        if (column < 0)
            return refuse(tr("schema %1 has no groups in database %2").arg(pg::quoteIdentIfNeeded(schema), s.database));
        if (!planner.levels(column).contains(*level))
            return refuse(tr("level %1 does not apply to %2").arg(args.at(2), admin ? tr("the database") : schema));
        const EditResult edit = planner.setLevel(user, column, *level, {});
        for (const Change &c : edit.changes)
            plan.add(c);
        notes << edit.notes;
    } else {
        const SchemaGroup *g = nullptr;
        if (parser.isSet(group) && !(g = findGroup(s, parser.value(group), &why)))
            return refuse(why);
        const EditResult edit = planner.createUser(args.front(), g);
        if (edit.changes.isEmpty())
            return refuse(edit.notes.join(u'\n'));
        for (const Change &c : edit.changes)
            plan.add(c);
    }

    for (const QString &note : std::as_const(notes))
        printTo(stderr, QLatin1String(programName) + QStringLiteral(": ") + note + u'\n');
    const QString header = QStringLiteral("roledesk-cli groups %1 %2").arg(sub, args.join(u' '));
    if (parser.isSet(QStringLiteral("dry-run")))
        return printScript(plan, header);
    if (plan.isEmpty()) {
        printTo(stdout, tr("Nothing to apply: database %1 already has it.\n").arg(s.database));
        return ExitCode::Success;
    }
    return CliApp::applyPlan(parser, conn, plan, snapshot, header);
}

ExitCode GroupsCommand::operation(const QString &sub, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption model(QStringLiteral("model"),
                                   tr("The model: slpm or spm (enable: default slpm; otherwise the model in force, "
                                      "or the one whose groups are left)."),
                                   QStringLiteral("MODEL"));
    const QCommandLineOption batch(QStringLiteral("batch"), tr("Objects per call (default 64; 0: the server's maximum)."),
                                   QStringLiteral("N"), QStringLiteral("64"));
    const QCommandLineOption database(QStringLiteral("database"),
                                      tr("cleanup: the database whose groups are dropped (default: the connected one)."),
                                      QStringLiteral("DB"));
    const QCommandLineOption reenable(QStringLiteral("reenable"),
                                      tr("enable: slpm_enable('t'), to enable again after cleanup (then migrate)."));
    parser.addOptions({helpOption(), CliApp::dsnOption(), dryRunOption(), model});
    parser.addOptions(CliApp::journalOptions());
    const QString p = QLatin1String(programName);
    QString examples;
    GroupOperationRequest request;
    if (sub == u"enable") {
        request.operation = GroupOperation::Enable;
        parser.addOption(reenable);
        parser.setApplicationDescription(tr(
            "Enable a schema-group model in the connected database (CALL slpm_enable() or spm_enable()). Needs a "
            "superuser, and is refused while other sessions run SQL in the database. Run migrate next."));
        examples = tr("\nExample:\n  %1 groups enable --model slpm --dsn \"dbname=sales\"\n").arg(p);
    } else if (sub == u"migrate") {
        request.operation = GroupOperation::Migrate;
        parser.addOption(batch);
        parser.setApplicationDescription(tr(
            "Hand the objects that existed before enabling to their schema's developer group, --batch objects "
            "per call, each call committed, until the server answers COMPLETED. Progress goes to standard "
            "error; Ctrl+C stops after the call in flight, and running it again goes on."));
        examples = tr("\nExample:\n  %1 groups migrate --batch 100\n").arg(p);
    } else if (sub == u"disable") {
        request.operation = GroupOperation::Disable;
        parser.setApplicationDescription(tr(
            "Disable the model in force (CALL slpm_disable() or spm_disable()). The groups stay, with their "
            "rights on existing objects; PUBLIC gets its default rights back."));
        examples = tr("\nExample:\n  %1 groups disable\n").arg(p);
    } else {
        request.operation = GroupOperation::Cleanup;
        parser.addOptions({batch, database});
        parser.setApplicationDescription(tr(
            "After disable: drop the model's groups and hand what they owned to the caller, batch by batch "
            "(CALL slpm_cleanup(db, batch)), until COMPLETED. Ctrl+C stops after the call in flight."));
        examples = tr("\nExample:\n  %1 groups cleanup --batch 100\n").arg(p);
    }
    examples += u'\n';
    if (const auto stop = parseSub(parser, arguments, sub, QString(), examples, 0, 0))
        return *stop;
    const QString command = QStringLiteral("groups ") + sub;
    const bool batched = request.operation == GroupOperation::Migrate || request.operation == GroupOperation::Cleanup;
    if (batched && parser.isSet(batch)) {
        bool ok = false;
        request.batch = parser.value(batch).toInt(&ok);
        if (!ok || request.batch < 0)
            return CliApp::usageError(command, tr("--batch must be a whole number, 0 or more"));
    }
    std::optional<GroupModel> chosen;
    if (parser.isSet(model)) {
        const QString m = parser.value(model).toLower();
        if (m != u"slpm" && m != u"spm")
            return CliApp::usageError(command, tr("unknown model \"%1\" (expected slpm or spm)").arg(parser.value(model)));
        chosen = m == u"spm" ? GroupModel::Spm : GroupModel::Slpm;
    }
    request.reenable = request.operation == GroupOperation::Enable && parser.isSet(reenable);

    pg::Connection conn;
    if (const ExitCode code = CliApp::openDatabase(parser, conn); code != ExitCode::Success)
        return code;
    const bool cleanup = request.operation == GroupOperation::Cleanup;
    request.database = cleanup && parser.isSet(database) ? parser.value(database) : conn.database();
    if (!chosen && request.operation == GroupOperation::Enable) {
        chosen = GroupModel::Slpm;
    } else if (!chosen) {
        SnapshotPtr snapshot;
        if (const ExitCode code = CliApp::readCatalog(conn, &snapshot); code != ExitCode::Success)
            return code;
        const SchemaGroupState &st = snapshot->groups;
        chosen = st.enabled() ? st.model : !st.groups.isEmpty() ? st.groups.front().model : GroupModel::Slpm;
    }
    request.model = *chosen;
    if (parser.isSet(QStringLiteral("dry-run"))) {
        printTo(stdout, QStringLiteral("-- %1\n%2;\n").arg(request.title(), request.statement().display()));
        return ExitCode::Success;
    }

    interrupted = false;
    const auto previous = std::signal(SIGINT, &onInterrupt);
    printTo(stderr, tr("%1: %2...\n").arg(p, request.title()));
    // Ctrl+C: the signal handler only sets a flag; this thread turns it into a cancel request for
    // the call in flight (PQcancel), and perform() stops before the next batch.
    std::atomic_bool done{false};
    std::thread watcher([&conn, &done] {
        while (!done) {
            if (interrupted) {
                conn.requestCancel();
                return;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
    });
    const GroupOperationOutcome outcome = GroupOperationRunner::perform(
        conn, request,
        [batched](int batches, qint64 left) {
            if (!batched)
                return;
            if (batches == 0 && left >= 0)
                printTo(stderr, tr("%n object(s) to hand over\n", nullptr, int(left)));
            else if (batches > 0 && left >= 0)
                printTo(stderr, tr("batch %1: %n object(s) left\n", nullptr, int(left)).arg(batches));
            else if (batches > 0)
                printTo(stderr, tr("batch %1 done\n").arg(batches));
        },
        &interrupted);
    done = true;
    watcher.join();
    std::signal(SIGINT, previous);
    // Like every change RoleDesk makes: who, where, the calls that ran, how it ended.
    JournalEntry entry = GroupOperationRunner::journalEntry(request, outcome);
    CliApp::journal(parser, entry);
    if (outcome.status != GroupOperationOutcome::Status::Done) {
        QString message = outcome.message;
        if (!outcome.error.detail.isEmpty())
            message += QStringLiteral("\nDETAIL: ") + oneLine(outcome.error.detail);
        if (!outcome.error.hint.isEmpty())
            message += QStringLiteral("\nHINT: ") + oneLine(outcome.error.hint);
        CliApp::printError(message);
        return ExitCode::ApplyFailed;
    }
    printTo(stdout, oneLine(outcome.message) + u'\n');
    return ExitCode::Success;
}

} // namespace roledesk
