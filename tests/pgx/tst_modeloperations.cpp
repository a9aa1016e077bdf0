#include "pg/connection.h"
#include "pg/identifier.h"
#include "pgx/modelimporter.h"
#include "pgx/modeloperations.h"
#include "pgxfixture.h"
#include "sandbox.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace roledesk;
using Status = ModelOutcome::Status;
using Cause = ModelOutcome::Cause;

/// ModelOperations against pgx_inference_ce in the sandbox, each as the user kind the vendor's
/// matrix allows or refuses: load / unload (system administrator), the configured size limit, a
/// session's own value of a server setting (refused, and told apart from a missing role), deleting
/// a loaded model, metadata, replacing the file, exporting it (with cancel), a model user refused
/// load, delete and export with messages naming the missing role, and a missing model reported as
/// missing even to a role that may not call the extension's function.
class TstModelOperations : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void loadAndUnload();
    void sizeLimitOnLoad();
    void sessionSettingRefused();
    void deleteLoadedModel();
    void updateMetadata();
    void replaceFile();
    void replaceFileDeletedMidway();
    void exportCancelled();
    void modelUserRefused();
    void missingModel();
    void journalEntries_data();
    void journalEntries();
    void cleanupTestCase();

private:
    bool connectAs(pg::Connection &conn, const QString &role) { return m_fx.connectAs(conn, role); }
    QString file(const QString &name) const { return m_dir.filePath(name); }
    /// Model state as the superuser sees it: "loaded", "unloaded" or "missing".
    QString state(const QString &name);

    test::PgxFixture m_fx{QStringLiteral("pgxo")};
    QTemporaryDir m_dir;
    const QString m_model = QStringLiteral("pgxo.model");
    QString m_function;
    const qint64 m_size = (2 << 20) + 17;
};

void TstModelOperations::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_fx.setUp());
    QVERIFY(test::PgxFixture::writeFile(file(QStringLiteral("model.onnx")), m_size, 11));
}

void TstModelOperations::cleanupTestCase()
{
    m_fx.tearDown();
}

void TstModelOperations::init()
{
    // Each test starts with the owner's model, not loaded, permitted to the model user.
    pg::Connection conn;
    QVERIFY(connectAs(conn, m_fx.owner()));
    const ModelOutcome out = ModelImporter::import(
        conn, ModelTaskRequest::importFile(m_model, file(QStringLiteral("model.onnx")), QStringLiteral("{\"v\": 1}")));
    QVERIFY2(out.ok(), qPrintable(out.message));
    m_function = out.functionName;
    QVERIFY(test::execOrFail(conn, QStringLiteral("GRANT EXECUTE ON FUNCTION pgx_inference.%1(text) TO %2")
                                       .arg(pg::quoteIdent(m_function), pg::quoteIdent(m_fx.modelUser()))));
}

void TstModelOperations::cleanup()
{
    m_fx.dropModel(m_model);
}

QString TstModelOperations::state(const QString &name)
{
    const pg::Result r = m_fx.admin().exec(QStringLiteral("SELECT loaded FROM pgx_inference.pgx_models WHERE name = $1"), {name});
    if (!r.ok() || r.rows() != 1)
        return QStringLiteral("missing");
    return r.boolean(0, 0) ? QStringLiteral("loaded") : QStringLiteral("unloaded");
}

void TstModelOperations::loadAndUnload()
{
    pg::Connection conn;
    QVERIFY(connectAs(conn, m_fx.systemAdmin()));
    ModelOutcome out = ModelOperations::load(conn, m_model);
    QVERIFY2(out.ok(), qPrintable(out.message));
    QCOMPARE(out.task, ModelTask::Load);
    QCOMPARE(state(m_model), QStringLiteral("loaded"));
    out = ModelOperations::unload(conn, m_model);
    QVERIFY2(out.ok(), qPrintable(out.message));
    QCOMPARE(state(m_model), QStringLiteral("unloaded"));

    // The owner may not load its own model (only system administrators and the extension owner).
    pg::Connection owner;
    QVERIFY(connectAs(owner, m_fx.owner()));
    out = ModelOperations::load(owner, m_model);
    QCOMPARE(out.cause, Cause::PermissionDenied);
    QVERIFY2(out.message.contains(QStringLiteral("system_administrator")) && out.message.contains(m_fx.owner()),
             qPrintable(out.message));
    QCOMPARE(state(m_model), QStringLiteral("unloaded"));
}

