#include "policy/policyfile.h"

#include "export/outputfile.h"
#include "policy/policynode.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <utility>

namespace roledesk {

namespace {

using policytree::Node;
using policytree::fromJson;
using policytree::fromYaml;
using policytree::toJson;
using policytree::toYaml;

/// Reads a Node tree into a DesiredState, collecting errors with where they happened.
class Reader {
public:
    explicit Reader(QString file) : m_file(std::move(file)) {}

    QStringList errors;

    QString where(const Node &n) const
    {
        if (n.line > 0)
            return m_file + u':' + QString::number(n.line);
        return n.path.isEmpty() ? m_file : m_file + QStringLiteral(": ") + n.path;
    }
    void error(const Node &n, const QString &message) { errors << where(n) + QStringLiteral(": ") + message; }

    bool expect(const Node &n, Node::Type type, const QString &what)
    {
        if (n.type == type)
            return true;
        error(n, PolicyFile::tr("%1 expected").arg(what));
        return false;
    }
    void checkKeys(const Node &n, const QStringList &known)
    {
        for (const auto &[k, v] : n.entries)
            if (!known.contains(k))
                error(v, PolicyFile::tr("unknown key \"%1\" (expected one of %2)").arg(k, known.join(QStringLiteral(", "))));
    }
    QString text(const Node &map, const QString &key, bool required = false)
    {
        const Node *v = map.find(key);
        if (!v || v->type == Node::Type::Null) {
            if (required)
                error(map, PolicyFile::tr("\"%1\" is missing").arg(key));
            return {};
        }
        if (v->type == Node::Type::Sequence || v->type == Node::Type::Map) {
            error(*v, PolicyFile::tr("\"%1\" must be a single value").arg(key));
            return {};
        }
        if (required && v->text.isEmpty())
            error(*v, PolicyFile::tr("\"%1\" is empty").arg(key));
        return v->text;
    }
    std::optional<bool> boolean(const Node &map, const QString &key)
    {
        const Node *v = map.find(key);
        if (!v || v->type == Node::Type::Null)
            return std::nullopt;
        const QString t = v->text.toLower();
        if (v->type != Node::Type::Sequence && v->type != Node::Type::Map) {
            if (t == u"true" || t == u"yes" || t == u"on")
                return true;
            if (t == u"false" || t == u"no" || t == u"off")
                return false;
        }
        error(*v, PolicyFile::tr("\"%1\" must be true or false").arg(key));
        return std::nullopt;
    }
    /// "all" or a list of names: returns whether it is all.
    bool allOrList(const Node &map, const QString &key, QStringList *list)
    {
        const Node *v = map.find(key);
        if (!v || v->type == Node::Type::Null || (v->type == Node::Type::Text && v->text == u"all"))
            return true;
        if (!expect(*v, Node::Type::Sequence, PolicyFile::tr("\"all\" or a list of names")))
            return true;
        for (const Node &item : v->items) {
            if (item.type != Node::Type::Text || item.text.isEmpty())
                error(item, PolicyFile::tr("a name expected"));
            else
                *list << item.text;
        }
        return false;
    }
    Privileges privileges(const Node &map, const QString &key, ObjectKind kind, bool kindKnown, Privileges all)
    {
        Privileges set;
        const Node *v = map.find(key);
        if (!v || v->type == Node::Type::Null)
            return set;
        if (v->type == Node::Type::Bool || (v->type == Node::Type::Text && key == u"grantable"
                                            && (v->text == u"true" || v->text == u"false")))
            return v->text == u"true" ? all : Privileges();
        QList<Node> items = v->items;
        if (v->type == Node::Type::Text)
            items = {*v};
        else if (!expect(*v, Node::Type::Sequence, PolicyFile::tr("a list of privileges")))
            return set;
        for (const Node &item : items) {
            const QString word = item.text.trimmed().toUpper();
            if (word == u"ALL" || word == u"ALL PRIVILEGES") {
                set |= key == u"grantable" ? all : applicable(kind);
                continue;
            }
            std::optional<Privilege> found;
            for (Privilege p : allPrivileges())
                if (privilegeKeyword(p) == word || (p == Privilege::Temporary && word == u"TEMP"))
                    found = p;
            if (!found)
                error(item, kindKnown ? PolicyFile::tr("unknown privilege %1 for a %2").arg(item.text, objectKindName(kind))
                                      : PolicyFile::tr("unknown privilege %1").arg(item.text));
            else if (kindKnown && !applicable(kind).testFlag(*found))
                error(item, PolicyFile::tr("privilege %1 does not apply to a %2").arg(word, objectKindName(kind)));
            else
                set |= *found;
        }
        return set;
    }
    static Privileges applicable(ObjectKind kind)
    {
        Privileges set;
        for (Privilege p : applicablePrivileges(kind))
            set |= p;
        return set;
    }
    static QString grantee(const QString &name) { return name == u"PUBLIC" ? QString() : name; }

