// roledesk-cli platform check: a platform file (and its directory) against an expectations file;
// each difference printed with why, exit 1 on any (for CI).
#include "cliplatform.h"
#include "clioutput.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <yaml-cpp/yaml.h>

#include <algorithm>

namespace roledesk {

namespace {

using cli::printTo;
using cli::programName;

/// The project key of an expectation that holds in any scope (organization or any project).
const QString kAnyScope = QStringLiteral("*");

/// One expectation as read from the file, names resolved against the definition.
struct Expectation {
    enum class Kind { Can, Cannot, Holders, Roles };
    Kind kind = Kind::Can;
    int line = 0;
    QString person;                              ///< as written (can, cannot, roles)
    const PlatformPermission *permission = nullptr; ///< can, cannot, holders
    QString project;                             ///< empty: organization-wide; kAnyScope: anywhere
    QStringList holders;                         ///< as written
    QList<std::pair<QString, QString>> roles;    ///< role id and project (empty: organization)
};

QString text(const YAML::Node &node)
{
    return QString::fromStdString(node.Scalar());
}

/// Reads the expectations file; on the first error, \a error names file:line and what is wrong.
class ExpectationReader {
public:
    ExpectationReader(QString fileName, const PlatformRun &run) : m_file(std::move(fileName)), m_run(run) {}
    QString error;

    QList<Expectation> read(const QByteArray &data)
    {
        YAML::Node root;
        try {
            root = YAML::Load(data.toStdString());
        } catch (const YAML::Exception &e) {
            fail(e.mark.line + 1, QString::fromStdString(e.msg));
            return {};
        }
        if (!root.IsMap() || !root["expect"]) {
            fail(root.IsDefined() ? root.Mark().line + 1 : 1,
                 PlatformCommand::tr("expected a map with an \"expect:\" list of expectations"));
            return {};
        }
        for (const auto &entry : root) {
            if (entry.first.Scalar() != "expect")
                fail(entry.first.Mark().line + 1, PlatformCommand::tr("unknown key \"%1\" (expected expect)").arg(text(entry.first)));
        }
        const YAML::Node list = root["expect"];
        if (!list.IsSequence()) {
            fail(list.Mark().line + 1, PlatformCommand::tr("\"expect\" must be a list"));
            return {};
        }
        QList<Expectation> out;
        for (const YAML::Node &item : list) {
            Expectation e = one(item);
            if (!error.isEmpty())
                return {};
            out << e;
        }
        return out;
    }

private:
    void fail(int line, const QString &message)
    {
        if (error.isEmpty())
            error = QStringLiteral("%1:%2: %3").arg(m_file).arg(line).arg(message);
    }
    /// A scalar member, or a failure naming it.
    QString scalar(const YAML::Node &item, const char *key)
    {
        const YAML::Node v = item[key];
        if (!v.IsScalar() || v.Scalar().empty()) {
            fail(v.Mark().line + 1, PlatformCommand::tr("\"%1\" must be a non-empty text").arg(QLatin1String(key)));
            return {};
        }
        return text(v);
    }
    QStringList list(const YAML::Node &item, const char *key)
    {
        const YAML::Node v = item[key];
        QStringList out;
        if (!v.IsSequence()) {
            fail(v.Mark().line + 1, PlatformCommand::tr("\"%1\" must be a list").arg(QLatin1String(key)));
            return out;
        }
        for (const YAML::Node &n : v) {
            if (!n.IsScalar() || n.Scalar().empty())
                fail(n.Mark().line + 1, PlatformCommand::tr("each of \"%1\" must be a non-empty text").arg(QLatin1String(key)));
            else
                out << text(n);
        }
        return out;
    }
    const PlatformPermission *permission(const QString &key, int line)
    {
        QString why;
        const PlatformPermission *p = PlatformCommand::findPermission(*m_run.definition, key, &why);
        if (!p)
            fail(line, why);
        return p;
    }
    void role(const QString &spec, int line, Expectation &e);
    Expectation one(const YAML::Node &item);

