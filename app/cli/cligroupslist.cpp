// roledesk-cli groups (no subcommand): the schema-group model in force, its groups and who holds what.
#include "cligroups.h"
#include "clioutput.h"

#include "export/auditexporter.h"
#include "export/outputfile.h"
#include "pg/connection.h"
#include "privileges/effectiverights.h"
#include "slpm/groupdrift.h"
#include "slpm/schemagroupplanner.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

namespace roledesk {

namespace {

using cli::printTo;
using cli::programName;

/// The key (JSON, CSV) of the whole database: SLPM's admin column, SPM's only schema column.
const QString kDatabaseKey = QStringLiteral("*");

QString sourceName(GroupSource source)
{
    switch (source) {
    case GroupSource::Hologres: return QStringLiteral("hologres");
    case GroupSource::SlpmCe: return QStringLiteral("slpm_ce");
    case GroupSource::None: break;
    }
    return QStringLiteral("none");
}

/// What one user holds in one column, as the listing shows it.
struct UserLevel {
    QString key;     ///< the schema, or kDatabaseKey
    GroupLevel level = GroupLevel::None;
    bool direct = true;
    QString via;     ///< the first role on the way to the group when not direct
};

/// One row of the listing's users.
struct UserRow {
    QString name;
    bool superuser = false;
    QList<UserLevel> levels;
};

/// Everything the listing prints, in every format.
struct Listing {
    QString database;
    const SchemaGroupState *state = nullptr;
    QList<std::pair<const SchemaGroup *, QStringList>> groups; ///< each group and its direct members
    QList<UserRow> users;
};

Listing collect(const SchemaGroupPlanner &planner)
{
    Listing out;
    const Snapshot &s = planner.snapshot();
    out.database = s.database;
    out.state = &planner.state();
    for (const SchemaGroup &g : planner.state().groups) {
        QStringList members;
        // The model's own groups nested in each other are its structure, not members.
        for (int i : planner.members(g)) {
            if (!planner.state().groupOfRole(s.roles.at(i).oid))
                members << s.roles.at(i).name;
        }
        out.groups.push_back({&g, members});
    }
    for (int ri : planner.users()) {
        UserRow row;
        row.name = s.roles.at(ri).name;
        row.superuser = s.roles.at(ri).superuser;
        for (int c = 0; c < planner.columns().size(); ++c) {
            const GroupColumn &col = planner.columns().at(c);
            const GroupCell cell = planner.cell(ri, c);
            if (cell.effective() == GroupLevel::None)
                continue;
            UserLevel level;
            level.key = col.admin || planner.model() == GroupModel::Spm ? kDatabaseKey : col.schema;
            level.level = cell.effective();
            level.direct = cell.direct >= cell.inherited;
            if (!level.direct && cell.via.size() > 1)
                level.via = s.roleName(cell.via.at(1));
            // SPM: the admin and the schema column share the key; the higher level is shown.
            auto same = std::find_if(row.levels.begin(), row.levels.end(),
                                     [&](const UserLevel &l) { return l.key == level.key; });
            if (same == row.levels.end())
                row.levels << level;
            else if (level.level > same->level)
                *same = level;
        }
        out.users << row;
    }
    return out;
}

QString text(const Listing &l)
{
    const SchemaGroupState &st = *l.state;
    QString out;
    if (st.enabled()) {
        out += GroupsCommand::tr("Database %1: model %2 (source %3%4%5)\n")
                   .arg(l.database, schemagroups::modelName(st.model), sourceName(st.source),
                        st.extensionVersion.isEmpty() ? QString() : u' ' + st.extensionVersion,
                        st.source == GroupSource::SlpmCe
                            ? (st.migrated ? GroupsCommand::tr(", migrated") : GroupsCommand::tr(", not migrated yet"))
                            : QString());
    } else {
        out += GroupsCommand::tr("Database %1: no schema-group model is enabled (model standard, source %2)\n")
                   .arg(l.database, sourceName(st.source));
        if (!l.groups.isEmpty())
            out += GroupsCommand::tr("Groups left behind by a disabled model (groups cleanup drops them):\n");
    }
    if (st.enabled())
        out += GroupsCommand::tr("Groups (%1):\n").arg(l.groups.size());
    for (const auto &[g, members] : l.groups) {
        out += QStringLiteral("  %1  %2  %3  %4\n")
                   .arg(g->name, -30)
                   .arg(schemagroups::levelName(g->level), -9)
                   .arg(g->schema.isEmpty() ? QStringLiteral("-") : g->schema, -12)
                   .arg(members.isEmpty() ? QStringLiteral("-") : members.join(QStringLiteral(", ")));
    }
    if (!st.enabled())
        return out;
    out += GroupsCommand::tr("Users (%1):\n").arg(l.users.size());
    for (const UserRow &u : l.users) {
        QStringList parts;
        for (const UserLevel &level : u.levels) {
            QString part = (level.key == kDatabaseKey ? GroupsCommand::tr("(database)") : level.key) + u' '
                           + schemagroups::levelName(level.level);
            if (!level.direct)
                part += u' ' + GroupsCommand::tr("(via %1)").arg(level.via);
            parts << part;
        }
        QString line = QStringLiteral("  ") + u.name + QStringLiteral(": ")
                       + (parts.isEmpty() ? QStringLiteral("-") : parts.join(QStringLiteral("; ")));
        if (u.superuser)
            line += u' ' + GroupsCommand::tr("(superuser: every right whatever its groups)");
        out += line + u'\n';
    }
    return out;
}

QString csv(const Listing &l)
{
    const auto row = [](const QStringList &fields) {
        QStringList quoted;
        for (const QString &f : fields)
            quoted << AuditExporter::csvField(f);
        return quoted.join(u',') + QStringLiteral("\r\n");
    };
    QString out = row({QStringLiteral("kind"), QStringLiteral("name"), QStringLiteral("level"), QStringLiteral("schema"),
                       QStringLiteral("member"), QStringLiteral("direct"), QStringLiteral("via")});
    for (const auto &[g, members] : l.groups) {
        const QStringList base = {QStringLiteral("group"), g->name, schemagroups::levelName(g->level), g->schema};
        if (members.isEmpty())
            out += row(base + QStringList{QString(), QString(), QString()});
        for (const QString &m : members)
            out += row(base + QStringList{m, QString(), QString()});
    }
    for (const UserRow &u : l.users) {
        for (const UserLevel &level : u.levels)
            out += row({QStringLiteral("user"), u.name, schemagroups::levelName(level.level), level.key, QString(),
                        level.direct ? QStringLiteral("true") : QStringLiteral("false"), level.via});
    }
    return out;
}

QString json(const Listing &l)
{
    const SchemaGroupState &st = *l.state;
    QJsonObject root;
    root.insert(QStringLiteral("database"), l.database);
    root.insert(QStringLiteral("model"), schemagroups::modelName(st.model));
    root.insert(QStringLiteral("source"), sourceName(st.source));
    root.insert(QStringLiteral("extension_version"), st.extensionVersion.isEmpty() ? QJsonValue() : QJsonValue(st.extensionVersion));
    root.insert(QStringLiteral("migrated"), st.migrated);
    QJsonArray groups;
    for (const auto &[g, members] : l.groups) {
        QJsonObject o;
        o.insert(QStringLiteral("name"), g->name);
        o.insert(QStringLiteral("level"), schemagroups::levelName(g->level));
        o.insert(QStringLiteral("schema"), g->schema.isEmpty() ? QJsonValue() : QJsonValue(g->schema));
        o.insert(QStringLiteral("members"), QJsonArray::fromStringList(members));
        groups.append(o);
    }
    root.insert(QStringLiteral("groups"), groups);
    QJsonArray users;
    for (const UserRow &u : l.users) {
        QJsonObject o;
        o.insert(QStringLiteral("name"), u.name);
        o.insert(QStringLiteral("superuser"), u.superuser);
        QJsonObject levels;
        for (const UserLevel &level : u.levels) {
            QJsonObject one;
            one.insert(QStringLiteral("level"), schemagroups::levelName(level.level));
            one.insert(QStringLiteral("direct"), level.direct);
            one.insert(QStringLiteral("via"), level.direct ? QJsonValue() : QJsonValue(level.via));
            levels.insert(level.key, one);
        }
        o.insert(QStringLiteral("levels"), levels);
        users.append(o);
    }
    root.insert(QStringLiteral("users"), users);
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

/// The drift from the model (--drift), in \a fmt: text lines, CSV kind,object,detail, or JSON.
QString driftText(const QList<GroupDrift> &drift, const QString &fmt)
{
    if (fmt == u"json") {
        QJsonArray rows;
        for (const GroupDrift &d : drift)
            rows.append(QJsonObject{{QStringLiteral("kind"), GroupDriftFinder::kindKey(d.kind)},
                                    {QStringLiteral("object"), d.object},
                                    {QStringLiteral("detail"), d.detail}});
        return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("drift"), rows}}).toJson(QJsonDocument::Indented));
    }
    QString out;
    if (fmt == u"csv")
        out = QStringLiteral("kind,object,detail\r\n");
    for (const GroupDrift &d : drift) {
        if (fmt == u"csv")
            out += GroupDriftFinder::kindKey(d.kind) + u',' + AuditExporter::csvField(d.object) + u','
                   + AuditExporter::csvField(d.detail) + QStringLiteral("\r\n");
        else
            out += GroupDriftFinder::kindName(d.kind) + QStringLiteral(": ") + d.object + QStringLiteral(": ") + d.detail
                   + u'\n';
    }
    if (fmt == u"text" && drift.isEmpty())
        out = GroupsCommand::tr("No drift from the model.\n");
    return out;
}

} // namespace

