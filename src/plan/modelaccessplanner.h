#pragma once

#include "plan/change.h"
#include "plan/editplanner.h"
#include "privileges/effectiverights.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace roledesk {

/// One column of the model access view: a model role, USAGE on the extension's schema, or the use
/// of one model (EXECUTE on its function).
struct ModelAccessColumn {
    enum class Kind { ExtensionOwner, ModelOwner, SystemAdministrator, SchemaUsage, UseModel };
    Kind kind = Kind::ExtensionOwner;
    int model = -1;  ///< UseModel: index into Snapshot::models.models
    int object = -1; ///< SchemaUsage: schema pgx_inference; UseModel: the model's function; index
                     ///< into Snapshot::objects, -1 when the snapshot does not have it
    friend bool operator==(const ModelAccessColumn &, const ModelAccessColumn &) = default;
};

/// What one role (or PUBLIC) has in one column, as the snapshot shows it, each source marked.
struct ModelAccessCell {
    bool applicable = true; ///< false: nothing to hold (PUBLIC in the role columns, a missing function)
    bool known = true;      ///< false: the holders of the model roles could not be read
    bool direct = false;    ///< a member of the model role's group role / an ACL entry names the role itself
    bool inherited = false; ///< through a role it inherits from (\c via)
    bool owner = false;     ///< the extension owner (role columns), the schema's or function's owner
    bool superuser = false;
    bool predefined = false; ///< pg_read_all_data / pg_write_all_data (USAGE on the schema)
    bool fromPublic = false;
    QList<Oid> via;         ///< inherited: the roles from the role to the one that holds it

    bool held() const { return direct || inherited || owner || superuser || predefined || fromPublic; }
    /// The dominant source (superuser > owner > direct > inherited > predefined > PUBLIC); nullopt
    /// when nothing is held or the holders are unknown.
    std::optional<RightSource> source() const;
};

/// The pgx_inference privilege matrix over one snapshot: which roles hold the model roles, USAGE
/// on schema pgx_inference and the use of each model, and what toggling a cell becomes as plan
/// changes (pgx_grant_model_role / pgx_revoke_model_role, GRANT / REVOKE USAGE and EXECUTE). Pure:
/// no connection. The vendor's manual: the extension owner grants the model roles and the schema
/// USAGE model users need; a model's owner grants EXECUTE on its function.
class ModelAccessPlanner {
    Q_DECLARE_TR_FUNCTIONS(ModelAccessPlanner)

public:
    /// A planner over \a rights (nullptr: no columns).
    explicit ModelAccessPlanner(std::shared_ptr<const EffectiveRights> rights);

    /// Extension owner, model owner, system administrator, USAGE, then one column per model in
    /// the order of ModelState::models. Empty when the database has no model extension.
    const QList<ModelAccessColumn> &columns() const { return m_columns; }
    /// The column of \a kind (the first one for UseModel), or -1.
    int columnOf(ModelAccessColumn::Kind kind) const;
    /// The column of the model named \a name, or -1.
    int modelColumn(const QString &name) const;

    /// What role \a role (index into Snapshot::roles; -1: PUBLIC) has in \a column.
    ModelAccessCell cell(int role, int column) const;
    /// What the \a pending changes do to the direct holding of \a grantee ("" PUBLIC) in
    /// \a column: true granted, false revoked (the last change wins), nullopt when none touches it.
    std::optional<bool> pendingDirect(const QList<Change> &pending, const QString &grantee, int column) const;
    /// A cell a pending change acts on: the grantee ("" PUBLIC), the column, grant or revoke.
    struct PendingCell {
        QString grantee;
        int column = -1;
        bool grant = true;
    };
    /// The cells \a change acts on (none when it is not about the model extension).
    QList<PendingCell> cellsOf(const Change &change) const;
    /// True when toggling can change anything: not the extension owner column, not a role that
    /// holds the right as superuser or owner without a direct grant to take back.
    bool editable(int role, int column) const;

    /// The changes that toggle the direct holding of \a grantee ("" PUBLIC) in \a column, with
    /// \a pending the changes already pending: a pending edit of the cell is cancelled by its
    /// inverse; else a direct holder loses it (every grantor's grant) and anyone else gets it.
    /// Granting the use of a model to a role without USAGE on schema pgx_inference grants that
    /// USAGE too. Notes (translated) say what stays, what is refused and why.
    EditResult toggle(const QString &grantee, int column, const QList<Change> &pending) const;

    const Snapshot &snapshot() const { return m_rights->snapshot(); }
    /// Index of role \a name in Snapshot::roles, or -1.
    int roleIndex(const QString &name) const { return m_roleByName.value(name, -1); }

private:
    bool touches(const Change &change, const QString &grantee, int column, bool *grant) const;
    Privilege privilegeOf(const ModelAccessColumn &c) const;
    void explainApplier(const ModelAccessColumn &column, EditResult &result) const;

    std::shared_ptr<const EffectiveRights> m_rights;
    std::unique_ptr<EditPlanner> m_edits;
    QList<ModelAccessColumn> m_columns;
    QHash<QString, int> m_roleByName;
    QList<ObjectRef> m_refs; // per column: the object granted on (empty for the role columns)
};

} // namespace roledesk