void TstModelOperations::sizeLimitOnLoad()
{
    // The extension counts only the configured limit: configured for the system administrator's
    // sessions in the database, each connection opened after it changed.
    test::ConfiguredSettings configured(test::PgxFixture::database(), m_fx.systemAdmin());
    const qint64 limit = m_size - 1;
    QVERIFY(configured.set("pgx_inference.total_loaded_model_size_limit", QString::number(limit)));
    pg::Connection conn;
    QVERIFY(connectAs(conn, m_fx.systemAdmin()));
    const pg::Result loaded = m_fx.admin().exec(
        QStringLiteral("SELECT coalesce(sum(size), 0) FROM pgx_inference.pgx_models WHERE loaded"));
    QVERIFY(loaded.ok());
    const qint64 total = loaded.integer(0, 0) + m_size;
    const ModelOutcome out = ModelOperations::load(conn, m_model);
    QCOMPARE(out.status, Status::Failed);
    qInfo("%s", qPrintable(out.message));
    QCOMPARE(out.cause, Cause::SizeLimit);
    QCOMPARE(out.error.sqlstate, QStringLiteral("54000"));
    // The message names the model and carries the DETAIL's numbers: size, new total, limit.
    for (const QString &part : {QStringLiteral("\"%1\"").arg(m_model), QString::number(m_size), QString::number(total),
                                QString::number(limit), QStringLiteral("total_loaded_model_size_limit")})
        QVERIFY2(out.message.contains(part), qPrintable(QStringLiteral("%1 not in: %2").arg(part, out.message)));
    QCOMPARE(state(m_model), QStringLiteral("unloaded"));

    QVERIFY(configured.set("pgx_inference.total_loaded_model_size_limit", QString::number(total)));
    conn.close();
    QVERIFY(connectAs(conn, m_fx.systemAdmin()));
    const ModelOutcome fits = ModelOperations::load(conn, m_model);
    QVERIFY2(fits.ok(), qPrintable(fits.message));
    QCOMPARE(state(m_model), QStringLiteral("loaded"));
}

void TstModelOperations::sessionSettingRefused()
{
    // A session's own value of a server setting is refused to every role, whatever it would
    // allow: not a missing privilege, and the message says what to do.
    pg::Connection conn;
    QVERIFY(connectAs(conn, m_fx.systemAdmin()));
    QVERIFY(test::execOrFail(conn, QStringLiteral("SET pgx_inference.total_loaded_model_size_limit = %1").arg(m_size * 2)));
    const ModelOutcome out = ModelOperations::load(conn, m_model);
    QCOMPARE(out.status, Status::Failed);
    qInfo("%s", qPrintable(out.message));
    QCOMPARE(out.cause, Cause::SessionSetting);
    QCOMPARE(out.error.sqlstate, QStringLiteral("42501"));
    for (const QString &part : {QStringLiteral("\"%1\"").arg(m_model), QStringLiteral("pgx_inference.total_loaded_model_size_limit"),
                                QStringLiteral("configured"), QStringLiteral("RESET"), QStringLiteral("Nothing was changed.")})
        QVERIFY2(out.message.contains(part), qPrintable(QStringLiteral("%1 not in: %2").arg(part, out.message)));
    QVERIFY2(!out.message.contains(QStringLiteral("may not load")), qPrintable(out.message));
    QCOMPARE(state(m_model), QStringLiteral("unloaded"));

    // The same session, its value reset, may load.
    QVERIFY(test::execOrFail(conn, QStringLiteral("RESET pgx_inference.total_loaded_model_size_limit")));
    const ModelOutcome reset = ModelOperations::load(conn, m_model);
    QVERIFY2(reset.ok(), qPrintable(reset.message));
    QCOMPARE(state(m_model), QStringLiteral("loaded"));
}

