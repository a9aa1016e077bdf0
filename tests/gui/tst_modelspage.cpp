#include "models/extensioninstalldialog.h"
#include "models/modelimportdialog.h"
#include "models/modelspage.h"
#include "window/session.h"
#include "models/modelinventorymodel.h"
#include "sandbox.h"
#include "store/journal.h"
#include "store/workspace.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace roledesk;

/// The Models page against the sandbox's roledesk_models: import through the dialog (name rules,
/// duplicates, cancel leaving nothing), load and unload, the size limit, deleting a loaded model,
/// granting use through the pending plan and applying it, a user without the model_owner role,
/// and installing pgx_inference_ce into a database that has none. Every task but an export is
/// recorded in the journal, with the role the server saw.
class TstModelsPage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void importThroughDialog();
    void duplicateAndInvalidNames();
    void cancelLeavesNothing();
    void loadUnloadAndSizeLimit();
    void deleteLoadedModelIsRefused();
    void journalRecordsTasks();
    void journalRecordsTheServersRole();
    void grantUseAndApply();
    void userWithoutRole();
    void installExtension();

private:
    bool connectSession(Session &session, const QString &db, const QString &user = {});
    QString makeFile(const QString &name, qint64 bytes);
    int count(const QString &sql);
    bool waitForTask(ModelsPage &page, ModelOutcome *outcome, int timeoutMs = 30000);
    /// Runs \a request on \a page and waits for its outcome.
    ModelOutcome run(ModelsPage &page, const ModelTaskRequest &request);

    pg::Connection m_conn;
    QTemporaryDir m_dir;
    const QString m_db = QStringLiteral("roledesk_models");
    const QString m_noExtDb = QStringLiteral("rdt_models_noext");
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<Journal> m_journal;
};

void TstModelsPage::initTestCase()
{
    QString why;
    QVERIFY2(test::sandboxConfigured(&why), qPrintable(why));
    QVERIFY(m_dir.isValid());
    QVERIFY(test::openSandbox(m_conn, m_db));
    cleanupTestCase();
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("CREATE ROLE rdt_mp_user LOGIN")));
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("CREATE ROLE rdt_mp_reader NOLOGIN")));
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("GRANT USAGE ON SCHEMA pgx_inference TO rdt_mp_user")));
    m_ws = std::make_unique<Workspace>(m_dir.filePath(QStringLiteral("ws.sqlite")));
    QVERIFY(m_ws->open().isNull());
    m_journal = std::make_unique<Journal>(m_ws.get());
}

void TstModelsPage::cleanupTestCase()
{
    if (!m_conn.isOpen())
        return;
    test::dropModelFixture(m_conn,
                           {QStringLiteral("rdt_gui.model-1"), QStringLiteral("rdt_gui_cancel"), QStringLiteral("rdt_gui_big"),
                            QStringLiteral("rdt_gui_journal")},
                           {QStringLiteral("rdt_mp_user"), QStringLiteral("rdt_mp_reader")});
    m_conn.exec(QStringLiteral("ALTER DATABASE roledesk_models RESET pgx_inference.total_loaded_model_size_limit"));
    m_conn.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_noExtDb));
}

int TstModelsPage::count(const QString &sql)
{
    const pg::Result r = m_conn.exec(sql);
    return r.ok() && r.rows() == 1 ? int(r.integer(0, 0)) : -1;
}

bool TstModelsPage::connectSession(Session &session, const QString &db, const QString &user)
{
    QSignalSpy loaded(&session, &Session::snapshotChanged);
    QSignalSpy failed(&session, &Session::loadFailed);
    session.connectTo(test::sandboxOptions(db, user));
    if (!QTest::qWaitFor([&] { return !loaded.isEmpty() || !failed.isEmpty(); }, 20000) || !failed.isEmpty()) {
        QTest::qFail("the session did not load", __FILE__, __LINE__);
        return false;
    }
    return true;
}

QString TstModelsPage::makeFile(const QString &name, qint64 bytes)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    QByteArray block(1 << 20, '\0');
    for (int i = 0; i < block.size(); ++i)
        block[i] = char((i * 131 + 7) & 0xff);
    for (qint64 left = bytes; left > 0; left -= block.size())
        f.write(block.constData(), std::min<qint64>(left, block.size()));
    return path;
}

