#include "slpm/schemagroupcatalog.h"

#include "catalog/catalogquery.h"
#include "pg/connection.h"

#include <QCoreApplication>

namespace roledesk {

namespace {

class Reader {
    Q_DECLARE_TR_FUNCTIONS(roledesk::SchemaGroupCatalog)

public:
    explicit Reader(pg::Connection &conn) : m_conn(conn) {}
    SchemaGroupState run(pg::Error *error);

private:
    /// Reads the groups of \a model (nullopt: of whichever model they belong to) from \a r.
    void readGroups(const pg::Result &r, std::optional<GroupModel> model);

    /// Reads the schemas that belong to extensions; false on a lost connection (set in m_error).
    bool readExtensionSchemas();

    pg::Connection &m_conn;
    SchemaGroupState m_state;
    pg::Error *m_error = nullptr;
};

bool Reader::readExtensionSchemas()
{
    const pg::Result r = runCatalogQuery(m_conn, QStringLiteral(":/catalog/groups/extension_schemas.sql"));
    if (!r.ok() && r.error().connectionLost) {
        if (m_error)
            *m_error = r.error();
        return false;
    }
    for (int i = 0; r.ok() && i < r.rows(); ++i)
        m_state.extensionSchemas << r.text(i, 0);
    return true;
}

GroupModel modelFromName(const QString &name)
{
    return name == u"spm" ? GroupModel::Spm : name == u"slpm" ? GroupModel::Slpm : GroupModel::Standard;
}

void Reader::readGroups(const pg::Result &r, std::optional<GroupModel> model)
{
    for (int i = 0; i < r.rows(); ++i) {
        SchemaGroup g;
        g.role = r.oid(i, 0);
        g.name = r.text(i, 1);
        g.level = schemagroups::levelFromName(r.text(i, 2)).value_or(GroupLevel::Viewer);
        g.schemaOid = r.oid(i, 3);
        g.schema = r.text(i, 4);
        g.model = modelFromName(r.text(i, 5));
        if (model && g.model != *model)
            continue;
        if (g.schemaOid != 0 && r.isNull(i, 4))
            m_state.orphans.push_back(std::move(g)); // its schema was dropped
        else
            m_state.groups.push_back(std::move(g));
    }
}

SchemaGroupState Reader::run(pg::Error *error)
{
    m_error = error;
    const auto fatal = [error](const pg::Result &r) {
        if (r.ok() || !r.error().connectionLost)
            return false;
        if (error)
            *error = r.error();
        return true;
    };
    const pg::Result detect = runCatalogQuery(m_conn, QStringLiteral(":/catalog/groups/detect.sql"));
    if (fatal(detect))
        return {};
    if (!detect.ok() || detect.rows() != 1) {
        m_state.warnings << tr("Cannot tell which permission model is in force (%1).").arg(detect.error().message);
        return m_state;
    }
    m_state.extensionVersion = detect.text(0, 0);
    if (m_state.extensionInstalled()) {
        m_state.source = GroupSource::SlpmCe;
        const pg::Result state = runCatalogQuery(m_conn, QStringLiteral(":/catalog/groups/ce_state.sql"));
        if (fatal(state))
            return {};
        if (state.ok() && state.rows() == 1) {
            if (state.boolean(0, 0))
                m_state.model = modelFromName(state.text(0, 1));
            m_state.migrated = state.boolean(0, 2);
        } else {
            m_state.warnings << tr("Cannot read the state of slpm_ce (%1).").arg(state.error().message);
        }
        const pg::Result groups = runCatalogQuery(m_conn, QStringLiteral(":/catalog/groups/ce_groups.sql"));
        if (fatal(groups))
            return {};
        if (groups.ok())
            readGroups(groups, m_state.enabled() ? std::optional(m_state.model) : std::nullopt);
        else
            m_state.warnings << tr("Cannot read the groups of slpm_ce (%1).").arg(groups.error().message);
        if (m_state.enabled() && !readExtensionSchemas())
            return {};
        if (m_state.enabled()) {
            const pg::Result left = runCatalogQuery(m_conn, QStringLiteral(":/catalog/groups/ce_not_migrated.sql"));
            if (fatal(left))
                return {};
            if (left.ok()) {
                for (int i = 0; i < left.rows(); ++i)
                    m_state.notMigrated << QStringList{left.text(i, 0), left.text(i, 1), left.text(i, 2), left.text(i, 3)};
            } else {
                m_state.warnings << tr("Cannot list the objects still to migrate (%1).").arg(left.error().message);
            }
        }
        return m_state;
    }
    const bool slpm = detect.text(0, 1) == u"on";
    const bool spm = detect.text(0, 2) == u"on";
    if (!detect.isNull(0, 1) || !detect.isNull(0, 2))
        m_state.source = GroupSource::Hologres;
    if (!slpm && !spm)
        return m_state;
    m_state.model = slpm ? GroupModel::Slpm : GroupModel::Spm;
    m_state.migrated = true; // Hologres publishes no state of slpm_migrate: nothing to warn of
    const pg::Result groups = runCatalogQuery(m_conn, QStringLiteral(":/catalog/groups/hg_groups.sql"));
    if (fatal(groups))
        return {};
    if (groups.ok())
        readGroups(groups, m_state.model);
    else
        m_state.warnings << tr("Cannot read the groups (%1).").arg(groups.error().message);
    if (!readExtensionSchemas())
        return {};
    return m_state;
}

} // namespace

SchemaGroupState SchemaGroupCatalog::readWithin(pg::Connection &conn, pg::Error *error)
{
    return Reader(conn).run(error);
}

} // namespace roledesk
