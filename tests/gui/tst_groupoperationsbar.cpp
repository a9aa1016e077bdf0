#include "common/messagebar.h"
#include "groups/groupoperationdialog.h"
#include "groups/groupoperationsbar.h"
#include "groups/slpminstalldialog.h"
#include "pg/identifier.h"
#include "plan/plan.h"
#include "privileges/effectiverights.h"
#include "sandbox.h"
#include "store/journal.h"
#include "store/workspace.h"
#include "window/session.h"

#include <QApplication>
#include <QInputDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace roledesk;

/// The schema-group operations bar against a database of the sandbox (sgops_db): it offers to
/// install slpm_ce where there is none and installs it; enables SLPM after a preview showing the
/// exact call and what it does; migrates in batches of one with determinate progress; renames a
/// schema through the pending plan; a migrate of 300 tables cancelled from the progress dialog
/// keeps its batches and a second run completes; disable and clean up. Every operation is
/// journalled and the session reloaded, and the buttons follow the model's state.
class TstGroupOperationsBar : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void installsSlpmCe();
    void refusedForNonSuperuser();
    void enableThroughPreview();
    void migrateInBatchesOfOne();
    void renameSchemaJoinsThePlan();
    void cancelMigrateAndResume();
    void disableAndCleanUp();

private:
    void dropFixture();
    bool waitForSnapshot(QSignalSpy &spy);
    /// Clicks \a button, runs the preview it opens (with \a batch when >= 0) and waits for the outcome.
    GroupOperationOutcome runThroughPreview(QPushButton *button, QString *sql, int batch = -1);
    bool visible(QWidget *w) const { return w->isVisibleTo(m_bar.get()); }

    pg::Connection m_root;
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<GroupOperationsBar> m_bar;
    const QString m_db = QStringLiteral("sgops_db");
};

void TstGroupOperationsBar::dropFixture()
{
    m_root.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_db));
    // The groups are cluster-wide roles: drop those a failed run left behind.
    const QStringList leftovers = test::queryColumn(m_root, QStringLiteral(
        "SELECT rolname FROM pg_roles WHERE starts_with(rolname, $1) OR starts_with(rolname, $2) "
        "OR starts_with(rolname, 'sgo_') ORDER BY length(rolname) DESC"), {m_db + u'.', m_db + u'_'});
    for (const QString &r : leftovers)
        m_root.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(pg::quoteIdent(r)));
}

void TstGroupOperationsBar::initTestCase()
{
    QString why;
    QVERIFY2(test::sandboxConfigured(&why), qPrintable(why));
    QVERIFY(m_dir.isValid());
    QVERIFY(test::openSandbox(m_root, QStringLiteral("postgres")));
    dropFixture();
    QVERIFY(test::execOrFail(m_root, QStringLiteral("CREATE DATABASE %1").arg(m_db)));
    QVERIFY(test::execOrFail(m_root, QStringLiteral("CREATE ROLE sgo_user LOGIN")));
    pg::Connection db;
    QVERIFY(test::openSandbox(db, m_db));
    const pg::Result fixture = db.execScript(QStringLiteral(
        "CREATE SCHEMA sales; CREATE TABLE sales.t1 (id integer); CREATE TABLE sales.t2 (id integer); "
        "CREATE VIEW sales.v AS SELECT id FROM sales.t1; CREATE SEQUENCE sales.s;"));
    QVERIFY2(fixture.ok(), qPrintable(fixture.error().toString()));

    m_ws = std::make_unique<Workspace>(m_dir.filePath(QStringLiteral("ws.sqlite")));
    QVERIFY(m_ws->open().isNull());
    m_journal = std::make_unique<Journal>(m_ws.get());
    m_session = std::make_unique<Session>();
    m_session->setJournal(m_journal.get());
    QSignalSpy loaded(m_session.get(), &Session::snapshotChanged);
    m_session->connectTo(test::sandboxOptions(m_db));
    QVERIFY(waitForSnapshot(loaded));
    m_bar = std::make_unique<GroupOperationsBar>(m_session.get());
    m_bar->resize(900, 120);
    m_bar->show();
}

void TstGroupOperationsBar::cleanupTestCase()
{
    m_bar.reset();
    m_session.reset();
    if (m_root.isOpen())
        dropFixture();
}