bool TstModelsPage::waitForTask(ModelsPage &page, ModelOutcome *outcome, int timeoutMs)
{
    QSignalSpy spy(&page, &ModelsPage::taskFinished);
    if (!spy.wait(timeoutMs)) {
        QTest::qFail("the model task did not finish", __FILE__, __LINE__);
        return false;
    }
    *outcome = spy.first().first().value<ModelOutcome>();
    return true;
}

ModelOutcome TstModelsPage::run(ModelsPage &page, const ModelTaskRequest &request)
{
    ModelOutcome outcome;
    outcome.message = QStringLiteral("(not started)");
    if (page.runTask(request))
        waitForTask(page, &outcome);
    return outcome;
}

void TstModelsPage::importThroughDialog()
{
    Session session;
    QVERIFY(connectSession(session, m_db));
    ModelsPage page(&session);
    page.show();
    QVERIFY(page.headerLabel()->text().contains(QLatin1String("pgx_inference_ce")));
    QVERIFY(page.importAction()->isEnabled()); // the superuser is the extension owner

    const QString file = makeFile(QStringLiteral("rdt gui model-1.onnx"), 3 << 20);
    const int largeObjects = count(QStringLiteral("SELECT count(*) FROM pg_largeobject_metadata"));
    page.importAction()->trigger();
    ModelImportDialog *dialog = page.importDialog();
    QVERIFY(dialog);
    dialog->setFile(file);
    QCOMPARE(dialog->modelName(), QStringLiteral("rdt_gui_model-1")); // spaces became "_"
    dialog->nameEdit()->setText(QStringLiteral("rdt_gui.model-1"));
    dialog->metadataEdit()->setPlainText(QStringLiteral("{\"dimension\": 16}"));
    QVERIFY2(dialog->importButton()->isEnabled(), qPrintable(dialog->problemLabel()->text()));

    QSignalSpy reloaded(&session, &Session::snapshotChanged);
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    ModelOutcome outcome;
    QVERIFY(waitForTask(page, &outcome));
    QVERIFY2(outcome.ok(), qPrintable(outcome.message));
    QTRY_VERIFY(!page.importDialog()); // closed on success (deleted on close)
    QVERIFY(reloaded.wait(20000));
    const int row = page.model()->rowOf(QStringLiteral("rdt_gui.model-1"));
    QVERIFY(row >= 0);
    const ModelInfo &m = page.model()->model(row);
    QCOMPARE(m.size, qint64(3 << 20));
    QCOMPARE(m.owner, session.rights()->snapshot().currentUser);
    QCOMPARE(m.functionName, outcome.functionName);
    QVERIFY(m.metadata.contains(QLatin1String("16")));
    QCOMPARE(page.currentRow(), row); // the new model is selected
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM pg_largeobject_metadata")), largeObjects + 1);
}

void TstModelsPage::duplicateAndInvalidNames()
{
    Session session;
    QVERIFY(connectSession(session, m_db));
    ModelsPage page(&session);
    page.showImportDialog(makeFile(QStringLiteral("dup.onnx"), 1024));
    ModelImportDialog *dialog = page.importDialog();
    QVERIFY(dialog);
    dialog->nameEdit()->setText(QStringLiteral("rdt_gui.model-1"));
    QVERIFY(!dialog->importButton()->isEnabled());
    QVERIFY2(dialog->problemLabel()->text().contains(QLatin1String("exists")), qPrintable(dialog->problemLabel()->text()));
    for (const char *bad : {"has space", ".leading", "trailing.", "a..b", "ünï", ""}) {
        dialog->nameEdit()->setText(QString::fromUtf8(bad));
        QVERIFY2(!dialog->importButton()->isEnabled(), bad);
    }
    dialog->nameEdit()->setText(QStringLiteral("rdt_ok"));
    QVERIFY(dialog->importButton()->isEnabled());
    dialog->metadataEdit()->setPlainText(QStringLiteral("[1, 2]"));
    QVERIFY(!dialog->importButton()->isEnabled());
    QVERIFY(dialog->problemLabel()->text().contains(QLatin1String("object")));
    dialog->metadataEdit()->clear();
    QFile::resize(dialog->file(), 0);
    dialog->nameEdit()->setText(QStringLiteral("rdt_ok2")); // revalidates
    QVERIFY(dialog->problemLabel()->text().contains(QLatin1String("empty")));
    dialog->fileEdit()->setText(m_dir.filePath(QStringLiteral("missing.onnx")));
    QVERIFY(dialog->problemLabel()->text().contains(QLatin1String("does not exist")));
}