    DesiredState read(const Node &root);
    void readSchemaGroups(const Node &root, DesiredState &state);

private:
    QString m_file;
};

DesiredState Reader::read(const Node &root)
{
    DesiredState state;
    if (!expect(root, Node::Type::Map, PolicyFile::tr("a mapping with version, scope, roles, grants")))
        return state;
    checkKeys(root, {QStringLiteral("version"), QStringLiteral("database"), QStringLiteral("scope"),
                     QStringLiteral("roles"), QStringLiteral("grants"), QStringLiteral("default_privileges"),
                     QStringLiteral("schema_groups")});
    const QString version = text(root, QStringLiteral("version"), true);
    bool ok = false;
    state.version = version.toInt(&ok);
    if (!version.isEmpty() && (!ok || state.version != 1))
        error(*root.find(QStringLiteral("version")), PolicyFile::tr("unsupported version %1 (this RoleDesk reads version 1)").arg(version));
    state.version = 1;
    state.database = text(root, QStringLiteral("database"));

    if (const Node *scope = root.find(QStringLiteral("scope")); scope && expect(*scope, Node::Type::Map, PolicyFile::tr("a mapping"))) {
        checkKeys(*scope, {QStringLiteral("roles"), QStringLiteral("schemas"), QStringLiteral("database"),
                           QStringLiteral("drop_unlisted_roles")});
        state.scope.allRoles = allOrList(*scope, QStringLiteral("roles"), &state.scope.roles);
        state.scope.allSchemas = allOrList(*scope, QStringLiteral("schemas"), &state.scope.schemas);
        state.scope.database = boolean(*scope, QStringLiteral("database")).value_or(true);
        state.scope.dropUnlistedRoles = boolean(*scope, QStringLiteral("drop_unlisted_roles")).value_or(false);
    }

    if (const Node *roles = root.find(QStringLiteral("roles")); roles && roles->type != Node::Type::Null
        && expect(*roles, Node::Type::Sequence, PolicyFile::tr("a list of roles"))) {
        for (const Node &r : roles->items) {
            if (!expect(r, Node::Type::Map, PolicyFile::tr("a role (a mapping with name)")))
                continue;
            checkKeys(r, {QStringLiteral("name"), QStringLiteral("superuser"), QStringLiteral("inherit"),
                          QStringLiteral("create_role"), QStringLiteral("create_db"), QStringLiteral("login"),
                          QStringLiteral("replication"), QStringLiteral("bypass_rls"),
                          QStringLiteral("connection_limit"), QStringLiteral("valid_until"), QStringLiteral("member_of")});
            DesiredRole role;
            role.where = where(r);
            role.name = text(r, QStringLiteral("name"), true);
            RoleAttributes &a = role.attributes;
            a.superuser = boolean(r, QStringLiteral("superuser"));
            a.inherit = boolean(r, QStringLiteral("inherit"));
            a.createRole = boolean(r, QStringLiteral("create_role"));
            a.createDb = boolean(r, QStringLiteral("create_db"));
            a.login = boolean(r, QStringLiteral("login"));
            a.replication = boolean(r, QStringLiteral("replication"));
            a.bypassRls = boolean(r, QStringLiteral("bypass_rls"));
            if (const Node *limit = r.find(QStringLiteral("connection_limit")); limit && limit->type != Node::Type::Null) {
                bool isInt = false;
                const int value = limit->text.toInt(&isInt);
                if (!isInt)
                    error(*limit, PolicyFile::tr("connection_limit must be a whole number (-1: no limit)"));
                else
                    a.connectionLimit = value;
            }
            if (const Node *until = r.find(QStringLiteral("valid_until"))) {
                if (until->type == Node::Type::Null || until->text == u"infinity") {
                    a.validUntil = QDateTime();
                } else {
                    const QDateTime t = QDateTime::fromString(until->text, Qt::ISODateWithMs);
                    if (!t.isValid())
                        error(*until, PolicyFile::tr("valid_until must be \"infinity\" or a time such as 2030-01-31T00:00:00Z"));
                    else
                        a.validUntil = t.toUTC();
                }
            }
            if (const Node *member = r.find(QStringLiteral("member_of")); member && member->type != Node::Type::Null
                && expect(*member, Node::Type::Sequence, PolicyFile::tr("a list of memberships"))) {
                for (const Node &m : member->items) {
                    if (m.type == Node::Type::Text) {
                        role.memberOf.push_back({m.text, false});
                    } else if (expect(m, Node::Type::Map, PolicyFile::tr("a role name or a mapping with role and admin"))) {
                        checkKeys(m, {QStringLiteral("role"), QStringLiteral("admin")});
                        role.memberOf.push_back({text(m, QStringLiteral("role"), true),
                                                 boolean(m, QStringLiteral("admin")).value_or(false)});
                    }
                }
            }
            state.roles.push_back(role);
        }
    }

    if (const Node *grants = root.find(QStringLiteral("grants")); grants && grants->type != Node::Type::Null
        && expect(*grants, Node::Type::Sequence, PolicyFile::tr("a list of grants"))) {
        for (const Node &g : grants->items) {
            if (!expect(g, Node::Type::Map, PolicyFile::tr("a grant (a mapping)")))
                continue;
            checkKeys(g, {QStringLiteral("type"), QStringLiteral("schema"), QStringLiteral("name"),
                          QStringLiteral("arguments"), QStringLiteral("column"), QStringLiteral("grantee"),
                          QStringLiteral("privileges"), QStringLiteral("grantable")});
            DesiredGrant grant;
            grant.where = where(g);
            const QString type = text(g, QStringLiteral("type"), true);
            const bool kindKnown = objectKindFromName(type, &grant.object.kind);
            if (!kindKnown && !type.isEmpty())
                error(*g.find(QStringLiteral("type")), PolicyFile::tr("unknown object type %1").arg(type));
            grant.object.schema = text(g, QStringLiteral("schema"));
            grant.object.name = text(g, QStringLiteral("name"), true);
            grant.object.arguments = text(g, QStringLiteral("arguments"));
            grant.object.column = text(g, QStringLiteral("column"));
            grant.grantee = grantee(text(g, QStringLiteral("grantee"), true));
            grant.privileges = privileges(g, QStringLiteral("privileges"), grant.object.kind, kindKnown, {});
            grant.grantable = privileges(g, QStringLiteral("grantable"), grant.object.kind, kindKnown, grant.privileges);
            state.grants.push_back(grant);
        }
    }

    if (const Node *defaults = root.find(QStringLiteral("default_privileges")); defaults && defaults->type != Node::Type::Null
        && expect(*defaults, Node::Type::Sequence, PolicyFile::tr("a list of default privileges"))) {
        for (const Node &d : defaults->items) {
            if (!expect(d, Node::Type::Map, PolicyFile::tr("a default privilege (a mapping)")))
                continue;
            checkKeys(d, {QStringLiteral("for_role"), QStringLiteral("schema"), QStringLiteral("objects"),
                          QStringLiteral("grantee"), QStringLiteral("privileges"), QStringLiteral("grantable")});
            DesiredDefaultPrivilege dp;
            dp.where = where(d);
            dp.forRole = text(d, QStringLiteral("for_role"), true);
            dp.schema = text(d, QStringLiteral("schema"));
            if (dp.schema == u"all")
                dp.schema.clear();
            const QString objects = text(d, QStringLiteral("objects"), true);
            const bool kindKnown = defaultPrivilegeClassFromName(objects, &dp.kind);
            if (!kindKnown && !objects.isEmpty())
                error(*d.find(QStringLiteral("objects")),
                      PolicyFile::tr("unknown object class %1 (expected tables, sequences, functions, types or schemas)").arg(objects));
            dp.grantee = grantee(text(d, QStringLiteral("grantee"), true));
            dp.privileges = privileges(d, QStringLiteral("privileges"), dp.kind, kindKnown, {});
            dp.grantable = privileges(d, QStringLiteral("grantable"), dp.kind, kindKnown, dp.privileges);
            state.defaultPrivileges.push_back(dp);
        }
    }
    readSchemaGroups(root, state);
    return state;
}

void Reader::readSchemaGroups(const Node &root, DesiredState &state)
{
    const Node *section = root.find(QStringLiteral("schema_groups"));
    if (!section || section->type == Node::Type::Null
        || !expect(*section, Node::Type::Map, PolicyFile::tr("a mapping with model and members")))
        return;
    checkKeys(*section, {QStringLiteral("model"), QStringLiteral("members")});
    DesiredSchemaGroups groups;
    groups.where = where(*section);
    const QString model = text(*section, QStringLiteral("model"), true).toLower();
    if (model == u"slpm")
        groups.model = GroupModel::Slpm;
    else if (model == u"spm")
        groups.model = GroupModel::Spm;
    else if (model == u"standard")
        groups.model = GroupModel::Standard;
    else if (!model.isEmpty())
        error(*section->find(QStringLiteral("model")),
              PolicyFile::tr("unknown model %1 (expected slpm, spm or standard)").arg(model));
    const Node *members = section->find(QStringLiteral("members"));
    if (members && members->type != Node::Type::Null
        && expect(*members, Node::Type::Map, PolicyFile::tr("a mapping of group names to lists of members"))) {
        for (const auto &[name, list] : members->entries) {
            DesiredGroupMembers g;
            g.group = name;
            g.where = where(list.line > 0 ? list : *members);
            if (list.type != Node::Type::Null
                && expect(list, Node::Type::Sequence, PolicyFile::tr("a list of member names"))) {
                for (const Node &item : list.items) {
                    if (item.type != Node::Type::Text || item.text.isEmpty())
                        error(item, PolicyFile::tr("a name expected"));
                    else
                        g.members << item.text;
                }
            }
            std::sort(g.members.begin(), g.members.end());
            groups.groups << g;
        }
    }
    // By name, whatever the file's order (JSON objects have none).
    std::sort(groups.groups.begin(), groups.groups.end(),
              [](const DesiredGroupMembers &a, const DesiredGroupMembers &b) { return a.group < b.group; });
    state.schemaGroups = groups;
}

Node privilegeList(Privileges set)
{
    Node n = Node::seq();
    for (Privilege p : allPrivileges())
        if (set.testFlag(p))
            n.items.push_back(Node::text_(privilegeKeyword(p)));
    return n;
}

Node nameList(bool all, const QStringList &names)
{
    if (all)
        return Node::text_(QStringLiteral("all"));
    Node n = Node::seq();
    for (const QString &name : names)
        n.items.push_back(Node::text_(name));
    return n;
}

QString granteeName(const QString &role)
{
    return role.isEmpty() ? QStringLiteral("PUBLIC") : role;
}

Node toTree(const DesiredState &state)
{
    Node root = Node::map();
    root.add(QStringLiteral("version"), Node::number(state.version));
    if (!state.database.isEmpty())
        root.add(QStringLiteral("database"), Node::text_(state.database));
    Node scope = Node::map();
    scope.add(QStringLiteral("roles"), nameList(state.scope.allRoles, state.scope.roles));
    scope.add(QStringLiteral("schemas"), nameList(state.scope.allSchemas, state.scope.schemas));
    scope.add(QStringLiteral("database"), Node::bool_(state.scope.database));
    scope.add(QStringLiteral("drop_unlisted_roles"), Node::bool_(state.scope.dropUnlistedRoles));
    root.add(QStringLiteral("scope"), scope);

    Node roles = Node::seq();
    for (const DesiredRole &r : state.roles) {
        Node role = Node::map();
        role.add(QStringLiteral("name"), Node::text_(r.name));
        const RoleAttributes &a = r.attributes;
        auto flag = [&](const char *key, const std::optional<bool> &v) {
            if (v)
                role.add(QString::fromLatin1(key), Node::bool_(*v));
        };
        flag("superuser", a.superuser);
        flag("inherit", a.inherit);
        flag("create_role", a.createRole);
        flag("create_db", a.createDb);
        flag("login", a.login);
        flag("replication", a.replication);
        flag("bypass_rls", a.bypassRls);
        if (a.connectionLimit)
            role.add(QStringLiteral("connection_limit"), Node::number(*a.connectionLimit));
        if (a.validUntil) {
            const QDateTime t = a.validUntil->toUTC();
            role.add(QStringLiteral("valid_until"),
                     Node::text_(t.isValid() ? t.toString(t.time().msec() ? Qt::ISODateWithMs : Qt::ISODate)
                                             : QStringLiteral("infinity")));
        }
        if (!r.memberOf.isEmpty()) {
            Node member = Node::seq();
            for (const DesiredMembership &m : r.memberOf) {
                Node item = Node::map();
                item.add(QStringLiteral("role"), Node::text_(m.role));
                item.add(QStringLiteral("admin"), Node::bool_(m.admin));
                member.items.push_back(item);
            }
            role.add(QStringLiteral("member_of"), member);
        }
        roles.items.push_back(role);
    }
    root.add(QStringLiteral("roles"), roles);

    Node grants = Node::seq();
    for (const DesiredGrant &g : state.grants) {
        Node grant = Node::map();
        grant.add(QStringLiteral("type"), Node::text_(objectKindName(g.object.kind)));
        if (!g.object.schema.isEmpty())
            grant.add(QStringLiteral("schema"), Node::text_(g.object.schema));
        grant.add(QStringLiteral("name"), Node::text_(g.object.name));
        if (g.object.kind == ObjectKind::Function || g.object.kind == ObjectKind::Procedure)
            grant.add(QStringLiteral("arguments"), Node::text_(g.object.arguments));
        if (!g.object.column.isEmpty())
            grant.add(QStringLiteral("column"), Node::text_(g.object.column));
        grant.add(QStringLiteral("grantee"), Node::text_(granteeName(g.grantee)));
        grant.add(QStringLiteral("privileges"), privilegeList(g.privileges));
        if (g.grantable)
            grant.add(QStringLiteral("grantable"), privilegeList(g.grantable));
        grants.items.push_back(grant);
    }
    root.add(QStringLiteral("grants"), grants);

    Node defaults = Node::seq();
    for (const DesiredDefaultPrivilege &d : state.defaultPrivileges) {
        Node item = Node::map();
        item.add(QStringLiteral("for_role"), Node::text_(d.forRole));
        item.add(QStringLiteral("schema"), Node::text_(d.schema.isEmpty() ? QStringLiteral("all") : d.schema));
        item.add(QStringLiteral("objects"), Node::text_(defaultPrivilegeClassName(d.kind)));
        item.add(QStringLiteral("grantee"), Node::text_(granteeName(d.grantee)));
        item.add(QStringLiteral("privileges"), privilegeList(d.privileges));
        if (d.grantable)
            item.add(QStringLiteral("grantable"), privilegeList(d.grantable));
        defaults.items.push_back(item);
    }
    root.add(QStringLiteral("default_privileges"), defaults);

    if (state.schemaGroups) {
        Node section = Node::map();
        section.add(QStringLiteral("model"), Node::text_(schemagroups::modelName(state.schemaGroups->model)));
        Node members = Node::map();
        for (const DesiredGroupMembers &g : state.schemaGroups->groups) {
            Node list = Node::seq();
            for (const QString &m : g.members)
                list.items.push_back(Node::text_(m));
            members.add(g.group, list);
        }
        section.add(QStringLiteral("members"), members);
        root.add(QStringLiteral("schema_groups"), section);
    }
    return root;
}

} // namespace

std::optional<PolicyFile::Format> PolicyFile::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"yaml" || suffix == u"yml")
        return Format::Yaml;
    if (suffix == u"json")
        return Format::Json;
    return std::nullopt;
}

