#include "pgx/modeloperations.h"

#include "export/outputfile.h"
#include "pg/connection.h"
#include "pgx/modelfilesource.h"
#include "pgx/modelimporter.h"
#include "pgx/taskoutcome.h"
#include "plan/sqlgenerator.h"

#include <QDir>

namespace roledesk {

using namespace pgxdetail;

namespace {

// The calls of the extension, shared by the tasks and the journal's account of them.
const QString LoadSql = QStringLiteral("SELECT pgx_inference.pgx_load_model($1::text)");
const QString UnloadSql = QStringLiteral("SELECT pgx_inference.pgx_unload_model($1::text)");
const QString DropSql = QStringLiteral("SELECT pgx_inference.pgx_drop_model($1::text)");
const QString MetadataSql = QStringLiteral("SELECT pgx_inference.pgx_update_model($1::text, NULL::oid, $2::jsonb)");
const QString UpdateFileSql = QStringLiteral("SELECT pgx_inference.pgx_update_model($1::text, $2::oid, NULL::jsonb)");

/// One call of the extension, in its own (implicit) transaction.
ModelOutcome single(pg::Connection &conn, ModelTask kind, const QString &model, const QString &sql,
                    const pg::Params &params)
{
    TaskOutcome task(kind, model);
    if (const pg::Result r = conn.exec(sql, params); !r.ok())
        return task.failed(conn, r.error(), nullptr);
    return task.done();
}

} // namespace

ModelOutcome ModelOperations::load(pg::Connection &conn, const QString &model)
{
    return single(conn, ModelTask::Load, model, LoadSql, {model});
}

ModelOutcome ModelOperations::unload(pg::Connection &conn, const QString &model)
{
    return single(conn, ModelTask::Unload, model, UnloadSql, {model});
}

ModelOutcome ModelOperations::drop(pg::Connection &conn, const QString &model)
{
    return single(conn, ModelTask::Drop, model, DropSql, {model});
}

ModelOutcome ModelOperations::updateMetadata(pg::Connection &conn, const QString &model, const QString &metadata)
{
    QString json;
    if (const QString why = checkMetadata(model, metadata, &json); !why.isEmpty())
        return TaskOutcome(ModelTask::UpdateMetadata, model).refused(ModelOutcome::Cause::InvalidMetadata, why);
    return single(conn, ModelTask::UpdateMetadata, model, MetadataSql, {model, json});
}

ModelOutcome ModelOperations::replaceFile(pg::Connection &conn, const QString &model, const QString &file,
                                          const ModelProgress &progress, const std::atomic_bool *cancelled,
                                          qint64 chunkBytes, ModelTaskRequest::Transfer transfer)
{
    TaskOutcome task(ModelTask::ReplaceFile, model, file);
    ModelFileSource source;
    QString osError;
    if (const QString why = source.open(file, &osError); !why.isEmpty())
        return task.fileProblem(why, osError);
    task.outcome().bytesTotal = source.size();

    Transaction tx(conn);
    const auto fail = [&](const pg::Error &e) {
        tx.rollback();
        return task.failed(conn, e, cancelled);
    };
    if (const pg::Error e = tx.begin(); !e.isNull())
        return fail(e);
    // Pre-flight: with neither a file nor metadata, pgx_update_model is refused to a role without
    // the model_owner role (no EXECUTE, 42501), finds the model (42704) and checks that the caller
    // owns it (42501), then changes nothing.
    const QString &updateSql = UpdateFileSql;
    if (const pg::Result r = conn.exec(updateSql, {model, QVariant()}); !r.ok())
        return fail(r.error());

    ModelOutcome ended;
    const std::optional<quint32> streamed =
        streamModelFile(conn, tx, task, source, chunkBytes, transfer, progress, cancelled, &ended);
    if (!streamed)
        return ended;
    // The extension takes the upload (or copies the caller's large object into one of its own),
    // and removes the old file, in the same transaction.
    if (const pg::Result r = conn.exec(updateSql, {model, QString::number(*streamed)}); !r.ok())
        return fail(r.error());
    return task.commit(conn, tx, cancelled);
}

ModelOutcome ModelOperations::exportFile(pg::Connection &conn, const QString &model, const QString &file,
                                         const ModelProgress &progress, const std::atomic_bool *cancelled,
                                         qint64 partBytes)
{
    TaskOutcome task(ModelTask::Export, model, file);
    const qint64 part = chunkBytesFor(partBytes);
    const QString shown = QDir::toNativeSeparators(file);
    Transaction tx(conn);
    const auto fail = [&](const pg::Error &e) {
        tx.rollback();
        return task.failed(conn, e, cancelled);
    };
    // One snapshot for all parts: a replacement committed meanwhile is not seen half-way.
    if (const pg::Error e = tx.begin("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"); !e.isNull())
        return fail(e);
    const pg::Result sized = conn.exec(
        QStringLiteral("SELECT size FROM pgx_inference.pgx_list_model_metadata() WHERE name = $1::text"), {model});
    if (!sized.ok())
        return fail(sized.error());
    const qint64 total = sized.rows() == 1 ? sized.integer(0, 0) : -1; // -1: read until a short part
    task.outcome().bytesTotal = qMax<qint64>(total, 0);

    // The first part is read before the local file exists: a refusal leaves nothing on disk.
    const QString readSql =
        QStringLiteral("SELECT pgx_inference.pgx_read_model_file($1::text, $2::bigint, $3::integer)");
    pg::Result r = conn.execBinary(readSql, {model, 0, part});
    if (!r.ok())
        return fail(r.error());
    OutputFile out(file);
    if (!out.open()) {
        tx.rollback();
        return task.fileProblem(tr("Cannot write file \"%1\": %2.").arg(shown, out.errorString()), out.errorString());
    }
    qint64 done = 0;
    if (progress)
        progress(0, qMax<qint64>(total, 0));
    for (;;) {
        const qint64 n = r.rows() == 1 && !r.isNull(0, 0) ? r.length(0, 0) : 0;
        if (n > 0 && out.write(r.raw(0, 0), n) != n) {
            const QString why = out.errorString();
            out.cancel();
            tx.rollback();
            return task.fileProblem(tr("Cannot write file \"%1\" after %2 bytes: %3.").arg(shown).arg(done).arg(why),
                                    why);
        }
        done += n;
        task.outcome().bytesDone = done;
        if (progress)
            progress(done, qMax(total, done));
        if (n < part || (total >= 0 && done >= total))
            break;
        if (cancelled && cancelled->load()) {
            out.cancel();
            tx.rollback();
            return task.cancelled();
        }
        r = conn.execBinary(readSql, {model, done, part});
        if (!r.ok()) {
            out.cancel();
            return fail(r.error());
        }
    }
    if (total >= 0 && done != total) {
        out.cancel();
        tx.rollback();
        return task.refused(ModelOutcome::Cause::Server,
                            tr("The file of model \"%1\" holds %2 bytes, but the model records %3 bytes. %4")
                                .arg(model)
                                .arg(done)
                                .arg(total)
                                .arg(task.nothingChanged()));
    }
    if (const pg::Error e = tx.commit(); !e.isNull()) {
        out.cancel();
        return task.failed(conn, e, cancelled);
    }
    if (!out.commit())
        return task.fileProblem(tr("Cannot write file \"%1\": %2.").arg(shown, out.errorString()), out.errorString());
    task.outcome().bytesTotal = done;
    return task.done();
}

ModelOutcome ModelOperations::run(pg::Connection &conn, const ModelTaskRequest &request,
                                  const ModelProgress &progress, const std::atomic_bool *cancelled)
{
    const auto isCancelled = [cancelled] { return cancelled && cancelled->load(); };
    TaskOutcome task(request.task, request.model, request.file);
    if (isCancelled())
        return task.cancelled();
    ModelOutcome outcome;
    switch (request.task) {
    case ModelTask::Import: return ModelImporter::import(conn, request, progress, cancelled);
    case ModelTask::ReplaceFile:
        return replaceFile(conn, request.model, request.file, progress, cancelled, request.chunkBytes, request.transfer);
    case ModelTask::Export: return exportFile(conn, request.model, request.file, progress, cancelled, request.chunkBytes);
    case ModelTask::Load: outcome = load(conn, request.model); break;
    case ModelTask::Unload: outcome = unload(conn, request.model); break;
    case ModelTask::Drop: outcome = drop(conn, request.model); break;
    case ModelTask::UpdateMetadata: outcome = updateMetadata(conn, request.model, request.metadata); break;
    }
    // A single statement cancelled on the server (the runner's cancel()) reports as cancelled.
    if (outcome.status == ModelOutcome::Status::Failed && isCancelled()
        && outcome.error.sqlstate == QLatin1String(pg::sqlstate::QueryCanceled)) {
        task.outcome().error = outcome.error;
        return task.cancelled();
    }
    return outcome;
}

QString ModelOperations::callsText(const ModelTaskRequest &request)
{
    // A streamed file: where it came from, then the call that takes its large object.
    const auto streamed = [&request](const QString &sql, const pg::Params &params) {
        QString file = request.file;
        file.replace(u'\n', u' ').replace(u'\r', u' ');
        return QStringLiteral("-- %1 streamed into a new large object\n").arg(file)
            + Statement{sql, -1, {}, params}.display();
    };
    QString metadata; // as sent: "" becomes {}; invalid metadata was never sent, shown as given
    if (!checkMetadata(request.model, request.metadata, &metadata).isEmpty())
        metadata = request.metadata;
    switch (request.task) {
    case ModelTask::Import:
        return streamed(QStringLiteral("SELECT pgx_inference.pgx_import_model($1::text, <large object>, $2::jsonb)"),
                        {request.model, metadata});
    case ModelTask::ReplaceFile:
        return streamed(QString(UpdateFileSql).replace(QStringLiteral("$2::oid"), QStringLiteral("<large object>")),
                        {request.model});
    case ModelTask::Load: return Statement{LoadSql, -1, {}, {request.model}}.display();
    case ModelTask::Unload: return Statement{UnloadSql, -1, {}, {request.model}}.display();
    case ModelTask::Drop: return Statement{DropSql, -1, {}, {request.model}}.display();
    case ModelTask::UpdateMetadata: return Statement{MetadataSql, -1, {}, {request.model, metadata}}.display();
    case ModelTask::Export: break;
    }
    return {};
}

std::optional<JournalEntry> ModelOperations::journalEntry(const ModelTaskRequest &request, const ModelOutcome &outcome)
{
    JournalEntry e;
    switch (request.task) {
    case ModelTask::Import: e.kind = QStringLiteral("model import"); break;
    case ModelTask::Load: e.kind = QStringLiteral("model load"); break;
    case ModelTask::Unload: e.kind = QStringLiteral("model unload"); break;
    case ModelTask::Drop: e.kind = QStringLiteral("model delete"); break;
    case ModelTask::ReplaceFile: e.kind = QStringLiteral("model replace"); break;
    case ModelTask::UpdateMetadata: e.kind = QStringLiteral("model metadata"); break;
    case ModelTask::Export: return std::nullopt; // a local file only: nothing changed in the database
    }
    e.subject = request.model;
    e.databaseUser = outcome.sessionUser;
    e.database = outcome.database;
    e.server = outcome.server;
    e.systemIdentifier = outcome.systemIdentifier;
    e.sql = callsText(request);
    e.statements = 1;
    e.durationMs = outcome.elapsedMs;
    switch (outcome.status) {
    case ModelOutcome::Status::Done: e.result = QStringLiteral("applied"); break;
    case ModelOutcome::Status::Failed: e.result = QStringLiteral("failed"); break;
    case ModelOutcome::Status::Cancelled: e.result = QStringLiteral("cancelled"); break;
    case ModelOutcome::Status::ConnectionLost: e.result = QStringLiteral("connection lost"); break;
    }
    if (!outcome.ok()) {
        QStringList message;
        if (!outcome.message.isEmpty())
            message << outcome.message;
        if (!outcome.error.message.isEmpty() && !outcome.message.contains(outcome.error.message.trimmed()))
            message << outcome.error.message.trimmed();
        e.message = message.join(u'\n');
    }
    return e;
}

} // namespace roledesk
