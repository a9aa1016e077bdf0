#pragma once

#include <QAbstractItemModel>
#include <QStringList>

namespace roledesk {

/// The organization of a platform file as a tree: the organization at the top, its projects
/// under it. Selecting an item selects a scope (ProjectRole: empty for the organization).
class PlatformOrganizationModel : public QAbstractItemModel {
    Q_OBJECT
public:
    /// Item-data roles beyond Qt's own.
    enum DataRole {
        ProjectRole = Qt::UserRole + 1, ///< QString: the project; empty for the organization
        IsOrganizationRole,             ///< bool: the organization item
    };
    Q_ENUM(DataRole)

    explicit PlatformOrganizationModel(QObject *parent = nullptr);

    /// Shows \a organization with \a projects (resets the model); an empty name shows nothing.
    void setOrganization(const QString &organization, const QStringList &projects);
    /// The index of \a project, or of the organization when \a project is empty.
    QModelIndex indexOfProject(const QString &project) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // internalId: 0 for the organization, 1 + i for project i.
    QString m_organization;
    QStringList m_projects;
};

} // namespace roledesk