PolicyLoad PolicyFile::load(const QString &path)
{
    // A file that cannot be opened is named by its absolute path, so that a relative name
    // resolved against an unexpected working folder shows where it was looked for.
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    const auto format = formatForPath(path);
    if (!format)
        return {{}, tr("%1: unknown file type (expected .yaml, .yml or .json)").arg(absolute)};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {{}, tr("%1: cannot read: %2").arg(absolute, file.errorString())};
    return parse(file.readAll(), *format, QFileInfo(path).fileName());
}

PolicyLoad PolicyFile::parse(const QByteArray &data, Format format, const QString &fileName)
{
    Node root;
    if (format == Format::Yaml) {
        try {
            root = fromYaml(YAML::Load(data.toStdString()), {});
        } catch (const YAML::Exception &e) {
            return {{}, tr("%1:%2: %3").arg(fileName).arg(e.mark.line + 1).arg(QString::fromStdString(e.msg))};
        }
    } else {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            const int line = int(data.left(parseError.offset).count('\n')) + 1;
            return {{}, tr("%1:%2: %3").arg(fileName).arg(line).arg(parseError.errorString())};
        }
        root = fromJson(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()), {});
    }
    Reader reader(fileName);
    PolicyLoad load;
    load.state = reader.read(root);
    QStringList errors = reader.errors;
    if (errors.isEmpty())
        errors = load.state.validate();
    load.error = errors.join(u'\n');
    return load;
}

QByteArray PolicyFile::serialize(const DesiredState &state, Format format)
{
    const Node tree = toTree(state);
    if (format == Format::Json)
        return QJsonDocument(toJson(tree).toObject()).toJson(QJsonDocument::Indented);
    YAML::Emitter out;
    out.SetIndent(2);
    toYaml(out, tree);
    QByteArray text = QByteArray("# RoleDesk desired state (policy file); see README.md, \"Policy files\".\n")
                      + QByteArray(out.c_str()) + '\n';
    return text;
}

QString PolicyFile::save(const DesiredState &state, const QString &path)
{
    const auto format = formatForPath(path);
    if (!format)
        return tr("%1: unknown file type (expected .yaml, .yml or .json)").arg(path);
    OutputFile file(path);
    if (!file.open())
        return tr("cannot write %1: %2").arg(path, file.errorString());
    file.write(serialize(state, *format));
    if (!file.commit())
        return tr("cannot write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace roledesk