void TstModelsPage::cancelLeavesNothing()
{
    Session session;
    QVERIFY(connectSession(session, m_db));
    session.setJournal(m_journal.get());
    ModelsPage page(&session);
    const int largeObjects = count(QStringLiteral("SELECT count(*) FROM pg_largeobject_metadata"));
    const int models = count(QStringLiteral("SELECT count(*) FROM pgx_inference.pgx_models"));
    page.showImportDialog(makeFile(QStringLiteral("big.onnx"), qint64(256) << 20));
    ModelImportDialog *dialog = page.importDialog();
    dialog->nameEdit()->setText(QStringLiteral("rdt_gui_cancel"));
    QSignalSpy finished(&page, &ModelsPage::taskFinished);
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    QVERIFY(dialog->isRunning());
    QCOMPARE(dialog->cancelButton()->text(), QStringLiteral("&Cancel import"));
    // Cancel once the first chunks are streaming.
    QVERIFY(QTest::qWaitFor([&] { return dialog->progressBar()->value() > 0 || !finished.isEmpty(); }, 20000));
    QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
    QVERIFY(finished.wait(20000) || !finished.isEmpty());
    const auto outcome = finished.first().first().value<ModelOutcome>();
    QCOMPARE(outcome.status, ModelOutcome::Status::Cancelled);
    QVERIFY(page.importDialog()); // stays open, fields kept
    QCOMPARE(dialog->nameEdit()->text(), QStringLiteral("rdt_gui_cancel"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM pg_largeobject_metadata")), largeObjects);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM pgx_inference.pgx_models")), models);
    // The attempt is in the journal all the same.
    const QList<JournalEntry> entries = m_journal->list({}, 1);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().kind, QStringLiteral("model import"));
    QCOMPARE(entries.first().subject, QStringLiteral("rdt_gui_cancel"));
    QCOMPARE(entries.first().result, QStringLiteral("cancelled"));
}

void TstModelsPage::loadUnloadAndSizeLimit()
{
    Session session;
    QVERIFY(connectSession(session, m_db));
    ModelsPage page(&session);
    QVERIFY(page.selectModel(QStringLiteral("rdt_gui.model-1")));
    QVERIFY(page.loadAction()->isEnabled());
    QVERIFY(!page.unloadAction()->isEnabled());

    // A limit smaller than the model: the load is refused with the numbers, nothing changes.
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("ALTER DATABASE roledesk_models SET "
                                                    "pgx_inference.total_loaded_model_size_limit = '1024'")));
    QSignalSpy messages(&page, &ModelsPage::message);
    page.loadAction()->trigger();
    ModelOutcome outcome;
    QVERIFY(waitForTask(page, &outcome));
    QCOMPARE(outcome.cause, ModelOutcome::Cause::SizeLimit);
    QVERIFY2(outcome.message.contains(QLatin1String("rdt_gui.model-1")), qPrintable(outcome.message));
    QVERIFY(!messages.isEmpty());
    QCOMPARE(messages.last().at(0).value<MessageBar::Level>(), MessageBar::Level::Error);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM pgx_inference.pgx_models WHERE name = 'rdt_gui.model-1' AND loaded")), 0);

    QVERIFY(test::execOrFail(m_conn, QStringLiteral("ALTER DATABASE roledesk_models RESET pgx_inference.total_loaded_model_size_limit")));
    QSignalSpy reloaded(&session, &Session::snapshotChanged);
    page.loadAction()->trigger();
    QVERIFY(waitForTask(page, &outcome));
    QVERIFY2(outcome.ok(), qPrintable(outcome.message));
    QVERIFY(reloaded.wait(20000));
    QVERIFY(page.selectModel(QStringLiteral("rdt_gui.model-1")));
    QVERIFY(page.model()->model(page.currentRow()).loaded);
    QVERIFY(page.unloadAction()->isEnabled());
    QVERIFY(!page.loadAction()->isEnabled());
    const int loadedBytes = count(QStringLiteral("SELECT sum(size) FROM pgx_inference.pgx_models WHERE loaded"));
    QVERIFY(loadedBytes >= 3 << 20);
    QVERIFY2(page.loadedBar()->text().contains(QLocale().formattedDataSize(loadedBytes)), qPrintable(page.loadedBar()->text()));
}

