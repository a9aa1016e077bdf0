#include "pg/connection.h"
#include "pgx/modelimporter.h"
#include "pgx/modeloperations.h"
#include "pgxfixture.h"
#include "sandbox.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sys/fsuid.h>
#include <unistd.h>

using namespace roledesk;
using Status = ModelOutcome::Status;
using Cause = ModelOutcome::Cause;

Q_DECLARE_METATYPE(roledesk::ModelTaskRequest::Transfer)

/// ModelImporter against pgx_inference_ce in the sandbox: a model imported for real (row,
/// function, its owner and ACL, metadata, size, the bytes back through export), and each way an
/// import can fail, each checked to leave nothing behind.
class TstModelImporter : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void importsModel_data();
    void importsModel();
    void allowedCharacters_data();
    void allowedCharacters();
    void refusedNames_data();
    void refusedNames();
    void duplicateName();
    void emptyFile();
    void missingFile();
    void folderInsteadOfFile();
    void unreadableFile();
    void invalidMetadata();
    void fileTruncatedMidImport();
    void fileDeletedMidImport();
    void cancelMidImport();
    void backendTerminatedMidImport();
    void withoutModelOwnerRole();
    void memoryStaysBounded();
    void cleanupTestCase();

private:
    /// Imports as the owner on a fresh connection.
    ModelOutcome importAs(const QString &role, const ModelTaskRequest &request, const ModelProgress &progress = {},
                          const std::atomic_bool *cancelled = nullptr);
    QString file(const QString &name) const { return m_dir.filePath(name); }

    test::PgxFixture m_fx{QStringLiteral("pgxi")};
    QTemporaryDir m_dir;
};

void TstModelImporter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_fx.setUp());
}

void TstModelImporter::cleanupTestCase()
{
    m_fx.tearDown();
}

ModelOutcome TstModelImporter::importAs(const QString &role, const ModelTaskRequest &request,
                                        const ModelProgress &progress, const std::atomic_bool *cancelled)
{
    pg::Connection conn;
    if (!m_fx.connectAs(conn, role))
        return {};
    return ModelImporter::import(conn, request, progress, cancelled);
}

void TstModelImporter::importsModel_data()
{
    QTest::addColumn<ModelTaskRequest::Transfer>("transfer");
    // What the console does on pgx_inference_ce: the extension writes each chunk into a large
    // object of its own, and the import takes it as it is.
    QTest::newRow("upload") << ModelTaskRequest::Transfer::Auto;
    // What the vendor's pgx_inference takes: a large object of the importer's, copied on import.
    QTest::newRow("large object") << ModelTaskRequest::Transfer::LargeObject;
}

