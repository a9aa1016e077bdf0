#include "pg/pipeline.h"

#include "pg/connection.h"

#include <libpq-fe.h>

#include <algorithm>

namespace roledesk::pg {

namespace {

QString field(const PGresult *res, int code)
{
    const char *v = PQresultErrorField(res, code);
    return v ? QString::fromUtf8(v) : QString();
}

Error connectionError(PGconn *conn, const QString &statement)
{
    Error e = Error::client(QString::fromUtf8(PQerrorMessage(conn)).trimmed());
    e.severity = QStringLiteral("FATAL");
    e.connectionLost = PQstatus(conn) != CONNECTION_OK;
    e.statement = statement;
    if (e.message.isEmpty())
        e.message = QStringLiteral("the connection to the server was lost");
    return e;
}

Error resultError(PGconn *conn, const PGresult *res, const QString &statement)
{
    Error e;
    e.statement = statement;
    e.sqlstate = field(res, PG_DIAG_SQLSTATE);
    e.severity = field(res, PG_DIAG_SEVERITY_NONLOCALIZED);
    e.message = field(res, PG_DIAG_MESSAGE_PRIMARY);
    e.detail = field(res, PG_DIAG_MESSAGE_DETAIL);
    e.hint = field(res, PG_DIAG_MESSAGE_HINT);
    e.context = field(res, PG_DIAG_CONTEXT);
    if (e.message.isEmpty())
        e.message = QString::fromUtf8(PQresultErrorMessage(res)).trimmed();
    if (e.message.isEmpty())
        e.message = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
    // A FATAL (pg_terminate_backend, shutdown) ends the session even if libpq has not noticed yet.
    e.connectionLost = PQstatus(conn) != CONNECTION_OK || e.severity == u"FATAL" || e.severity == u"PANIC"
                       || e.sqlstate.startsWith(QLatin1String("08"));
    return e;
}

} // namespace

PipelineOutcome runPipeline(Connection &conn, const QList<PipelineStatement> &statements, int batchSize,
                            const std::function<bool(int done)> &between)
{
    PipelineOutcome out;
    PGconn *c = conn.handle();
    if (!conn.isOpen()) {
        out.error = c ? connectionError(c, {}) : Error::client(QStringLiteral("not connected"));
        out.error.connectionLost = true;
        return out;
    }
    if (!PQenterPipelineMode(c)) {
        out.error = connectionError(c, {});
        return out;
    }
    const int total = int(statements.size());
    batchSize = std::max(1, batchSize);
    bool broken = false;
    for (int start = 0; start < total && !broken && out.error.isNull(); start += batchSize) {
        const int end = std::min(total, start + batchSize);
        int sent = start;
        for (; sent < end; ++sent) {
            const QByteArray sql = statements.at(sent).sql.toUtf8();
            const EncodedParams values(statements.at(sent).params);
            if (!PQsendQueryParams(c, sql.constData(), values.count(), nullptr, values.values(), values.lengths(), values.formats(), 0))
                break;
        }
        if (sent < end || !PQpipelineSync(c) || PQflush(c) < 0) {
            // Sending failed: the server went away (its FATAL, if any, is read below) or libpq
            // refused. Read what came back, then report the connection.
            out.failedIndex = sent < end ? sent : -1;
            out.error = connectionError(c, sent < end ? statements.at(sent).sql : QString());
        }
        // Read one result set per statement sent, then the sync.
        int q = start;
        bool synced = false;
        while (!synced) {
            PGresult *res = PQgetResult(c);
            if (!res) {
                if (PQstatus(c) == CONNECTION_BAD || q >= sent) {
                    broken = PQstatus(c) == CONNECTION_BAD || !out.error.isNull();
                    break;
                }
                ++q; // end of statement q's results
                continue;
            }
            switch (PQresultStatus(res)) {
            case PGRES_PIPELINE_SYNC:
                synced = true;
                break;
            case PGRES_COMMAND_OK:
            case PGRES_TUPLES_OK:
            case PGRES_EMPTY_QUERY:
                if (out.error.isNull())
                    out.completed = q + 1;
                break;
            case PGRES_PIPELINE_ABORTED:
                break;
            default:
                // Keep the first error: after a FATAL libpq adds a generic "server closed the
                // connection" that would hide the cause.
                if (out.error.isNull() || (out.failedIndex < 0 && out.error.sqlstate.isEmpty()
                                           && !field(res, PG_DIAG_SQLSTATE).isEmpty())) {
                    out.error = resultError(c, res, q < total ? statements.at(q).sql : QString());
                    out.failedIndex = q < total && q < sent ? q : -1;
                }
                break;
            }
            PQclear(res);
            if (PQstatus(c) == CONNECTION_BAD) {
                broken = true;
                break;
            }
        }
        if (broken) {
            if (out.error.isNull())
                out.error = connectionError(c, {});
            out.error.connectionLost = true;
            break;
        }
        if (out.error.isNull() && between && !between(out.completed)) {
            out.stopped = true;
            break;
        }
    }
    if (!broken && PQpipelineStatus(c) != PQ_PIPELINE_OFF)
        PQexitPipelineMode(c);
    if (PQstatus(c) == CONNECTION_BAD && !out.error.isNull())
        out.error.connectionLost = true;
    return out;
}

} // namespace roledesk::pg
