#include "platform/platformexport.h"

#include "export/auditexporter.h"
#include "platform/directory.h"

#include <QHash>

#include <algorithm>
#include <climits>
#include <tuple>
#include <utility>

namespace roledesk {

namespace {

QString jsonText(const QString &s)
{
    return AuditExporter::jsonString(s);
}

QString jsonOrNull(const QString &s)
{
    return s.isEmpty() ? QStringLiteral("null") : jsonText(s);
}

/// Who a person is, for the name and kind columns.
struct PersonInfo {
    QString name;
    QString kind;   ///< "human", "machine", or empty for a person nobody knows
};

/// The lookups every row needs, made once per export: people (file first, then directory),
/// the order of people, projects, roles and permissions, and the definition's names.
class Context {
public:
    Context(const PlatformEvaluation &evaluation, const PlatformFile &file, const Directory *directory)
        : m_definition(evaluation.definition()), m_file(file)
    {
        if (directory) {
            for (const DirectoryPerson &p : directory->people)
                m_people.insert(p.id, {p.name, p.machine ? QStringLiteral("machine") : QStringLiteral("human")});
        }
        // The file's entry wins over the directory's: it is the administrator's own word.
        for (const PlatformPerson &p : file.people)
            m_people.insert(p.id, {p.name, p.kind == PlatformPerson::Kind::Machine ? QStringLiteral("machine")
                                                                                      : QStringLiteral("human")});
        for (qsizetype i = 0; i < evaluation.people().size(); ++i)
            m_personOrder.insert(evaluation.people().at(i), int(i));
        for (qsizetype i = 0; i < file.projects.size(); ++i)
            m_projectOrder.insert(file.projects.at(i), int(i));
        if (m_definition) {
            for (qsizetype i = 0; i < m_definition->roles.size(); ++i) {
                m_roleOrder.insert(m_definition->roles.at(i).id, int(i));
                m_roleName.insert(m_definition->roles.at(i).id, m_definition->roles.at(i).name);
            }
            for (qsizetype i = 0; i < m_definition->permissions.size(); ++i) {
                m_permissionOrder.insert(m_definition->permissions.at(i).id, int(i));
                m_permissionName.insert(m_definition->permissions.at(i).id, m_definition->permissions.at(i).name);
            }
        }
    }

    PersonInfo person(const QString &id) const { return m_people.value(id); }
    /// The definition's name of a role or permission; the id itself when the definition lacks it.
    QString roleName(const QString &id) const { return m_roleName.value(id, id); }
    QString permissionName(const QString &id) const { return m_permissionName.value(id, id); }

    /// Sort keys: known entries by their position, unknown ones after them by text.
    std::pair<int, QString> personKey(const QString &id) const { return key(m_personOrder, id); }
    std::pair<int, QString> roleKey(const QString &id) const { return key(m_roleOrder, id); }
    std::pair<int, QString> permissionKey(const QString &id) const { return key(m_permissionOrder, id); }
    std::pair<int, QString> scopeKey(const QString &project) const
    {
        if (project.isEmpty())
            return {-1, {}};
        return key(m_projectOrder, project);
    }

    /// The JSON head: what the file is and which question the rows answer.
    QString jsonHead(const PlatformExport::About &about) const
    {
        QString out = QStringLiteral("{\n  \"definition\": ") + jsonOrNull(m_file.definitionId);
        out += QStringLiteral(",\n  \"release\": ") + jsonOrNull(m_definition ? m_definition->release : QString());
        out += QStringLiteral(",\n  \"organization\": ") + jsonOrNull(m_file.organization);
        for (const auto &[k, v] : about)
            out += QStringLiteral(",\n  ") + AuditExporter::jsonString(k) + QStringLiteral(": ") + jsonOrNull(v);
        return out + QStringLiteral(",\n  \"rows\": [");
    }

private:
    static std::pair<int, QString> key(const QHash<QString, int> &order, const QString &id)
    {
        const auto it = order.constFind(id);
        return it == order.constEnd() ? std::pair<int, QString>(INT_MAX, id) : std::pair<int, QString>(*it, QString());
    }