void TstModelsPage::deleteLoadedModelIsRefused()
{
    Session session;
    QVERIFY(connectSession(session, m_db));
    ModelsPage page(&session);
    QVERIFY(page.selectModel(QStringLiteral("rdt_gui.model-1")));
    QVERIFY(page.model()->model(page.currentRow()).loaded);
    QSignalSpy messages(&page, &ModelsPage::message);
    page.dropAction()->trigger(); // no question asked: the page says why it cannot
    QCOMPARE(messages.size(), 1);
    QVERIFY(messages.first().at(1).toString().contains(QLatin1String("Unload it first")));
    QVERIFY(!page.isBusy());

    // Unload, then delete with the question answered Yes.
    ModelOutcome outcome;
    QSignalSpy reloaded(&session, &Session::snapshotChanged);
    page.unloadAction()->trigger();
    QVERIFY(waitForTask(page, &outcome));
    QVERIFY2(outcome.ok(), qPrintable(outcome.message));
    QVERIFY(reloaded.wait(20000));
    QVERIFY(page.selectModel(QStringLiteral("rdt_gui.model-1")));
    QVERIFY(!page.model()->model(page.currentRow()).loaded);
}

void TstModelsPage::journalRecordsTasks()
{
    Session session;
    QVERIFY(connectSession(session, m_db));
    session.setJournal(m_journal.get());
    ModelsPage page(&session);
    const QString me = session.rights()->snapshot().currentUser;
    const QString name = QStringLiteral("rdt_gui_journal");
    const qint64 before = m_journal->list({}, 1).value(0).id;

    const QString file = makeFile(QStringLiteral("journal.onnx"), 4096);
    ModelOutcome o = run(page, ModelTaskRequest::importFile(name, file, QStringLiteral("{\"v\": 1}")));
    QVERIFY2(o.ok(), qPrintable(o.message));
    QCOMPARE(o.sessionUser, me); // read by the runner on the task's own connection
    o = run(page, ModelTaskRequest::load(name));
    QVERIFY2(o.ok(), qPrintable(o.message));
    // A loaded model cannot be deleted: a failed attempt, recorded with the reason.
    const ModelOutcome refused = run(page, ModelTaskRequest::drop(name));
    QCOMPARE(refused.cause, ModelOutcome::Cause::ModelLoaded);
    o = run(page, ModelTaskRequest::unload(name));
    QVERIFY2(o.ok(), qPrintable(o.message));
    o = run(page, ModelTaskRequest::updateMetadata(name, QStringLiteral("{\"v\": 2}")));
    QVERIFY2(o.ok(), qPrintable(o.message));
    o = run(page, ModelTaskRequest::replaceFile(name, file));
    QVERIFY2(o.ok(), qPrintable(o.message));
    // An export changes nothing in the database: not journaled.
    o = run(page, ModelTaskRequest::exportFile(name, m_dir.filePath(QStringLiteral("journal-export.onnx"))));
    QVERIFY2(o.ok(), qPrintable(o.message));
    o = run(page, ModelTaskRequest::drop(name));
    QVERIFY2(o.ok(), qPrintable(o.message));

    QList<JournalEntry> entries;
    for (const JournalEntry &e : m_journal->list({}, 100))
        if (e.id > before)
            entries.prepend(e); // oldest first
    QStringList kinds, results;
    for (const JournalEntry &e : std::as_const(entries)) {
        kinds << e.kind;
        results << e.result;
        QCOMPARE(e.subject, name);
        QCOMPARE(e.databaseUser, me);
        QCOMPARE(e.database, m_db);
        QVERIFY2(!e.server.isEmpty(), qPrintable(e.kind));
        QCOMPARE(e.systemIdentifier, session.rights()->snapshot().systemIdentifier);
    }
    QCOMPARE(kinds, (QStringList{QStringLiteral("model import"), QStringLiteral("model load"),
                                 QStringLiteral("model delete"), QStringLiteral("model unload"),
                                 QStringLiteral("model metadata"), QStringLiteral("model replace"),
                                 QStringLiteral("model delete")}));
    QCOMPARE(results, (QStringList{QStringLiteral("applied"), QStringLiteral("applied"), QStringLiteral("failed"),
                                   QStringLiteral("applied"), QStringLiteral("applied"), QStringLiteral("applied"),
                                   QStringLiteral("applied")}));
    // The calls made, values shown as literals.
    QCOMPARE(entries.at(1).sql, QStringLiteral("SELECT pgx_inference.pgx_load_model('rdt_gui_journal'::text)"));
    QCOMPARE(entries.at(3).sql, QStringLiteral("SELECT pgx_inference.pgx_unload_model('rdt_gui_journal'::text)"));
    QCOMPARE(entries.at(4).sql, QStringLiteral("SELECT pgx_inference.pgx_update_model('rdt_gui_journal'::text, "
                                               "NULL::oid, '{\"v\": 2}'::jsonb)"));
    QCOMPARE(entries.at(6).sql, QStringLiteral("SELECT pgx_inference.pgx_drop_model('rdt_gui_journal'::text)"));
    QVERIFY2(entries.at(0).sql.contains(QStringLiteral("pgx_inference.pgx_import_model('rdt_gui_journal'::text, "
                                                       "<large object>, '{\"v\": 1}'::jsonb)")),
             qPrintable(entries.at(0).sql));
    QVERIFY2(entries.at(0).sql.contains(file), qPrintable(entries.at(0).sql));
    QVERIFY2(entries.at(5).sql.contains(QStringLiteral("pgx_update_model('rdt_gui_journal'::text, <large object>")),
             qPrintable(entries.at(5).sql));
    // The failure says why; the successes say nothing.
    QVERIFY2(entries.at(2).message.contains(refused.message), qPrintable(entries.at(2).message));
    QVERIFY2(entries.at(2).message.contains(QLatin1String("nload")), qPrintable(entries.at(2).message));
    QVERIFY(entries.at(1).message.isEmpty());
}

