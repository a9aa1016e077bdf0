#pragma once

#include "catalog/modelcatalog.h"
#include "privileges/effectiverights.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <memory>

namespace roledesk {

/// What one role may do with the in-database models, cell by cell of the reference matrix
/// (shared/reference/pgx_inference-model-privileges.txt): extension owner, model owner, system
/// administrator, model user. A role may hold several kinds at once; the rights add up.
struct ModelAbilities {
    bool extensionOwner = false;      ///< the extension's owner, or a superuser
    bool modelOwner = false;          ///< holds model_owner (directly or through a role it inherits)
    bool systemAdministrator = false; ///< holds system_administrator (likewise)
    /// False against the vendor's extension, whose role storage is undocumented: modelOwner and
    /// systemAdministrator are then unknown (false) and the server decides.
    bool rolesKnown = true;

    bool mayImport() const { return extensionOwner || modelOwner; }
    bool mayLoadUnload() const { return extensionOwner || systemAdministrator; }
    bool mayReadTotalSize() const { return extensionOwner || systemAdministrator; }
    bool mayGrantModelRoles() const { return extensionOwner; }
};

/// What one role may do with one model.
struct ModelActions {
    bool update = false;     ///< replace the file or the metadata
    bool drop = false;
    bool exportFile = false; ///< "refer to model file"
    bool loadUnload = false;
    bool use = false;        ///< EXECUTE on the model's function
    bool grantUse = false;   ///< grant or revoke EXECUTE on it (and metadata/status with it)
    bool see = false;        ///< metadata and status
};

/// The model inventory of one database: one row per model the connected user can see, with its
/// owner, size, function, load state, metadata and the roles granted its use. It also answers
/// what the connected user (or any role) may do, for the actions a view offers.
class ModelInventoryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    /// The columns, in order.
    enum class Column { Id, Name, Owner, Size, Function, State, Users, Metadata, Count };
    Q_ENUM(Column)

    /// Item-data roles beyond Qt's own.
    enum DataRole {
        SortRole = Qt::UserRole + 1, ///< a value that sorts naturally (numbers as numbers)
        LoadedRole,                  ///< bool: the model is loaded
    };
    Q_ENUM(DataRole)

    explicit ModelInventoryModel(QObject *parent = nullptr);

    /// Shows the models of \a rights' snapshot (nullptr: empty). Resets the model.
    void setRights(std::shared_ptr<const EffectiveRights> rights);
    std::shared_ptr<const EffectiveRights> rights() const { return m_rights; }
    /// The model state shown (empty when there are no rights).
    const ModelState &state() const;

    /// The model at \a row.
    const ModelInfo &model(int row) const;
    /// The row of the model named \a name, or -1.
    int rowOf(const QString &name) const;

    /// The connected user's abilities and actions (the snapshot's current user).
    ModelAbilities abilities() const;
    ModelActions actions(int row) const;

    /// Roles granted the use of the model at \a row (grantees of EXECUTE on its function other
    /// than its owner; "PUBLIC" when PUBLIC holds it), sorted.
    QStringList permittedUsers(int row) const;

    /// The abilities of role \a role (index into the snapshot's roles) over \a state.
    static ModelAbilities abilitiesOf(const EffectiveRights &rights, int role);
    /// What role \a role may do with \a model.
    static ModelActions actionsOf(const EffectiveRights &rights, int role, const ModelInfo &model);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    int currentRole() const;

    std::shared_ptr<const EffectiveRights> m_rights;
    QList<QStringList> m_users; // per row, permittedUsers()
};

} // namespace roledesk
