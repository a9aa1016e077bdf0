// roledesk-cli platform who-can, what-can, evaluate and roles: the questions, answered as a text
// table, or as the console's CSV / JSON export (PlatformExport).
#include "cliplatform.h"
#include "clioutput.h"

#include "export/auditexporter.h"

#include <QCommandLineParser>

namespace roledesk {

namespace {

using cli::programName;

PlatformExport::Format exportFormat(const QString &format)
{
    return format == u"json" ? PlatformExport::Format::Json : PlatformExport::Format::Csv;
}

QCommandLineOption projectOption(const QString &what)
{
    return QCommandLineOption(QStringLiteral("project"), what, QStringLiteral("PROJECT"));
}

/// The text after the options of who-can and what-can: the columns and the examples.
QString columnsHelp(const QString &examples)
{
    return PlatformCommand::tr(
               "\nColumns (csv: %1): the person's id, display name and kind (human or machine), the permission, "
               "its scope (\"organization\", or the project), the role that gives it, its source (\"manual\" or "
               "\"rule\"), the rule's name and the group path the rule matched through (\"data-eng > staff\"). JSON: "
               "{\"definition\", \"release\", \"organization\", \"question\", ..., \"rows\": [{the same, plus "
               "permission_id, role_id, project (null: organization) and via as a list}]}. An organization role's "
               "permission holds in every project.\n")
               .arg(QLatin1String(PlatformExport::permissionHeader))
           + examples;
}

/// The text table of role grants: person, name, scope, role, source (manual, or the rule and group path).
QString grantTable(const PlatformRun &run, const QList<PlatformRoleGrant> &grants)
{
    QList<QStringList> rows;
    for (const PlatformRoleGrant &g : grants) {
        const PlatformRole *role = run.definition->role(g.role);
        rows << QStringList{g.person, PlatformCommand::personName(run, g.person), PlatformExport::scopeText(g.project),
                            role ? role->name : g.role, PlatformCommand::sourceWhy(g)};
    }
    return PlatformCommand::table({PlatformCommand::tr("PERSON"), PlatformCommand::tr("NAME"), PlatformCommand::tr("SCOPE"),
                                   PlatformCommand::tr("ROLE"), PlatformCommand::tr("SOURCE")},
                                  rows);
}

} // namespace

std::optional<ExitCode> PlatformCommand::startQuestion(QCommandLineParser &parser, const QStringList &arguments,
                                                       const QString &sub, const QStringList &texts, PlatformRun &run,
                                                       QString *format, QString *scope)
{
    const QString argument = texts.value(0);
    parser.addPositionalArgument(argument, texts.value(1));
    addOptions(parser, true, true);
    const QCommandLineOption project = projectOption(texts.value(2));
    parser.addOption(project);
    if (const auto stop = parse(parser, arguments, sub, argument, columnsHelp(texts.value(3)), 1))
        return stop;
    if (const auto stop = outputFormat(parser, sub, format))
        return stop;
    if (const ExitCode code = loadFile(parser, run); code != ExitCode::Success)
        return code;
    // Checked before the directory is read: a typo should not wait for LDAP.
    QString why;
    *scope = parser.value(project);
    if (!scope->isEmpty() && !knownProject(run.file, *scope, &why))
        return CliApp::usageError(QStringLiteral("platform ") + sub, why);
    return std::nullopt;
}

ExitCode PlatformCommand::whoCan(const QStringList &arguments)
{
    const QString sub = QStringLiteral("who-can");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Who holds PERMISSION, and why: one line per person, scope and role grant (a manual assignment, or a "
        "role mapping rule and the group it matched through). With --project, who holds it in that project "
        "(organization-wide holders included); without, anywhere."));
    PlatformRun run;
    QString format, scope;
    if (const auto stop = startQuestion(
            parser, arguments, sub,
            {QStringLiteral("PERMISSION"), tr("The permission: its name in the matrix (any case) or its id."),
             tr("Only who holds it in this project."),
             tr("\nExamples:\n"
                "  %1 platform who-can \"Assign project roles\" --file acme.yaml --project ml\n"
                "  %1 platform who-can manage-users --file acme.yaml --directory people.json --format csv -o holders.csv\n")
                 .arg(QLatin1String(programName))},
            run, &format, &scope))
        return *stop;
    QString why;
    const PlatformPermission *permission = findPermission(*run.definition, parser.positionalArguments().front(), &why);
    if (!permission)
        return CliApp::usageError(QStringLiteral("platform ") + sub, why);
    if (const ExitCode code = readDirectory(parser, sub, run); code != ExitCode::Success)
        return code;

