#include "models/platformgridmodel.h"

namespace roledesk {

PlatformGridModel::PlatformGridModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PlatformGridModel::setDefinition(const PlatformDefinition &definition)
{
    beginResetModel();
    m_definition = definition;
    m_columns.clear();
    for (PlatformScope scope : {PlatformScope::Organization, PlatformScope::Project})
        for (int i = 0; i < m_definition.roles.size(); ++i)
            if (m_definition.roles.at(i).scope == scope)
                m_columns.append(i);
    endResetModel();
}

const PlatformRole *PlatformGridModel::roleAt(int column) const
{
    if (column < 0 || column >= m_columns.size())
        return nullptr;
    return &m_definition.roles.at(m_columns.at(column));
}

const PlatformPermission *PlatformGridModel::permissionAt(int row) const
{
    if (row < 0 || row >= m_definition.permissions.size())
        return nullptr;
    return &m_definition.permissions.at(row);
}

int PlatformGridModel::columnOfRole(const QString &roleId) const
{
    for (int c = 0; c < m_columns.size(); ++c)
        if (m_definition.roles.at(m_columns.at(c)).id == roleId)
            return c;
    return -1;
}

int PlatformGridModel::rowOfPermission(const QString &permissionId) const
{
    for (int r = 0; r < m_definition.permissions.size(); ++r)
        if (m_definition.permissions.at(r).id == permissionId)
            return r;
    return -1;
}

QString PlatformGridModel::scopeText(PlatformScope scope)
{
    return scope == PlatformScope::Organization ? tr("organization role") : tr("project role");
}

int PlatformGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_definition.permissions.size());
}

int PlatformGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant PlatformGridModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PlatformRole &r = *roleAt(index.column());
    const PlatformPermission &p = *permissionAt(index.row());
    const bool held = p.holders.contains(r.id);
    switch (role) {
    case Qt::DisplayRole:
        return held ? QStringLiteral("✓") : QString();
    case Qt::AccessibleTextRole:
        return held ? tr("%1 holds %2").arg(r.name, p.name) : tr("%1 does not hold %2").arg(r.name, p.name);
    case Qt::ToolTipRole:
        return held ? tr("%1 (%2) holds “%3”").arg(r.name, scopeText(r.scope), p.name)
                    : tr("%1 (%2) does not hold “%3”").arg(r.name, scopeText(r.scope), p.name);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case HeldRole:
        return held;
    case RoleIdRole:
        return r.id;
    case PermissionIdRole:
        return p.id;
    case ScopeRole:
        return int(r.scope);
    default:
        return {};
    }
}

QVariant PlatformGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        const PlatformRole *r = roleAt(section);
        if (!r)
            return {};
        switch (role) {
        case Qt::DisplayRole:
            return r->abbreviation.isEmpty() ? r->name : r->abbreviation;
        case Qt::ToolTipRole:
        case Qt::AccessibleDescriptionRole:
            return r->machineUsersOnly ? tr("%1 — %2, machine users only").arg(r->name, scopeText(r->scope))
                                       : tr("%1 — %2").arg(r->name, scopeText(r->scope));
        case RoleIdRole:
            return r->id;
        case ScopeRole:
            return int(r->scope);
        case ScopeLabelRole:
            return r->scope == PlatformScope::Organization ? tr("Organization") : tr("Project");
        default:
            return {};
        }
    }
    const PlatformPermission *p = permissionAt(section);
    if (!p)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return p->name;
    case Qt::ToolTipRole:
        return p->note.isEmpty() ? p->name : tr("%1\n%2").arg(p->name, p->note);
    case PermissionIdRole:
        return p->id;
    default:
        return {};
    }
}

} // namespace roledesk