void TstModelImporter::importsModel()
{
    QFETCH(ModelTaskRequest::Transfer, transfer);
    const bool upload = transfer == ModelTaskRequest::Transfer::Auto;
    const QString path = file(QStringLiteral("model.onnx"));
    const qint64 size = 3 * (1 << 20) + 123;
    QVERIFY(test::PgxFixture::writeFile(path, size, 7));
    const QString name = QStringLiteral("pgxi.embed-1_A");
    const auto before = m_fx.leftovers(m_fx.owner());

    QList<std::pair<qint64, qint64>> steps;
    ModelTaskRequest request = ModelTaskRequest::importFile(name, path, QStringLiteral("{\"dim\": 384, \"note\": \"t\u00e9st\"}"));
    request.chunkBytes = 1 << 20;
    request.transfer = transfer;
    pg::Connection conn;
    QVERIFY(m_fx.connectAs(conn, m_fx.owner()));
    // The large object the importer streams into (an upload of the importer's, or the importer's
    // own large object, created just before the first progress report), looked up on the
    // importing session itself while it is uncommitted.
    const QString mine = upload ? QStringLiteral("SELECT file::text FROM pgx_inference.pgx_uploads")
                                : QStringLiteral("SELECT oid::text FROM pg_largeobject_metadata WHERE lomowner = current_user::regrole");
    const QStringList ownedBefore = test::queryColumn(conn, mine);
    QStringList given;
    const ModelOutcome out = ModelImporter::import(conn, request, [&](qint64 done, qint64 total) {
        if (steps.isEmpty())
            for (const QString &oid : test::queryColumn(conn, mine))
                if (!ownedBefore.contains(oid))
                    given << oid;
        steps.append({done, total});
    });
    QVERIFY2(out.ok(), qPrintable(out.message));
    QCOMPARE(given.size(), 1);
    QCOMPARE(out.task, ModelTask::Import);
    QCOMPARE(out.bytesDone, size);
    QCOMPARE(out.bytesTotal, size);
    QVERIFY(out.modelId > 0);
    QCOMPARE(out.functionName, QStringLiteral("pgx_embedding_%1").arg(out.modelId));
    QVERIFY(out.message.isEmpty());

    // Progress: from 0 to the size, never backwards, one step per chunk.
    QCOMPARE(steps.size(), 1 + 4);
    QCOMPARE(steps.first().first, 0);
    QCOMPARE(steps.last().first, size);
    for (qsizetype i = 1; i < steps.size(); ++i) {
        QVERIFY(steps.at(i).first > steps.at(i - 1).first);
        QCOMPARE(steps.at(i).second, size);
    }

    // The row, as the superuser sees it.
    pg::Connection &admin = m_fx.admin();
    const pg::Result row = admin.exec(QStringLiteral(
        "SELECT m.id, r.rolname, m.size, m.metadata = $2::jsonb, m.loaded, "
        "       (SELECT l.lomowner::regrole::text FROM pg_largeobject_metadata l WHERE l.oid = m.model_file) "
        "FROM pgx_inference.pgx_models m JOIN pg_roles r ON r.oid = m.owner WHERE m.name = $1"),
        {name, QStringLiteral("{\"note\": \"t\u00e9st\", \"dim\": 384}")});
    QVERIFY2(row.ok(), qPrintable(row.error().toString()));
    QCOMPARE(row.rows(), 1);
    QCOMPARE(int(row.integer(0, 0)), out.modelId);
    QCOMPARE(row.text(0, 1), m_fx.owner());
    QCOMPARE(row.integer(0, 2), size);
    QVERIFY(row.boolean(0, 3)); // metadata stored as given
    QVERIFY(!row.boolean(0, 4));
    // The model's file is a large object of the extension owner's. An upload is taken as it is
    // (no copy) and its row is gone; a large object of the importer's is copied and removed. Either
    // way the importer keeps no handle on the model's file.
    const QStringList extensionOwner = test::queryColumn(
        admin, QStringLiteral("SELECT extowner::regrole::text FROM pg_extension WHERE extname = 'pgx_inference_ce'"));
    QCOMPARE(extensionOwner.size(), 1);
    QVERIFY(extensionOwner.first() != m_fx.owner());
    QCOMPARE(row.text(0, 5), extensionOwner.first());
    QCOMPARE(test::queryColumn(admin, QStringLiteral("SELECT count(*) FROM pg_largeobject_metadata WHERE oid = $1::oid"),
                               {given.first()}),
             QStringList{upload ? QStringLiteral("1") : QStringLiteral("0")});
    QCOMPARE(test::queryColumn(admin, QStringLiteral("SELECT count(*) FROM pgx_inference.pgx_models WHERE model_file = $1::oid"),
                               {given.first()}),
             QStringList{upload ? QStringLiteral("1") : QStringLiteral("0")});
    QCOMPARE(test::queryColumn(admin, QStringLiteral("SELECT count(*) FROM pgx_inference.pgx_uploads")), QStringList{QStringLiteral("0")});

    // The function: owned by the importer, EXECUTE not granted to PUBLIC (an explicit ACL
    // without a PUBLIC entry: a NULL ACL would mean the default, which includes PUBLIC).
    const pg::Result fn = admin.exec(QStringLiteral(
        "SELECT p.proowner::regrole::text, p.proacl IS NOT NULL, "
        "       NOT EXISTS (SELECT 1 FROM aclexplode(p.proacl) a WHERE a.grantee = 0 AND a.privilege_type = 'EXECUTE'), "
        "       has_function_privilege($2, p.oid, 'EXECUTE') "
        "FROM pg_proc p WHERE p.pronamespace = 'pgx_inference'::regnamespace AND p.proname = $1"),
        {out.functionName, m_fx.noRole()});
    QVERIFY2(fn.ok(), qPrintable(fn.error().toString()));
    QCOMPARE(fn.rows(), 1);
    QCOMPARE(fn.text(0, 0), m_fx.owner());
    QVERIFY(fn.boolean(0, 1));
    QVERIFY(fn.boolean(0, 2));
    QVERIFY(!fn.boolean(0, 3));
    // One large object more, the model's file: the streamed one did not stay behind.
    const auto after = m_fx.leftovers(m_fx.owner());
    QCOMPARE(after.largeObjects, before.largeObjects + 1);
    QCOMPARE(after.models, before.models + 1);
    QCOMPARE(after.functions, before.functions + 1);

    // Export gives back the identical bytes (parts smaller than the file, and not a divisor of it).
    const QString back = file(QStringLiteral("back.onnx"));
    qint64 lastDone = -1;
    const ModelOutcome exported = ModelOperations::exportFile(conn, name, back, [&](qint64 done, qint64 total) {
        QVERIFY(done >= lastDone);
        QCOMPARE(total, size);
        lastDone = done;
    }, nullptr, 1000 * 1000);
    QVERIFY2(exported.ok(), qPrintable(exported.message));
    QCOMPARE(exported.bytesDone, size);
    QCOMPARE(lastDone, size);
    QVERIFY(test::PgxFixture::readFile(back) == test::PgxFixture::readFile(path));

    const ModelOutcome dropped = ModelOperations::drop(conn, name);
    QVERIFY2(dropped.ok(), qPrintable(dropped.message));
    QCOMPARE(m_fx.leftovers(m_fx.owner()), before);
}

