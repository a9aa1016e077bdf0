#include "platform/platformdefinition.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QMutex>
#include <QMutexLocker>
#include <QSet>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace roledesk {

namespace {

/// The file's spelling of each action: the JSON says which permission governs it.
const QList<std::pair<PlatformAction, QString>> &actionKeys()
{
    static const QList<std::pair<PlatformAction, QString>> keys = {
        {PlatformAction::AssignOrganizationRoles, QStringLiteral("assign-organization-roles")},
        {PlatformAction::AssignProjectRoles, QStringLiteral("assign-project-roles")},
        {PlatformAction::EditOrganizationRules, QStringLiteral("edit-organization-rules")},
        {PlatformAction::EditProjectRules, QStringLiteral("edit-project-rules")},
        {PlatformAction::ManageUsers, QStringLiteral("manage-users")},
        {PlatformAction::CreateProjects, QStringLiteral("create-projects")},
        {PlatformAction::UpdateDeleteProjects, QStringLiteral("update-delete-projects")},
        {PlatformAction::ManageIdentityProviders, QStringLiteral("manage-identity-providers")},
    };
    return keys;
}

/// Reads one definition, collecting the first error with the entry it is in.
class DefinitionReader {
public:
    explicit DefinitionReader(QString fileName) : m_file(std::move(fileName)) {}

    QString error;

    void fail(const QString &entry, const QString &message)
    {
        if (error.isEmpty())
            error = entry.isEmpty() ? m_file + QStringLiteral(": ") + message
                                    : m_file + QStringLiteral(": ") + entry + QStringLiteral(": ") + message;
    }
    /// A required, non-empty string member.
    QString text(const QJsonObject &o, const QString &key, const QString &entry)
    {
        const QJsonValue v = o.value(key);
        if (!v.isString() || v.toString().trimmed().isEmpty()) {
            fail(entry, PlatformDefinition::tr("\"%1\" must be a non-empty string").arg(key));
            return {};
        }
        return v.toString();
    }
    void checkKeys(const QJsonObject &o, const QStringList &known, const QString &entry)
    {
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!known.contains(it.key()))
                fail(entry, PlatformDefinition::tr("unknown key \"%1\" (expected one of %2)")
                                .arg(it.key(), known.join(QStringLiteral(", "))));
    }

    PlatformDefinition read(const QJsonObject &root);

private:
    void readRoles(const QJsonValue &value, PlatformDefinition &d);
    void readPermissions(const QJsonValue &value, PlatformDefinition &d);
    void readActions(const QJsonValue &value, PlatformDefinition &d);
    QString m_file;
};

PlatformDefinition DefinitionReader::read(const QJsonObject &root)
{
    PlatformDefinition d;
    checkKeys(root, {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("release"), QStringLiteral("source"),
                     QStringLiteral("roles"), QStringLiteral("permissions"), QStringLiteral("actions")}, {});
    d.id = text(root, QStringLiteral("id"), {});
    d.name = text(root, QStringLiteral("name"), {});
    d.release = root.value(QStringLiteral("release")).toString();
    d.source = root.value(QStringLiteral("source")).toString();
    readRoles(root.value(QStringLiteral("roles")), d);
    readPermissions(root.value(QStringLiteral("permissions")), d);
    readActions(root.value(QStringLiteral("actions")), d);
    return d;
}

