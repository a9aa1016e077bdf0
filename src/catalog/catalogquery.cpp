#include "catalog/catalogquery.h"

#include "pg/connection.h"

#include <QCoreApplication>

namespace roledesk {

pg::Result beginCatalogSnapshot(pg::Connection &conn)
{
    pg::Result begin = conn.exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
    if (begin.ok())
        conn.exec(QStringLiteral("SET LOCAL search_path = pg_catalog"));
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
