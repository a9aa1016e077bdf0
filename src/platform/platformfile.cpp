#include "platform/platformfile.h"

#include "policy/policynode.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QStringDecoder>

#include <yaml-cpp/yaml.h>

#include <utility>

namespace roledesk {

namespace {

// The YAML tree reader is the policy files' (line numbers from yaml-cpp, one Node type).
using policytree::Node;

QString quoted(const QString &s)
{
    return u'"' + s + u'"';
}

/// Whether \a key is new to \a seen (and remembers it).
bool firstTime(QSet<QString> &seen, const QString &key)
{
    if (seen.contains(key))
        return false;
    seen.insert(key);
    return true;
}

/// Reads a platform file's tree against a definition, collecting every error with its line.
class Reader {
public:
    Reader(QString file, const PlatformDefinition &definition) : m_file(std::move(file)), m_def(definition) {}

    QStringList errors;
    QStringList warnings;

    PlatformFile read(const Node &root);

private:
    QString where(const Node &n) const
    {
        return n.line > 0 ? m_file + u':' + QString::number(n.line) : m_file;
    }
    void error(const Node &n, const QString &entry, const QString &message)
    {
        errors << where(n) + QStringLiteral(": ") + (entry.isEmpty() ? QString() : entry + QStringLiteral(": ")) + message;
    }
    bool expect(const Node &n, Node::Type type, const QString &entry, const QString &what)
    {
        if (n.type == type)
            return true;
        error(n, entry, PlatformFileFormat::tr("%1 expected").arg(what));
        return false;
    }
    void checkKeys(const Node &n, const QString &entry, const QStringList &known)
    {
        QSet<QString> seen;   // YAML forbids a key twice, yet yaml-cpp keeps both: the first would win silently
        for (const auto &[k, v] : n.entries) {
            if (!known.contains(k))
                error(v, entry, PlatformFileFormat::tr("unknown key \"%1\" (expected one of %2)").arg(k, known.join(QStringLiteral(", "))));
            else if (!firstTime(seen, k))
                error(v, entry, PlatformFileFormat::tr("\"%1\" given twice").arg(k));
        }
    }
    /// A single value; \a required refuses a missing or empty one.
    QString text(const Node &map, const QString &key, const QString &entry, bool required = false)
    {
        const Node *v = map.find(key);
        if (!v || v->type == Node::Type::Null) {
            if (required)
                error(map, entry, PlatformFileFormat::tr("\"%1\" is missing").arg(key));
            return {};
        }
        if (v->type != Node::Type::Text) {
            error(*v, entry, PlatformFileFormat::tr("\"%1\" must be a single value").arg(key));
            return {};
        }
        if (required && v->text.trimmed().isEmpty())
            error(*v, entry, PlatformFileFormat::tr("\"%1\" is empty").arg(key));
        return v->text;
    }
    /// A list of names (a missing or empty list is an empty list).
    QStringList names(const Node &map, const QString &key, const QString &entry)
    {
        QStringList list;
        const Node *v = map.find(key);
        if (!v || v->type == Node::Type::Null
            || !expect(*v, Node::Type::Sequence, entry, PlatformFileFormat::tr("\"%1\": a list of names").arg(key)))
            return list;
        for (const Node &item : v->items) {
            if (item.type != Node::Type::Text || item.text.trimmed().isEmpty())
                error(item, entry, PlatformFileFormat::tr("\"%1\": a name expected").arg(key));
            else
                list << item.text;
        }
        return list;
    }
    /// The items of a top-level list, or none when it is absent.
    const QList<Node> *items(const Node &root, const QString &key, const QString &what)
    {
        const Node *v = root.find(key);
        if (!v || v->type == Node::Type::Null || !expect(*v, Node::Type::Sequence, {}, what))
            return nullptr;
        return &v->items;
    }
    /// The role id for \a key, refusing unknown roles and roles of the other scope.
    QString role(const Node &at, const QString &entry, const QString &key, bool project, const QString &whose)
    {
        const PlatformRole *r = m_def.role(key);
        if (!r) {
            error(at, entry, PlatformFileFormat::tr("unknown role \"%1\"").arg(key));
            return {};
        }
        if (project && r->scope == PlatformScope::Organization) {
            error(at, entry, PlatformFileFormat::tr("%1 is an organization role and cannot be given by %2").arg(r->name, whose));
            return {};
        }
        if (!project && r->scope == PlatformScope::Project) {
            error(at, entry, PlatformFileFormat::tr("%1 is a project role and cannot be given by %2").arg(r->name, whose));
            return {};
        }
        return r->id;
    }
    void project(const Node &at, const QString &entry, const QString &name, const QStringList &projects)
    {
        if (!name.isEmpty() && !projects.contains(name))
            error(at, entry, PlatformFileFormat::tr("unknown project \"%1\" (the file lists %2)")
                                 .arg(name, projects.isEmpty() ? PlatformFileFormat::tr("none") : projects.join(QStringLiteral(", "))));
    }