    if (format != u"text")
        return write(parser, PlatformExport::whoCan(run.evaluation, run.file, permission->id, scope,
                                                    exportFormat(format), run.directoryOrNull()));
    QList<PlatformPermissionGrant> grants = run.evaluation.whoCan(permission->id, scope);
    PlatformExport::sortPermissionGrants(run.evaluation, run.file, grants, true);
    QString text = (scope.isEmpty() ? tr("Who can \"%1\" (anywhere in %2):").arg(permission->name, run.file.organization)
                                    : tr("Who can \"%1\" in project %2 (%3):").arg(permission->name, scope, run.file.organization))
                   + u'\n';
    if (grants.isEmpty())
        return write(parser, (text + tr("Nobody.") + u'\n').toUtf8());
    QList<PlatformRoleGrant> because;
    for (const PlatformPermissionGrant &g : std::as_const(grants))
        because << g.because;
    return write(parser, (text + grantTable(run, because)).toUtf8());
}

ExitCode PlatformCommand::whatCan(const QStringList &arguments)
{
    const QString sub = QStringLiteral("what-can");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "What PERSON may do, and why: one line per permission, scope and role grant. With --project, only what "
        "holds in that project (organization-wide permissions included)."));
    PlatformRun run;
    QString format, scope, why;
    if (const auto stop = startQuestion(
            parser, arguments, sub,
            {QStringLiteral("PERSON"), tr("The person: their id (login name) or display name (any case)."),
             tr("Only what holds in this project."),
             tr("\nExamples:\n"
                "  %1 platform what-can alice --file acme.yaml\n"
                "  %1 platform what-can \"Alice Example\" --file acme.yaml --project ml --format json\n")
                 .arg(QLatin1String(programName))},
            run, &format, &scope))
        return *stop;
    if (const ExitCode code = readDirectory(parser, sub, run); code != ExitCode::Success)
        return code;
    // People may come from the directory: found only once it is read.
    const QString person = findPerson(run, parser.positionalArguments().front(), &why);
    if (person.isEmpty())
        return CliApp::usageError(QStringLiteral("platform ") + sub, why);

    QList<PlatformPermissionGrant> grants;
    for (const PlatformPermissionGrant &g : run.evaluation.permissionsOf(person)) {
        if (scope.isEmpty() || g.project.isEmpty() || g.project == scope)
            grants << g;
    }
    // Without --project, the console's own export, byte for byte.
    if (format != u"text" && scope.isEmpty())
        return write(parser, PlatformExport::whatCan(run.evaluation, run.file, person, exportFormat(format),
                                                     run.directoryOrNull()));
    if (format != u"text")
        return write(parser, PlatformExport::permissionRows(run.evaluation, run.file, grants, exportFormat(format),
                                                            run.directoryOrNull(),
                                                            {{QStringLiteral("question"), QStringLiteral("what-can")},
                                                             {QStringLiteral("person"), person},
                                                             {QStringLiteral("project"), scope}}));
    PlatformExport::sortPermissionGrants(run.evaluation, run.file, grants, false);
    const QString name = personName(run, person);
    const QString who = name.isEmpty() ? person : QStringLiteral("%1 (%2)").arg(person, name);
    QString text = (scope.isEmpty() ? tr("What %1 can do:").arg(who) : tr("What %1 can do in project %2:").arg(who, scope))
                   + u'\n';
    if (grants.isEmpty())
        return write(parser, (text + tr("Nothing: %1 holds no role there.").arg(person) + u'\n').toUtf8());
    QList<QStringList> rows;
    for (const PlatformPermissionGrant &g : std::as_const(grants)) {
        const PlatformPermission *p = run.definition->permission(g.permission);
        const PlatformRole *role = run.definition->role(g.because.role);
        rows << QStringList{p ? p->name : g.permission, PlatformExport::scopeText(g.project),
                            role ? role->name : g.because.role, sourceWhy(g.because)};
    }
    text += table({tr("PERMISSION"), tr("SCOPE"), tr("ROLE"), tr("SOURCE")}, rows);
    return write(parser, text.toUtf8());
}