void TstModelImporter::allowedCharacters_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("upper") << QStringLiteral("pgxi-ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    QTest::newRow("lower") << QStringLiteral("pgxi-abcdefghijklmnopqrstuvwxyz");
    QTest::newRow("digits") << QStringLiteral("0123456789-pgxi");
    QTest::newRow("punctuation") << QStringLiteral("_-pgxi.a_b-c.d-_");
}

void TstModelImporter::allowedCharacters()
{
    QFETCH(QString, name);
    const QString path = file(QStringLiteral("small.onnx"));
    QVERIFY(test::PgxFixture::writeFile(path, 100, 3));
    const ModelOutcome out = importAs(m_fx.owner(), ModelTaskRequest::importFile(name, path));
    QVERIFY2(out.ok(), qPrintable(out.message));
    const pg::Result r = m_fx.admin().exec(QStringLiteral("SELECT size FROM pgx_inference.pgx_models WHERE name = $1"), {name});
    QCOMPARE(r.rows(), 1);
    QCOMPARE(r.integer(0, 0), 100);
    m_fx.dropModel(name);
}

void TstModelImporter::refusedNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("mention");
    QTest::newRow("double quote") << QStringLiteral("pgxi\"x") << QStringLiteral("U+0022");
    QTest::newRow("single quote") << QStringLiteral("pgxi'x") << QStringLiteral("U+0027");
    QTest::newRow("space") << QStringLiteral("pgxi x") << QStringLiteral("position 5");
    QTest::newRow("non-ASCII") << QStringLiteral("pgxi-mod\u00e8le") << QStringLiteral("U+00E8");
    QTest::newRow("semicolon") << QStringLiteral("pgxi');--") << QStringLiteral("U+0027");
    QTest::newRow("leading dot") << QStringLiteral(".pgxi") << QStringLiteral("start");
    QTest::newRow("double dot") << QStringLiteral("pgxi..x") << QStringLiteral("..");
    QTest::newRow("empty") << QString() << QStringLiteral("empty");
}