    const PlatformDefinition *m_definition;
    const PlatformFile &m_file;
    QHash<QString, PersonInfo> m_people;
    QHash<QString, int> m_personOrder, m_projectOrder, m_roleOrder, m_permissionOrder;
    QHash<QString, QString> m_roleName, m_permissionName;
};

QString jsonList(const QStringList &list)
{
    QStringList items;
    for (const QString &s : list)
        items << jsonText(s);
    return u'[' + items.join(QStringLiteral(", ")) + u']';
}

/// A rule's name, or nothing for a manual grant.
QString ruleOf(const PlatformRoleGrant &g)
{
    return g.source == PlatformRoleGrant::Source::Rule ? g.rule : QString();
}

QString personJson(const Context &c, const QString &person)
{
    const PersonInfo info = c.person(person);
    return QStringLiteral("{\"person\": ") + jsonText(person) + QStringLiteral(", \"name\": ") + jsonOrNull(info.name)
           + QStringLiteral(", \"kind\": ") + jsonOrNull(info.kind);
}

QString grantJson(const Context &c, const PlatformRoleGrant &g)
{
    return QStringLiteral(", \"scope\": ") + jsonText(PlatformExport::scopeText(g.project))
           + QStringLiteral(", \"project\": ") + jsonOrNull(g.project)
           + QStringLiteral(", \"role\": ") + jsonText(c.roleName(g.role))
           + QStringLiteral(", \"role_id\": ") + jsonText(g.role)
           + QStringLiteral(", \"source\": ") + jsonText(PlatformExport::sourceText(g.source))
           + QStringLiteral(", \"rule\": ") + jsonOrNull(ruleOf(g))
           + QStringLiteral(", \"via\": ") + jsonList(g.groupPath) + u'}';
}

/// The order of role grants: person, scope, role, then manual before rules, then the rule.
auto grantKey(const Context &c, const PlatformRoleGrant &g)
{
    return std::make_tuple(c.personKey(g.person), c.scopeKey(g.project), c.roleKey(g.role), int(g.source), g.rule,
                           g.groupPath);
}

QString joinRows(const QStringList &rows)
{
    return rows.isEmpty() ? QStringLiteral("]\n}\n")
                          : QStringLiteral("\n    ") + rows.join(QStringLiteral(",\n    ")) + QStringLiteral("\n  ]\n}\n");
}

void sortPermissions(const Context &c, QList<PlatformPermissionGrant> &grants, bool byPerson)
{
    // By person (who can), or by permission (what can); the rest of the order is the grant's.
    std::stable_sort(grants.begin(), grants.end(), [&](const PlatformPermissionGrant &a, const PlatformPermissionGrant &b) {
        const auto first = [&](const PlatformPermissionGrant &g) {
            return byPerson ? std::make_pair(c.personKey(g.person), c.permissionKey(g.permission))
                            : std::make_pair(c.permissionKey(g.permission), c.personKey(g.person));
        };
        return std::make_tuple(first(a), c.scopeKey(a.project), c.roleKey(a.because.role), int(a.because.source),
                               a.because.rule, a.because.groupPath)
               < std::make_tuple(first(b), c.scopeKey(b.project), c.roleKey(b.because.role), int(b.because.source),
                                 b.because.rule, b.because.groupPath);
    });
}

QByteArray writePermissions(const Context &c, QList<PlatformPermissionGrant> grants, bool byPerson,
                            PlatformExport::Format format, const PlatformExport::About &about)
{
    sortPermissions(c, grants, byPerson);
    if (format == PlatformExport::Format::Csv) {
        QString out = QLatin1String(PlatformExport::permissionHeader) + QStringLiteral("\r\n");
        for (const PlatformPermissionGrant &g : std::as_const(grants)) {
            const PersonInfo info = c.person(g.person);
            // The scope is the permission's (an organization role's permission holds organization-wide).
            out += AuditExporter::csvRecord({g.person, info.name, info.kind, c.permissionName(g.permission),
                           PlatformExport::scopeText(g.project), c.roleName(g.because.role),
                           PlatformExport::sourceText(g.because.source), ruleOf(g.because),
                           PlatformExport::viaText(g.because.groupPath)});
        }
        return out.toUtf8();
    }
    QStringList rows;
    for (const PlatformPermissionGrant &g : std::as_const(grants)) {
        PlatformRoleGrant because = g.because;
        because.project = g.project;
        rows << personJson(c, g.person) + QStringLiteral(", \"permission\": ") + jsonText(c.permissionName(g.permission))
                    + QStringLiteral(", \"permission_id\": ") + jsonText(g.permission) + grantJson(c, because);
    }
    return (c.jsonHead(about) + joinRows(rows)).toUtf8();
}

void sortRoles(const Context &c, QList<PlatformRoleGrant> &grants)
{
    std::stable_sort(grants.begin(), grants.end(), [&](const PlatformRoleGrant &a, const PlatformRoleGrant &b) {
        return grantKey(c, a) < grantKey(c, b);
    });
}

QByteArray writeRoles(const Context &c, QList<PlatformRoleGrant> grants, PlatformExport::Format format,
                      const PlatformExport::About &about)
{
    sortRoles(c, grants);
    if (format == PlatformExport::Format::Csv) {
        QString out = QLatin1String(PlatformExport::roleHeader) + QStringLiteral("\r\n");
        for (const PlatformRoleGrant &g : std::as_const(grants)) {
            const PersonInfo info = c.person(g.person);
            out += AuditExporter::csvRecord({g.person, info.name, info.kind, c.roleName(g.role), PlatformExport::scopeText(g.project),
                           PlatformExport::sourceText(g.source), ruleOf(g), PlatformExport::viaText(g.groupPath)});
        }
        return out.toUtf8();
    }
    QStringList rows;
    for (const PlatformRoleGrant &g : std::as_const(grants))
        rows << personJson(c, g.person) + grantJson(c, g);
    return (c.jsonHead(about) + joinRows(rows)).toUtf8();
}

} // namespace

QString PlatformExport::scopeText(const QString &project)
{
    return project.isEmpty() ? QStringLiteral("organization") : project;
}

QString PlatformExport::sourceText(PlatformRoleGrant::Source source)
{
    return source == PlatformRoleGrant::Source::Rule ? QStringLiteral("rule") : QStringLiteral("manual");
}

QString PlatformExport::viaText(const QStringList &groupPath)
{
    return groupPath.join(QStringLiteral(" > "));
}

QByteArray PlatformExport::whoCan(const PlatformEvaluation &evaluation, const PlatformFile &file,
                                  const QString &permission, const QString &project, Format format)
{
    return whoCan(evaluation, file, permission, project, format, nullptr);
}

QByteArray PlatformExport::whatCan(const PlatformEvaluation &evaluation, const PlatformFile &file,
                                   const QString &person, Format format)
{
    return whatCan(evaluation, file, person, format, nullptr);
}

QByteArray PlatformExport::roleGrants(const PlatformEvaluation &evaluation, const PlatformFile &file, Format format)
{
    return roleGrants(evaluation, file, format, nullptr);
}

QByteArray PlatformExport::whoCan(const PlatformEvaluation &evaluation, const PlatformFile &file,
                                  const QString &permission, const QString &project, Format format,
                                  const Directory *directory)
{
    const Context c(evaluation, file, directory);
    return writePermissions(c, evaluation.whoCan(permission, project), true, format,
                            {{QStringLiteral("question"), QStringLiteral("who-can")},
                             {QStringLiteral("permission"), c.permissionName(permission)},
                             {QStringLiteral("permission_id"), permission},
                             {QStringLiteral("project"), project}});
}

QByteArray PlatformExport::whatCan(const PlatformEvaluation &evaluation, const PlatformFile &file,
                                   const QString &person, Format format, const Directory *directory)
{
    const Context c(evaluation, file, directory);
    return writePermissions(c, evaluation.permissionsOf(person), false, format,
                            {{QStringLiteral("question"), QStringLiteral("what-can")},
                             {QStringLiteral("person"), person}});
}

QByteArray PlatformExport::roleGrants(const PlatformEvaluation &evaluation, const PlatformFile &file, Format format,
                                      const Directory *directory)
{
    const Context c(evaluation, file, directory);
    return writeRoles(c, evaluation.roleGrants(), format,
                      {{QStringLiteral("question"), QStringLiteral("role-grants")}});
}

QByteArray PlatformExport::permissionRows(const PlatformEvaluation &evaluation, const PlatformFile &file,
                                          QList<PlatformPermissionGrant> grants, Format format,
                                          const Directory *directory, const About &about)
{
    const Context c(evaluation, file, directory);
    return writePermissions(c, std::move(grants), false, format, about);
}

QByteArray PlatformExport::roleRows(const PlatformEvaluation &evaluation, const PlatformFile &file,
                                    QList<PlatformRoleGrant> grants, Format format, const Directory *directory,
                                    const About &about)
{
    const Context c(evaluation, file, directory);
    return writeRoles(c, std::move(grants), format, about);
}

void PlatformExport::sortPermissionGrants(const PlatformEvaluation &evaluation, const PlatformFile &file,
                                          QList<PlatformPermissionGrant> &grants, bool byPerson)
{
    sortPermissions(Context(evaluation, file, nullptr), grants, byPerson);
}

void PlatformExport::sortRoleGrants(const PlatformEvaluation &evaluation, const PlatformFile &file,
                                    QList<PlatformRoleGrant> &grants)
{
    sortRoles(Context(evaluation, file, nullptr), grants);
}

} // namespace roledesk