ExitCode PlatformCommand::evaluate(const QStringList &arguments)
{
    const QString sub = QStringLiteral("evaluate");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Every role grant of the platform file, evaluated against the directory: the manual assignments and "
        "what each role mapping rule gives to whom, through which group. The evaluation's problems (a rule "
        "that would give a machine-only role to a human, an assignment to a person nobody knows, a rule whose "
        "group nobody is in) go to standard error."));
    addOptions(parser, true, true);
    const QString examples =
        tr("\nColumns (csv: %1): person, display name, kind, role, scope (\"organization\" or the project), source "
           "(\"manual\" or \"rule\"), rule, via (the group path). JSON as for who-can, without the permission.\n"
           "\nExamples:\n"
           "  %2 platform evaluate --file acme.yaml --directory people.csv\n"
           "  ROLEDESK_LDAP_PASSWORD=secret %2 platform evaluate --file acme.yaml --ldap --format csv -o grants.csv\n"
           "  %2 platform evaluate --file acme.yaml --ldap --ldap-url ldap://127.0.0.1:3890 --password-file pw.txt\n")
            .arg(QLatin1String(PlatformExport::roleHeader), QLatin1String(programName));
    if (const auto stop = parse(parser, arguments, sub, QString(), examples, 0))
        return *stop;
    QString format;
    if (const auto stop = outputFormat(parser, sub, &format))
        return *stop;
    PlatformRun run;
    if (const ExitCode code = prepare(parser, sub, run); code != ExitCode::Success)
        return code;
    printProblems(run);
    if (format != u"text")
        return write(parser, PlatformExport::roleGrants(run.evaluation, run.file, exportFormat(format),
                                                        run.directoryOrNull()));
    QList<PlatformRoleGrant> grants = run.evaluation.roleGrants();
    PlatformExport::sortRoleGrants(run.evaluation, run.file, grants);
    const QString text = tr("Role grants in %1: %n grant(s)", nullptr, int(grants.size())).arg(run.file.organization)
                         + tr(", %n people", nullptr, int(run.evaluation.people().size())) + QStringLiteral(":\n");
    return write(parser, (text + grantTable(run, grants)).toUtf8());
}