void TstModelImporter::refusedNames()
{
    QFETCH(QString, name);
    QFETCH(QString, mention);
    const QString path = file(QStringLiteral("small.onnx"));
    QVERIFY(test::PgxFixture::writeFile(path, 100, 3));
    const auto before = m_fx.leftovers(m_fx.owner());
    bool progressed = false;
    const ModelOutcome out = importAs(m_fx.owner(), ModelTaskRequest::importFile(name, path),
                                      [&](qint64, qint64) { progressed = true; });
    QCOMPARE(out.status, Status::Failed);
    qInfo("%s", qPrintable(out.message));
    QCOMPARE(out.cause, Cause::InvalidName);
    QVERIFY2(out.message.contains(mention), qPrintable(out.message));
    QVERIFY(!progressed);
    QCOMPARE(m_fx.leftovers(m_fx.owner()), before);
}

void TstModelImporter::duplicateName()
{
    const QString path = file(QStringLiteral("dup.onnx"));
    QVERIFY(test::PgxFixture::writeFile(path, 4096, 5));
    const QString name = QStringLiteral("pgxi-dup");
    QVERIFY(importAs(m_fx.owner(), ModelTaskRequest::importFile(name, path)).ok());
    const auto before = m_fx.leftovers(m_fx.owner());
    // Another owner tries the same name: the pre-flight refuses it before a byte is streamed.
    qint64 streamed = 0;
    const ModelOutcome out = importAs(m_fx.role("owner2"), ModelTaskRequest::importFile(name, path),
                                      [&](qint64 done, qint64) { streamed = done; });
    QCOMPARE(out.status, Status::Failed);
    qInfo("%s", qPrintable(out.message));
    QCOMPARE(out.cause, Cause::DuplicateName);
    QCOMPARE(out.error.sqlstate, QStringLiteral("42710"));
    QVERIFY2(out.message.contains(QStringLiteral("\"pgxi-dup\" already exists")), qPrintable(out.message));
    QVERIFY2(out.message.contains(QStringLiteral("roledesk_models")), qPrintable(out.message));
    QCOMPARE(streamed, 0);
    QCOMPARE(m_fx.leftovers(m_fx.owner()), before);
    QCOMPARE(m_fx.leftovers(m_fx.role("owner2")), (test::PgxFixture::Leftovers{0, 0, 0}));
    m_fx.dropModel(name);
}

void TstModelImporter::emptyFile()
{
    const QString path = file(QStringLiteral("empty.onnx"));
    QVERIFY(test::PgxFixture::writeFile(path, 0));
    const auto before = m_fx.leftovers(m_fx.owner());
    const ModelOutcome out = importAs(m_fx.owner(), ModelTaskRequest::importFile(QStringLiteral("pgxi-empty"), path));
    QCOMPARE(out.status, Status::Failed);
    qInfo("%s", qPrintable(out.message));
    QCOMPARE(out.cause, Cause::File);
    QVERIFY2(out.message.contains(QDir::toNativeSeparators(path)) && out.message.contains(QStringLiteral("empty")),
             qPrintable(out.message));
    QCOMPARE(m_fx.leftovers(m_fx.owner()), before);
}

void TstModelImporter::missingFile()
{
    const QString path = file(QStringLiteral("no-such-file.onnx"));
    const auto before = m_fx.leftovers(m_fx.owner());
    const ModelOutcome out = importAs(m_fx.owner(), ModelTaskRequest::importFile(QStringLiteral("pgxi-missing"), path));
    QCOMPARE(out.status, Status::Failed);
    qInfo("%s", qPrintable(out.message));
    QCOMPARE(out.cause, Cause::File);
    QVERIFY2(out.message.contains(QDir::toNativeSeparators(path)) && out.message.contains(QStringLiteral("does not exist")),
             qPrintable(out.message));
    QVERIFY2(out.message.contains(QStringLiteral("Nothing was imported.")), qPrintable(out.message));
    QCOMPARE(m_fx.leftovers(m_fx.owner()), before);
}