bool TstGroupOperationsBar::waitForSnapshot(QSignalSpy &spy)
{
    return QTest::qWaitFor([&] { return !spy.isEmpty(); }, 30000);
}

GroupOperationOutcome TstGroupOperationsBar::runThroughPreview(QPushButton *button, QString *sql, int batch)
{
    GroupOperationOutcome outcome;
    outcome.status = GroupOperationOutcome::Status::Failed;
    outcome.message = QStringLiteral("(no preview)");
    button->click();
    GroupOperationDialog *preview = m_bar->previewDialog();
    if (!preview)
        return outcome;
    if (batch >= 0 && preview->batchSpin())
        preview->batchSpin()->setValue(batch);
    *sql = preview->sqlView()->toPlainText();
    QSignalSpy finished(m_bar.get(), &GroupOperationsBar::operationFinished);
    QSignalSpy reloaded(m_session.get(), &Session::snapshotChanged);
    preview->runButton()->click();
    if (!finished.wait(120000)) {
        outcome.message = QStringLiteral("(did not finish)");
        return outcome;
    }
    outcome = finished.first().first().value<GroupOperationOutcome>();
    if (outcome.batches > 0 && !waitForSnapshot(reloaded))
        outcome.message += QStringLiteral(" (no snapshot after it)");
    return outcome;
}

void TstGroupOperationsBar::installsSlpmCe()
{
    QVERIFY(visible(m_bar->installButton()));
    for (QPushButton *b : {m_bar->enableSlpmButton(), m_bar->enableSpmButton(), m_bar->migrateButton(),
                           m_bar->disableButton(), m_bar->renameButton(), m_bar->cleanupButton()})
        QVERIFY2(!visible(b), qPrintable(b->objectName()));
    QVERIFY(m_bar->statusLabel()->text().contains(QLatin1String("slpm_ce")));

    m_bar->installButton()->click();
    SlpmInstallDialog *dialog = m_bar->installDialog();
    QVERIFY(dialog);
    QSignalSpy probed(dialog, &SlpmInstallDialog::probed);
    QVERIFY(probed.wait(20000));
    QVERIFY2(dialog->installButton()->isEnabled(), qPrintable(dialog->statusLabel()->text()));
    QCOMPARE(dialog->statements(), QStringList{QStringLiteral("CREATE EXTENSION \"slpm_ce\";")});
    QVERIFY(dialog->scriptView()->toPlainText().contains(QLatin1String("slpm_enable")));
    QSignalSpy installed(dialog, &SlpmInstallDialog::installed);
    QSignalSpy reloaded(m_session.get(), &Session::snapshotChanged);
    dialog->installButton()->click();
    QVERIFY(installed.wait(30000));
    QVERIFY2(installed.first().first().value<pg::Error>().isNull(),
             qPrintable(installed.first().first().value<pg::Error>().toString()));
    QVERIFY(waitForSnapshot(reloaded));
    QTRY_VERIFY(!m_bar->installDialog()); // accepted, deleted on close

    const SchemaGroupState &st = m_session->rights()->snapshot().groups;
    QCOMPARE(st.source, GroupSource::SlpmCe);
    QVERIFY(!visible(m_bar->installButton()));
    QVERIFY(visible(m_bar->enableSlpmButton()));
    QVERIFY(visible(m_bar->enableSpmButton()));
    QVERIFY(!visible(m_bar->migrateButton()));
    QVERIFY(!visible(m_bar->cleanupButton()));
    QVERIFY(m_bar->statusLabel()->text().contains(QLatin1String("standard")));

    // A second install is refused, with the reason.
    SlpmInstallDialog again(m_session->options());
    QSignalSpy probedAgain(&again, &SlpmInstallDialog::probed);
    QVERIFY(probedAgain.wait(20000));
    QVERIFY(!again.installButton()->isEnabled());
    QVERIFY(again.statusLabel()->text().contains(QLatin1String("already")));
    QString error;
    QVERIFY2(SlpmInstallDialog::saveFiles(m_dir.path(), &error), qPrintable(error));
    QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("slpm_ce.control"))));
}