void DefinitionReader::readRoles(const QJsonValue &value, PlatformDefinition &d)
{
    if (!value.isArray() || value.toArray().isEmpty()) {
        fail({}, PlatformDefinition::tr("\"roles\" must be a non-empty list"));
        return;
    }
    QSet<QString> keys;   // ids, names and abbreviations share one namespace: files may use any
    const QJsonArray roles = value.toArray();
    for (qsizetype i = 0; i < roles.size(); ++i) {
        QString entry = PlatformDefinition::tr("role %1").arg(i + 1);
        const QJsonObject o = roles.at(i).toObject();
        if (!roles.at(i).isObject()) {
            fail(entry, PlatformDefinition::tr("an object expected"));
            continue;
        }
        checkKeys(o, {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("abbreviation"),
                      QStringLiteral("scope"), QStringLiteral("machineUsersOnly")}, entry);
        PlatformRole r;
        r.id = text(o, QStringLiteral("id"), entry);
        if (!r.id.isEmpty())
            entry = PlatformDefinition::tr("role \"%1\"").arg(r.id);
        r.name = text(o, QStringLiteral("name"), entry);
        r.abbreviation = text(o, QStringLiteral("abbreviation"), entry);
        const QString scope = o.value(QStringLiteral("scope")).toString();
        if (scope == u"organization")
            r.scope = PlatformScope::Organization;
        else if (scope == u"project")
            r.scope = PlatformScope::Project;
        else
            fail(entry, PlatformDefinition::tr("\"scope\" must be \"organization\" or \"project\""));
        const QJsonValue machine = o.value(QStringLiteral("machineUsersOnly"));
        if (!machine.isUndefined() && !machine.isBool())
            fail(entry, PlatformDefinition::tr("\"machineUsersOnly\" must be true or false"));
        r.machineUsersOnly = machine.toBool(false);
        QSet<QString> own;   // a role may use one spelling for its id and its name
        for (const QString &key : {r.id, r.name, r.abbreviation}) {
            if (key.isEmpty() || own.contains(key.toLower()))
                continue;
            own.insert(key.toLower());
            if (keys.contains(key.toLower()))
                fail(entry, PlatformDefinition::tr("duplicate role id, name or abbreviation \"%1\"").arg(key));
            keys.insert(key.toLower());
        }
        d.roles << r;
    }
}

void DefinitionReader::readPermissions(const QJsonValue &value, PlatformDefinition &d)
{
    if (!value.isArray() || value.toArray().isEmpty()) {
        fail({}, PlatformDefinition::tr("\"permissions\" must be a non-empty list"));
        return;
    }
    QHash<QString, int> roleOrder;
    for (int i = 0; i < d.roles.size(); ++i)
        roleOrder.insert(d.roles.at(i).id, i);
    QSet<QString> keys;
    const QJsonArray permissions = value.toArray();
    for (qsizetype i = 0; i < permissions.size(); ++i) {
        QString entry = PlatformDefinition::tr("permission %1").arg(i + 1);
        if (!permissions.at(i).isObject()) {
            fail(entry, PlatformDefinition::tr("an object expected"));
            continue;
        }
        const QJsonObject o = permissions.at(i).toObject();
        checkKeys(o, {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("note"), QStringLiteral("holders")}, entry);
        PlatformPermission p;
        p.id = text(o, QStringLiteral("id"), entry);
        if (!p.id.isEmpty())
            entry = PlatformDefinition::tr("permission \"%1\"").arg(p.id);
        p.name = text(o, QStringLiteral("name"), entry);
        p.note = o.value(QStringLiteral("note")).toString();
        for (const QString &key : {p.id, p.name}) {
            if (key.isEmpty() || (key == p.name && key.compare(p.id, Qt::CaseInsensitive) == 0))
                continue;
            if (keys.contains(key.toLower()))
                fail(entry, PlatformDefinition::tr("duplicate permission id or name \"%1\"").arg(key));
            keys.insert(key.toLower());
        }
        const QJsonValue holders = o.value(QStringLiteral("holders"));
        if (!holders.isArray())
            fail(entry, PlatformDefinition::tr("\"holders\" must be a list of role ids"));
        QMap<int, QString> ordered;   // holders in the definition's role order, whatever the file's
        for (const QJsonValue &h : holders.toArray()) {
            const QString id = h.toString();
            if (!roleOrder.contains(id))
                fail(entry, PlatformDefinition::tr("holder \"%1\" is not a role of this definition").arg(id));
            else if (ordered.contains(roleOrder.value(id)))
                fail(entry, PlatformDefinition::tr("holder \"%1\" listed twice").arg(id));
            else
                ordered.insert(roleOrder.value(id), id);
        }
        p.holders = ordered.values();
        d.permissions << p;
    }
}

