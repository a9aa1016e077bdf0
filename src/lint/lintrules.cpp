#include "lint/lintrules.h"

#include "platform/platformdefinition.h"
#include "policy/policynode.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <yaml-cpp/yaml.h>

namespace roledesk {

namespace {

using policytree::Node;

/// Whether a shipped platform definition has a role of id \a id (rules files are read before,
/// and without, any platform file).
bool knownPlatformRole(const QString &id)
{
    for (const QString &def : PlatformDefinition::builtinIds())
        if (const PlatformRole *r = PlatformDefinition::builtin(def).role(id); r && r->id == id)
            return true;
    return false;
}

const QList<std::pair<LintCondition, QString>> &conditionKeys()
{
    static const QList<std::pair<LintCondition, QString>> keys = {
        {LintCondition::PlatformRoles, QStringLiteral("platform_roles")},
        {LintCondition::LoginAttribute, QStringLiteral("login_attribute")},
        {LintCondition::ModelRoles, QStringLiteral("model_roles")},
        {LintCondition::DeveloperAndViewer, QStringLiteral("developer_and_viewer_only")},
        {LintCondition::RedundantGroups, QStringLiteral("redundant_schema_groups")},
        {LintCondition::UncoveredDatabase, QStringLiteral("database_outside_project")},
    };
    return keys;
}

/// Reads a rules tree, collecting every error with its line.
class RulesReader {
public:
    explicit RulesReader(QString file) : m_file(std::move(file)) {}
    QStringList errors;

    void error(const Node &n, const QString &message)
    {
        errors << (n.line > 0 ? m_file + u':' + QString::number(n.line) : m_file) + QStringLiteral(": ") + message;
    }
    void checkKeys(const Node &n, const QStringList &known)
    {
        QSet<QString> seen;
        for (const auto &[k, v] : n.entries) {
            if (!known.contains(k))
                error(v, LintRulesFormat::tr("unknown key \"%1\" (expected one of %2)").arg(k, known.join(QStringLiteral(", "))));
            else if (seen.contains(k))
                error(v, LintRulesFormat::tr("\"%1\" given twice").arg(k));
            seen.insert(k);
        }
    }
    QString text(const Node &map, const QString &key)
    {
        const Node *v = map.find(key);
        if (!v || v->type == Node::Type::Null)
            return {};
        if (v->type != Node::Type::Text) {
            error(*v, LintRulesFormat::tr("\"%1\" must be a single value").arg(key));
            return {};
        }
        return v->text;
    }
    QStringList names(const Node &v, const QString &key)
    {
        QStringList out;
        if (v.type != Node::Type::Sequence) {
            error(v, LintRulesFormat::tr("\"%1\": a list expected").arg(key));
            return out;
        }
        for (const Node &i : v.items) {
            if (i.type == Node::Type::Text && !i.text.isEmpty())
                out << i.text;
            else
                error(i, LintRulesFormat::tr("\"%1\": a name expected").arg(key));
        }
        return out;
    }