    QString m_file;
    const PlatformRun &m_run;
};

void ExpectationReader::role(const QString &spec, int line, Expectation &e)
{
    // "Project Editor@analytics": a project role in that project; "Organization Owner": organization.
    const qsizetype at = spec.lastIndexOf(u'@');
    const QString name = (at < 0 ? spec : spec.left(at)).trimmed();
    const QString project = at < 0 ? QString() : spec.mid(at + 1).trimmed();
    const PlatformRole *r = m_run.definition->role(name);
    QString why;
    if (!r) {
        QStringList names;
        for (const PlatformRole &known : m_run.definition->roles)
            names << known.name;
        const QString close = PlatformCommand::closeMatches(name, names);
        fail(line, close.isEmpty() ? PlatformCommand::tr("unknown role \"%1\"").arg(name)
                                   : PlatformCommand::tr("unknown role \"%1\"; did you mean %2?").arg(name, close));
    } else if (r->scope == PlatformScope::Project && project.isEmpty()) {
        fail(line, PlatformCommand::tr("%1 is a project role: write \"%1@PROJECT\"").arg(r->name));
    } else if (r->scope == PlatformScope::Organization && !project.isEmpty()) {
        fail(line, PlatformCommand::tr("%1 is an organization role: write it without \"@%2\"").arg(r->name, project));
    } else if (!project.isEmpty() && !PlatformCommand::knownProject(m_run.file, project, &why)) {
        fail(line, why);
    } else {
        e.roles.append({r->id, project});
    }
}

Expectation ExpectationReader::one(const YAML::Node &item)
{
    Expectation e;
    e.line = item.Mark().line + 1;
    if (!item.IsMap()) {
        fail(e.line, PlatformCommand::tr("an expectation must be a map, e.g. {person: alice, can: \"Manage users\"}"));
        return e;
    }
    static const QStringList keys{QStringLiteral("person"), QStringLiteral("can"), QStringLiteral("cannot"),
                                  QStringLiteral("permission"), QStringLiteral("holders"), QStringLiteral("roles"),
                                  QStringLiteral("project")};
    for (const auto &entry : item) {
        if (!keys.contains(text(entry.first)))
            fail(entry.first.Mark().line + 1, PlatformCommand::tr("unknown key \"%1\" (expected one of %2)")
                                                  .arg(text(entry.first), keys.join(QStringLiteral(", "))));
    }
    const int kinds = int(bool(item["can"])) + int(bool(item["cannot"])) + int(bool(item["holders"]))
                      + int(bool(item["roles"]));
    if (kinds != 1) {
        fail(e.line, PlatformCommand::tr("an expectation needs exactly one of can, cannot, holders and roles"));
        return e;
    }
    e.kind = item["can"] ? Expectation::Kind::Can
             : item["cannot"] ? Expectation::Kind::Cannot
             : item["holders"] ? Expectation::Kind::Holders
                               : Expectation::Kind::Roles;
    const bool holders = e.kind == Expectation::Kind::Holders;
    if (holders ? !item["permission"] || item["person"] : !item["person"] || item["permission"]) {
        fail(e.line, holders ? PlatformCommand::tr("\"holders\" goes with \"permission\", not \"person\"")
                             : PlatformCommand::tr("this expectation needs \"person\" (and no \"permission\")"));
        return e;
    }
    if (item["project"]) {
        e.project = scalar(item, "project");
        QString why;
        if (e.kind == Expectation::Kind::Roles)
            fail(e.line, PlatformCommand::tr("\"roles\" takes no \"project\": write each role as \"ROLE@PROJECT\""));
        else if (e.project != kAnyScope && !e.project.isEmpty() && !PlatformCommand::knownProject(m_run.file, e.project, &why))
            fail(item["project"].Mark().line + 1, why);
    }
    switch (e.kind) {
    case Expectation::Kind::Can:
    case Expectation::Kind::Cannot: {
        const char *key = e.kind == Expectation::Kind::Can ? "can" : "cannot";
        e.person = scalar(item, "person");
        e.permission = permission(scalar(item, key), item[key].Mark().line + 1);
        break;
    }
    case Expectation::Kind::Holders:
        e.permission = permission(scalar(item, "permission"), item["permission"].Mark().line + 1);
        e.holders = list(item, "holders");
        break;
    case Expectation::Kind::Roles:
        e.person = scalar(item, "person");
        for (const QString &spec : list(item, "roles"))
            role(spec, item["roles"].Mark().line + 1, e);
        break;
    }
    return e;
}

QString scopeText(const QString &project)
{
    if (project.isEmpty())
        return PlatformCommand::tr("organization-wide");
    if (project == kAnyScope)
        return PlatformCommand::tr("in any scope");
    return PlatformCommand::tr("in project %1").arg(project);
}

/// Whether a permission held in \a held counts for an expectation about \a wanted.
bool inScope(const QString &held, const QString &wanted)
{
    return wanted == kAnyScope || held.isEmpty() || held == wanted;
}

QString roleText(const PlatformDefinition &d, const QString &role, const QString &project)
{
    const PlatformRole *r = d.role(role);
    const QString name = r ? r->name : role;
    return project.isEmpty() ? name : name + u'@' + project;
}

/// The differences of one expectation from the evaluation: lines, empty when it holds.
QStringList differences(const PlatformRun &run, const Expectation &e)
{
    const PlatformDefinition &d = *run.definition;
    const auto why = [&](const QList<PlatformRoleGrant> &grants) {
        QStringList out;
        for (const PlatformRoleGrant &g : grants)
            out << PlatformCommand::grantWhy(d, g);
        out.removeDuplicates();
        return out.isEmpty() ? PlatformCommand::tr("no role") : out.join(QStringLiteral("; "));
    };
    QString unknown;
    const QString person = e.person.isEmpty() ? QString() : PlatformCommand::findPerson(run, e.person, &unknown);
    if (!e.person.isEmpty() && person.isEmpty()) {
        QStringList want;
        for (const auto &[role, project] : e.roles)
            want << roleText(d, role, project);
        const QString expected = e.kind == Expectation::Kind::Can      ? PlatformCommand::tr("can")
                                 : e.kind == Expectation::Kind::Cannot ? PlatformCommand::tr("cannot")
                                 : want.isEmpty()                      ? PlatformCommand::tr("no role")
                                                                       : want.join(QStringLiteral(", "));
        return {PlatformCommand::tr("expected: %1").arg(expected), PlatformCommand::tr("actual:   %1").arg(unknown)};
    }

    if (e.kind == Expectation::Kind::Can || e.kind == Expectation::Kind::Cannot) {
        QList<PlatformRoleGrant> through;
        for (const PlatformPermissionGrant &g : run.evaluation.permissionsOf(person)) {
            if (g.permission == e.permission->id && inScope(g.project, e.project))
                through << g.because;
        }
        if (e.kind == Expectation::Kind::Can && through.isEmpty())
            return {PlatformCommand::tr("expected: %1").arg(PlatformCommand::tr("can")),
                    PlatformCommand::tr("actual:   cannot; %1 holds %2").arg(person, why(run.evaluation.rolesOf(person)))};
        if (e.kind == Expectation::Kind::Cannot && !through.isEmpty())
            return {PlatformCommand::tr("expected: %1").arg(PlatformCommand::tr("cannot")),
                    PlatformCommand::tr("actual:   can, through %1").arg(why(through))};
        return {};
    }
    if (e.kind == Expectation::Kind::Holders) {
        QStringList expected;
        QStringList lines;
        for (const QString &h : e.holders) {
            QString whyNot;
            const QString id = PlatformCommand::findPerson(run, h, &whyNot);
            expected << (id.isEmpty() ? h : id);
            if (id.isEmpty())
                lines << PlatformCommand::tr("unknown:  %1").arg(whyNot);
        }
        QStringList actual;
        QHash<QString, QList<PlatformRoleGrant>> grants;
        for (const PlatformPermissionGrant &g : run.evaluation.whoCan(e.permission->id, e.project == kAnyScope ? QString() : e.project)) {
            if (!inScope(g.project, e.project))
                continue;
            if (!actual.contains(g.person))
                actual << g.person;
            grants[g.person] << g.because;
        }
        QStringList missing, extra;
        for (const QString &p : std::as_const(expected)) {
            if (!actual.contains(p))
                missing << p;
        }
        for (const QString &p : std::as_const(actual)) {
            if (!expected.contains(p))
                extra << PlatformCommand::tr("%1: %2").arg(p, why(grants.value(p)));
        }
        if (missing.isEmpty() && extra.isEmpty())
            return {};
        const auto names = [](const QStringList &l) { return l.isEmpty() ? PlatformCommand::tr("nobody") : l.join(QStringLiteral(", ")); };
        lines.prepend(PlatformCommand::tr("actual:   %1").arg(names(actual)));
        lines.prepend(PlatformCommand::tr("expected: %1").arg(names(expected)));
        if (!missing.isEmpty())
            lines << PlatformCommand::tr("missing:  %1").arg(missing.join(QStringLiteral(", ")));
        for (const QString &x : std::as_const(extra))
            lines << PlatformCommand::tr("extra:    %1").arg(x);
        return lines;
    }
    // Roles: exactly these (role, scope) pairs, whatever the number of grants of each.
    QSet<std::pair<QString, QString>> expected(e.roles.begin(), e.roles.end());
    QList<std::pair<QString, QString>> actual;
    QHash<QString, QList<PlatformRoleGrant>> grants;
    for (const PlatformRoleGrant &g : run.evaluation.rolesOf(person)) {
        const std::pair<QString, QString> key{g.role, g.project};
        if (!actual.contains(key))
            actual << key;
        grants[roleText(d, g.role, g.project)] << g;
    }
    QStringList lines;
    for (const auto &[role, project] : e.roles) {
        if (!actual.contains(std::pair(role, project)))
            lines << PlatformCommand::tr("missing:  %1").arg(roleText(d, role, project));
    }
    for (const auto &[role, project] : std::as_const(actual)) {
        if (!expected.contains({role, project}))
            lines << PlatformCommand::tr("extra:    %1").arg(why(grants.value(roleText(d, role, project))));
    }
    if (lines.isEmpty())
        return {};
    QStringList want, have;
    for (const auto &[role, project] : e.roles)
        want << roleText(d, role, project);
    for (const auto &[role, project] : std::as_const(actual))
        have << roleText(d, role, project);
    const auto names = [](const QStringList &l) { return l.isEmpty() ? PlatformCommand::tr("no role") : l.join(QStringLiteral(", ")); };
    return QStringList{PlatformCommand::tr("expected: %1").arg(names(want)), PlatformCommand::tr("actual:   %1").arg(names(have))}
           + lines;
}

/// The expectation itself, as the heading of its differences.
QString title(const Expectation &e)
{
    switch (e.kind) {
    case Expectation::Kind::Can:
        return PlatformCommand::tr("%1 can \"%2\" %3").arg(e.person, e.permission->name, scopeText(e.project));
    case Expectation::Kind::Cannot:
        return PlatformCommand::tr("%1 cannot \"%2\" %3").arg(e.person, e.permission->name, scopeText(e.project));
    case Expectation::Kind::Holders:
        return PlatformCommand::tr("holders of \"%1\" %2").arg(e.permission->name, scopeText(e.project));
    case Expectation::Kind::Roles:
        break;
    }
    return PlatformCommand::tr("roles of %1").arg(e.person);
}

} // namespace

ExitCode PlatformCommand::check(const QStringList &arguments)
{
    const QString sub = QStringLiteral("check");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Evaluate the platform file (against the directory, when one is given or named by the file) and compare "
        "it with an expectations file. Each expectation that does not hold is printed with the expected and the "
        "actual answer and why; exit 1 when any differs, 0 when all hold. The evaluation's problems go to "
        "standard error."));
    addOptions(parser, true, false);
    const QCommandLineOption expect(QStringLiteral("expect"), tr("The expectations file (YAML, see below)."),
                                    QStringLiteral("FILE"));
    parser.addOption(expect);
    const QString examples = tr(
        "\nThe expectations file:\n"
        "  expect:\n"
        "    - {person: alice, can: \"Assign project roles\", project: ml}\n"
        "    - {person: bob, cannot: \"Manage users\"}\n"
        "    - {permission: \"Manage users\", holders: [alice]}\n"
        "    - {person: carol, roles: [\"Project Editor@analytics\", \"Organization Administrator\"]}\n"
        "can / cannot: whether the person holds the permission in the project (organization-wide grants count in "
        "every project); without project, organization-wide; with project \"*\", in any scope. holders: exactly "
        "these people hold it (same scopes). roles: exactly these roles, ROLE@PROJECT for a project role. People "
        "by id or display name, permissions and roles by name or id (any case).\n"
        "\nExamples:\n"
        "  %1 platform check --file acme.yaml --expect expect.yaml\n"
        "  ROLEDESK_LDAP_PASSWORD=secret %1 platform check --file acme.yaml --ldap --expect expect.yaml\n")
                                 .arg(QLatin1String(programName));
    if (const auto stop = parse(parser, arguments, sub, QString(), examples, 0))
        return *stop;
    if (!parser.isSet(expect))
        return CliApp::usageError(QStringLiteral("platform ") + sub, tr("no expectations file given (--expect FILE)"));
    PlatformRun run;
    if (const ExitCode code = loadFile(parser, run); code != ExitCode::Success)
        return code;
    // The expectations are read before the directory: a broken file should not wait for LDAP.
    const QString path = parser.value(expect);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        CliApp::printError(tr("%1: cannot read: %2").arg(cli::absolutePath(path), f.errorString()));
        return ExitCode::PlatformInvalid;
    }
    ExpectationReader reader(path, run);
    const QList<Expectation> expectations = reader.read(f.readAll());
    if (!reader.error.isEmpty()) {
        CliApp::printError(reader.error);
        return ExitCode::PlatformInvalid;
    }
    if (const ExitCode code = readDirectory(parser, sub, run); code != ExitCode::Success)
        return code;
    printProblems(run);

    QString out;
    int differing = 0;
    for (const Expectation &e : expectations) {
        const QStringList lines = differences(run, e);
        if (lines.isEmpty())
            continue;
        ++differing;
        out += QStringLiteral("%1:%2: %3\n").arg(path).arg(e.line).arg(title(e));
        for (const QString &l : lines)
            out += QStringLiteral("  ") + l + u'\n';
    }
    printTo(stdout, out);
    const QString name = QFileInfo(path).fileName();
    if (differing == 0) {
        printTo(stderr, tr("%1: all %n expectation(s) of %2 hold\n", nullptr, int(expectations.size()))
                            .arg(QLatin1String(programName), name));
        return ExitCode::Success;
    }
    printTo(stderr, tr("%1: %2 of %n expectation(s) of %3 differ\n", nullptr, int(expectations.size()))
                        .arg(QLatin1String(programName)).arg(differing).arg(name));
    return ExitCode::Drift;
}

} // namespace roledesk
