#pragma once

#include "platform/platformevaluation.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace roledesk {

/// Grants of a PlatformEvaluation as a table: who holds which role or permission, in which scope,
/// and why (a manual assignment, or a rule and the group path through which it matched). Rows made
/// by a rule are italic and say so in their tooltip: they cannot be edited as such. Serves the
/// holders panel, the person view and the "Who can…?" / "What can…?" answers.
class PlatformGrantModel : public QAbstractTableModel {
    Q_OBJECT
public:
    /// The columns a view may show (setColumns picks and orders them).
    enum class Column { Person, Scope, Role, Permission, Source };
    Q_ENUM(Column)

    /// Item-data roles beyond Qt's own (the same on every column of a row).
    enum DataRole {
        PersonIdRole = Qt::UserRole + 1, ///< QString: the person's id
        RoleIdRole,                      ///< QString: the role's id
        PermissionIdRole,                ///< QString: the permission's id; empty for role rows
        ProjectRole,                     ///< QString: the project; empty for organization scope
        FromRuleRole,                    ///< bool: made by a rule (read-only)
        RuleRole,                        ///< QString: the rule's name; empty for manual rows
    };
    Q_ENUM(DataRole)

    /// The names shown for people, roles, permissions, and the order of projects.
    struct Names {
        QHash<QString, QString> people;       ///< person id → display name (may be empty)
        QStringList projects;                 ///< scope order: organization first, then these
    };

    explicit PlatformGrantModel(QObject *parent = nullptr);

    /// Which columns to show, in order (resets the model). Default: all of them.
    void setColumns(const QList<Column> &columns);
    const QList<Column> &columns() const { return m_columns; }
    /// The column index of \a column, or -1 when not shown.
    int columnOf(Column column) const { return int(m_columns.indexOf(column)); }

    /// Shows role grants (resets); rows ordered by scope, then as given.
    void setRoleGrants(const QList<PlatformRoleGrant> &grants, const PlatformDefinition &definition, const Names &names);
    /// Shows permission grants (resets); rows ordered by scope, then as given.
    void setPermissionGrants(const QList<PlatformPermissionGrant> &grants, const PlatformDefinition &definition,
                             const Names &names);
    /// Shows nothing.
    void clear();

    /// Translated "why" of \a grant: "manual assignment", or "rule “x” (group data-eng › engineering)".
    static QString whyText(const PlatformRoleGrant &grant);
    /// Translated scope of \a project: "organization" when empty, else the project's name.
    static QString scopeText(const QString &project);
    /// The tooltip of a rule-made row: "made by rule x; change the rule or the group".
    static QString ruleTooltip(const QString &rule);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        PlatformRoleGrant grant;
        QString permission;      ///< id; empty for role rows
        QString personText;
        QString roleText;
        QString permissionText;
        QString why;
    };
    Row makeRow(const PlatformRoleGrant &grant, const QString &permission, const PlatformDefinition &definition,
                const Names &names) const;
    void setRows(QList<Row> rows, const Names &names);

    QList<Column> m_columns;
    QList<Row> m_rows;
};

} // namespace roledesk
