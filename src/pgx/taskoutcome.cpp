#include "pgx/taskoutcome.h"

#include "pg/connection.h"
#include "pgx/extensionsettings.h"
#include "pgx/modelimporter.h"
#include "pgx/modelname.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

namespace roledesk {

namespace {

// SQLSTATEs the extension raises (see resources/extensions/pgx_inference_ce).
constexpr auto InvalidName = u"42602";
constexpr auto DuplicateObject = u"42710";
constexpr auto ObjectInUse = u"55006";
constexpr auto ProgramLimitExceeded = u"54000";
constexpr auto InvalidSchemaName = u"3F000";
constexpr auto UndefinedFunction = u"42883";

} // namespace

QString modelTaskTitle(ModelTask task)
{
    switch (task) {
    case ModelTask::Import: return QCoreApplication::translate("roledesk::ModelTask", "Import model");
    case ModelTask::Load: return QCoreApplication::translate("roledesk::ModelTask", "Load model");
    case ModelTask::Unload: return QCoreApplication::translate("roledesk::ModelTask", "Unload model");
    case ModelTask::Drop: return QCoreApplication::translate("roledesk::ModelTask", "Delete model");
    case ModelTask::UpdateMetadata: return QCoreApplication::translate("roledesk::ModelTask", "Update model metadata");
    case ModelTask::ReplaceFile: return QCoreApplication::translate("roledesk::ModelTask", "Replace model file");
    case ModelTask::Export: return QCoreApplication::translate("roledesk::ModelTask", "Export model file");
    }
    return {};
}

ModelTaskRequest ModelTaskRequest::importFile(const QString &model, const QString &file, const QString &metadata)
{
    return {ModelTask::Import, model, file, metadata, 0};
}
ModelTaskRequest ModelTaskRequest::load(const QString &model) { return {ModelTask::Load, model, {}, {}, 0}; }
ModelTaskRequest ModelTaskRequest::unload(const QString &model) { return {ModelTask::Unload, model, {}, {}, 0}; }
ModelTaskRequest ModelTaskRequest::drop(const QString &model) { return {ModelTask::Drop, model, {}, {}, 0}; }
ModelTaskRequest ModelTaskRequest::updateMetadata(const QString &model, const QString &metadata)
{
    return {ModelTask::UpdateMetadata, model, {}, metadata, 0};
}
ModelTaskRequest ModelTaskRequest::replaceFile(const QString &model, const QString &file)
{
    return {ModelTask::ReplaceFile, model, file, {}, 0};
}
ModelTaskRequest ModelTaskRequest::exportFile(const QString &model, const QString &file)
{
    return {ModelTask::Export, model, file, {}, 0};
}

namespace pgxdetail {

TaskOutcome::TaskOutcome(ModelTask task, const QString &model, const QString &file)
{
    m_timer.start();
    m_o.task = task;
    m_o.model = model;
    m_o.file = file;
}

ModelOutcome TaskOutcome::finish(ModelOutcome::Status status)
{
    m_o.status = status;
    if (status != ModelOutcome::Status::Done) { // what a rolled-back import had read back is gone
        m_o.modelId = 0;
        m_o.functionName.clear();
    }
    m_o.elapsedMs = m_timer.elapsed();
    return m_o;
}

ModelOutcome TaskOutcome::done()
{
    m_o.cause = ModelOutcome::Cause::None;
    m_o.message.clear();
    m_o.error = {};
    return finish(ModelOutcome::Status::Done);
}

ModelOutcome TaskOutcome::refused(ModelOutcome::Cause cause, const QString &message, const pg::Error &error)
{
    m_o.cause = cause;
    m_o.message = message;
    m_o.error = error.isNull() ? pg::Error::client(message) : error;
    return finish(ModelOutcome::Status::Failed);
}

ModelOutcome TaskOutcome::fileProblem(const QString &message, const QString &osError)
{
    pg::Error e = pg::Error::client(osError.isEmpty() ? message : osError);
    return refused(ModelOutcome::Cause::File, message + u' ' + nothingChanged(), e);
}

ModelOutcome TaskOutcome::cancelled()
{
    m_o.cause = ModelOutcome::Cause::None;
    m_o.message = tr("%1 was cancelled. %2").arg(doing(), nothingChanged());
    if (m_o.error.isNull()) {
        m_o.error = pg::Error::client(QStringLiteral("cancelled"));
        m_o.error.sqlstate = QString::fromLatin1(pg::sqlstate::QueryCanceled);
    }
    return finish(ModelOutcome::Status::Cancelled);
}

QString TaskOutcome::doing() const
{
    const QString &m = m_o.model;
    switch (m_o.task) {
    case ModelTask::Import: return tr("Importing model \"%1\"").arg(m);
    case ModelTask::Load: return tr("Loading model \"%1\"").arg(m);
    case ModelTask::Unload: return tr("Unloading model \"%1\"").arg(m);
    case ModelTask::Drop: return tr("Deleting model \"%1\"").arg(m);
    case ModelTask::UpdateMetadata: return tr("Updating the metadata of model \"%1\"").arg(m);
    case ModelTask::ReplaceFile: return tr("Replacing the file of model \"%1\"").arg(m);
    case ModelTask::Export: return tr("Exporting the file of model \"%1\"").arg(m);
    }
    return {};
}

QString TaskOutcome::nothingChanged() const
{
    switch (m_o.task) {
    case ModelTask::Import: return tr("Nothing was imported.");
    case ModelTask::ReplaceFile: return tr("The model keeps its previous file.");
    case ModelTask::Export: return tr("No file was written.");
    default: return tr("Nothing was changed.");
    }
}

bool TaskOutcome::modelMissing(pg::Connection &conn) const
{
    // PostgreSQL refuses a role without EXECUTE on the extension's function before the extension
    // can look for the model; then the extension is asked (pgx_get_model_metadata, which any role
    // with USAGE on the schema may call) and its "does not exist" taken as it comes: any other
    // answer, a visible model or a refusal of an invisible one, means the model is there.
    if (m_o.task == ModelTask::Import || !conn.isOpen())
        return false;
    const pg::Result r =
        conn.exec(QStringLiteral("SELECT pgx_inference.pgx_get_model_metadata($1::text)"), {m_o.model});
    return !r.ok() && r.error().sqlstate == QLatin1String(pg::sqlstate::UndefinedObject);
}

QString TaskOutcome::permissionMessage(pg::Connection &conn) const
{
    // The acting role (SET ROLE counts) and whether it may use the extension's schema at all:
    // without USAGE every call is refused before the extension's own checks.
    QString role = conn.user();
    bool usage = true;
    if (conn.isOpen()) {
        const pg::Result r = conn.exec(QStringLiteral(
            "SELECT current_user, (SELECT has_schema_privilege(n.oid, 'USAGE') FROM pg_catalog.pg_namespace n "
            "WHERE n.nspname = 'pgx_inference')"));
        if (r.ok() && r.rows() == 1) {
            role = r.text(0, 0);
            usage = r.isNull(0, 1) || r.boolean(0, 1);
        }
    }
    if (!usage)
        return tr("Role \"%1\" has no USAGE privilege on schema pgx_inference, so it may not work with model "
                  "\"%2\": the extension owner grants it (pgx_grant_model_role grants it with a model role).")
            .arg(role, m_o.model);
    const QString &m = m_o.model;
    switch (m_o.task) {
    case ModelTask::Import:
        return tr("Role \"%1\" may not import model \"%2\": it needs the model_owner role (granted by the "
                  "extension owner with pgx_grant_model_role) or to be the extension owner.")
            .arg(role, m);
    case ModelTask::Load:
        return tr("Role \"%1\" may not load model \"%2\": it needs the system_administrator role or to be the "
                  "extension owner.")
            .arg(role, m);
    case ModelTask::Unload:
        return tr("Role \"%1\" may not unload model \"%2\": it needs the system_administrator role or to be "
                  "the extension owner.")
            .arg(role, m);
    case ModelTask::Drop:
        return tr("Role \"%1\" may not delete model \"%2\": it needs to own the model and hold the model_owner "
                  "role, the system_administrator role, or to be the extension owner.")
            .arg(role, m);
    case ModelTask::UpdateMetadata:
    case ModelTask::ReplaceFile:
        return tr("Role \"%1\" may not update model \"%2\": it needs to own the model and hold the model_owner "
                  "role, or to be the extension owner.")
            .arg(role, m);
    case ModelTask::Export:
        return tr("Role \"%1\" may not read the file of model \"%2\": it needs to own the model and hold the "
                  "model_owner role, or to be the extension owner.")
            .arg(role, m);
    }
    return {};
}

ModelOutcome TaskOutcome::failed(pg::Connection &conn, const pg::Error &e, const std::atomic_bool *cancelFlag)
{
    using Cause = ModelOutcome::Cause;
    m_o.error = e;
    if (cancelFlag && cancelFlag->load())
        return cancelled();
    if (e.connectionLost) {
        // A task in a transaction left nothing behind; a single statement may have committed
        // just before the session ended.
        const bool transactional = m_o.task == ModelTask::Import || m_o.task == ModelTask::ReplaceFile
                                   || m_o.task == ModelTask::Export;
        m_o.cause = Cause::Server;
        // libpq adds lines of its own ("server closed the connection unexpectedly..."): the first says why.
        const QString why = e.message.section(u'\n', 0, 0).trimmed();
        m_o.message = tr("%1 failed: the connection to the server was lost (%2).").arg(doing(), why) + u' '
                      + (transactional ? nothingChanged() : tr("Refresh to see whether it took effect."));
        return finish(ModelOutcome::Status::ConnectionLost);
    }
    const QString &m = m_o.model;
    const QString db = conn.database();
    Cause cause = Cause::Server;
    QString message;
    const QString state = e.sqlstate;
    const QString notFound =
        tr("Model \"%1\" does not exist in database \"%2\" (it may have been deleted meanwhile).").arg(m, db);
    if (const QString setting = ExtensionSettings::refusedSessionValue(e); !setting.isEmpty()) {
        cause = Cause::SessionSetting;
        message = tr("%1 was refused: this session's value of %2 differs from its configured value, and "
                     "pgx_inference uses only the configured one, whatever the role. Reset it in the session "
                     "(RESET %2; look at the connection's options and PGOPTIONS), or have a superuser configure "
                     "it (ALTER DATABASE, ALTER ROLE or ALTER SYSTEM).")
                      .arg(doing(), setting);
    } else if (state == QLatin1String(pg::sqlstate::InsufficientPrivilege)) {
        if (modelMissing(conn)) {
            cause = Cause::NotFound;
            message = notFound;
        } else {
            cause = Cause::PermissionDenied;
            message = permissionMessage(conn);
        }
    } else if (state == InvalidName) {
        cause = Cause::InvalidName;
        QString why = ModelName::problem(m);
        if (why.isEmpty())
            why = e.detail.isEmpty() ? e.message : e.detail;
        message = tr("\"%1\" is not a valid model name: %2").arg(m, why);
    } else if (state == DuplicateObject) {
        cause = Cause::DuplicateName;
        message = tr("A model named \"%1\" already exists in database \"%2\": choose another name, or replace "
                     "that model's file.")
                      .arg(m, db);
    } else if (state == QLatin1String(pg::sqlstate::UndefinedObject)) {
        cause = Cause::NotFound;
        message = notFound;
    } else if (state == ObjectInUse && m_o.task == ModelTask::Drop) {
        cause = Cause::ModelLoaded;
        message = tr("Model \"%1\" is loaded and cannot be deleted: unload it first.").arg(m);
    } else if (state == ProgramLimitExceeded && m_o.task == ModelTask::Load) {
        cause = Cause::SizeLimit;
        message = tr("Model \"%1\" could not be loaded: the total size of the loaded models would exceed "
                     "the limit (pgx_inference.total_loaded_model_size_limit).")
                      .arg(m);
        if (!e.detail.isEmpty())
            message += u'\n' + e.detail;
    } else if (state == ProgramLimitExceeded
               && (m_o.task == ModelTask::Import || m_o.task == ModelTask::UpdateMetadata)) {
        cause = Cause::InvalidMetadata;
        message = tr("The metadata of model \"%1\" is larger than pgx_inference takes.").arg(m);
        if (!e.detail.isEmpty())
            message += u'\n' + e.detail;
    } else if (state == InvalidSchemaName || state == UndefinedFunction) {
        cause = Cause::NoExtension;
        message = tr("%1 failed: database \"%2\" has no pgx_inference extension, or one without the function "
                     "needed (%3).")
                      .arg(doing(), db, e.message);
    } else {
        message = tr("%1 failed: %2").arg(doing(), e.toString());
    }
    if (cause != Cause::Server && cause != Cause::NoExtension && cause != Cause::ModelLoaded)
        message += u' ' + nothingChanged();
    m_o.cause = cause;
    m_o.message = message;
    return finish(ModelOutcome::Status::Failed);
}

ModelOutcome TaskOutcome::commit(pg::Connection &conn, Transaction &tx, const std::atomic_bool *cancelFlag)
{
    if (cancelFlag && cancelFlag->load()) {
        tx.rollback();
        return cancelled();
    }
    if (const pg::Error e = tx.commit(); !e.isNull())
        return failed(conn, e, cancelFlag);
    return done();
}

pg::Error Transaction::begin(const char *sql)
{
    const pg::Result r = m_conn.exec(QString::fromLatin1(sql));
    m_open = r.ok();
    return r.error();
}

pg::Error Transaction::commit()
{
    if (!m_open)
        return pg::Error::client(QStringLiteral("no transaction to commit"));
    const pg::Result r = m_conn.exec(QStringLiteral("COMMIT"));
    m_open = false; // a failed COMMIT ends the transaction too (rolled back)
    return r.error();
}

void Transaction::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    if (m_conn.isOpen())
        m_conn.exec(QStringLiteral("ROLLBACK"));
}

QString checkMetadata(const QString &model, const QString &text, QString *json)
{
    if (text.trimmed().isEmpty()) {
        *json = QStringLiteral("{}");
        return {};
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return TaskOutcome::tr("The metadata of model \"%1\" is not valid JSON: %2 (at byte %3).")
            .arg(model, error.errorString())
            .arg(error.offset + 1);
    if (!doc.isObject())
        return TaskOutcome::tr("The metadata of model \"%1\" must be a JSON object ({...}).").arg(model);
    // The text as given: the server stores it as jsonb, which normalises it anyway.
    *json = text;
    return {};
}

qint64 chunkBytesFor(qint64 requested)
{
    if (requested <= 0)
        return ModelImporter::DefaultChunkBytes;
    // The server takes at most 1 GB per message; a few KiB at least keeps the overhead sane.
    return std::clamp<qint64>(requested, 4096, 256LL << 20);
}

} // namespace pgxdetail
} // namespace roledesk
