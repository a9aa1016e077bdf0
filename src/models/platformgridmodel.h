#pragma once

#include "platform/platformdefinition.h"

#include <QAbstractTableModel>
#include <QList>

namespace roledesk {

/// A platform definition's matrix: one row per permission, one column per role (organization
/// roles first, then project roles, each group in the definition's order), a cell checked where
/// the role holds the permission. Headers give abbreviations, full names, scopes and notes.
class PlatformGridModel : public QAbstractTableModel {
    Q_OBJECT
public:
    /// Item-data roles beyond Qt's own.
    enum DataRole {
        HeldRole = Qt::UserRole + 1, ///< cells: bool, the role holds the permission
        RoleIdRole,                  ///< cells and horizontal header: the role's id
        PermissionIdRole,            ///< cells and vertical header: the permission's id
        ScopeRole,                   ///< cells and horizontal header: int(PlatformScope) of the role
        ScopeLabelRole,              ///< horizontal header: translated group label ("Organization", "Project")
    };
    Q_ENUM(DataRole)

    explicit PlatformGridModel(QObject *parent = nullptr);

    /// Shows \a definition (copied; resets the model).
    void setDefinition(const PlatformDefinition &definition);
    const PlatformDefinition &definition() const { return m_definition; }

    /// The role shown in \a column (grouped order), or nullptr.
    const PlatformRole *roleAt(int column) const;
    /// The permission of \a row, or nullptr.
    const PlatformPermission *permissionAt(int row) const;
    /// The column of role \a roleId, or -1.
    int columnOfRole(const QString &roleId) const;
    /// The row of permission \a permissionId, or -1.
    int rowOfPermission(const QString &permissionId) const;
    /// The translated name of \a scope for headers and tooltips ("organization role").
    static QString scopeText(PlatformScope scope);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    PlatformDefinition m_definition;
    QList<int> m_columns; ///< column → index into m_definition.roles
};

} // namespace roledesk
