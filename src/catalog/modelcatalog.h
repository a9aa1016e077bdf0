#pragma once

#include "pg/error.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace roledesk {

namespace pg { class Connection; }

/// One imported model as the connected user may see it.
struct ModelInfo {
    int id = 0;
    QString name;
    QString owner;          ///< role name of the importer
    qint64 size = 0;        ///< bytes of the model file
    QString functionName;   ///< pgx_embedding_<id>: EXECUTE on it is "use model"
    quint32 functionOid = 0; ///< 0 when the function is missing
    /// Index of the function in Snapshot::objects, set by Snapshot::index() (found by oid, or by
    /// name when the oid is unknown); -1 when the function is missing or there is no Snapshot.
    int functionObject = -1;
    QString metadata;       ///< jsonb as text
    bool loaded = false;
    QString availability;   ///< READY / UNAVAILABLE (pgx_triton_model_status)
    QString reason;         ///< why it is unavailable, if known

    bool operator==(const ModelInfo &) const = default;
};

/// Index of the model named \a name in \a models, or -1.
int indexOfModel(const QList<ModelInfo> &models, const QString &name);

/// The two roles pgx_grant_model_role() hands out.
enum class ModelRole { ModelOwner, SystemAdministrator };

/// One holder of a model role. In pgx_inference_ce the model roles are the group roles
/// pgx_model_owner and pgx_system_administrator, held by their members.
struct ModelRoleGrant {
    quint32 roleOid = 0;
    QString role;
    ModelRole kind = ModelRole::ModelOwner;
    /// True: a member of the group role itself (what pgx_grant_model_role or GRANT made, and
    /// REVOKE takes back); false: it holds the model role through a role it inherits from.
    bool direct = true;

    bool operator==(const ModelRoleGrant &) const = default;
};

/// The in-database model state of one database, as seen by the connected user.
struct ModelState {
    /// Which model extension the database has.
    enum class Flavour { None, Vendor /* pgx_inference */, Community /* pgx_inference_ce */ };

    Flavour flavour = Flavour::None;
    QString extensionOwner;
    QString version;
    QList<ModelInfo> models;
    QList<ModelRoleGrant> roles;
    bool rolesKnown = false;  ///< false: the holders could not be read (the vendor's extension, no group roles)
    qint64 totalLoaded = 0;   ///< bytes loaded; when the user may not ask, the visible loaded models
    std::optional<qint64> limit; ///< total loaded model size limit, when set and > 0
    /// The inference server the database calls, as set (empty when unset):
    /// pgx_inference.triton_url, .triton_restricted_header ("Name: value"), .triton_timeout_ms.
    QString serverUrl;
    QString serverHeader;
    QString serverTimeoutMs;
    QStringList warnings;     ///< parts the user could not read, and what was done instead
};

/// Reads the model extension's state (flavour, models, model roles, loaded size) from the
/// connected database. The queries are the .sql files under resources/catalog/models.
class ModelCatalog {
public:
    /// Blocking. Reads as the connected user in one read-only repeatable-read transaction (call it
    /// outside a transaction). A part the user may not read becomes a warning and a narrower view
    /// through the extension's functions; only a failure to detect the flavour or a lost connection
    /// sets \a error (the state is then empty, flavour None).
    static ModelState read(pg::Connection &conn, pg::Error *error = nullptr);
    /// The same, inside the caller's open catalog snapshot transaction (beginCatalogSnapshot),
    /// which stays open; used by CatalogReader so the models agree with the rest of a Snapshot.
    static ModelState readWithin(pg::Connection &conn, pg::Error *error = nullptr);

    /// "pgx_inference", "pgx_inference_ce" or empty.
    static QString extensionName(ModelState::Flavour flavour);
    /// "model_owner" / "system_administrator", as pgx_grant_model_role() spells them.
    static QString roleName(ModelRole role);
    /// The group role that is the model role in pgx_inference_ce: "pgx_model_owner" /
    /// "pgx_system_administrator".
    static QString groupRoleName(ModelRole role);
};

} // namespace roledesk