void TstModelImporter::folderInsteadOfFile()
{
    const QString path = file(QStringLiteral("a-folder.onnx"));
    QVERIFY(QDir().mkpath(path));
    const auto before = m_fx.leftovers(m_fx.owner());
    const ModelOutcome out = importAs(m_fx.owner(), ModelTaskRequest::importFile(QStringLiteral("pgxi-folder"), path));
    QCOMPARE(out.status, Status::Failed);
    qInfo("%s", qPrintable(out.message));
    QCOMPARE(out.cause, Cause::File);
    QVERIFY2(out.message.contains(QStringLiteral("folder")), qPrintable(out.message));
    QCOMPARE(m_fx.leftovers(m_fx.owner()), before);
}

void TstModelImporter::unreadableFile()
{
    // A file without read permission. The tests run as root, whom chmod 000 does not stop
    // (CAP_DAC_OVERRIDE), so for this check the thread's filesystem user becomes "nobody":
    // setfsuid() from 0 to another id drops the filesystem capabilities, and open() then fails
    // for real with EACCES. (Not root: chmod 000 is enough.) The folder must stay searchable.
    QVERIFY(QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                                    | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther
                                                    | QFile::ExeOther));
    const QString path = file(QStringLiteral("locked.onnx"));
    QVERIFY(test::PgxFixture::writeFile(path, 4096));
    QVERIFY(QFile::setPermissions(path, QFile::Permissions()));
    const auto before = m_fx.leftovers(m_fx.owner());
    pg::Connection conn;
    QVERIFY(m_fx.connectAs(conn, m_fx.owner()));
    const bool root = geteuid() == 0;
    if (root) {
        setfsuid(65534);
        QCOMPARE(int(setfsuid(quint32(-1))), 65534); // reads back the current value
    }
    const ModelOutcome out = ModelImporter::import(conn, ModelTaskRequest::importFile(QStringLiteral("pgxi-locked"), path));
    if (root)
        setfsuid(0);
    QCOMPARE(out.status, Status::Failed);
    qInfo("%s", qPrintable(out.message));
    QCOMPARE(out.cause, Cause::File);
    QVERIFY2(out.message.contains(QStringLiteral("Cannot read file")) && out.message.contains(QDir::toNativeSeparators(path))
                 && out.message.contains(QStringLiteral("Permission denied"), Qt::CaseInsensitive),
             qPrintable(out.message));
    QCOMPARE(m_fx.leftovers(m_fx.owner()), before);
}

void TstModelImporter::invalidMetadata()
{
    const QString path = file(QStringLiteral("small.onnx"));
    QVERIFY(test::PgxFixture::writeFile(path, 100, 3));
    for (const QString &metadata : {QStringLiteral("{\"dim\": "), QStringLiteral("[1, 2]")}) {
        const ModelOutcome out =
            importAs(m_fx.owner(), ModelTaskRequest::importFile(QStringLiteral("pgxi-meta"), path, metadata));
        QCOMPARE(out.status, Status::Failed);
        qInfo("%s", qPrintable(out.message));
        QCOMPARE(out.cause, Cause::InvalidMetadata);
        QVERIFY2(out.message.contains(QStringLiteral("\"pgxi-meta\"")), qPrintable(out.message));
    }
}

