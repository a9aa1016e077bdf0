#pragma once

#include "catalog/snapshot.h"
#include "plan/change.h"

#include <QAbstractTableModel>
#include <QList>

namespace roledesk {

class Plan;

/// Default privileges as a table: one row per grantee of each pg_default_acl entry, by the role
/// that creates objects (FOR ROLE), the schema (or every schema), the object class, the grantee,
/// the privileges and which are grantable. Where a creator has no global entry for a class,
/// PostgreSQL's built-in defaults apply and are shown too (the owner holds every privilege,
/// PUBLIC has EXECUTE on functions and USAGE on types). Pending plan changes are overlaid:
/// grants as extra rows, revokes marking the rows they touch.
class DefaultPrivilegesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    /// The columns, in order.
    enum class Column { ForRole, Schema, Objects, Grantee, Rights, Grantable, Source, Count };
    Q_ENUM(Column)

    /// Where a row comes from.
    enum class Origin { Catalog, BuiltIn, PendingGrant };
    Q_ENUM(Origin)

    /// Item-data roles beyond Qt's own.
    enum DataRole {
        OriginRole = Qt::UserRole + 1, ///< int(Origin)
        PendingRevokeRole,             ///< bool: a pending change revokes from this row
        KindRole,                      ///< int(ObjectKind) of the object class
        ForRoleNameRole,               ///< the creating role's name
        SchemaNameRole,                ///< the schema; empty: every schema
        GranteeNameRole,               ///< the grantee; empty: PUBLIC
    };
    Q_ENUM(DataRole)

    /// One row.
    struct Entry {
        QString forRole;
        QString schema;       ///< empty: every schema
        ObjectKind kind = ObjectKind::Table;
        QString grantee;      ///< empty: PUBLIC
        Privileges privileges;
        Privileges grantOptions;
        Origin origin = Origin::Catalog;
        bool pendingRevoke = false;
    };

    explicit DefaultPrivilegesModel(QObject *parent = nullptr);

    /// Shows \a snapshot (nullptr: empty). Resets the model.
    void setSnapshot(SnapshotPtr snapshot);
    SnapshotPtr snapshot() const { return m_snapshot; }
    /// Overlays the default-privilege changes of \a plan. Resets the model.
    void setPendingPlan(const Plan &plan);
    /// Shows or hides the built-in rows (shown by default).
    void setShowBuiltIn(bool show);
    bool showBuiltIn() const { return m_showBuiltIn; }

    /// The row \a row.
    const Entry &entry(int row) const { return m_rows.at(row); }
    /// The change that takes away what row \a row gives (a revoke with the same FOR ROLE,
    /// schema, class and grantee); for a pending grant, the grant itself (to drop it).
    DefaultPrivilegesChange removal(int row) const;

    /// The object classes ALTER DEFAULT PRIVILEGES knows, in display order.
    static const QList<ObjectKind> &kinds();
    /// "tables", "sequences", "functions", "types", "schemas" (translated).
    static QString kindLabel(ObjectKind kind);
    /// What the owner holds on a new object of \a kind without any default ACL.
    static Privileges ownerDefaults(ObjectKind kind);
    /// What PUBLIC holds on a new object of \a kind without a global default ACL.
    static Privileges publicDefaults(ObjectKind kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuild();

    SnapshotPtr m_snapshot;
    QList<DefaultPrivilegesChange> m_pending;
    bool m_showBuiltIn = true;
    QList<Entry> m_rows;
};

} // namespace roledesk
