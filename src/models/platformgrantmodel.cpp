#include "models/platformgrantmodel.h"

#include <algorithm>

namespace roledesk {

PlatformGrantModel::PlatformGrantModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_columns{Column::Person, Column::Scope, Column::Role, Column::Permission, Column::Source}
{
}

void PlatformGrantModel::setColumns(const QList<Column> &columns)
{
    beginResetModel();
    m_columns = columns;
    endResetModel();
}

PlatformGrantModel::Row PlatformGrantModel::makeRow(const PlatformRoleGrant &grant, const QString &permission,
                                                    const PlatformDefinition &definition, const Names &names) const
{
    Row row;
    row.grant = grant;
    row.permission = permission;
    const QString name = names.people.value(grant.person);
    row.personText = name.isEmpty() || name == grant.person ? grant.person : tr("%1 (%2)").arg(name, grant.person);
    const PlatformRole *role = definition.role(grant.role);
    row.roleText = role ? role->name : grant.role;
    if (!permission.isEmpty()) {
        const PlatformPermission *p = definition.permission(permission);
        row.permissionText = p ? p->name : permission;
    }
    row.why = whyText(grant);
    return row;
}

void PlatformGrantModel::setRows(QList<Row> rows, const Names &names)
{
    // Organization scope first, then the projects in the file's order (unknown ones last).
    auto scopeRank = [&names](const QString &project) {
        if (project.isEmpty())
            return -1;
        const qsizetype i = names.projects.indexOf(project);
        return i < 0 ? int(names.projects.size()) : int(i);
    };
    std::stable_sort(rows.begin(), rows.end(), [&](const Row &a, const Row &b) {
        return scopeRank(a.grant.project) < scopeRank(b.grant.project);
    });
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void PlatformGrantModel::setRoleGrants(const QList<PlatformRoleGrant> &grants, const PlatformDefinition &definition,
                                       const Names &names)
{
    QList<Row> rows;
    rows.reserve(grants.size());
    for (const PlatformRoleGrant &g : grants)
        rows.append(makeRow(g, {}, definition, names));
    setRows(std::move(rows), names);
}

void PlatformGrantModel::setPermissionGrants(const QList<PlatformPermissionGrant> &grants,
                                             const PlatformDefinition &definition, const Names &names)
{
    QList<Row> rows;
    rows.reserve(grants.size());
    for (const PlatformPermissionGrant &g : grants) {
        Row row = makeRow(g.because, g.permission, definition, names);
        // The permission's scope, which for an organization role is organization-wide.
        row.grant.project = g.project;
        rows.append(std::move(row));
    }
    setRows(std::move(rows), names);
}

void PlatformGrantModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

QString PlatformGrantModel::whyText(const PlatformRoleGrant &grant)
{
    if (grant.source == PlatformRoleGrant::Source::Manual)
        return tr("manual assignment");
    if (grant.groupPath.isEmpty())
        return tr("rule “%1”").arg(grant.rule);
    return tr("rule “%1” (group %2)").arg(grant.rule, grant.groupPath.join(QStringLiteral(" › ")));
}

QString PlatformGrantModel::scopeText(const QString &project)
{
    return project.isEmpty() ? tr("organization") : project;
}

QString PlatformGrantModel::ruleTooltip(const QString &rule)
{
    return tr("made by rule %1; change the rule or the group").arg(rule);
}

int PlatformGrantModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PlatformGrantModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant PlatformGrantModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const bool fromRule = row.grant.source == PlatformRoleGrant::Source::Rule;
    switch (role) {
    case Qt::DisplayRole:
        switch (m_columns.at(index.column())) {
        case Column::Person: return row.personText;
        case Column::Scope: return scopeText(row.grant.project);
        case Column::Role: return row.roleText;
        case Column::Permission: return row.permissionText;
        case Column::Source: return row.why;
        }
        return {};
    case Qt::ToolTipRole:
        return fromRule ? ruleTooltip(row.grant.rule) : tr("manual assignment: editable under Assignments and rules");
    case PersonIdRole: return row.grant.person;
    case RoleIdRole: return row.grant.role;
    case PermissionIdRole: return row.permission;
    case ProjectRole: return row.grant.project;
    case FromRuleRole: return fromRule;
    case RuleRole: return row.grant.rule;
    default: return {};
    }
}

QVariant PlatformGrantModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= m_columns.size())
        return {};
    switch (m_columns.at(section)) {
    case Column::Person: return tr("Person");
    case Column::Scope: return tr("Scope");
    case Column::Role: return tr("Role");
    case Column::Permission: return tr("Permission");
    case Column::Source: return tr("Why");
    }
    return {};
}

} // namespace roledesk