void TstModelImporter::fileTruncatedMidImport()
{
    const QString path = file(QStringLiteral("shrinking.onnx"));
    const qint64 size = 4 << 20;
    QVERIFY(test::PgxFixture::writeFile(path, size));
    const auto before = m_fx.leftovers(m_fx.owner());
    ModelTaskRequest request = ModelTaskRequest::importFile(QStringLiteral("pgxi-shrinking"), path);
    request.chunkBytes = 1 << 20;
    const ModelOutcome out = importAs(m_fx.owner(), request, [&](qint64 done, qint64) {
        if (done == 1 << 20)
            QFile::resize(path, size / 2);
    });
    QCOMPARE(out.status, Status::Failed);
    qInfo("%s", qPrintable(out.message));
    QCOMPARE(out.cause, Cause::File);
    QVERIFY2(out.message.contains(QStringLiteral("changed size")) && out.message.contains(QString::number(size))
                 && out.message.contains(QString::number(size / 2)),
             qPrintable(out.message));
    QCOMPARE(out.bytesDone, 1 << 20);
    QCOMPARE(m_fx.leftovers(m_fx.owner()), before);
}

void TstModelImporter::fileDeletedMidImport()
{
    const QString path = file(QStringLiteral("vanishing.onnx"));
    QVERIFY(test::PgxFixture::writeFile(path, 3 << 20));
    const auto before = m_fx.leftovers(m_fx.owner());
    ModelTaskRequest request = ModelTaskRequest::importFile(QStringLiteral("pgxi-vanishing"), path);
    request.chunkBytes = 1 << 20;
    // Deleted after the last chunk was sent: the open descriptor could still read everything,
    // but the model would hold a file that no longer exists, so the import is refused.
    const ModelOutcome out = importAs(m_fx.owner(), request, [&](qint64 done, qint64 total) {
        if (done == total)
            QFile::remove(path);
    });
    QCOMPARE(out.status, Status::Failed);
    qInfo("%s", qPrintable(out.message));
    QCOMPARE(out.cause, Cause::File);
    QVERIFY2(out.message.contains(QStringLiteral("deleted")), qPrintable(out.message));
    QCOMPARE(m_fx.leftovers(m_fx.owner()), before);

    // Deleted half-way.
    QVERIFY(test::PgxFixture::writeFile(path, 3 << 20));
    const ModelOutcome early = importAs(m_fx.owner(), request, [&](qint64 done, qint64) {
        if (done == 1 << 20)
            QFile::remove(path);
    });
    QCOMPARE(early.cause, Cause::File);
    QCOMPARE(early.bytesDone, 1 << 20);
    QCOMPARE(m_fx.leftovers(m_fx.owner()), before);
}

void TstModelImporter::cancelMidImport()
{
    const QString path = file(QStringLiteral("cancelled.onnx"));
    QVERIFY(test::PgxFixture::writeFile(path, 4 << 20));
    const auto before = m_fx.leftovers(m_fx.owner());
    ModelTaskRequest request = ModelTaskRequest::importFile(QStringLiteral("pgxi-cancelled"), path);
    request.chunkBytes = 1 << 20;
    std::atomic_bool cancelled{false};
    qint64 last = 0;
    const ModelOutcome out = importAs(m_fx.owner(), request, [&](qint64 done, qint64) {
        last = done;
        if (done == 2 << 20)
            cancelled = true;
    }, &cancelled);
    QCOMPARE(out.status, Status::Cancelled);
    qInfo("%s", qPrintable(out.message));
    QCOMPARE(last, 2 << 20); // no chunk after the cancel
    QVERIFY2(out.message.contains(QStringLiteral("cancelled")) && out.message.contains(QStringLiteral("pgxi-cancelled")),
             qPrintable(out.message));
    QCOMPARE(m_fx.leftovers(m_fx.owner()), before);
}