    LintRules read(const Node &root);

private:
    void readRule(const Node &n, LintRule &r);
    QString m_file;
};

LintRules RulesReader::read(const Node &root)
{
    LintRules out;
    if (root.type != Node::Type::Map) {
        error(root, LintRulesFormat::tr("a mapping with rules expected"));
        return out;
    }
    checkKeys(root, {QStringLiteral("version"), QStringLiteral("database_projects"), QStringLiteral("rules")});
    const QString version = text(root, QStringLiteral("version"));
    if (!version.isEmpty() && version != u"1")
        error(*root.find(QStringLiteral("version")), LintRulesFormat::tr("version %1 is not supported (expected 1)").arg(version));
    if (const Node *dp = root.find(QStringLiteral("database_projects")); dp && dp->type != Node::Type::Null) {
        if (dp->type != Node::Type::Map)
            error(*dp, LintRulesFormat::tr("\"database_projects\": a mapping of database names to projects expected"));
        for (const auto &[db, project] : dp->entries) {
            if (project.type != Node::Type::Text || project.text.isEmpty())
                error(project, LintRulesFormat::tr("database %1: a project name expected").arg(db));
            else
                out.databaseProjects.insert(db, project.text);
        }
    }
    const Node *rules = root.find(QStringLiteral("rules"));
    if (!rules || rules->type != Node::Type::Sequence) {
        error(rules ? *rules : root, LintRulesFormat::tr("\"rules\": a list of rules expected"));
        return out;
    }
    QSet<QString> seen;
    for (const Node &n : rules->items) {
        LintRule r;
        readRule(n, r);
        if (!r.name.isEmpty() && seen.contains(r.name))
            error(n, LintRulesFormat::tr("another rule is named \"%1\"").arg(r.name));
        seen.insert(r.name);
        out.rules << r;
    }
    return out;
}

void RulesReader::readRule(const Node &n, LintRule &r)
{
    r.line = n.line;
    if (n.type != Node::Type::Map) {
        error(n, LintRulesFormat::tr("a rule is a mapping with name, severity and when"));
        return;
    }
    checkKeys(n, {QStringLiteral("name"), QStringLiteral("severity"), QStringLiteral("description"),
                  QStringLiteral("when"), QStringLiteral("except"), QStringLiteral("include_bootstrap")});
    r.name = text(n, QStringLiteral("name"));
    if (r.name.isEmpty())
        error(n, LintRulesFormat::tr("a rule needs a name"));
    r.description = text(n, QStringLiteral("description"));
    const QString severity = text(n, QStringLiteral("severity"));
    if (severity == u"warning")
        r.severity = LintRule::Severity::Warning;
    else if (!severity.isEmpty() && severity != u"error")
        error(*n.find(QStringLiteral("severity")), LintRulesFormat::tr("severity must be error or warning, not \"%1\"").arg(severity));
    if (const Node *e = n.find(QStringLiteral("except")); e && e->type != Node::Type::Null)
        r.except = names(*e, QStringLiteral("except"));
    const Node *bootstrap = n.find(QStringLiteral("include_bootstrap"));
    if (bootstrap) {
        const QString v = bootstrap->type == Node::Type::Text ? bootstrap->text.toLower() : QString();
        if (v != u"true" && v != u"false")
            error(*bootstrap, LintRulesFormat::tr("rule %1: include_bootstrap takes true or false").arg(r.name));
        r.includeBootstrap = v == u"true";
    }
    const Node *when = n.find(QStringLiteral("when"));
    if (!when || when->type != Node::Type::Map || when->entries.size() != 1) {
        QStringList keys;
        for (const auto &[c, k] : conditionKeys())
            keys << k;
        error(when ? *when : n, LintRulesFormat::tr("rule %1: \"when\" must hold exactly one condition (%2)")
                                     .arg(r.name, keys.join(QStringLiteral(", "))));
        return;
    }
    const auto &[key, value] = when->entries.first();
    bool known = false;
    for (const auto &[c, k] : conditionKeys())
        if (k == key) {
            r.condition = c;
            known = true;
        }
    if (!known) {
        error(value, LintRulesFormat::tr("rule %1: unknown condition \"%2\"").arg(r.name, key));
        return;
    }
    switch (r.condition) {
    case LintCondition::PlatformRoles:
        if (value.type != Node::Type::Sequence || value.items.isEmpty()) {
            error(value, LintRulesFormat::tr("rule %1: platform_roles: a list of role ids expected").arg(r.name));
            break;
        }
        for (const Node &i : value.items) {
            if (i.type == Node::Type::Text && !i.text.isEmpty()) {
                r.platformRoles << LintPlatformRole{i.text, {}};
            } else if (i.type == Node::Type::Map) {
                checkKeys(i, {QStringLiteral("role"), QStringLiteral("project")});
                const LintPlatformRole role{text(i, QStringLiteral("role")), text(i, QStringLiteral("project"))};
                if (role.role.isEmpty())
                    error(i, LintRulesFormat::tr("rule %1: platform_roles: \"role\" is missing").arg(r.name));
                r.platformRoles << role;
            } else {
                error(i, LintRulesFormat::tr("rule %1: platform_roles: a role id or {role, project} expected").arg(r.name));
                continue;
            }
            if (!r.platformRoles.last().role.isEmpty() && !knownPlatformRole(r.platformRoles.last().role))
                error(i, LintRulesFormat::tr("rule %1: unknown platform role \"%2\"").arg(r.name, r.platformRoles.last().role));
        }
        break;
    case LintCondition::LoginAttribute:
        r.attribute = value.type == Node::Type::Text ? value.text.toLower() : QString();
        if (r.attribute != u"superuser" && r.attribute != u"createrole")
            error(value, LintRulesFormat::tr("rule %1: login_attribute must be superuser or createrole").arg(r.name));
        break;
    case LintCondition::ModelRoles:
        r.modelRoles = names(value, key);
        for (const QString &m : std::as_const(r.modelRoles))
            if (m != u"model_owner" && m != u"system_administrator")
                error(value, LintRulesFormat::tr("rule %1: unknown model role \"%2\" (expected model_owner, system_administrator)").arg(r.name, m));
        if (r.modelRoles.isEmpty())
            error(value, LintRulesFormat::tr("rule %1: model_roles lists no role").arg(r.name));
        break;
    case LintCondition::DeveloperAndViewer:
    case LintCondition::RedundantGroups:
    case LintCondition::UncoveredDatabase:
        if (value.type != Node::Type::Text || value.text.toLower() != u"true")
            error(value, LintRulesFormat::tr("rule %1: %2 takes true").arg(r.name, key));
        break;
    }
    if (bootstrap && r.condition != LintCondition::LoginAttribute)
        error(*bootstrap, LintRulesFormat::tr("rule %1: include_bootstrap applies to login_attribute rules only").arg(r.name));
}

} // namespace

QString LintRulesFormat::conditionKey(LintCondition condition)
{
    for (const auto &[c, k] : conditionKeys())
        if (c == condition)
            return k;
    return {};
}

LintRulesLoad LintRulesFormat::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {{}, tr("%1: cannot read: %2").arg(QFileInfo(path).absoluteFilePath(), file.errorString())};
    return parse(file.readAll(), QFileInfo(path).fileName());
}