void TstModelsPage::journalRecordsTheServersRole()
{
    // Another login: the entry names the role the server saw on the task's connection. A user
    // without the system_administrator role tries a load and fails, with the reason recorded.
    Session session;
    QVERIFY(connectSession(session, m_db, QStringLiteral("rdt_mp_user")));
    session.setJournal(m_journal.get());
    ModelsPage page(&session);
    const ModelOutcome o = run(page, ModelTaskRequest::load(QStringLiteral("rdt_gui.model-1")));
    QCOMPARE(o.status, ModelOutcome::Status::Failed);
    QVERIFY(!o.message.isEmpty());
    const QList<JournalEntry> entries = m_journal->list({}, 1);
    QCOMPARE(entries.size(), 1);
    const JournalEntry &e = entries.first();
    QCOMPARE(e.kind, QStringLiteral("model load"));
    QCOMPARE(e.subject, QStringLiteral("rdt_gui.model-1"));
    QCOMPARE(e.databaseUser, QStringLiteral("rdt_mp_user"));
    QCOMPARE(e.result, QStringLiteral("failed"));
    QVERIFY2(e.message.contains(o.message), qPrintable(e.message));
    QCOMPARE(e.sql, QStringLiteral("SELECT pgx_inference.pgx_load_model('rdt_gui.model-1'::text)"));
}

void TstModelsPage::grantUseAndApply()
{
    Session session;
    QVERIFY(connectSession(session, m_db));
    ModelsPage page(&session);
    connect(&page, &ModelsPage::changesProposed, &session,
            [&session](const QList<Change> &changes, const QString &text) { session.addChanges(changes, text); });
    QVERIFY(page.selectModel(QStringLiteral("rdt_gui.model-1")));
    QVERIFY(page.grantUseAction()->isEnabled());
    const QList<Change> changes = page.grantUseChanges(page.currentRow(), QStringLiteral("rdt_mp_reader"));
    QCOMPARE(changes.size(), 2); // EXECUTE, and USAGE on the schema the reader lacks
    QCOMPARE(session.addChanges(changes, QStringLiteral("grant use")), 2);
    QSignalSpy applied(&session, &Session::applyFinished);
    QVERIFY(session.applyPendingPlan());
    QVERIFY(applied.wait(20000));
    QVERIFY(applied.first().first().value<ApplyOutcome>().ok());
    const QString fn = page.model()->model(page.model()->rowOf(QStringLiteral("rdt_gui.model-1"))).functionName;
    QCOMPARE(count(QStringLiteral("SELECT has_function_privilege('rdt_mp_reader', 'pgx_inference.%1(text)', 'EXECUTE')::int").arg(fn)), 1);
    QCOMPARE(count(QStringLiteral("SELECT has_schema_privilege('rdt_mp_reader', 'pgx_inference', 'USAGE')::int")), 1);
    QTRY_VERIFY(page.model()->permittedUsers(page.model()->rowOf(QStringLiteral("rdt_gui.model-1"))).contains(QStringLiteral("rdt_mp_reader")));
}