void TstModelImporter::backendTerminatedMidImport()
{
    const QString path = file(QStringLiteral("terminated.onnx"));
    QVERIFY(test::PgxFixture::writeFile(path, 4 << 20));
    const auto before = m_fx.leftovers(m_fx.owner());
    pg::Connection conn;
    QVERIFY(m_fx.connectAs(conn, m_fx.owner()));
    const pg::Result pid = conn.exec(QStringLiteral("SELECT pg_backend_pid()"));
    QVERIFY(pid.ok());
    ModelTaskRequest request = ModelTaskRequest::importFile(QStringLiteral("pgxi-terminated"), path);
    request.chunkBytes = 512 << 10;
    bool terminated = false;
    const ModelOutcome out = ModelImporter::import(conn, request, [&](qint64 done, qint64) {
        if (done == 512 << 10) {
            // From a second connection; waits (up to 5 s) until the backend has exited.
            const pg::Result r = m_fx.admin().exec(QStringLiteral("SELECT pg_terminate_backend($1, 5000)"), {pid.text(0, 0)});
            terminated = r.ok() && r.boolean(0, 0);
        }
    });
    QVERIFY(terminated);
    QCOMPARE(out.status, Status::ConnectionLost);
    qInfo("%s", qPrintable(out.message));
    QVERIFY(out.error.connectionLost);
    QVERIFY2(out.message.contains(QStringLiteral("connection to the server was lost"))
                 && out.message.contains(QStringLiteral("pgxi-terminated")),
             qPrintable(out.message));
    QVERIFY(!conn.isOpen());
    QCOMPARE(m_fx.leftovers(m_fx.owner()), before);
}

void TstModelImporter::withoutModelOwnerRole()
{
    const QString path = file(QStringLiteral("small.onnx"));
    QVERIFY(test::PgxFixture::writeFile(path, 100, 3));
    const QString role = m_fx.noRole();
    const auto before = m_fx.leftovers(role);
    bool progressed = false;
    const ModelOutcome out = importAs(role, ModelTaskRequest::importFile(QStringLiteral("pgxi-norole"), path),
                                      [&](qint64, qint64) { progressed = true; });
    QCOMPARE(out.status, Status::Failed);
    qInfo("%s", qPrintable(out.message));
    QCOMPARE(out.cause, Cause::PermissionDenied);
    QCOMPARE(out.error.sqlstate, QStringLiteral("42501"));
    QVERIFY2(out.message.contains(QStringLiteral("\"%1\"").arg(role)) && out.message.contains(QStringLiteral("model_owner"))
                 && out.message.contains(QStringLiteral("pgxi-norole")),
             qPrintable(out.message));
    QVERIFY(!progressed); // refused by the pre-flight, before any byte
    QCOMPARE(m_fx.leftovers(role), before);
    QCOMPARE(m_fx.admin().exec(QStringLiteral("SELECT 1 FROM pgx_inference.pgx_models WHERE name = 'pgxi-norole'")).rows(), 0);
}

void TstModelImporter::memoryStaysBounded()
{
    // 64 MiB in 1 MiB chunks: resident memory may grow by the chunk buffer and libpq's send
    // buffer of the same size, not with the file.
    const QString path = file(QStringLiteral("big.onnx"));
    const qint64 size = 64 << 20;
    QVERIFY(test::PgxFixture::writeFile(path, size));
    ModelTaskRequest request = ModelTaskRequest::importFile(QStringLiteral("pgxi-big"), path);
    request.chunkBytes = 1 << 20;
    pg::Connection conn;
    QVERIFY(m_fx.connectAs(conn, m_fx.owner()));
    const qint64 base = test::PgxFixture::residentBytes();
    QVERIFY(base > 0);
    qint64 peak = base;
    const ModelOutcome out = ModelImporter::import(conn, request, [&](qint64, qint64) {
        peak = qMax(peak, test::PgxFixture::residentBytes());
    });
    QVERIFY2(out.ok(), qPrintable(out.message));
    const qint64 growth = peak - base;
    qInfo("resident memory growth during a 64 MiB import: %.1f MiB", double(growth) / (1 << 20));
    QVERIFY2(growth < 8 * (1 << 20), qPrintable(QStringLiteral("grew by %1 bytes").arg(growth)));
    m_fx.dropModel(QStringLiteral("pgxi-big"));
}

QTEST_GUILESS_MAIN(TstModelImporter)
#include "tst_modelimporter.moc"