    void readDirectory(const Node &n, PlatformDirectorySource &d);
    void readPeople(const Node &root, PlatformFile &f);
    void readAssignments(const Node &root, PlatformFile &f);
    void readRules(const Node &root, PlatformFile &f);
    void readLogins(const Node &n, PlatformFile &f);

    QString m_file;
    const PlatformDefinition &m_def;
    // Lookups for the duplicate checks: files of 10,000 people must not take quadratic time.
    QHash<QString, qsizetype> m_personAt;
    QSet<QString> m_assignments;   ///< person, role id and project of each assignment read
    QSet<QString> m_rules;         ///< project and name of each rule read
};

PlatformFile Reader::read(const Node &root)
{
    PlatformFile f;
    if (!expect(root, Node::Type::Map, {}, PlatformFileFormat::tr("a mapping with platform, organization, projects, people, assignments, rules")))
        return f;
    checkKeys(root, {}, {QStringLiteral("platform"), QStringLiteral("organization"), QStringLiteral("projects"),
                         QStringLiteral("directory"), QStringLiteral("people"), QStringLiteral("assignments"),
                         QStringLiteral("rules"), QStringLiteral("logins")});
    f.definitionId = text(root, QStringLiteral("platform"), {}, true);
    if (!f.definitionId.isEmpty() && f.definitionId != m_def.id)
        error(*root.find(QStringLiteral("platform")), {},
              PlatformFileFormat::tr("platform \"%1\" does not match the definition \"%2\"").arg(f.definitionId, m_def.id));
    f.organization = text(root, QStringLiteral("organization"), {});
    f.projects = names(root, QStringLiteral("projects"), {});
    if (const Node *projects = root.find(QStringLiteral("projects")); projects && projects->type == Node::Type::Sequence) {
        QSet<QString> seen;
        for (const Node &p : projects->items)
            if (p.type == Node::Type::Text && !firstTime(seen, p.text))
                error(p, {}, PlatformFileFormat::tr("project \"%1\" listed twice").arg(p.text));
    }
    if (const Node *d = root.find(QStringLiteral("directory")); d && d->type != Node::Type::Null)
        readDirectory(*d, f.directory);
    readPeople(root, f);
    readAssignments(root, f);
    readRules(root, f);
    if (const Node *l = root.find(QStringLiteral("logins")); l && l->type != Node::Type::Null)
        readLogins(*l, f);
    return f;
}

void Reader::readLogins(const Node &n, PlatformFile &f)
{
    const QString entry = PlatformFileFormat::tr("logins");
    if (!expect(n, Node::Type::Map, entry, PlatformFileFormat::tr("a mapping with same_name, patterns, lists")))
        return;
    PlatformLogins &l = f.logins;
    l.line = n.line;
    checkKeys(n, entry, {QStringLiteral("same_name"), QStringLiteral("patterns"), QStringLiteral("lists")});
    const QString same = text(n, QStringLiteral("same_name"), entry).toLower();
    if (same == u"true" || same == u"yes")
        l.sameName = true;
    else if (!same.isEmpty() && same != u"false" && same != u"no")
        error(*n.find(QStringLiteral("same_name")), entry, PlatformFileFormat::tr("\"same_name\" must be true or false"));
    l.patterns = names(n, QStringLiteral("patterns"), entry);
    if (const Node *patterns = n.find(QStringLiteral("patterns")); patterns && patterns->type == Node::Type::Sequence)
        for (const Node &p : patterns->items)
            if (p.type == Node::Type::Text && !p.text.contains(QStringLiteral("{id}")))   // else everyone would claim the same roles
                error(p, entry, PlatformFileFormat::tr("pattern \"%1\" does not contain {id}").arg(p.text));
    const QList<Node> *lists = items(n, QStringLiteral("lists"), PlatformFileFormat::tr("lists: a list of {person, roles}"));
    if (!lists)
        return;
    QSet<QString> people;
    for (const Node &item : *lists) {
        QString listEntry = PlatformFileFormat::tr("logins list");
        if (!expect(item, Node::Type::Map, listEntry, PlatformFileFormat::tr("a mapping with person and roles")))
            continue;
        PlatformLoginList list;
        list.line = item.line;
        list.person = text(item, QStringLiteral("person"), listEntry, true);
        if (!list.person.isEmpty())
            listEntry = PlatformFileFormat::tr("logins of %1").arg(quoted(list.person));
        checkKeys(item, listEntry, {QStringLiteral("person"), QStringLiteral("roles")});
        QSet<QString> roles;
        for (const QString &r : names(item, QStringLiteral("roles"), listEntry)) {
            if (firstTime(roles, r))
                list.roles << r;
            else
                error(item, listEntry, PlatformFileFormat::tr("role %1 listed twice").arg(quoted(r)));
        }
        if (list.roles.isEmpty())
            error(item, listEntry, PlatformFileFormat::tr("\"roles\" lists no role"));
        // A directory may know people the file does not; without one, an unknown id is a typo.
        if (!list.person.isEmpty() && f.directory.kind == PlatformDirectorySource::Kind::None
            && !m_personAt.contains(list.person))
            error(item, listEntry, PlatformFileFormat::tr("unknown person \"%1\"").arg(list.person));
        if (!list.person.isEmpty() && !firstTime(people, list.person))
            error(item, listEntry, PlatformFileFormat::tr("this person's logins are listed twice"));
        l.lists << list;
    }
}

void Reader::readDirectory(const Node &n, PlatformDirectorySource &d)
{
    const QString entry = PlatformFileFormat::tr("directory");
    if (!expect(n, Node::Type::Map, entry, PlatformFileFormat::tr("a mapping with ldap or import, and provider")))
        return;
    checkKeys(n, entry, {QStringLiteral("ldap"), QStringLiteral("import"), QStringLiteral("provider")});
    d.provider = text(n, QStringLiteral("provider"), entry);
    const Node *ldap = n.find(QStringLiteral("ldap"));
    const Node *import = n.find(QStringLiteral("import"));
    if (ldap && import) {
        error(n, entry, PlatformFileFormat::tr("either ldap or import, not both"));
        return;
    }
    if (import) {
        d.kind = PlatformDirectorySource::Kind::Import;
        d.importPath = text(n, QStringLiteral("import"), entry, true);
    } else if (ldap && expect(*ldap, Node::Type::Map, entry, PlatformFileFormat::tr("ldap: a mapping with url, base_dn")))  {
        d.kind = PlatformDirectorySource::Kind::Ldap;
        checkKeys(*ldap, entry, {QStringLiteral("url"), QStringLiteral("start_tls"), QStringLiteral("bind_dn"),
                                 QStringLiteral("base_dn"), QStringLiteral("provider"), QStringLiteral("user_filter"),
                                 QStringLiteral("group_filter"), QStringLiteral("member_attribute"),
                                 QStringLiteral("machine_filter"), QStringLiteral("ca_file")});
        d.url = text(*ldap, QStringLiteral("url"), entry, true);
        const QString tls = text(*ldap, QStringLiteral("start_tls"), entry).toLower();
        if (tls == u"true" || tls == u"yes")
            d.startTls = true;
        else if (!tls.isEmpty() && tls != u"false" && tls != u"no")
            error(*ldap->find(QStringLiteral("start_tls")), entry, PlatformFileFormat::tr("\"start_tls\" must be true or false"));
        d.bindDn = text(*ldap, QStringLiteral("bind_dn"), entry);
        d.baseDn = text(*ldap, QStringLiteral("base_dn"), entry, true);
        d.userFilter = text(*ldap, QStringLiteral("user_filter"), entry);
        d.groupFilter = text(*ldap, QStringLiteral("group_filter"), entry);
        d.memberAttribute = text(*ldap, QStringLiteral("member_attribute"), entry);
        d.machineFilter = text(*ldap, QStringLiteral("machine_filter"), entry);
        d.caFile = text(*ldap, QStringLiteral("ca_file"), entry);
        // The provider may sit beside the connection settings too; two different ones are a mistake.
        const QString provider = text(*ldap, QStringLiteral("provider"), entry);
        if (!provider.isEmpty() && !d.provider.isEmpty() && provider != d.provider)
            error(*ldap, entry, PlatformFileFormat::tr("two providers, \"%1\" and \"%2\"").arg(d.provider, provider));
        if (d.provider.isEmpty())
            d.provider = provider;
    } else if (!ldap) {
        error(n, entry, PlatformFileFormat::tr("ldap or import expected"));
    }
}

void Reader::readPeople(const Node &root, PlatformFile &f)
{
    const QList<Node> *people = items(root, QStringLiteral("people"), PlatformFileFormat::tr("people: a list of people"));
    if (!people)
        return;
    QSet<QString> ids;
    for (const Node &n : *people) {
        QString entry = PlatformFileFormat::tr("person");
        if (!expect(n, Node::Type::Map, entry, PlatformFileFormat::tr("a mapping with id")))
            continue;
        PlatformPerson p;
        p.line = n.line;
        p.id = text(n, QStringLiteral("id"), entry, true);
        if (!p.id.isEmpty())
            entry = PlatformFileFormat::tr("person \"%1\"").arg(p.id);
        checkKeys(n, entry, {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("kind"),
                             QStringLiteral("provider"), QStringLiteral("groups")});
        p.name = text(n, QStringLiteral("name"), entry);
        const QString kind = text(n, QStringLiteral("kind"), entry);
        if (kind == u"machine")
            p.kind = PlatformPerson::Kind::Machine;
        else if (!kind.isEmpty() && kind != u"human")
            error(*n.find(QStringLiteral("kind")), entry, PlatformFileFormat::tr("\"kind\" must be human or machine"));
        p.provider = text(n, QStringLiteral("provider"), entry);
        p.groups = names(n, QStringLiteral("groups"), entry);
        if (!p.id.isEmpty() && !firstTime(ids, p.id))
            error(n, entry, PlatformFileFormat::tr("this person is listed twice"));
        else
            m_personAt.insert(p.id, f.people.size());
        f.people << p;
    }
}

void Reader::readAssignments(const Node &root, PlatformFile &f)
{
    const QList<Node> *assignments = items(root, QStringLiteral("assignments"), PlatformFileFormat::tr("assignments: a list of assignments"));
    if (!assignments)
        return;
    for (const Node &n : *assignments) {
        QString entry = PlatformFileFormat::tr("assignment");
        if (!expect(n, Node::Type::Map, entry, PlatformFileFormat::tr("a mapping with person and role")))
            continue;
        checkKeys(n, entry, {QStringLiteral("person"), QStringLiteral("role"), QStringLiteral("project")});
        PlatformAssignment a;
        a.line = n.line;
        a.person = text(n, QStringLiteral("person"), entry, true);
        const QString role = text(n, QStringLiteral("role"), entry, true);
        a.project = text(n, QStringLiteral("project"), entry);
        entry = a.project.isEmpty() ? PlatformFileFormat::tr("assignment of %1 to %2").arg(role, a.person)
                                    : PlatformFileFormat::tr("assignment of %1 in %2 to %3").arg(role, a.project, a.person);
        project(n, entry, a.project, f.projects);
        if (!role.isEmpty())
            a.role = this->role(n, entry, role, !a.project.isEmpty(),
                                a.project.isEmpty() ? PlatformFileFormat::tr("an assignment without a project")
                                                    : PlatformFileFormat::tr("an assignment in a project"));
        const PlatformRole *r = m_def.role(a.role);
        const auto at = m_personAt.constFind(a.person);
        const PlatformPerson *person = at == m_personAt.cend() ? nullptr : &f.people.at(*at);
        if (r && r->machineUsersOnly && person && person->kind == PlatformPerson::Kind::Human)
            error(n, entry, PlatformFileFormat::tr("only machine users may hold %1, and %2 is human").arg(r->name, a.person));
        if (!a.role.isEmpty() && !firstTime(m_assignments, a.person + u'\x1f' + a.role + u'\x1f' + a.project))
            error(n, entry, PlatformFileFormat::tr("this assignment is listed twice"));
        f.assignments << a;
    }
}

void Reader::readRules(const Node &root, PlatformFile &f)
{
    const QList<Node> *rules = items(root, QStringLiteral("rules"), PlatformFileFormat::tr("rules: a list of role mapping rules"));
    if (!rules)
        return;
    for (const Node &n : *rules) {
        QString entry = PlatformFileFormat::tr("rule");
        if (!expect(n, Node::Type::Map, entry, PlatformFileFormat::tr("a mapping with name, conditions, roles")))
            continue;
        PlatformRule r;
        r.line = n.line;
        r.name = text(n, QStringLiteral("name"), entry, true);
        if (!r.name.isEmpty())
            entry = PlatformFileFormat::tr("rule %1").arg(quoted(r.name));
        checkKeys(n, entry, {QStringLiteral("name"), QStringLiteral("project"), QStringLiteral("conditions"), QStringLiteral("roles")});
        r.project = text(n, QStringLiteral("project"), entry);
        project(n, entry, r.project, f.projects);
        if (!r.name.isEmpty() && !firstTime(m_rules, r.project + u'\x1f' + r.name))
            error(n, entry, r.project.isEmpty() ? PlatformFileFormat::tr("another organization rule has this name")
                                                : PlatformFileFormat::tr("another rule of project %1 has this name").arg(r.project));
        const Node *conditions = n.find(QStringLiteral("conditions"));
        if (conditions && conditions->type != Node::Type::Null
            && expect(*conditions, Node::Type::Sequence, entry, PlatformFileFormat::tr("conditions: a list"))) {
            for (const Node &c : conditions->items) {
                if (c.type != Node::Type::Map || c.entries.size() != 1 || c.entries.first().second.type != Node::Type::Text
                    || c.entries.first().second.text.isEmpty()) {
                    error(c, entry, PlatformFileFormat::tr("a condition is {provider: name} or {group: name}"));
                    continue;
                }
                const auto &[key, value] = c.entries.first();
                if (key == u"provider")
                    r.conditions << PlatformCondition{PlatformCondition::Kind::Provider, value.text};
                else if (key == u"group")
                    r.conditions << PlatformCondition{PlatformCondition::Kind::Group, value.text};
                else
                    error(c, entry, PlatformFileFormat::tr("unknown condition \"%1\" (expected provider or group)").arg(key));
            }
        }
        if (r.conditions.isEmpty() && (!conditions || conditions->type == Node::Type::Null || conditions->items.isEmpty()))
            error(n, entry, PlatformFileFormat::tr("a rule needs at least one condition"));
        const Node *roles = n.find(QStringLiteral("roles"));
        const QString whose = r.project.isEmpty() ? PlatformFileFormat::tr("an organization rule")
                                                  : PlatformFileFormat::tr("a project rule");
        for (const QString &name : names(n, QStringLiteral("roles"), entry)) {
            const QString id = role(*roles, entry, name, !r.project.isEmpty(), whose);
            if (!id.isEmpty() && r.roles.contains(id))
                error(*roles, entry, PlatformFileFormat::tr("role %1 listed twice").arg(name));
            else if (!id.isEmpty())
                r.roles << id;
        }
        if (!roles || roles->type == Node::Type::Null || (roles->type == Node::Type::Sequence && roles->items.isEmpty()))
            error(n, entry, PlatformFileFormat::tr("a rule needs at least one role"));
        f.rules << r;
    }
}

/// Groups that rules name but no person of the file is in: worth a warning when the file is
/// the only source of groups (a directory may well supply them).
QStringList unusedGroups(const PlatformFile &f, const QString &fileName)
{
    QStringList warnings;
    if (f.directory.kind != PlatformDirectorySource::Kind::None)
        return warnings;
    QSet<QString> groups;
    for (const PlatformPerson &p : f.people)
        for (const QString &g : p.groups)
            groups.insert(g);
    for (const PlatformRule &r : f.rules)
        for (const PlatformCondition &c : r.conditions)
            if (c.kind == PlatformCondition::Kind::Group && !groups.contains(c.value))
                warnings << PlatformFileFormat::tr("%1:%2: rule %3: nobody is in group %4")
                                .arg(fileName).arg(r.line).arg(quoted(r.name), quoted(c.value));
    return warnings;
}

} // namespace

const PlatformPerson *PlatformFile::person(const QString &id) const
{
    for (const PlatformPerson &p : people)
        if (p.id == id)
            return &p;
    return nullptr;
}

const PlatformRule *PlatformFile::rule(const QString &name, const QString &project) const
{
    for (const PlatformRule &r : rules)
        if (r.name == name && r.project == project)
            return &r;
    return nullptr;
}

PlatformFileLoad PlatformFileFormat::load(const QString &path, const PlatformDefinition *definition)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {{}, tr("%1: cannot read: %2").arg(QDir::cleanPath(QFileInfo(path).absoluteFilePath()), file.errorString()), {}};
    return parse(file.readAll(), QFileInfo(path).fileName(), definition);
}