void TstModelOperations::deleteLoadedModel()
{
    pg::Connection admin;
    QVERIFY(connectAs(admin, m_fx.systemAdmin()));
    QVERIFY(ModelOperations::load(admin, m_model).ok());
    pg::Connection owner;
    QVERIFY(connectAs(owner, m_fx.owner()));
    const auto before = m_fx.leftovers(m_fx.owner());
    const QStringList modelFile = test::queryColumn(
        m_fx.admin(), QStringLiteral("SELECT model_file::text FROM pgx_inference.pgx_models WHERE name = $1"), {m_model});
    QCOMPARE(modelFile.size(), 1);
    ModelOutcome out = ModelOperations::drop(owner, m_model);
    QCOMPARE(out.status, Status::Failed);
    qInfo("%s", qPrintable(out.message));
    QCOMPARE(out.cause, Cause::ModelLoaded);
    QCOMPARE(out.error.sqlstate, QStringLiteral("55006"));
    QVERIFY2(out.message.contains(QStringLiteral("unload it first")) && out.message.contains(m_model), qPrintable(out.message));
    QCOMPARE(state(m_model), QStringLiteral("loaded"));
    QCOMPARE(m_fx.leftovers(m_fx.owner()), before);

    QVERIFY(ModelOperations::unload(admin, m_model).ok());
    out = ModelOperations::drop(owner, m_model);
    QVERIFY2(out.ok(), qPrintable(out.message));
    QCOMPARE(state(m_model), QStringLiteral("missing"));
    // The row, the function and the large object are gone.
    QCOMPARE(m_fx.leftovers(m_fx.owner()),
             (test::PgxFixture::Leftovers{before.largeObjects - 1, before.models - 1, before.functions - 1}));
    QCOMPARE(test::queryColumn(m_fx.admin(), QStringLiteral("SELECT count(*) FROM pg_largeobject_metadata WHERE oid = $1::oid"),
                               {modelFile.first()}),
             QStringList{QStringLiteral("0")});
}

void TstModelOperations::updateMetadata()
{
    pg::Connection owner;
    QVERIFY(connectAs(owner, m_fx.owner()));
    ModelOutcome out = ModelOperations::updateMetadata(owner, m_model, QStringLiteral("{\"v\": 2, \"dim\": 384}"));
    QVERIFY2(out.ok(), qPrintable(out.message));
    const auto metadataIs = [this](const char *json) {
        const pg::Result r = m_fx.admin().exec(
            QStringLiteral("SELECT metadata = $2::jsonb FROM pgx_inference.pgx_models WHERE name = $1"),
            {m_model, QString::fromUtf8(json)});
        return r.ok() && r.rows() == 1 && r.boolean(0, 0);
    };
    QVERIFY(metadataIs("{\"dim\": 384, \"v\": 2}"));

    out = ModelOperations::updateMetadata(owner, m_model, QStringLiteral("not json"));
    QCOMPARE(out.cause, Cause::InvalidMetadata);
    QVERIFY2(out.message.contains(m_model), qPrintable(out.message));

    // Valid JSON, but more than the extension takes (1 MiB as text).
    out = ModelOperations::updateMetadata(owner, m_model,
                                          QStringLiteral("{\"blob\": \"%1\"}").arg(QString(1 << 20, u'x')));
    QCOMPARE(out.cause, Cause::InvalidMetadata);
    QCOMPARE(out.error.sqlstate, QStringLiteral("54000"));
    QVERIFY2(out.message.contains(m_model) && out.message.contains(QStringLiteral("1 MiB")), qPrintable(out.message));

    pg::Connection user;
    QVERIFY(connectAs(user, m_fx.modelUser()));
    out = ModelOperations::updateMetadata(user, m_model, QStringLiteral("{}"));
    QCOMPARE(out.cause, Cause::PermissionDenied);
    QVERIFY2(out.message.contains(QStringLiteral("model_owner")) && out.message.contains(m_fx.modelUser()),
             qPrintable(out.message));
    QVERIFY(metadataIs("{\"dim\": 384, \"v\": 2}"));
}

