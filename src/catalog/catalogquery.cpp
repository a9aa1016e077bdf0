#include "catalog/catalogquery.h"

#include "pg/connection.h"

#include <QCoreApplication>

namespace roledesk {

pg::Result beginCatalogSnapshot(pg::Connection &conn)
{
    pg::Result begin = conn.exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
    if (begin.ok()) {
        conn.exec(QStringLiteral("SET LOCAL search_path = pg_catalog"));
        // Catalog queries that return little can cost enough to be JIT-compiled, and the
        // compilation then takes longer than the query (half of a 1.3 s snapshot at scale 2).
        conn.exec(QStringLiteral("SET LOCAL jit = off"));
    }
    return begin;
}

pg::Result runCatalogQuery(pg::Connection &conn, const QString &resource)
{
    const QString sql = pg::Connection::sqlResource(resource);
    if (sql.isEmpty())
        return pg::Result::failure(pg::Error::client(
            QCoreApplication::translate("roledesk::CatalogReader", "Internal error: the catalog query %1 is missing.")
                .arg(resource)));
    conn.exec(QStringLiteral("SAVEPOINT roledesk_part"));
    pg::Result result = conn.exec(sql);
    if (result.ok())
        conn.exec(QStringLiteral("RELEASE SAVEPOINT roledesk_part"));
    else if (!result.error().connectionLost)
        conn.exec(QStringLiteral("ROLLBACK TO SAVEPOINT roledesk_part"));
    return result;
}

} // namespace roledesk
