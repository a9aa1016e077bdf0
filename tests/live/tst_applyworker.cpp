#include "catalog/catalogreader.h"
#include "pg/identifier.h"
#include "plan/applyworker.h"
#include "sandbox.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace roledesk;

/// ApplyWorker on its own thread: a plan applied, a fresh snapshot and no differences; a failed
/// plan still gets a fresh snapshot; a conflict reported from the worker.
class TstApplyWorker : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void appliesAndReReads();
    void failureStillReReads();
    void cleanupTestCase();

private:
    bool run(ApplyWorker &worker, const Plan &plan, const SnapshotPtr &base, ApplyOutcome *outcome,
             SnapshotPtr *after, QList<PlanDifference> *differences, int *progressSignals);

    QThread m_thread;
    const QString m_db = QStringLiteral("roledesk_applyworker");
    const QString m_role = QStringLiteral("aw Rôle \"1\"");
    SnapshotPtr m_base;
};

void TstApplyWorker::initTestCase()
{
    pg::Connection admin;
    QVERIFY(test::openSandbox(admin, QStringLiteral("postgres")));
    QVERIFY(test::execOrFail(admin, QStringLiteral("DROP DATABASE IF EXISTS ") + pg::quoteIdent(m_db) + QStringLiteral(" WITH (FORCE)")));
    QVERIFY(test::execOrFail(admin, QStringLiteral("DROP ROLE IF EXISTS ") + pg::quoteIdent(m_role)));
    QVERIFY(test::execOrFail(admin, QStringLiteral("CREATE DATABASE ") + pg::quoteIdent(m_db)));
    QVERIFY(test::execOrFail(admin, QStringLiteral("CREATE ROLE ") + pg::quoteIdent(m_role)));
    pg::Connection conn;
    QVERIFY(test::openSandbox(conn, m_db));
    QVERIFY(test::execOrFail(conn, QStringLiteral("CREATE TABLE public.t (x int)")));
    const SnapshotOutcome o = CatalogReader::read(conn);
    QVERIFY2(o.ok(), qPrintable(o.error.toString()));
    m_base = o.snapshot;
    m_thread.start();
}

bool TstApplyWorker::run(ApplyWorker &worker, const Plan &plan, const SnapshotPtr &base, ApplyOutcome *outcome,
                         SnapshotPtr *after, QList<PlanDifference> *differences, int *progressSignals)
{
    QSignalSpy finished(&worker, &ApplyWorker::finished);
    QSignalSpy progressed(&worker, &ApplyWorker::progressed);
    QMetaObject::invokeMethod(&worker, "apply", Qt::QueuedConnection,
                              Q_ARG(roledesk::pg::ConnectOptions, test::sandboxOptions(m_db)),
                              Q_ARG(roledesk::Plan, plan), Q_ARG(roledesk::SnapshotPtr, base));
    if (!finished.wait(30000))
        return false;
    const QList<QVariant> args = finished.takeFirst();
    *outcome = args.at(0).value<ApplyOutcome>();
    *after = args.at(1).value<SnapshotPtr>();
    *differences = args.at(2).value<QList<PlanDifference>>();
    *progressSignals = int(progressed.size());
    return true;
}

void TstApplyWorker::appliesAndReReads()
{
    auto *owned = new ApplyWorker;
    owned->moveToThread(&m_thread);
    ApplyWorker &worker = *owned;
    Plan plan;
    plan.add(GrantPrivileges{{ObjectKind::Table, QStringLiteral("public"), QStringLiteral("t"), {}, {}}, m_role,
                             Privilege::Select | Privilege::Update, false});
    ApplyOutcome outcome;
    SnapshotPtr after;
    QList<PlanDifference> differences;
    int progress = 0;
    QVERIFY(run(worker, plan, m_base, &outcome, &after, &differences, &progress));
    QVERIFY2(outcome.ok(), qPrintable(outcome.error.toString()));
    QVERIFY(after);
    QVERIFY(differences.isEmpty());
    QVERIFY(progress >= 1);
    QCOMPARE(verifyPlan(plan, *after).size(), 0);
    QCOMPARE(verifyPlan(plan, *m_base).size(), 1); // the old snapshot lacks the grant

    // Applying the same plan on the old snapshot now conflicts.
    QVERIFY(run(worker, plan, m_base, &outcome, &after, &differences, &progress));
    QCOMPARE(outcome.status, ApplyOutcome::Status::Conflict);
    QCOMPARE(outcome.conflicts.size(), 1);
    QVERIFY(after);
    m_base = after;
    owned->deleteLater(); // on its own thread
}

void TstApplyWorker::failureStillReReads()
{
    auto *owned = new ApplyWorker;
    owned->moveToThread(&m_thread);
    ApplyWorker &worker = *owned;
    Plan plan;
    plan.add(GrantPrivileges{{ObjectKind::Table, QStringLiteral("public"), QStringLiteral("missing"), {}, {}}, m_role,
                             Privilege::Select, false});
    ApplyOutcome outcome;
    SnapshotPtr after;
    QList<PlanDifference> differences;
    int progress = 0;
    QVERIFY(run(worker, plan, m_base, &outcome, &after, &differences, &progress));
    QCOMPARE(outcome.status, ApplyOutcome::Status::Failed);
    QCOMPARE(outcome.error.sqlstate, QStringLiteral("42P01"));
    QCOMPARE(outcome.failed.object, QStringLiteral("table public.missing"));
    QVERIFY(after);
    QVERIFY(differences.isEmpty());
    owned->deleteLater(); // on its own thread
}

void TstApplyWorker::cleanupTestCase()
{
    m_thread.quit();
    m_thread.wait();
    pg::Connection admin;
    if (test::openSandbox(admin, QStringLiteral("postgres"))) {
        admin.exec(QStringLiteral("DROP DATABASE IF EXISTS ") + pg::quoteIdent(m_db) + QStringLiteral(" WITH (FORCE)"));
        admin.exec(QStringLiteral("DROP ROLE IF EXISTS ") + pg::quoteIdent(m_role));
    }
}

QTEST_GUILESS_MAIN(TstApplyWorker)
#include "tst_applyworker.moc"
