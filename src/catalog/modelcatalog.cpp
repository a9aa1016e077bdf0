#include "catalog/modelcatalog.h"

#include "catalog/catalogquery.h"

#include "pg/connection.h"

#include <QCoreApplication>

#include <functional>

namespace roledesk {

namespace {

class Reader {
    // Translations live in the public class's context, where lupdate files them too.
    Q_DECLARE_TR_FUNCTIONS(roledesk::ModelCatalog)

public:
    explicit Reader(pg::Connection &conn) : m_conn(conn) {}

    /// \a ownTransaction: open and close the snapshot transaction here; else run inside the
    /// caller's (beginCatalogSnapshot), leaving it open.
    ModelState run(pg::Error *error, bool ownTransaction);

private:
    // Runs one query file inside a savepoint, so that a refused part leaves the transaction
    // usable. Returns the result; a failure has been rolled back to the savepoint.
    pg::Result part(const char *file);
    bool fatal(const pg::Result &r) const { return !r.ok() && r.error().connectionLost; }
    void readModels(const pg::Result &r);

    pg::Connection &m_conn;
    ModelState m_state;
};

pg::Result Reader::part(const char *file)
{
    return runCatalogQuery(m_conn, QString::fromLatin1(file));
}

void Reader::readModels(const pg::Result &r)
{
    m_state.models.reserve(r.rows());
    for (int i = 0; i < r.rows(); ++i) {
        ModelInfo m;
        m.id = int(r.integer(i, 0));
        m.name = r.text(i, 1);
        m.owner = r.text(i, 2);
        m.size = r.integer(i, 3);
        m.metadata = r.text(i, 4);
        m.loaded = r.boolean(i, 5);
        m.availability = r.text(i, 6);
        m.reason = r.text(i, 7);
        m.functionName = r.text(i, 8);
        m.functionOid = r.isNull(i, 9) ? 0 : r.oid(i, 9);
        m_state.models.push_back(std::move(m));
    }
}

ModelState Reader::run(pg::Error *error, bool ownTransaction)
{
    const auto fail = [error](const pg::Error &e) {
        if (error)
            *error = e;
        return ModelState{};
    };
    // One snapshot: the inventory, the roles and the loaded total agree with each other.
    if (ownTransaction) {
        const pg::Result begin = beginCatalogSnapshot(m_conn);
        if (!begin.ok())
            return fail(begin.error());
    }
    const auto finish = [this, ownTransaction] {
        if (ownTransaction)
            m_conn.exec(QStringLiteral("COMMIT"));
    };

    const pg::Result ext = part(":/catalog/models/extension.sql");
    if (!ext.ok()) {
        if (ownTransaction && !ext.error().connectionLost)
            m_conn.exec(QStringLiteral("ROLLBACK"));
        return fail(ext.error());
    }
    if (ext.rows() == 0) {
        finish();
        return m_state;
    }
    const QString name = ext.text(0, 0);
    m_state.flavour = name == u"pgx_inference" ? ModelState::Flavour::Vendor : ModelState::Flavour::Community;
    m_state.extensionOwner = ext.text(0, 1);
    m_state.version = ext.text(0, 2);
    const bool schemaUsage = ext.boolean(0, 3);
    const bool modelsReadable = ext.boolean(0, 4);
    const bool modelRolesExist = ext.boolean(0, 5);
    const bool community = m_state.flavour == ModelState::Flavour::Community;

    if (!schemaUsage) {
        // Without USAGE on the schema none of the extension's functions can be called.
        m_state.warnings << tr("No USAGE privilege on schema pgx_inference: the models cannot be listed.");
        finish();
        return m_state;
    }

    // Inventory: the table when readable, else what pgx_list_model_metadata() shows this user.
    bool haveAll = false;
    if (modelsReadable) {
        const pg::Result r = part(":/catalog/models/models.sql");
        if (fatal(r))
            return fail(r.error());
        if (r.ok()) {
            readModels(r);
            haveAll = true;
        } else {
            m_state.warnings << tr("Cannot read table pgx_inference.pgx_models (%1).").arg(r.error().message);
        }
    }
    if (!haveAll) {
        const pg::Result r = part(":/catalog/models/models_visible.sql");
        if (fatal(r))
            return fail(r.error());
        if (r.ok()) {
            readModels(r);
            if (!modelsReadable)
                m_state.warnings << tr("No SELECT privilege on pgx_inference.pgx_models: only the models "
                                       "the extension lets this user see are listed.");
        } else {
            m_state.warnings << tr("Cannot list the models (%1).").arg(r.error().message);
        }
    }

    // Model roles. The vendor's extension does not document where it keeps them, so they are
    // not read there; in pgx_inference_ce they are the members of two group roles.
    if (!community) {
        m_state.rolesKnown = false;
    } else if (!modelRolesExist) {
        m_state.warnings << tr("The group roles pgx_model_owner and pgx_system_administrator do not exist: "
                               "the holders of the model roles are unknown.");
    } else {
        const pg::Result r = part(":/catalog/models/model_roles.sql");
        if (fatal(r))
            return fail(r.error());
        if (r.ok()) {
            for (int i = 0; i < r.rows(); ++i) {
                ModelRoleGrant g;
                g.roleOid = r.oid(i, 0);
                g.role = r.text(i, 1);
                g.kind = r.text(i, 2) == u"system_administrator" ? ModelRole::SystemAdministrator
                                                                  : ModelRole::ModelOwner;
                g.direct = r.boolean(i, 3);
                m_state.roles.push_back(std::move(g));
            }
            m_state.rolesKnown = true;
        } else {
            m_state.warnings << tr("Cannot read the model roles (%1).").arg(r.error().message);
        }
    }

    // Total loaded size: the extension owner and system administrators may ask; others get the
    // sum over the loaded models they can see.
    const pg::Result total = part(":/catalog/models/total_loaded.sql");
    if (fatal(total))
        return fail(total.error());
    if (total.ok() && total.rows() == 1 && !total.isNull(0, 0)) {
        m_state.totalLoaded = total.integer(0, 0);
    } else {
        qint64 sum = 0;
        for (const ModelInfo &m : std::as_const(m_state.models))
            if (m.loaded)
                sum += m.size;
        m_state.totalLoaded = sum;
        m_state.warnings << tr("Cannot read the total size of the loaded models (%1): the total counts "
                               "only the models listed.").arg(total.error().message);
    }

    // The settings of pgx_inference_ce; the vendor's are assumed to share their names.
    const pg::Result set = part(":/catalog/models/settings.sql");
    if (fatal(set))
        return fail(set.error());
    if (set.ok() && set.rows() == 1) {
        if (!set.isNull(0, 0)) {
            bool ok = false;
            const qint64 value = set.text(0, 0).trimmed().toLongLong(&ok);
            if (ok && value > 0)
                m_state.limit = value;
            else if (!ok)
                m_state.warnings << tr("pgx_inference.total_loaded_model_size_limit is not a number: %1")
                                        .arg(set.text(0, 0));
        }
        m_state.serverUrl = set.text(0, 1);
        m_state.serverHeader = set.text(0, 2);
        m_state.serverTimeoutMs = set.text(0, 3);
    }

    finish();
    return m_state;
}

} // namespace

int indexOfModel(const QList<ModelInfo> &models, const QString &name)
{
    for (int i = 0; i < models.size(); ++i)
        if (models.at(i).name == name)
            return i;
    return -1;
}

ModelState ModelCatalog::read(pg::Connection &conn, pg::Error *error)
{
    if (error)
        *error = {};
    return Reader(conn).run(error, true);
}

ModelState ModelCatalog::readWithin(pg::Connection &conn, pg::Error *error)
{
    if (error)
        *error = {};
    return Reader(conn).run(error, false);
}

QString ModelCatalog::extensionName(ModelState::Flavour flavour)
{
    switch (flavour) {
    case ModelState::Flavour::Vendor: return QStringLiteral("pgx_inference");
    case ModelState::Flavour::Community: return QStringLiteral("pgx_inference_ce");
    case ModelState::Flavour::None: break;
    }
    return {};
}

QString ModelCatalog::roleName(ModelRole role)
{
    return role == ModelRole::SystemAdministrator ? QStringLiteral("system_administrator")
                                                  : QStringLiteral("model_owner");
}

QString ModelCatalog::groupRoleName(ModelRole role)
{
    return QStringLiteral("pgx_") + roleName(role);
}

} // namespace roledesk
