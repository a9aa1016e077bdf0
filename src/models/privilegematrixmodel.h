#pragma once

#include "plan/change.h"
#include "privileges/effectiverights.h"

#include <QAbstractTableModel>
#include <QMetaType>

#include <memory>
#include <optional>
#include <vector>

namespace roledesk {

/// Who can do what: one row per role, one column per object, each cell the role's effective
/// rights on the object. Cells are computed on demand (only the visible ones are ever asked for),
/// so a 1,000 x 25,000 matrix costs nothing up front. Views colour cells by SourceRole.
class PrivilegeMatrixModel : public QAbstractTableModel {
    Q_OBJECT
public:
    /// Item-data roles beyond Qt's own.
    enum DataRole {
        CellRightsRole = Qt::UserRole + 1, ///< cells: CellRights
        RoleIndexRole,   ///< cells and vertical header: index into Snapshot::roles
        ObjectIndexRole, ///< cells and horizontal header: index into Snapshot::objects
        SourceRole,      ///< cells: int(RightSource) of the dominant source; invalid when none
        SchemaRole,      ///< horizontal header: the schema the column is grouped under
        ObjectKindRole,  ///< horizontal header: int(ObjectKind)
        RoleTypeRole,    ///< vertical header: int(RoleType)
        SortKeyRole,     ///< both headers: a plain name for filtering
        ShortTextRole,   ///< cells: like DisplayRole, but "ALL" when every privilege is held
        GranteeRole,     ///< cells and vertical header: the role's name, "" for the PUBLIC row
        PendingRole,     ///< cells: what the pending plan changes there (text); invalid when nothing
        DriftRole,       ///< cells: int(Drift::Kind) of a difference from a policy file; invalid when none
    };
    Q_ENUM(DataRole)

    /// What kind of role a row is, for its header marker.
    enum class RoleType { Login, Group, Superuser, Predefined, Public };
    Q_ENUM(RoleType)

    explicit PrivilegeMatrixModel(QObject *parent = nullptr);
    ~PrivilegeMatrixModel() override;

    /// Shows the rights of \a rights (nullptr: an empty matrix). Resets the model.
    void setRights(std::shared_ptr<const EffectiveRights> rights);
    /// The rights shown, or nullptr.
    std::shared_ptr<const EffectiveRights> rights() const { return m_rights; }
    /// Shows a first row for PUBLIC (what every role gets: the ACL entries granted to PUBLIC).
    /// Its RoleIndexRole is -1 and its GranteeRole "". Off by default. Resets the model.
    void setShowPublic(bool show);
    bool showPublic() const { return m_showPublic; }
    /// Marks cells that differ from a policy file (DriftRole): \a marks maps (role index,
    /// object index) to int(Drift::Kind). An empty hash clears the marks.
    void setDriftMarks(const QHash<QPair<int, int>, int> &marks);
    /// Marks the cells the pending \a changes act on (PendingRole, tooltip).
    void setPendingChanges(const QList<Change> &changes);
    /// The rights PUBLIC has on object \a object: its ACL entries for PUBLIC (and, for a column,
    /// its table's), as CellRights with source PUBLIC.
    static CellRights publicCell(const Snapshot &snapshot, int object);

    /// Model row of the role at \a roleIndex in Snapshot::roles, or -1.
    int rowForRole(int roleIndex) const;
    /// Model column of the object at \a objectIndex in Snapshot::objects, or -1.
    int columnForObject(int objectIndex) const;

    /// The dominant source among \a c: superuser > owner > direct > inherited > predefined >
    /// PUBLIC; nullopt when nothing is held.
    static std::optional<RightSource> dominantSource(const CellRights &c);
    /// Compact letters of the granted privileges, each grantable one followed by '*'.
    static QString cellText(const CellRights &c);
    /// cellText(), or "ALL" (then "ALL*" when all are grantable) when \a c holds every
    /// privilege that applies to \a kind.
    static QString shortText(const CellRights &c, ObjectKind kind);
    /// Translated, human name of an object kind ("table", "materialized view").
    static QString kindLabel(ObjectKind kind);
    /// Translated name of a source ("direct grant", "inherited", "PUBLIC"...).
    static QString sourceLabel(RightSource source);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    const CellRights &cellAt(int row, int column) const;
    QString cellToolTip(int row, int column, const CellRights &c) const;

    int roleAt(int row) const { return m_rowRole[size_t(row)]; } // -1: PUBLIC
    QString pendingText(int row, int column) const;

    std::shared_ptr<const EffectiveRights> m_rights;
    bool m_showPublic = false;
    // (grantee, object index) -> what the pending plan does there; built by setPendingChanges().
    QHash<QPair<QString, int>, QStringList> m_pending;
    QHash<QPair<int, int>, int> m_drift; // (role index, object index) -> int(Drift::Kind)
    mutable QHash<QString, int> m_objectByRef; // ObjectRef key -> object index, built on demand
    std::vector<int> m_rowRole;      // model row -> role index
    std::vector<int> m_columnObject; // model column -> object index
    std::vector<int> m_roleRow;      // role index -> model row
    std::vector<int> m_objectColumn; // object index -> model column
    // The delegate asks a cell for several roles in a row; remember the last cell computed.
    mutable int m_cachedRow = -1;
    mutable int m_cachedColumn = -1;
    mutable CellRights m_cached;
};

} // namespace roledesk

Q_DECLARE_METATYPE(roledesk::CellRights)