ExitCode GroupsCommand::list(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Show the schema-group model in force in one database (standard, spm or slpm, and where it "
        "comes from: slpm_ce or hologres), each group with its level, schema and direct members, and "
        "each user's level per schema, held directly or through which role. Members are direct members "
        "other than the model's own groups (a higher level's group may be a member of a lower one).\n"
        "\n"
        "CSV columns: kind,name,level,schema,member,direct,via. Rows of kind \"group\" give a group, "
        "its level and schema, and one direct member each (none: one row with an empty member); rows "
        "of kind \"user\" give a user's level in one schema, \"true\" in direct when held directly, "
        "else the first role on the way in via. Schema \"*\" is the whole database (the admin group; "
        "under SPM every level).\n"
        "\n"
        "JSON: {\"database\", \"model\": \"standard|spm|slpm\", \"source\": \"none|slpm_ce|hologres\", "
        "\"extension_version\", \"migrated\", \"groups\": [{\"name\", \"level\", \"schema\" (null for admin "
        "and SPM), \"members\": [names]}], \"users\": [{\"name\", \"superuser\", \"levels\": {schema or \"*\": "
        "{\"level\", \"direct\", \"via\" (null when direct)}}}]}. Only levels held are listed. When no "
        "model is enabled, groups lists what a disabled model left behind and users is empty."));
    parser.addOption(QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help.")));
    parser.addOption(CliApp::dsnOption());
    const QCommandLineOption format({QStringLiteral("f"), QStringLiteral("format")},
                                    tr("Output format: text (default), csv or json."), QStringLiteral("FORMAT"),
                                    QStringLiteral("text"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Write to FILE instead of standard output (replaced only when complete)."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption drift(QStringLiteral("drift"),
                                   tr("Instead of the listing, the drift from the model: objects not migrated, users "
                                      "in no group, rights granted around the groups, schemas without groups, groups "
                                      "of dropped schemas, changes to the model's own structure (CSV: kind,object,"
                                      "detail). Exit 1 when there is any."));
    parser.addOptions({format, output, drift});
    if (!parser.parse(arguments))
        return CliApp::usageError(QStringLiteral("groups"), parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        CliApp::printHelp(parser, QLatin1String(programName) + QStringLiteral(" groups [<subcommand>]"), overviewHelp());
        return ExitCode::Success;
    }
    if (!parser.positionalArguments().isEmpty())
        return CliApp::usageError(QStringLiteral("groups"),
                                  tr("unknown subcommand \"%1\" (expected one of %2)")
                                      .arg(parser.positionalArguments().front(), subcommands().join(QStringLiteral(", "))));
    const QString fmt = parser.value(format).toLower();
    if (fmt != u"text" && fmt != u"csv" && fmt != u"json")
        return CliApp::usageError(QStringLiteral("groups"),
                                  tr("unknown format \"%1\" (expected text, csv or json)").arg(parser.value(format)));

    std::unique_ptr<OutputFile> file;
    const QString path = parser.value(output);
    if (!path.isEmpty() && path != u"-") {
        file = std::make_unique<OutputFile>(path);
        if (!file->open()) {
            CliApp::printError(cli::openFailure(path, file->errorString()));
            return ExitCode::OutputFailed;
        }
    }
    pg::Connection conn;
    SnapshotPtr snapshot;
    if (const ExitCode code = CliApp::openDatabase(parser, conn); code != ExitCode::Success)
        return code;
    if (const ExitCode code = CliApp::readCatalog(conn, &snapshot); code != ExitCode::Success)
        return code;
    conn.close();
    for (const QString &w : snapshot->groups.warnings)
        CliApp::printError(tr("warning: %1").arg(cli::oneLine(w)));

    QString body;
    bool drifted = false;
    if (parser.isSet(drift)) {
        const QList<GroupDrift> found = GroupDriftFinder::find(*snapshot);
        drifted = !found.isEmpty();
        body = driftText(found, fmt);
    } else {
        const SchemaGroupPlanner planner(std::make_shared<const EffectiveRights>(snapshot));
        const Listing listing = collect(planner);
        body = fmt == u"csv" ? csv(listing) : fmt == u"json" ? json(listing) : text(listing);
    }
    const ExitCode done = drifted ? ExitCode::Drift : ExitCode::Success;
    const QByteArray bytes = fmt == u"text" ? body.toLocal8Bit() : body.toUtf8();
    if (file) {
        if (file->write(bytes) != bytes.size() || !file->commit()) {
            CliApp::printError(tr("could not write %1: %2").arg(cli::absolutePath(path), file->errorString()));
            return ExitCode::OutputFailed;
        }
        return done;
    }
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly) || out.write(bytes) != bytes.size()) {
        CliApp::printError(tr("could not write to standard output: %1").arg(out.errorString()));
        return ExitCode::OutputFailed;
    }
    return done;
}

} // namespace roledesk
