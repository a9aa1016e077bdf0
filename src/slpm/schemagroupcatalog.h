#pragma once

#include "pg/error.h"
#include "slpm/schemagroups.h"

namespace roledesk {

namespace pg { class Connection; }

/// Reads which schema-group model a database is in and its groups: through slpm_ce's state and
/// group tables where the extension is installed, else from Hologres' settings and the groups'
/// names. The queries are the .sql files under resources/catalog/groups.
class SchemaGroupCatalog {
public:
    /// Blocking; inside the caller's open catalog snapshot transaction (beginCatalogSnapshot),
    /// which stays open. A part the user may not read becomes a warning; only a lost connection
    /// sets \a error.
    static SchemaGroupState readWithin(pg::Connection &conn, pg::Error *error = nullptr);
};

} // namespace roledesk