ExitCode PlatformCommand::roles(const QStringList &arguments)
{
    const QString sub = QStringLiteral("roles");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "The platform definition's matrix: its roles (with their scope) and which role holds which permission. "
        "No platform file is needed."));
    addOptions(parser, false, true);
    const QCommandLineOption definitionOption(QStringLiteral("definition"),
                                              tr("The shipped definition to show (default: %1; known: %2).")
                                                  .arg(PlatformDefinition::builtin().id,
                                                       PlatformDefinition::builtinIds().join(QStringLiteral(", "))),
                                              QStringLiteral("ID"));
    parser.addOption(definitionOption);
    const QString examples =
        tr("\nCSV: one row per permission: permission_id, permission, then one column per role (its id) holding "
           "\"x\" where the role holds the permission. JSON: {\"definition\", \"name\", \"release\", \"source\", "
           "\"roles\": [{\"id\", \"name\", \"abbreviation\", \"scope\", \"machine_users_only\"}], \"permissions\": "
           "[{\"id\", \"name\", \"note\", \"holders\": [role ids]}]}.\n"
           "\nExamples:\n  %1 platform roles\n  %1 platform roles --format csv -o matrix.csv\n")
            .arg(QLatin1String(programName));
    if (const auto stop = parse(parser, arguments, sub, QString(), examples, 0, false))
        return *stop;
    QString format;
    if (const auto stop = outputFormat(parser, sub, &format))
        return *stop;
    const QString id = parser.value(definitionOption);
    if (!id.isEmpty() && !PlatformDefinition::builtinIds().contains(id))
        return CliApp::usageError(QStringLiteral("platform ") + sub,
                                  tr("unknown definition \"%1\" (known: %2)")
                                      .arg(id, PlatformDefinition::builtinIds().join(QStringLiteral(", "))));
    const PlatformDefinition &d = PlatformDefinition::builtin(id);
    QString out;
    if (format == u"csv") {
        QStringList header{QStringLiteral("permission_id"), QStringLiteral("permission")};
        for (const PlatformRole &r : d.roles)
            header << AuditExporter::csvField(r.id);
        out = header.join(u',') + QStringLiteral("\r\n");
        for (const PlatformPermission &p : d.permissions) {
            QStringList row{AuditExporter::csvField(p.id), AuditExporter::csvField(p.name)};
            for (const PlatformRole &r : d.roles)
                row << (p.holders.contains(r.id) ? QStringLiteral("x") : QString());
            out += row.join(u',') + QStringLiteral("\r\n");
        }
    } else if (format == u"json") {
        const auto js = [](const QString &s) { return AuditExporter::jsonString(s); };
        out = QStringLiteral("{\n  \"definition\": %1,\n  \"name\": %2,\n  \"release\": %3,\n  \"source\": %4,\n  \"roles\": [")
                  .arg(js(d.id), js(d.name), js(d.release), js(d.source));
        QStringList items;
        for (const PlatformRole &r : d.roles)
            items << QStringLiteral("{\"id\": %1, \"name\": %2, \"abbreviation\": %3, \"scope\": \"%4\", "
                                    "\"machine_users_only\": %5}")
                         .arg(js(r.id), js(r.name), js(r.abbreviation),
                              r.scope == PlatformScope::Organization ? QStringLiteral("organization") : QStringLiteral("project"),
                              r.machineUsersOnly ? QStringLiteral("true") : QStringLiteral("false"));
        out += QStringLiteral("\n    ") + items.join(QStringLiteral(",\n    ")) + QStringLiteral("\n  ],\n  \"permissions\": [");
        items.clear();
        for (const PlatformPermission &p : d.permissions) {
            QStringList holders;
            for (const QString &h : p.holders)
                holders << js(h);
            items << QStringLiteral("{\"id\": %1, \"name\": %2, \"note\": %3, \"holders\": [%4]}")
                         .arg(js(p.id), js(p.name), p.note.isEmpty() ? QStringLiteral("null") : js(p.note),
                              holders.join(QStringLiteral(", ")));
        }
        out += QStringLiteral("\n    ") + items.join(QStringLiteral(",\n    ")) + QStringLiteral("\n  ]\n}\n");
    } else {
        out = tr("%1 (release %2): %n role(s)", nullptr, int(d.roles.size())).arg(d.name, d.release)
              + tr(", %n permission(s)", nullptr, int(d.permissions.size())) + QStringLiteral("\n\n");
        QList<QStringList> legend;
        for (const PlatformRole &r : d.roles)
            legend << QStringList{r.abbreviation, r.name,
                                  r.scope == PlatformScope::Organization ? tr("organization") : tr("project"),
                                  r.machineUsersOnly ? tr("machine users only") : QString()};
        out += table({tr("ROLE"), tr("NAME"), tr("SCOPE"), QString()}, legend) + u'\n';
        QStringList header{tr("PERMISSION")};
        for (const PlatformRole &r : d.roles)
            header << r.abbreviation;
        QList<QStringList> rows;
        for (const PlatformPermission &p : d.permissions) {
            QStringList row{p.name};
            for (const PlatformRole &r : d.roles)
                row << (p.holders.contains(r.id) ? QStringLiteral("x") : QStringLiteral("."));
            rows << row;
        }
        out += table(header, rows);
    }
    return write(parser, out.toUtf8());
}

} // namespace roledesk