void TstGroupOperationsBar::refusedForNonSuperuser()
{
    Session session;
    QSignalSpy loaded(&session, &Session::snapshotChanged);
    session.connectTo(test::sandboxOptions(m_db, QStringLiteral("sgo_user")));
    QVERIFY(waitForSnapshot(loaded));
    session.setJournal(m_journal.get());
    GroupOperationsBar bar(&session);
    QVERIFY(bar.enableSlpmButton()->isVisibleTo(&bar));

    // The server refuses; the bar says why and nothing is reloaded.
    QSignalSpy finished(&bar, &GroupOperationsBar::operationFinished);
    QVERIFY(bar.run(bar.requestFor(GroupOperation::Enable, GroupModel::Slpm)));
    QVERIFY(bar.isBusy());
    QVERIFY(!bar.enableSlpmButton()->isEnabled());
    QVERIFY(finished.wait(30000));
    const auto outcome = finished.first().first().value<GroupOperationOutcome>();
    QCOMPARE(outcome.status, GroupOperationOutcome::Status::Failed);
    QCOMPARE(outcome.batches, 0);
    QVERIFY2(outcome.message.contains(QLatin1String("slpm_enable")), qPrintable(outcome.message));
    QCOMPARE(bar.messageBar()->level(), MessageBar::Level::Error);
    QCOMPARE(bar.messageBar()->text(), outcome.message);
    QVERIFY(bar.enableSlpmButton()->isEnabled());
    const QList<JournalEntry> failed = m_journal->list(QStringLiteral("sgo_user"));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().result, QStringLiteral("failed"));
    QVERIFY2(failed.first().sql.contains(QLatin1String("CALL slpm_enable();")), qPrintable(failed.first().sql));
    QCOMPARE(failed.first().databaseUser, QStringLiteral("sgo_user"));

    // Installing needs a superuser too, and says so.
    SlpmSetup::Probe probe;
    probe.user = QStringLiteral("sgo_user");
    probe.availableVersion = QStringLiteral("1.0");
    QVERIFY(SlpmSetup::obstacle(probe).contains(QLatin1String("Only a superuser")));
    probe.superuser = true;
    QVERIFY(SlpmSetup::obstacle(probe).isEmpty());
}

void TstGroupOperationsBar::enableThroughPreview()
{
    m_bar->enableSlpmButton()->click();
    GroupOperationDialog *preview = m_bar->previewDialog();
    QVERIFY(preview);
    QCOMPARE(preview->sqlView()->toPlainText(), QStringLiteral("CALL slpm_enable();"));
    QVERIFY(!preview->batchSpin());
    const QString explanation = preview->explanationLabel()->text();
    QVERIFY2(explanation.contains(QLatin1String("PUBLIC")) && explanation.contains(QLatin1String("lose CONNECT")),
             qPrintable(explanation));
    preview->reject(); // Cancel runs nothing
    QTRY_VERIFY(!m_bar->previewDialog());
    QVERIFY(!m_bar->isBusy());

    QString sql;
    const GroupOperationOutcome outcome = runThroughPreview(m_bar->enableSlpmButton(), &sql);
    QCOMPARE(sql, QStringLiteral("CALL slpm_enable();"));
    QVERIFY2(outcome.status == GroupOperationOutcome::Status::Done, qPrintable(outcome.message));
    QCOMPARE(outcome.sql, QStringList{QStringLiteral("CALL slpm_enable()")});
    QCOMPARE(m_bar->messageBar()->text(), outcome.message);

    const SchemaGroupState &st = m_session->rights()->snapshot().groups;
    QCOMPARE(st.model, GroupModel::Slpm);
    QVERIFY(!st.notMigrated.isEmpty()); // the tables made before enabling
    QVERIFY(!visible(m_bar->enableSlpmButton()));
    QVERIFY(!visible(m_bar->enableSpmButton()));
    QVERIFY(visible(m_bar->migrateButton()));
    QVERIFY(visible(m_bar->disableButton()));
    QVERIFY(visible(m_bar->renameButton()));
    QVERIFY(!visible(m_bar->cleanupButton()));
    QVERIFY(m_bar->migrateButton()->property("highlighted").toBool());

    // Journalled with the call that ran.
    const QList<JournalEntry> entries = m_journal->list(QStringLiteral("schema groups enable"));
    QCOMPARE(entries.size(), 2); // newest first; sgo_user's refused attempt before it
    QCOMPARE(entries.last().result, QStringLiteral("failed"));
    QCOMPARE(entries.first().databaseUser, m_session->rights()->snapshot().currentUser);
    QCOMPARE(entries.first().sql, QStringLiteral("CALL slpm_enable();"));
    QCOMPARE(entries.first().result, QStringLiteral("applied"));
    QCOMPARE(entries.first().database, m_db);
}

