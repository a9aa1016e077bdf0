#include "pgx/modeltaskrunner.h"
#include "pgxfixture.h"
#include "sandbox.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace roledesk;
using Status = ModelOutcome::Status;
using Cause = ModelOutcome::Cause;

/// ModelTaskRunner on its own thread: an import's signals arrive queued with monotonic progress
/// and one finished(); cancel() stops a running import (nothing left) and tasks still queued; a
/// refused task finishes with its cause.
class TstModelTaskRunner : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void importsAndReports();
    void cancelStopsImport();
    void cancelStopsQueuedTasks();
    void refusedTask();
    void cleanupTestCase();

private:
    test::PgxFixture m_fx{QStringLiteral("pgxr")};
    QTemporaryDir m_dir;
    QThread m_thread;
    ModelTaskRunner *m_runner = nullptr;
};

void TstModelTaskRunner::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_fx.setUp());
    m_runner = new ModelTaskRunner;
    m_runner->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_runner, &QObject::deleteLater);
    m_thread.start();
}

void TstModelTaskRunner::cleanupTestCase()
{
    if (m_runner)
        m_runner->cancel();
    m_thread.quit();
    m_thread.wait();
    m_fx.tearDown();
}

void TstModelTaskRunner::importsAndReports()
{
    const QString path = m_dir.filePath(QStringLiteral("model.onnx"));
    const qint64 size = 8 << 20;
    QVERIFY(test::PgxFixture::writeFile(path, size));
    QSignalSpy progressed(m_runner, &ModelTaskRunner::progressed);
    QSignalSpy finished(m_runner, &ModelTaskRunner::finished);
    // The spy records on the runner's thread and wakes wait() at once; the queued slot below runs
    // later on this thread. Its context object lives only in this function, so a call still
    // queued when the function returns is dropped with it instead of writing to a dead local.
    QObject context;
    QThread *receiverThread = nullptr;
    connect(m_runner, &ModelTaskRunner::finished, &context, [&] { receiverThread = QThread::currentThread(); },
            Qt::SingleShotConnection);

    ModelTaskRequest request = ModelTaskRequest::importFile(QStringLiteral("pgxr-model"), path, QStringLiteral("{\"k\": 1}"));
    request.chunkBytes = 256 << 10;
    const quint64 task = m_runner->start(m_fx.options(m_fx.owner()), request);
    // Polled, not QSignalSpy::wait(): a task that fails at once (a refused connection) can finish
    // before wait() starts, and wait() only counts signals that come while it waits.
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
    QCOMPARE(finished.size(), 1);
    QTRY_VERIFY(receiverThread != nullptr);
    QCOMPARE(receiverThread, QThread::currentThread()); // queued to the receiver's thread
    QCOMPARE(finished.first().at(0).value<quint64>(), task);
    const auto outcome = finished.first().at(1).value<ModelOutcome>();
    QVERIFY2(outcome.ok(), qPrintable(outcome.message));
    QCOMPARE(outcome.task, ModelTask::Import);
    QVERIFY(outcome.modelId > 0);
    QVERIFY(!outcome.functionName.isEmpty());

    QVERIFY(progressed.size() >= 2);
    qint64 last = -1;
    for (const QList<QVariant> &args : std::as_const(progressed)) {
        QCOMPARE(args.at(0).value<quint64>(), task);
        const qint64 done = args.at(1).toLongLong();
        QVERIFY(done > last);
        QCOMPARE(args.at(2).toLongLong(), size);
        last = done;
    }
    QCOMPARE(last, size);

    // Then an export and a delete through the same runner.
    finished.clear();
    const QString back = m_dir.filePath(QStringLiteral("back.onnx"));
    m_runner->start(m_fx.options(m_fx.owner()), ModelTaskRequest::exportFile(QStringLiteral("pgxr-model"), back));
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
    QVERIFY(finished.first().at(1).value<ModelOutcome>().ok());
    QVERIFY(test::PgxFixture::readFile(back) == test::PgxFixture::readFile(path));
    finished.clear();
    m_runner->start(m_fx.options(m_fx.owner()), ModelTaskRequest::drop(QStringLiteral("pgxr-model")));
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
    QVERIFY(finished.first().at(1).value<ModelOutcome>().ok());
    QCOMPARE(m_fx.leftovers(m_fx.owner()), (test::PgxFixture::Leftovers{0, 0, 0}));
}