void DefinitionReader::readActions(const QJsonValue &value, PlatformDefinition &d)
{
    if (value.isUndefined())
        return;
    if (!value.isObject()) {
        fail({}, PlatformDefinition::tr("\"actions\" must be an object"));
        return;
    }
    const QJsonObject actions = value.toObject();
    QStringList known;
    for (const auto &[action, key] : actionKeys())
        known << key;
    checkKeys(actions, known, PlatformDefinition::tr("actions"));
    for (const auto &[action, key] : actionKeys()) {
        if (!actions.contains(key))
            continue;
        const QString permission = actions.value(key).toString();
        const auto found = std::find_if(d.permissions.cbegin(), d.permissions.cend(),
                                        [&](const PlatformPermission &p) { return p.id == permission; });
        if (found == d.permissions.cend())
            fail(PlatformDefinition::tr("action \"%1\"").arg(key),
                 PlatformDefinition::tr("\"%1\" is not a permission of this definition").arg(permission));
        else
            d.actionPermissions.insert(action, permission);
    }
}

QString resourcePath(const QString &id)
{
    return QStringLiteral(":/platform/%1.json").arg(id);
}

} // namespace

QStringList PlatformDefinition::builtinIds()
{
    QStringList ids;
    const QStringList files = QDir(QStringLiteral(":/platform")).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &f : files)
        ids << QFileInfo(f).completeBaseName();
    return ids;
}

const PlatformDefinition &PlatformDefinition::builtin(const QString &id)
{
    // Loaded once per id and kept: callers hold references and pointers into it.
    static QHash<QString, PlatformDefinition *> loaded;
    static QMutex mutex;
    const QString key = id.isEmpty() ? QStringLiteral("edb-hybrid-manager") : id;
    QMutexLocker lock(&mutex);
    if (PlatformDefinition *d = loaded.value(key))
        return *d;
    PlatformDefinitionLoad l = load(resourcePath(key));
    if (!l.ok()) {
        // A shipped resource is part of the program: broken means a broken build (tested).
        std::fprintf(stderr, "%s\n", qPrintable(l.error));
        std::abort();
    }
    auto *d = new PlatformDefinition(std::move(l.definition));
    loaded.insert(key, d);
    return *d;
}

PlatformDefinitionLoad PlatformDefinition::load(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {{}, tr("cannot read %1: %2").arg(path, f.errorString())};
    return parse(f.readAll(), path);
}

PlatformDefinitionLoad PlatformDefinition::parse(const QByteArray &json, const QString &fileName)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const int line = int(json.left(parseError.offset).count('\n')) + 1;
        return {{}, tr("%1:%2: %3").arg(fileName).arg(line).arg(parseError.errorString())};
    }
    if (!doc.isObject())
        return {{}, tr("%1: a JSON object expected").arg(fileName)};
    DefinitionReader reader(fileName);
    PlatformDefinitionLoad result;
    result.definition = reader.read(doc.object());
    result.error = reader.error;
    return result;
}

const PlatformRole *PlatformDefinition::role(const QString &key) const
{
    for (const PlatformRole &r : roles)
        if (r.id.compare(key, Qt::CaseInsensitive) == 0 || r.name.compare(key, Qt::CaseInsensitive) == 0
            || r.abbreviation.compare(key, Qt::CaseInsensitive) == 0)
            return &r;
    return nullptr;
}

const PlatformPermission *PlatformDefinition::permission(const QString &key) const
{
    for (const PlatformPermission &p : permissions)
        if (p.id.compare(key, Qt::CaseInsensitive) == 0 || p.name.compare(key, Qt::CaseInsensitive) == 0)
            return &p;
    return nullptr;
}

bool PlatformDefinition::holds(const QString &roleId, const QString &permissionId) const
{
    for (const PlatformPermission &p : permissions)
        if (p.id == permissionId)
            return p.holders.contains(roleId);
    return false;
}

QStringList PlatformDefinition::permissionsOf(const QString &roleId) const
{
    QStringList ids;
    for (const PlatformPermission &p : permissions)
        if (p.holders.contains(roleId))
            ids << p.id;
    return ids;
}

QString PlatformDefinition::permissionFor(PlatformAction action) const
{
    return actionPermissions.value(action);
}

} // namespace roledesk
