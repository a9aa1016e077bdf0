#pragma once

#include "catalog/snapshot.h"

#include <QAbstractItemModel>
#include <QString>

#include <vector>

namespace roledesk {

/// The role graph as a tree. In MemberOf direction each top-level role lists the roles it is a
/// member of, recursively; in Members direction each role lists its members. Child rows mark
/// the membership's admin option, NOINHERIT and implicit (pg_database_owner) grants. Children
/// are built when first asked for, so wide graphs cost only what is expanded.
class MembershipModel : public QAbstractItemModel {
    Q_OBJECT
public:
    /// Which way the tree grows from a top-level role.
    enum class Direction { MemberOf, Members };
    Q_ENUM(Direction)

    /// The columns, in order.
    enum class Column {
        Role, Membership, Login, Superuser, Inherit, CreateRole, CreateDb, Replication,
        BypassRls, ConnectionLimit, ValidUntil, Count
    };
    Q_ENUM(Column)

    /// Item-data roles beyond Qt's own.
    enum DataRole {
        RoleIndexRole = Qt::UserRole + 1, ///< index into Snapshot::roles
        MembershipIndexRole,              ///< index into Snapshot::memberships; -1 at top level
    };
    Q_ENUM(DataRole)

    explicit MembershipModel(QObject *parent = nullptr);
    ~MembershipModel() override;

    /// Shows \a snapshot (nullptr: empty). Resets the model.
    void setSnapshot(SnapshotPtr snapshot);
    SnapshotPtr snapshot() const { return m_snapshot; }

    void setDirection(Direction direction);
    Direction direction() const { return m_direction; }
    /// Top-level roles whose name contains \a text (case-insensitive); their subtrees are kept.
    void setNameFilter(const QString &text);
    QString nameFilter() const { return m_name; }
    /// Shows the predefined pg_* roles at top level (hidden by default; always shown as children).
    void setShowPredefined(bool show);
    bool showPredefined() const { return m_showPredefined; }

    /// The top-level row of the role at \a roleIndex, or -1 when filtered out.
    int topLevelRow(int roleIndex) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node {
        int role = -1;       // index into Snapshot::roles
        int membership = -1; // edge from the parent; -1 at top level
        int parent = -1;     // node id; -1 at top level
        int row = 0;
        bool built = false;
        std::vector<int> children; // node ids
    };

    void rebuild();
    void ensureChildren(int node) const;
    const std::vector<int> &edges(int role) const;
    bool onPath(int node, int role) const;
    QString membershipText(const Membership &m) const;

    SnapshotPtr m_snapshot;
    Direction m_direction = Direction::MemberOf;
    QString m_name;
    bool m_showPredefined = false;
    std::vector<std::vector<int>> m_memberOf; // role -> memberships where it is the member
    std::vector<std::vector<int>> m_members;  // role -> memberships where it is the group
    std::vector<int> m_top;                   // node ids at top level
    mutable std::vector<Node> m_nodes;
};

} // namespace roledesk