void TstModelsPage::userWithoutRole()
{
    Session session;
    QVERIFY(connectSession(session, m_db, QStringLiteral("rdt_mp_user")));
    ModelsPage page(&session);
    QVERIFY(!page.importAction()->isEnabled());
    QVERIFY(page.importAction()->toolTip().contains(QLatin1String("model_owner")));
    // The model of someone else is not even listed for a user without rights on it.
    QCOMPARE(page.model()->rowOf(QStringLiteral("rdt_gui.model-1")), -1);
    // Forcing an import through anyway is refused by the server, naming the role, leaving nothing.
    const int largeObjects = count(QStringLiteral("SELECT count(*) FROM pg_largeobject_metadata"));
    QVERIFY(page.runTask(ModelTaskRequest::importFile(QStringLiteral("rdt_gui_big"), makeFile(QStringLiteral("u.onnx"), 4096))));
    ModelOutcome outcome;
    QVERIFY(waitForTask(page, &outcome));
    QCOMPARE(outcome.cause, ModelOutcome::Cause::PermissionDenied);
    QVERIFY2(outcome.message.contains(QLatin1String("model_owner")), qPrintable(outcome.message));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM pg_largeobject_metadata")), largeObjects);
}

void TstModelsPage::installExtension()
{
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("CREATE DATABASE %1").arg(m_noExtDb)));
    Session session;
    QVERIFY(connectSession(session, m_noExtDb));
    ModelsPage page(&session);
    page.show();
    QVERIFY(page.installBar()->isVisibleTo(&page));
    QVERIFY(page.installAction()->isEnabled());
    QVERIFY(!page.importAction()->isEnabled());

    ExtensionInstallDialog dialog(session.options());
    QSignalSpy probed(&dialog, &ExtensionInstallDialog::probed);
    QVERIFY(probed.wait(20000));
    QVERIFY2(dialog.installButton()->isEnabled(), qPrintable(dialog.statusLabel()->text()));
    QVERIFY(dialog.statements().contains(QStringLiteral("CREATE EXTENSION \"pgx_inference_ce\";")));
    QVERIFY(dialog.scriptView()->toPlainText().contains(QLatin1String("CREATE FUNCTION pgx_inference.pgx_import_model")));
    QSignalSpy installed(&dialog, &ExtensionInstallDialog::installed);
    QTest::mouseClick(dialog.installButton(), Qt::LeftButton);
    QVERIFY(installed.wait(30000));
    QVERIFY2(installed.first().first().value<pg::Error>().isNull(), qPrintable(installed.first().first().value<pg::Error>().toString()));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    QSignalSpy reloaded(&session, &Session::snapshotChanged);
    session.refresh();
    QVERIFY(reloaded.wait(20000));
    QVERIFY(!page.installBar()->isVisibleTo(&page));
    QVERIFY(page.headerLabel()->text().contains(QLatin1String("pgx_inference_ce")));
    QVERIFY(page.importAction()->isEnabled());

    // A second install is refused, with the reason.
    ExtensionInstallDialog again(session.options());
    QSignalSpy probedAgain(&again, &ExtensionInstallDialog::probed);
    QVERIFY(probedAgain.wait(20000));
    QVERIFY(!again.installButton()->isEnabled());
    QVERIFY(again.statusLabel()->text().contains(QLatin1String("already")));

    // Saving the files for a server's administrator.
    QString error;
    QVERIFY2(ExtensionInstallDialog::saveFiles(m_dir.path(), &error), qPrintable(error));
    QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("pgx_inference_ce.control"))));
    QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("pgx_inference_ce--1.0.sql"))));
}

QTEST_MAIN(TstModelsPage)
#include "tst_modelspage.moc"