void TstModelTaskRunner::cancelStopsImport()
{
    // Cancelled from this (the "GUI") thread when the first progress arrives: small chunks make
    // the import long enough that it is still running then.
    const QString path = m_dir.filePath(QStringLiteral("cancelled.onnx"));
    QVERIFY(test::PgxFixture::writeFile(path, 128 << 20));
    QSignalSpy finished(m_runner, &ModelTaskRunner::finished);
    qint64 progressAtCancel = -1;
    QObject context; // drops progress calls still queued when this function returns
    connect(m_runner, &ModelTaskRunner::progressed, &context, [&](quint64, qint64 done, qint64) {
        if (done > 0 && progressAtCancel < 0) {
            progressAtCancel = done;
            m_runner->cancel();
        }
    });
    ModelTaskRequest request = ModelTaskRequest::importFile(QStringLiteral("pgxr-cancelled"), path);
    request.chunkBytes = 64 << 10;
    m_runner->start(m_fx.options(m_fx.owner()), request);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 120000);
    const auto outcome = finished.first().at(1).value<ModelOutcome>();
    QCOMPARE(outcome.status, Status::Cancelled);
    QVERIFY(progressAtCancel > 0);
    QVERIFY2(outcome.bytesDone < (128 << 20), qPrintable(QString::number(outcome.bytesDone)));
    QCOMPARE(m_fx.leftovers(m_fx.owner()), (test::PgxFixture::Leftovers{0, 0, 0}));
}

void TstModelTaskRunner::cancelStopsQueuedTasks()
{
    const QString path = m_dir.filePath(QStringLiteral("queued.onnx"));
    QVERIFY(test::PgxFixture::writeFile(path, 32 << 20));
    QSignalSpy finished(m_runner, &ModelTaskRunner::finished);
    ModelTaskRequest request = ModelTaskRequest::importFile(QStringLiteral("pgxr-queued"), path);
    request.chunkBytes = 64 << 10;
    const quint64 first = m_runner->start(m_fx.options(m_fx.owner()), request);
    const quint64 second = m_runner->start(m_fx.options(m_fx.owner()), ModelTaskRequest::drop(QStringLiteral("pgxr-queued")));
    m_runner->cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
    QCOMPARE(finished.at(0).at(0).value<quint64>(), first);
    QCOMPARE(finished.at(1).at(0).value<quint64>(), second);
    QCOMPARE(finished.at(0).at(1).value<ModelOutcome>().status, Status::Cancelled);
    const auto dropped = finished.at(1).at(1).value<ModelOutcome>();
    QCOMPARE(dropped.status, Status::Cancelled);
    QCOMPARE(dropped.task, ModelTask::Drop);
    QCOMPARE(m_fx.leftovers(m_fx.owner()), (test::PgxFixture::Leftovers{0, 0, 0}));

    // A task started after the cancel runs normally.
    finished.clear();
    QFile::resize(path, 1000);
    m_runner->start(m_fx.options(m_fx.owner()), ModelTaskRequest::importFile(QStringLiteral("pgxr-after"), path));
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
    const auto after = finished.first().at(1).value<ModelOutcome>();
    QVERIFY2(after.ok(), qPrintable(after.message));
    m_fx.dropModel(QStringLiteral("pgxr-after"));
}

void TstModelTaskRunner::refusedTask()
{
    QSignalSpy progressed(m_runner, &ModelTaskRunner::progressed);
    QSignalSpy finished(m_runner, &ModelTaskRunner::finished);
    m_runner->start(m_fx.options(m_fx.modelUser()), ModelTaskRequest::load(QStringLiteral("pgxr-none")));
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
    const auto outcome = finished.first().at(1).value<ModelOutcome>();
    QCOMPARE(outcome.status, Status::Failed);
    QCOMPARE(outcome.cause, Cause::NotFound);
    QCOMPARE(progressed.size(), 0);
    // Who did it, as the server saw it on the task's connection (for the journal).
    QCOMPARE(outcome.sessionUser, m_fx.modelUser());
    QVERIFY(!outcome.database.isEmpty());
    QVERIFY(!outcome.server.isEmpty());

    // Connecting fails: a role that does not exist.
    finished.clear();
    m_runner->start(m_fx.options(QStringLiteral("pgxr_nobody")), ModelTaskRequest::load(QStringLiteral("pgxr-none")));
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
    const auto refused = finished.first().at(1).value<ModelOutcome>();
    QCOMPARE(refused.status, Status::Failed);
    QVERIFY2(refused.message.contains(QStringLiteral("cannot connect")) && refused.message.contains(QStringLiteral("pgxr-none")),
             qPrintable(refused.message));
    QVERIFY(refused.sessionUser.isEmpty()); // never connected: the server said nothing
}

QTEST_GUILESS_MAIN(TstModelTaskRunner)
#include "tst_modeltaskrunner.moc"