void TstGroupOperationsBar::migrateInBatchesOfOne()
{
    const qint64 waiting = m_session->rights()->snapshot().groups.notMigrated.size();
    QVERIFY(waiting >= 3);
    QList<qint64> left;
    QList<int> maxima, values;
    connect(m_bar.get(), &GroupOperationsBar::operationProgressed, this, [&](int, qint64 l) {
        left << l;
        if (QProgressDialog *p = m_bar->progressDialog()) {
            maxima << p->maximum();
            values << p->value();
        }
    });
    QString sql;
    const GroupOperationOutcome outcome = runThroughPreview(m_bar->migrateButton(), &sql, 1);
    disconnect(m_bar.get(), &GroupOperationsBar::operationProgressed, this, nullptr);
    QCOMPARE(sql, QStringLiteral("CALL slpm_migrate(1);"));
    QVERIFY2(outcome.status == GroupOperationOutcome::Status::Done, qPrintable(outcome.message));
    QVERIFY(outcome.completed);
    QVERIFY2(outcome.batches >= 3, qPrintable(QString::number(outcome.batches)));
    QCOMPARE(outcome.sql.first(), QStringLiteral("CALL slpm_migrate(1)"));
    // Determinate: the maximum is what waited at the start, the value what was handed over since.
    QVERIFY(left.size() >= 2);
    QVERIFY(left.first() >= 3);
    QCOMPARE(left.last(), 0);
    QCOMPARE(maxima.first(), int(left.first()));
    QCOMPARE(values.last(), int(left.first()));
    QVERIFY(!m_bar->progressDialog());

    const SchemaGroupState &st = m_session->rights()->snapshot().groups;
    QVERIFY(st.notMigrated.isEmpty());
    QVERIFY(st.migrated);
    QVERIFY(!m_bar->migrateButton()->property("highlighted").toBool());
}

void TstGroupOperationsBar::renameSchemaJoinsThePlan()
{
    m_bar->setCurrentSchema({});
    QVERIFY(!m_bar->renameButton()->isEnabled());
    m_bar->setCurrentSchema(QStringLiteral("sales"));
    QVERIFY(m_bar->renameButton()->isEnabled());
    m_bar->renameButton()->click();
    QInputDialog *dialog = m_bar->renameDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->textValue(), QStringLiteral("sales")); // prefilled
    dialog->setTextValue(QStringLiteral("sales_new"));
    QSignalSpy planChanged(m_session.get(), &Session::pendingPlanChanged);
    dialog->accept();
    QVERIFY(!planChanged.isEmpty());
    const QList<Change> changes = m_session->pendingPlan().changes();
    QCOMPARE(changes.size(), 1);
    const auto *call = std::get_if<SchemaGroupCall>(&changes.first());
    QVERIFY(call);
    QCOMPARE(call->kind, SchemaGroupCall::Kind::RenameSchema);
    QCOMPARE(call->schema, QStringLiteral("sales"));
    QCOMPARE(call->newName, QStringLiteral("sales_new"));
    const QString script = m_session->pendingPlan().script();
    QVERIFY2(script.contains(QLatin1String("CALL slpm_rename_schema('\"sales\"', '\"sales_new\"')")), qPrintable(script));
    // It did not run: the schema keeps its name until the plan is applied.
    pg::Connection db;
    QVERIFY(test::openSandbox(db, m_db));
    QCOMPARE(test::queryColumn(db, QStringLiteral("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'sales%'")),
             QStringList{QStringLiteral("sales")});
    db.close();
    m_session->discardPendingPlan();
}

