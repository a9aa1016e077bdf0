#pragma once

#include "slpm/schemagroupplanner.h"

#include <QAbstractTableModel>
#include <QHash>

#include <memory>
#include <optional>

namespace roledesk {

/// The schema-group matrix over SchemaGroupPlanner: one row per user (planner.users()), one
/// column per planner column ("Admin", then each schema under SLPM or "All schemas" under SPM).
/// A cell shows the user's level there: held directly, or only through another role (with the
/// role path), a superuser marked, and the level the pending plan leads to (QtCore only: the
/// view's delegate styles cells from OnlyInheritedRole, SuperuserRole and PendingRole). Edits are asked of
/// planner() by the page; the model itself is read-only. Rows drag as user names.
class SchemaGroupMatrixModel : public QAbstractTableModel {
    Q_OBJECT
public:
    /// Item-data roles beyond Qt's own.
    enum DataRole {
        LevelRole = Qt::UserRole + 96, ///< cells: int(GroupLevel) shown (after the pending plan)
        DirectLevelRole,    ///< cells: int(GroupLevel) held directly, as the snapshot shows
        InheritedLevelRole, ///< cells: int(GroupLevel) reached through other roles
        ViaRole,            ///< cells: the role path of the inherited level ("ann → team → group"), or invalid
        PendingRole,        ///< cells: int(GroupLevel) after the pending plan; invalid when untouched
        SuperuserRole,      ///< cells: bool, the user is a superuser
        UserRole,           ///< cells and vertical header: the user's name
        RoleIndexRole,      ///< cells and vertical header: index into Snapshot::roles
        AdminColumnRole,    ///< cells and horizontal header: bool, the admin column
        SchemaRole,         ///< cells and horizontal header: the schema's name (empty: admin, SPM)
        OnlyInheritedRole,  ///< cells: bool, the level shown is held only through another role (view: italic, grey)
    };
    Q_ENUM(DataRole)

    /// The MIME type of dragged user rows: user names, one per line, UTF-8.
    static QString usersMimeType();

    explicit SchemaGroupMatrixModel(QObject *parent = nullptr);
    ~SchemaGroupMatrixModel() override;

    /// Shows the groups of \a rights' snapshot (nullptr: empty). Resets the model.
    void setRights(std::shared_ptr<const EffectiveRights> rights);
    std::shared_ptr<const EffectiveRights> rights() const { return m_rights; }
    /// Marks the cells the pending \a changes act on, with the level they lead to.
    void setPendingChanges(const QList<Change> &changes);
    const QList<Change> &pendingChanges() const { return m_pending; }
    /// The planner over the shown snapshot, or nullptr.
    const SchemaGroupPlanner *planner() const { return m_planner.get(); }

    /// The title line: the model in force and where it comes from, translated.
    QString title() const;
    /// True when row \a row is a login that the pending plan creates (not in the snapshot yet).
    bool isNewUser(int row) const;
    /// The user of row \a row.
    QString userAt(int row) const;
    /// Row of user \a name, or -1.
    int rowForUser(const QString &name) const;

    /// Translated word of \a level ("viewer", ..., "admin"; empty for None).
    static QString levelText(GroupLevel level);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QString viaText(const GroupCell &c) const;
    QString toolTip(int row, int column, const GroupCell &c) const;

    std::shared_ptr<const EffectiveRights> m_rights;
    std::unique_ptr<SchemaGroupPlanner> m_planner;
    QList<Change> m_pending;
    QHash<QPair<int, int>, GroupLevel> m_pendingLevel; // (row, column) -> level after the plan
    QStringList m_newUsers; // logins the pending plan creates: rows after the snapshot's users
};

} // namespace roledesk
