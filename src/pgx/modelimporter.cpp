#include "pgx/modelimporter.h"

#include "pg/connection.h"
#include "pgx/modelfilesource.h"
#include "pgx/modelname.h"
#include "pgx/taskoutcome.h"

namespace roledesk {

using namespace pgxdetail;

ModelOutcome ModelImporter::import(pg::Connection &conn, const ModelTaskRequest &request,
                                   const ModelProgress &progress, const std::atomic_bool *cancelled)
{
    using Cause = ModelOutcome::Cause;
    TaskOutcome task(ModelTask::Import, request.model, request.file);
    const QString &name = request.model;

    // Client-side checks: nothing is sent before the name, the metadata and the file are fine.
    if (const QString why = ModelName::problem(name); !why.isEmpty())
        return task.refused(Cause::InvalidName, tr("\"%1\" is not a valid model name: %2").arg(name, why));
    QString metadata;
    if (const QString why = checkMetadata(name, request.metadata, &metadata); !why.isEmpty())
        return task.refused(Cause::InvalidMetadata, why);
    ModelFileSource source;
    QString osError;
    if (const QString why = source.open(request.file, &osError); !why.isEmpty())
        return task.fileProblem(why, osError);
    task.outcome().bytesTotal = source.size();

    Transaction tx(conn);
    const auto fail = [&](const pg::Error &e) {
        tx.rollback();
        return task.failed(conn, e, cancelled);
    };
    if (const pg::Error e = tx.begin(); !e.isNull())
        return fail(e);

    // Pre-flight, before any byte is streamed: the whole registration is tried on an empty large
    // object in a savepoint, then rolled back. PostgreSQL's and the extension's own checks decide
    // (EXECUTE on pgx_import_model, that is the model_owner role; schema USAGE; the name rules, a
    // duplicate name, the metadata), whatever their order. Importing (the copy of the large object
    // into the extension's, the model's functions) has no effect outside the transaction but for
    // the id sequence, so nothing of the trial stays.
    const QString importSql = QStringLiteral("SELECT pgx_inference.pgx_import_model($1::text, $2::oid, $3::jsonb)");
    if (const pg::Result r = conn.exec(QStringLiteral("SAVEPOINT roledesk_preflight")); !r.ok())
        return fail(r.error());
    const pg::Result probe = conn.exec(
        QStringLiteral("SELECT pgx_inference.pgx_import_model($1::text, pg_catalog.lo_create(0), $2::jsonb)"),
        {name, metadata});
    if (!probe.ok())
        return fail(probe.error());
    if (const pg::Result r = conn.exec(QStringLiteral("ROLLBACK TO SAVEPOINT roledesk_preflight")); !r.ok())
        return fail(r.error());

    ModelOutcome ended;
    const std::optional<quint32> file =
        streamModelFile(conn, tx, task, source, request.chunkBytes, request.transfer, progress, cancelled, &ended);
    if (!file)
        return ended;

    const pg::Result imported = conn.exec(importSql, {name, QString::number(*file), metadata});
    if (!imported.ok())
        return fail(imported.error());
    task.outcome().modelId = int(imported.integer(0, 0));
    const pg::Result fn =
        conn.exec(QStringLiteral("SELECT pgx_inference.pgx_get_function_by_model_name($1::text)"), {name});
    if (!fn.ok())
        return fail(fn.error());
    task.outcome().functionName = fn.text(0, 0);
    return task.commit(conn, tx, cancelled);
}

} // namespace roledesk