void TstGroupOperationsBar::cancelMigrateAndResume()
{
    // Objects made while the model is off are not handed over: disable, make 300 tables, enable.
    QString sql;
    GroupOperationOutcome outcome = runThroughPreview(m_bar->disableButton(), &sql);
    QCOMPARE(sql, QStringLiteral("CALL slpm_disable();"));
    QVERIFY2(outcome.status == GroupOperationOutcome::Status::Done, qPrintable(outcome.message));
    {
        pg::Connection db;
        QVERIFY(test::openSandbox(db, m_db));
        QVERIFY(test::execOrFail(db, QStringLiteral(
            "DO $$ BEGIN FOR i IN 1..300 LOOP EXECUTE format('CREATE TABLE sales.many_%s (id integer)', i); "
            "END LOOP; END $$")));
    }
    outcome = runThroughPreview(m_bar->enableSlpmButton(), &sql);
    QVERIFY2(outcome.status == GroupOperationOutcome::Status::Done, qPrintable(outcome.message));
    QVERIFY(m_session->rights()->snapshot().groups.notMigrated.size() >= 300);

    // Cancel from the progress dialog once a few batches have committed.
    bool clicked = false;
    connect(m_bar.get(), &GroupOperationsBar::operationProgressed, this, [&](int batches, qint64) {
        if (clicked || batches < 3 || !m_bar->progressDialog())
            return;
        const auto buttons = m_bar->progressDialog()->findChildren<QPushButton *>();
        if (!buttons.isEmpty()) {
            clicked = true;
            buttons.first()->click();
        }
    });
    outcome = runThroughPreview(m_bar->migrateButton(), &sql, 1);
    disconnect(m_bar.get(), &GroupOperationsBar::operationProgressed, this, nullptr);
    QVERIFY(clicked);
    QVERIFY2(outcome.status == GroupOperationOutcome::Status::Cancelled, qPrintable(outcome.message));
    QVERIFY(outcome.batches >= 3);
    QVERIFY(!outcome.completed);
    QCOMPARE(m_bar->messageBar()->level(), MessageBar::Level::Warning);
    const qint64 left = m_session->rights()->snapshot().groups.notMigrated.size();
    QVERIFY2(left > 0 && left <= 300 - 2, qPrintable(QString::number(left))); // the batches that ran stay
    QVERIFY(m_bar->migrateButton()->property("highlighted").toBool());
    const QList<JournalEntry> cancelled = m_journal->list(QStringLiteral("cancelled"));
    QVERIFY(!cancelled.isEmpty());
    QCOMPARE(cancelled.first().kind, QStringLiteral("schema groups migrate"));

    // A second run goes on and completes.
    outcome = runThroughPreview(m_bar->migrateButton(), &sql, 64);
    QCOMPARE(sql, QStringLiteral("CALL slpm_migrate(64);"));
    QVERIFY2(outcome.status == GroupOperationOutcome::Status::Done, qPrintable(outcome.message));
    QVERIFY(outcome.completed);
    QVERIFY(m_session->rights()->snapshot().groups.notMigrated.isEmpty());
}

void TstGroupOperationsBar::disableAndCleanUp()
{
    QString sql;
    m_bar->disableButton()->click();
    QVERIFY(m_bar->previewDialog());
    const QString explanation = m_bar->previewDialog()->explanationLabel()->text();
    QVERIFY2(explanation.contains(QLatin1String("PUBLIC gets its defaults back")) && explanation.contains(QLatin1String("kept")),
             qPrintable(explanation));
    m_bar->previewDialog()->reject();
    QTRY_VERIFY(!m_bar->previewDialog());
    GroupOperationOutcome outcome = runThroughPreview(m_bar->disableButton(), &sql);
    QVERIFY2(outcome.status == GroupOperationOutcome::Status::Done, qPrintable(outcome.message));
    QVERIFY(visible(m_bar->cleanupButton()));
    QVERIFY(visible(m_bar->enableSlpmButton()));
    QVERIFY(!visible(m_bar->migrateButton()));
    QVERIFY(!visible(m_bar->renameButton()));

    outcome = runThroughPreview(m_bar->cleanupButton(), &sql);
    QCOMPARE(sql, QStringLiteral("CALL slpm_cleanup('\"sgops_db\"', 64);"));
    QVERIFY2(outcome.status == GroupOperationOutcome::Status::Done, qPrintable(outcome.message));
    QVERIFY(outcome.completed);
    QVERIFY(m_session->rights()->snapshot().groups.groups.isEmpty());
    QVERIFY(!visible(m_bar->cleanupButton()));
    QVERIFY(visible(m_bar->enableSlpmButton()));
}

QTEST_MAIN(TstGroupOperationsBar)
#include "tst_groupoperationsbar.moc"