LintRulesLoad LintRulesFormat::parse(const QByteArray &data, const QString &fileName)
{
    Node root;
    try {
        root = policytree::fromYaml(YAML::Load(data.toStdString()), {});
    } catch (const YAML::Exception &e) {
        return {{}, tr("%1:%2: not YAML: %3").arg(fileName).arg(e.mark.line + 1).arg(QString::fromStdString(e.msg))};
    }
    RulesReader reader(fileName);
    LintRulesLoad out;
    out.rules = reader.read(root);
    out.error = reader.errors.join(u'\n');
    return out;
}

namespace {

/// The shipped rules' descriptions, so that they read in the interface's language (a rules file
/// of one's own is shown as written). Kept equal to resources/lint/default-rules.yaml by
/// tst_separationofduties.
const char *const kShippedDescriptions[] = {
    QT_TRANSLATE_NOOP("roledesk::LintRulesFormat", "One person imports models and administers them."),
    QT_TRANSLATE_NOOP("roledesk::LintRulesFormat", "One person owns the organization and administers the platform."),
    QT_TRANSLATE_NOOP("roledesk::LintRulesFormat", "A superuser bypasses every privilege check."),
    QT_TRANSLATE_NOOP("roledesk::LintRulesFormat", "CREATEROLE can create roles and grant most memberships."),
    QT_TRANSLATE_NOOP("roledesk::LintRulesFormat", "Developer of one schema and only viewer of another, often a grant to the wrong schema."),
    QT_TRANSLATE_NOOP("roledesk::LintRulesFormat", "A schema group held directly that a higher group of the same login already covers."),
    QT_TRANSLATE_NOOP("roledesk::LintRulesFormat", "Rights in a database whose project none of the person's platform roles covers."),
};

} // namespace

LintRules LintRulesFormat::defaults()
{
    LintRulesLoad load = LintRulesFormat::load(QStringLiteral(":/lint/default-rules.yaml"));
    Q_ASSERT_X(load.ok(), "LintRulesFormat::defaults", qPrintable(load.error));
    for (LintRule &rule : load.rules.rules)
        for (const char *text : kShippedDescriptions)
            if (rule.description == QLatin1String(text))
                rule.description = tr(text);
    return load.rules;
}

QStringList LintRulesFormat::shippedDescriptions()
{
    QStringList out;
    for (const char *text : kShippedDescriptions)
        out << QString::fromUtf8(text);
    return out;
}

} // namespace roledesk
