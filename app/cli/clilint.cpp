// roledesk-cli lint: separation-of-duties rules over one database and, with a platform file,
// the people whose logins they are.
#include "cliapp.h"
#include "clioutput.h"
#include "cliplatform.h"

#include "catalog/databasesweep.h"
#include "catalog/snapshot.h"
#include "lint/lintfacts.h"
#include "lint/lintrules.h"
#include "lint/personlogins.h"
#include "lint/separationofduties.h"
#include "pg/connection.h"
#include "platform/directory.h"
#include "platform/platformevaluation.h"
#include "platform/platformfile.h"
#include "privileges/effectiverights.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace roledesk {

using namespace cli;

namespace {

QString severityName(LintRule::Severity s)
{
    return s == LintRule::Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
}

/// What one run found: the violations and the login mapping's problems and notes.
struct LintOutcome {
    QString database;               ///< the connected one
    QStringList databases;          ///< every database checked, in order (one without --all-databases)
    QStringList unread;             ///< --all-databases: why each database not read was not
    QList<LintViolation> violations;
    QStringList problems;
    QStringList withoutLogin;
};

QByteArray toJson(const LintOutcome &o)
{
    QJsonArray violations;
    for (const LintViolation &v : o.violations)
        violations << QJsonObject{{QStringLiteral("rule"), v.rule},
                                  {QStringLiteral("severity"), severityName(v.severity)},
                                  {QStringLiteral("database"), v.database},
                                  {QStringLiteral("person"), v.person},
                                  {QStringLiteral("login"), v.login},
                                  {QStringLiteral("message"), v.message},
                                  {QStringLiteral("path"), QJsonArray::fromStringList(v.path)}};
    const QJsonObject root{{QStringLiteral("database"), o.database},
                           {QStringLiteral("databases"), QJsonArray::fromStringList(o.databases)},
                           {QStringLiteral("unread_databases"), QJsonArray::fromStringList(o.unread)},
                           {QStringLiteral("violations"), violations},
                           {QStringLiteral("login_problems"), QJsonArray::fromStringList(o.problems)},
                           {QStringLiteral("people_without_login"), QJsonArray::fromStringList(o.withoutLogin)}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace

/// Texts of the lint command, under one translation context.
class LintCommand {
    Q_DECLARE_TR_FUNCTIONS(roledesk::LintCommand)
public:
    static QString text(const LintOutcome &o)
    {
        QString out;
        for (const LintViolation &v : o.violations) {
            const QString whose = v.login.isEmpty() ? v.person
                                  : v.person.isEmpty() ? v.login
                                                       : tr("%1 (%2)").arg(v.login, v.person);
            out += QStringLiteral("%1  %2  %3: %4\n").arg(severityName(v.severity), v.rule, whose, v.message);
            for (const QString &line : v.path)
                out += QStringLiteral("    ") + line + u'\n';
        }
        for (const QString &p : o.problems)
            out += tr("login problem: %1").arg(p) + u'\n';
        if (!o.withoutLogin.isEmpty())
            out += tr("note: no login in this server for: %1").arg(o.withoutLogin.join(QStringLiteral(", "))) + u'\n';
        for (const QString &u : o.unread)
            out += tr("not checked: %1").arg(u) + u'\n';
        // A summary line per database; counts after a colon: one text for any number, in every language.
        for (const QString &db : o.databases) {
            qsizetype all = 0, errors = 0;
            for (const LintViolation &v : o.violations) {
                all += v.database == db;
                errors += v.database == db && v.severity == LintRule::Severity::Error;
            }
            out += (all == 0 ? tr("database %1: no violation").arg(db)
                             : tr("database %1: violations: %2 (errors: %3, warnings: %4)")
                                   .arg(db).arg(all).arg(errors).arg(all - errors)) + u'\n';
        }
        return out;
    }
};

ExitCode CliApp::loadRules(const QCommandLineParser &parser, const QCommandLineOption &option, LintRules *rules)
{
    if (!parser.isSet(option)) {
        *rules = LintRulesFormat::defaults();
        return ExitCode::Success;
    }
    const LintRulesLoad load = LintRulesFormat::load(parser.value(option));
    if (!load.ok()) {
        printError(load.error);
        return ExitCode::PolicyInvalid;
    }
    *rules = load.rules;
    return ExitCode::Success;
}

ExitCode CliApp::runLint(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(LintCommand::tr(
        "Check separation-of-duties rules on one database: model owner and system administrator in one "
        "person, Organization Owner and Platform Admin, superuser or CREATEROLE logins, schema groups "
        "granted by mistake, rights in a database outside the person's platform projects. Each violation "
        "lists the path that causes it. Exit 1 on any violation, or on a login the platform file gives to "
        "two people or a listed login that does not exist; 0 when clean."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption dsn = dsnOption();
    const QCommandLineOption platformFile(QStringLiteral("platform-file"),
        LintCommand::tr("The platform file (YAML) whose people, platform roles and \"logins\" mapping to use."),
        QStringLiteral("FILE"));
    const QCommandLineOption rulesFile(QStringLiteral("rules"),
        LintCommand::tr("The rules file (YAML); default: the shipped rules."), QStringLiteral("FILE"));
    const QCommandLineOption format({QStringLiteral("f"), QStringLiteral("format")},
        LintCommand::tr("Output format: text (default) or json."), QStringLiteral("FORMAT"), QStringLiteral("text"));
    const QCommandLineOption allDatabases(QStringLiteral("all-databases"),
        LintCommand::tr("Check every database of the server the login can see, not only the connected one "
                        "(one exit code for all; a database that cannot be read is reported and makes the exit 4 "
                        "when nothing else is wrong)."));
    parser.addOptions({help, dsn, platformFile, rulesFile, format, allDatabases});
    if (const auto stop = parseOptions(parser, arguments, QStringLiteral("lint")))
        return *stop;
    const QString fmt = parser.value(format);
    if (fmt != u"text" && fmt != u"json")
        return usageError(QStringLiteral("lint"), tr("unknown format \"%1\" (expected text or json)").arg(fmt));

    // Both files before the database: a typo should not wait for a large catalog.
    LintRules rules;
    if (const ExitCode code = loadRules(parser, rulesFile, &rules); code != ExitCode::Success)
        return code;
    std::optional<PlatformRun> platform;
    if (const ExitCode code = PlatformCommand::loadForCommand(parser, true, platform); code != ExitCode::Success)
        return code;

    pg::Connection conn;
    pg::ConnectOptions options;
    SnapshotPtr snapshot;
    if (const ExitCode code = openDatabase(parser, conn, &options); code != ExitCode::Success)
        return code;
    // Ctrl+C stops the read (between catalog parts and databases); nothing has been printed yet.
    const InterruptGuard interrupt;
    const auto interrupted = [&] { return interrupt.stop(LintCommand::tr("interrupted; nothing was checked")); };
    if (const ExitCode code = readCatalog(conn, &snapshot, nullptr, {}, &interrupt.flag()); code != ExitCode::Success)
        return interrupt.raised() ? interrupted() : code;

    LintOutcome outcome;
    outcome.database = snapshot->database;
    const PlatformEvaluation *evaluation = platform ? &platform->evaluation : nullptr;
    const PlatformDefinition *definition = platform ? platform->definition : nullptr;
    std::optional<PersonLogins> logins;
    if (platform) {
        logins = PersonLogins::resolve(platform->file.logins, evaluation->people(), *snapshot);
        outcome.problems = logins->problems();
        outcome.withoutLogin = logins->withoutLogin();
    }
    // Roles are the cluster's: the logins resolved on the first snapshot hold in every database.
    const auto check = [&](const SnapshotPtr &s) {
        const EffectiveRights rights(s);
        const LintFacts facts = LintFactCollector::collect(rights, evaluation, logins ? &*logins : nullptr);
        outcome.violations += SeparationOfDuties::check(rules, facts, definition);
    };
    if (!parser.isSet(allDatabases)) {
        outcome.databases << snapshot->database;
        check(snapshot);
    } else {
        pg::Error error;
        outcome.databases = DatabaseSweep::listDatabases(conn, &error);
        if (!error.isNull()) {
            printError(LintCommand::tr("could not list the server's databases: %1").arg(error.message));
            return ExitCode::CatalogFailed;
        }
        conn.close();
        QStringList others = outcome.databases;
        others.removeAll(snapshot->database);   // read already
        QStringList unreadNames;
        DatabaseSweep sweep;
        const DatabaseSweep::Outcome swept = sweep.run(options, others, [&](const SweptDatabase &d) {
            if (d.ok()) {
                check(d.snapshot);   // one snapshot alive at a time, besides the first
            } else {
                printError(d.message);
                outcome.unread << d.message;
                unreadNames << d.database;
            }
        }, {}, &interrupt.flag());
        if (swept.cancelled || interrupt.raised())
            return interrupted();
        check(snapshot);
        // In the server's order of databases, each database's violations in the engine's order.
        std::stable_sort(outcome.violations.begin(), outcome.violations.end(), [&](const LintViolation &a, const LintViolation &b) {
            return outcome.databases.indexOf(a.database) < outcome.databases.indexOf(b.database);
        });
        for (const QString &db : std::as_const(unreadNames))
            outcome.databases.removeAll(db);
    }

    printTo(stdout, fmt == u"json" ? QString::fromUtf8(toJson(outcome)) : LintCommand::text(outcome));
    if (!outcome.violations.isEmpty() || !outcome.problems.isEmpty())
        return ExitCode::Drift;
    return outcome.unread.isEmpty() ? ExitCode::Success : ExitCode::CatalogFailed;
}

} // namespace roledesk