void TstModelOperations::replaceFile()
{
    const QString replacement = file(QStringLiteral("v2.onnx"));
    const qint64 size = (3 << 20) + 5;
    QVERIFY(test::PgxFixture::writeFile(replacement, size, 99));
    pg::Connection owner;
    QVERIFY(connectAs(owner, m_fx.owner()));
    const auto before = m_fx.leftovers(m_fx.owner());
    qint64 last = -1;
    ModelOutcome out = ModelOperations::replaceFile(owner, m_model, replacement, [&](qint64 done, qint64 total) {
        QVERIFY(done > last);
        QCOMPARE(total, size);
        last = done;
    }, nullptr, 1 << 20);
    QVERIFY2(out.ok(), qPrintable(out.message));
    QCOMPARE(last, size);
    const pg::Result r = m_fx.admin().exec(QStringLiteral("SELECT size FROM pgx_inference.pgx_models WHERE name = $1"), {m_model});
    QCOMPARE(r.integer(0, 0), size);
    QCOMPARE(m_fx.leftovers(m_fx.owner()), before); // the old large object was deleted

    const QString back = file(QStringLiteral("v2-back.onnx"));
    out = ModelOperations::exportFile(owner, m_model, back);
    QVERIFY2(out.ok(), qPrintable(out.message));
    QVERIFY(test::PgxFixture::readFile(back) == test::PgxFixture::readFile(replacement));

    // Someone else's model: refused before a byte is sent.
    pg::Connection other;
    QVERIFY(connectAs(other, m_fx.role("owner2")));
    bool progressed = false;
    out = ModelOperations::replaceFile(other, m_model, replacement, [&](qint64, qint64) { progressed = true; });
    QCOMPARE(out.cause, Cause::PermissionDenied);
    QVERIFY(!progressed);
    QCOMPARE(m_fx.leftovers(m_fx.role("owner2")), (test::PgxFixture::Leftovers{0, 0, 0}));
}

void TstModelOperations::replaceFileDeletedMidway()
{
    const QString replacement = file(QStringLiteral("v3.onnx"));
    QVERIFY(test::PgxFixture::writeFile(replacement, 3 << 20, 5));
    pg::Connection owner;
    QVERIFY(connectAs(owner, m_fx.owner()));
    const auto before = m_fx.leftovers(m_fx.owner());
    const ModelOutcome out = ModelOperations::replaceFile(owner, m_model, replacement, [&](qint64 done, qint64) {
        if (done == 1 << 20)
            QFile::remove(replacement);
    }, nullptr, 1 << 20);
    QCOMPARE(out.cause, Cause::File);
    QVERIFY2(out.message.contains(QStringLiteral("keeps its previous file")), qPrintable(out.message));
    QCOMPARE(m_fx.leftovers(m_fx.owner()), before);
    const QString back = file(QStringLiteral("v1-back.onnx"));
    QVERIFY(ModelOperations::exportFile(owner, m_model, back).ok());
    QVERIFY(test::PgxFixture::readFile(back) == test::PgxFixture::readFile(file(QStringLiteral("model.onnx"))));
}