PlatformFileLoad PlatformFileFormat::parse(const QByteArray &data, const QString &fileName, const PlatformDefinition *definition)
{
    // yaml-cpp takes nearly any bytes for a scalar; a binary file is refused here, with where.
    for (qsizetype i = 0; i < data.size(); ++i) {
        const uchar c = uchar(data.at(i));
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
            return {{}, tr("%1:%2: not YAML: a text file expected (control character 0x%3)")
                            .arg(fileName).arg(data.left(i).count('\n') + 1).arg(uint(c), 2, 16, QChar(u'0')), {}};
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    (void)QString(utf8(data));
    if (utf8.hasError())
        return {{}, tr("%1: not YAML: the file is not UTF-8 text").arg(fileName), {}};
    Node root;
    try {
        root = policytree::fromYaml(YAML::Load(data.toStdString()), {});
    } catch (const YAML::Exception &e) {
        return {{}, tr("%1:%2: not YAML: %3").arg(fileName).arg(e.mark.line + 1).arg(QString::fromStdString(e.msg)), {}};
    }
    if (!definition) {
        // The file names its platform; only a shipped definition can be taken from that name.
        const Node *platform = root.type == Node::Type::Map ? root.find(QStringLiteral("platform")) : nullptr;
        const QString id = platform ? platform->text : QString();
        if (id.isEmpty() || !PlatformDefinition::builtinIds().contains(id)) {
            const int line = platform ? platform->line : root.line;
            return {{}, id.isEmpty() ? tr("%1:%2: \"platform\" is missing (expected one of %3)")
                                           .arg(fileName).arg(line).arg(PlatformDefinition::builtinIds().join(QStringLiteral(", ")))
                                     : tr("%1:%2: unknown platform \"%3\" (expected one of %4)")
                                           .arg(fileName).arg(line).arg(id, PlatformDefinition::builtinIds().join(QStringLiteral(", "))), {}};
        }
        definition = &PlatformDefinition::builtin(id);
    }
    Reader reader(fileName, *definition);
    PlatformFileLoad result;
    result.file = reader.read(root);
    result.error = reader.errors.join(u'\n');
    if (result.ok())
        result.warnings = unusedGroups(result.file, fileName);
    return result;
}

QString PlatformFileFormat::importPath(const QString &platformFilePath, const PlatformFile &file)
{
    if (file.directory.importPath.isEmpty())
        return {};
    return QDir::cleanPath(QFileInfo(platformFilePath).absoluteDir().absoluteFilePath(file.directory.importPath));
}

} // namespace roledesk
