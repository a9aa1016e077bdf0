#include "models/platformorganizationmodel.h"

namespace roledesk {

PlatformOrganizationModel::PlatformOrganizationModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void PlatformOrganizationModel::setOrganization(const QString &organization, const QStringList &projects)
{
    beginResetModel();
    m_organization = organization;
    m_projects = organization.isEmpty() ? QStringList() : projects;
    endResetModel();
}

QModelIndex PlatformOrganizationModel::indexOfProject(const QString &project) const
{
    if (m_organization.isEmpty())
        return {};
    if (project.isEmpty())
        return index(0, 0);
    const qsizetype i = m_projects.indexOf(project);
    return i < 0 ? QModelIndex() : index(int(i), 0, index(0, 0));
}

QModelIndex PlatformOrganizationModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(1 + row));
}

QModelIndex PlatformOrganizationModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(0, 0, quintptr(0));
}

int PlatformOrganizationModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_organization.isEmpty() ? 0 : 1;
    if (parent.column() != 0 || parent.internalId() != 0)
        return 0;
    return int(m_projects.size());
}

int PlatformOrganizationModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant PlatformOrganizationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const bool organization = index.internalId() == 0;
    const QString project = organization ? QString() : m_projects.at(int(index.internalId() - 1));
    switch (role) {
    case Qt::DisplayRole:
        return organization ? m_organization : project;
    case Qt::ToolTipRole:
        return organization ? tr("Organization %1: organization roles hold in every project").arg(m_organization)
                            : tr("Project %1").arg(project);
    case ProjectRole:
        return project;
    case IsOrganizationRole:
        return organization;
    default:
        return {};
    }
}

QVariant PlatformOrganizationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Organization");
    return {};
}

} // namespace roledesk
