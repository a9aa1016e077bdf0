#pragma once

#include "pg/result.h"

#include <QString>

namespace roledesk {

namespace pg { class Connection; }

/// Opens the transaction every catalog read runs in: REPEATABLE READ READ ONLY, so all its
/// queries see one state, with search_path pg_catalog so regprocedure and types print qualified,
/// and without JIT compilation (it costs more than the catalog queries save).
pg::Result beginCatalogSnapshot(pg::Connection &conn);

/// Runs the read-only query in Qt resource \a resource (":/catalog/roles.sql") inside a savepoint,
/// so that a refused part (permission denied) leaves the transaction usable: on an error the
/// savepoint is rolled back unless the connection is gone. A missing resource is a client error.
pg::Result runCatalogQuery(pg::Connection &conn, const QString &resource);

} // namespace roledesk