void TstModelOperations::exportCancelled()
{
    QTemporaryDir out;
    QVERIFY(out.isValid());
    const QString target = out.filePath(QStringLiteral("export.onnx"));
    pg::Connection owner;
    QVERIFY(connectAs(owner, m_fx.owner()));
    std::atomic_bool cancelled{false};
    const ModelOutcome result = ModelOperations::exportFile(owner, m_model, target, [&](qint64 done, qint64) {
        if (done >= 256 << 10)
            cancelled = true;
    }, &cancelled, 256 << 10);
    QCOMPARE(result.status, Status::Cancelled);
    qInfo("%s", qPrintable(result.message));
    QVERIFY2(result.message.contains(QStringLiteral("No file was written")), qPrintable(result.message));
    // Neither the file nor a temporary part of it is left.
    QCOMPARE(QDir(out.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
    // The connection is usable again (the read-only transaction was rolled back).
    QVERIFY(ModelOperations::exportFile(owner, m_model, target).ok());
    QCOMPARE(QFileInfo(target).size(), m_size);
}

void TstModelOperations::modelUserRefused()
{
    pg::Connection user;
    QVERIFY(connectAs(user, m_fx.modelUser()));
    const QString role = QStringLiteral("\"%1\"").arg(m_fx.modelUser());

    ModelOutcome out = ModelOperations::load(user, m_model);
    QCOMPARE(out.status, Status::Failed);
    qInfo("%s", qPrintable(out.message));
    QCOMPARE(out.cause, Cause::PermissionDenied);
    QVERIFY2(out.message.contains(role) && out.message.contains(QStringLiteral("system_administrator"))
                 && out.message.contains(m_model),
             qPrintable(out.message));
    QCOMPARE(state(m_model), QStringLiteral("unloaded"));

    out = ModelOperations::drop(user, m_model);
    QCOMPARE(out.cause, Cause::PermissionDenied);
    QVERIFY2(out.message.contains(role) && out.message.contains(QStringLiteral("model_owner")), qPrintable(out.message));
    QCOMPARE(state(m_model), QStringLiteral("unloaded"));

    // Export: refused before the local file is created; an existing file there is untouched.
    const QString target = file(QStringLiteral("kept.onnx"));
    {
        QFile f(target);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("keep me");
    }
    out = ModelOperations::exportFile(user, m_model, target);
    QCOMPARE(out.cause, Cause::PermissionDenied);
    QVERIFY2(out.message.contains(role) && out.message.contains(QStringLiteral("read the file")), qPrintable(out.message));
    QCOMPARE(test::PgxFixture::readFile(target), QByteArray("keep me"));

    // A role without USAGE on the schema is told so.
    QVERIFY(test::execOrFail(m_fx.admin(), QStringLiteral("CREATE ROLE pgxo_nousage LOGIN")));
    pg::Connection nousage;
    QVERIFY(connectAs(nousage, QStringLiteral("pgxo_nousage")));
    out = ModelOperations::load(nousage, m_model);
    QCOMPARE(out.cause, Cause::PermissionDenied);
    QVERIFY2(out.message.contains(QStringLiteral("USAGE")) && out.message.contains(QStringLiteral("pgxo_nousage")),
             qPrintable(out.message));
    nousage.close();
    QVERIFY(test::execOrFail(m_fx.admin(), QStringLiteral("DROP ROLE pgxo_nousage")));
}

void TstModelOperations::missingModel()
{
    pg::Connection admin;
    QVERIFY(connectAs(admin, m_fx.systemAdmin()));
    const QString name = QStringLiteral("pgxo-no-such-model");
    for (const ModelOutcome &out : {ModelOperations::load(admin, name), ModelOperations::drop(admin, name),
                                    ModelOperations::exportFile(admin, name, file(QStringLiteral("none.onnx")))}) {
        QCOMPARE(out.status, Status::Failed);
        qInfo("%s", qPrintable(out.message));
        QCOMPARE(out.cause, Cause::NotFound);
        QVERIFY2(out.message.contains(name) && out.message.contains(QStringLiteral("does not exist")), qPrintable(out.message));
    }
    QVERIFY(!QFile::exists(file(QStringLiteral("none.onnx"))));
}

void TstModelOperations::journalEntries_data()
{
    QTest::addColumn<ModelTaskRequest>("request");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("sql");
    QTest::newRow("load") << ModelTaskRequest::load(QStringLiteral("m.1")) << QStringLiteral("model load")
                          << QStringLiteral("SELECT pgx_inference.pgx_load_model('m.1'::text)");
    QTest::newRow("unload") << ModelTaskRequest::unload(QStringLiteral("m.1")) << QStringLiteral("model unload")
                            << QStringLiteral("SELECT pgx_inference.pgx_unload_model('m.1'::text)");
    QTest::newRow("delete") << ModelTaskRequest::drop(QStringLiteral("m.1")) << QStringLiteral("model delete")
                            << QStringLiteral("SELECT pgx_inference.pgx_drop_model('m.1'::text)");
    QTest::newRow("metadata") << ModelTaskRequest::updateMetadata(QStringLiteral("m.1"), QStringLiteral("{\"n\": \"it's\"}"))
                              << QStringLiteral("model metadata")
                              << QStringLiteral("SELECT pgx_inference.pgx_update_model('m.1'::text, NULL::oid, "
                                                "'{\"n\": \"it''s\"}'::jsonb)");
    QTest::newRow("import") << ModelTaskRequest::importFile(QStringLiteral("m.1"), QStringLiteral("/tmp/a b.onnx"))
                            << QStringLiteral("model import")
                            << QStringLiteral("-- /tmp/a b.onnx streamed into a new large object\n"
                                              "SELECT pgx_inference.pgx_import_model('m.1'::text, <large object>, '{}'::jsonb)");
    QTest::newRow("replace") << ModelTaskRequest::replaceFile(QStringLiteral("m.1"), QStringLiteral("/tmp/b.onnx"))
                             << QStringLiteral("model replace")
                             << QStringLiteral("-- /tmp/b.onnx streamed into a new large object\n"
                                               "SELECT pgx_inference.pgx_update_model('m.1'::text, <large object>, NULL::jsonb)");
}

void TstModelOperations::journalEntries()
{
    QFETCH(ModelTaskRequest, request);
    QFETCH(QString, kind);
    QFETCH(QString, sql);
    ModelOutcome outcome;
    outcome.task = request.task;
    outcome.model = request.model;
    outcome.status = ModelOutcome::Status::Failed;
    outcome.message = QStringLiteral("Model \"m.1\" cannot be changed: permission denied.");
    outcome.error = pg::Error::client(QStringLiteral("permission denied for function pgx_load_model"));
    outcome.sessionUser = QStringLiteral("alice");
    outcome.database = QStringLiteral("ai");
    outcome.server = QStringLiteral("db1:5432");
    outcome.elapsedMs = 7;
    const std::optional<JournalEntry> e = ModelOperations::journalEntry(request, outcome);
    QVERIFY(e);
    QCOMPARE(e->kind, kind);
    QCOMPARE(e->subject, QStringLiteral("m.1"));
    QCOMPARE(e->sql, sql);
    QCOMPARE(e->databaseUser, QStringLiteral("alice"));
    QCOMPARE(e->database, QStringLiteral("ai"));
    QCOMPARE(e->server, QStringLiteral("db1:5432"));
    QCOMPARE(e->result, QStringLiteral("failed"));
    QCOMPARE(e->message, outcome.message + u'\n' + outcome.error.message);
    QCOMPARE(e->durationMs, qint64(7));

    outcome.status = ModelOutcome::Status::Done;
    outcome.message.clear();
    outcome.error = {};
    QCOMPARE(ModelOperations::journalEntry(request, outcome)->result, QStringLiteral("applied"));
    QVERIFY(ModelOperations::journalEntry(request, outcome)->message.isEmpty());
    outcome.status = ModelOutcome::Status::Cancelled;
    QCOMPARE(ModelOperations::journalEntry(request, outcome)->result, QStringLiteral("cancelled"));
    // An export changes nothing in the database.
    QVERIFY(!ModelOperations::journalEntry(ModelTaskRequest::exportFile(QStringLiteral("m.1"), QStringLiteral("/tmp/x")),
                                           outcome));
}

QTEST_GUILESS_MAIN(TstModelOperations)
#include "tst_modeloperations.moc"
