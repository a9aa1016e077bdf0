#pragma once

#include "models/privilegematrixmodel.h"
#include "plan/modelaccessplanner.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPair>

#include <memory>
#include <vector>

namespace roledesk {

/// The pgx_inference privilege matrix over the database's real roles: one row per role (PUBLIC
/// first when it holds anything), columns "Extension owner", "Model owner", "System
/// administrator", "USAGE on schema pgx_inference" and "Use <model>" per model. Cells show who
/// holds what and how (directly, through a role, as owner, superuser or PUBLIC), with the
/// session's pending changes marked; toggle() turns a cell into plan changes.
class ModelAccessModel : public QAbstractTableModel {
    Q_OBJECT
public:
    /// Item-data roles beyond Qt's own.
    enum DataRole {
        /// Vertical header: int(PrivilegeMatrixModel::RoleType), so RoleFilterProxyModel can filter.
        RoleTypeRole = PrivilegeMatrixModel::RoleTypeRole,
        SourceRole = Qt::UserRole + 64, ///< cells: int(RightSource) of the dominant source; invalid when none
        CellStateRole,   ///< cells: int(CellState)
        EditableRole,    ///< cells: bool, toggle() can change something
        PendingRole,     ///< cells: what the pending plan does there (text); invalid when nothing
        GranteeRole,     ///< cells and vertical header: the role's name, "" for PUBLIC
        RoleIndexRole,   ///< cells and vertical header: index into Snapshot::roles, -1 for PUBLIC
        ColumnKindRole,  ///< cells and horizontal header: int(ModelAccessColumn::Kind)
        ModelNameRole,   ///< horizontal header of a model column: the model's name
    };
    Q_ENUM(DataRole)

    /// What a cell shows.
    enum class CellState { NotHeld, Held, Unknown, NotApplicable };
    Q_ENUM(CellState)

    explicit ModelAccessModel(QObject *parent = nullptr);
    ~ModelAccessModel() override;

    /// Shows the model privileges of \a rights' snapshot (nullptr: empty). Resets the model.
    void setRights(std::shared_ptr<const EffectiveRights> rights);
    std::shared_ptr<const EffectiveRights> rights() const { return m_rights; }
    /// Marks the cells the pending \a changes act on; toggle() takes them into account.
    void setPendingChanges(const QList<Change> &changes);
    /// All roles (predefined pg_* roles and PUBLIC included), or only the roles that can log in
    /// and the groups that hold something here (the default). Resets the model.
    void setShowAllRoles(bool all);
    bool showAllRoles() const { return m_showAll; }

    /// True when the database has a model extension (pgx_inference or pgx_inference_ce).
    bool hasExtension() const;
    /// What the view should say above the table (no extension, unknown holders, unreadable
    /// parts), translated; empty when all is known.
    QString notice() const;
    /// The planner over the shown snapshot, or nullptr.
    const ModelAccessPlanner *planner() const { return m_planner.get(); }

    /// The changes that toggle the cell at \a index (see ModelAccessPlanner::toggle).
    EditResult toggle(const QModelIndex &index) const;

    /// Row of role \a name ("" PUBLIC), or -1 when not shown.
    int rowForRole(const QString &name) const;
    /// Column of \a kind (the first model for UseModel), or -1.
    int columnOf(ModelAccessColumn::Kind kind) const;
    /// Column of the model named \a name, or -1.
    int columnForModel(const QString &name) const;

    /// Translated header of a column of \a kind (UseModel: "Use %1" with \a model).
    static QString columnTitle(ModelAccessColumn::Kind kind, const QString &model = {});
    /// Translated explanation of a column of \a kind: what its holders may do, from the
    /// vendor's privilege matrix, and who grants it.
    static QString columnExplanation(ModelAccessColumn::Kind kind, const QString &model = {},
                                     const QString &function = {});

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void buildRows();
    QString granteeAt(int row) const;
    QString cellText(int column, const ModelAccessCell &c) const;
    QString cellToolTip(int row, int column, const ModelAccessCell &c) const;
    CellState stateOf(const ModelAccessCell &c) const;
    QString modelName(int column) const;

    std::shared_ptr<const EffectiveRights> m_rights;
    std::unique_ptr<ModelAccessPlanner> m_planner;
    bool m_showAll = false;
    std::vector<int> m_rows; // model row -> role index, -1 for PUBLIC
    QList<Change> m_pending;
    QHash<QPair<QString, int>, QStringList> m_pendingText; // (grantee, column) -> lines
};

} // namespace roledesk
