#include "changes/journaldialog.h"
#include "store/journal.h"
#include "store/workspace.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace roledesk;

namespace {

/// A journal in a workspace file of its own.
struct TestJournal {
    QTemporaryDir dir;
    Workspace ws{dir.filePath(QStringLiteral("ws.sqlite"))};
    Journal journal{&ws};
    bool open() { return dir.isValid() && ws.open().isNull(); }
};

} // namespace

/// The journal browser over a real workspace: entries written through Journal are listed
/// newest first, filtered, their SQL shown, and exported as CSV and SQL; model operations name
/// themselves, their model and the role, and can be found by kind.
class TstJournalDialog : public QObject {
    Q_OBJECT
private slots:
    void listFilterShowExport();
    void modelOperations();
    void empty();
};

void TstJournalDialog::listFilterShowExport()
{
    TestJournal j;
    QVERIFY(j.open());
    Journal &journal = j.journal;
    const QTemporaryDir &dir = j.dir;
    JournalEntry first;
    first.appliedAt = QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC);
    first.databaseUser = QStringLiteral("postgres");
    first.server = QStringLiteral("localhost:5432");
    first.database = QStringLiteral("sales");
    first.sql = QStringLiteral("BEGIN;\nGRANT SELECT ON TABLE \"s\".\"t\" TO \"bob\";\nCOMMIT;\n");
    first.result = QStringLiteral("applied");
    first.statements = 1;
    first.durationMs = 12;
    QVERIFY(journal.record(first).isNull());
    JournalEntry second = first;
    second.appliedAt = first.appliedAt.addDays(1);
    second.database = QStringLiteral("hr");
    second.sql = QStringLiteral("BEGIN;\nDROP ROLE \"old\";\nCOMMIT;\n");
    second.result = QStringLiteral("failed");
    second.message = QStringLiteral("role \"old\" cannot be dropped");
    QVERIFY(journal.record(second).isNull());

    JournalDialog dialog(&journal);
    dialog.show();
    QTreeView *view = dialog.view();
    QCOMPARE(view->model()->rowCount(), 2);
    QCOMPARE(view->model()->index(0, int(JournalDialog::Column::Database)).data().toString(),
             QStringLiteral("hr on localhost:5432"));
    QCOMPARE(view->model()->index(0, int(JournalDialog::Column::Result)).data().toString(), QStringLiteral("failed"));
    QCOMPARE(dialog.sqlView()->toPlainText(), second.sql); // the newest is selected
    view->setCurrentIndex(view->model()->index(1, 0));
    QCOMPARE(dialog.sqlView()->toPlainText(), first.sql);

    QTest::keyClicks(dialog.filter(), QStringLiteral("sales"));
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(dialog.entries().first().id, first.id);
    dialog.filter()->clear();
    QCOMPARE(view->model()->rowCount(), 2);

    const QString csv = dir.filePath(QStringLiteral("j.csv")), sql = dir.filePath(QStringLiteral("j.sql"));
    QVERIFY(dialog.exportTo(csv, true));
    QVERIFY(dialog.exportTo(sql, false));
    QFile c(csv), s(sql);
    QVERIFY(c.open(QIODevice::ReadOnly) && s.open(QIODevice::ReadOnly));
    const QString csvText = QString::fromUtf8(c.readAll()), sqlText = QString::fromUtf8(s.readAll());
    QVERIFY(csvText.contains(QStringLiteral("sales")) && csvText.contains(QStringLiteral("hr")));
    QVERIFY(sqlText.contains(QStringLiteral("GRANT SELECT ON TABLE \"s\".\"t\" TO \"bob\";")));
    QVERIFY(sqlText.indexOf(QStringLiteral("GRANT SELECT")) < sqlText.indexOf(QStringLiteral("DROP ROLE"))); // oldest first
}

void TstJournalDialog::modelOperations()
{
    TestJournal j;
    QVERIFY(j.open());
    Journal &journal = j.journal;
    // Operations on model mini.v2 by model_admin, after a plan applied by postgres.
    const auto entry = [](const QString &kind, const QString &call, const QString &result) {
        JournalEntry e;
        e.databaseUser = QStringLiteral("model_admin");
        e.server = QStringLiteral("localhost:5432");
        e.database = QStringLiteral("ai");
        e.kind = kind;
        e.subject = QStringLiteral("mini.v2");
        e.sql = QStringLiteral("SELECT pgx_inference.%1('mini.v2'::text)").arg(call);
        e.result = result;
        e.statements = 1;
        e.durationMs = 40;
        return e;
    };
    JournalEntry plan = entry(QStringLiteral("plan"), {}, QStringLiteral("applied"));
    plan.databaseUser = QStringLiteral("postgres");
    plan.subject.clear();
    plan.sql = QStringLiteral("BEGIN;\nGRANT USAGE ON SCHEMA \"s\" TO \"bob\";\nCOMMIT;\n");
    JournalEntry load = entry(QStringLiteral("model load"), QStringLiteral("pgx_load_model"), QStringLiteral("applied"));
    JournalEntry drop = entry(QStringLiteral("model delete"), QStringLiteral("pgx_drop_model"), QStringLiteral("failed"));
    drop.message = QStringLiteral("Model \"mini.v2\" is loaded: unload it first.");
    for (JournalEntry *e : {&plan, &load, &drop})
        QVERIFY(journal.record(*e).isNull());

    JournalDialog dialog(&journal);
    dialog.show();
    QTreeView *view = dialog.view();
    QCOMPARE(view->model()->rowCount(), 3);
    const auto cell = [view](int row, JournalDialog::Column column) {
        return view->model()->index(row, int(column)).data().toString();
    };
    QCOMPARE(cell(0, JournalDialog::Column::Database), QStringLiteral("model delete mini.v2: ai on localhost:5432"));
    QCOMPARE(cell(1, JournalDialog::Column::Database), QStringLiteral("model load mini.v2: ai on localhost:5432"));
    QCOMPARE(cell(2, JournalDialog::Column::Database), QStringLiteral("ai on localhost:5432"));
    QVERIFY2(cell(0, JournalDialog::Column::Who).endsWith(QStringLiteral(" as model_admin")),
             qPrintable(cell(0, JournalDialog::Column::Who)));
    QCOMPARE(cell(0, JournalDialog::Column::Result), QStringLiteral("failed"));
    // The newest is selected: its call, and a summary that names the operation, not a plan.
    QCOMPARE(dialog.sqlView()->toPlainText(), drop.sql);
    const QLabel *details = dialog.findChild<QLabel *>(QStringLiteral("journalDetails"));
    QVERIFY(details);
    QVERIFY2(details->text().contains(QStringLiteral("model delete of model mini.v2 as model_admin: failed")),
             qPrintable(details->text()));
    QVERIFY2(details->text().contains(drop.message), qPrintable(details->text()));
    QVERIFY(!details->text().startsWith(QStringLiteral("Plan")));

    // Found by kind.
    QTest::keyClicks(dialog.filter(), QStringLiteral("model load"));
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(dialog.entries().first().id, load.id);
    QCOMPARE(dialog.sqlView()->toPlainText(), load.sql);
}

void TstJournalDialog::empty()
{
    JournalDialog dialog(nullptr);
    dialog.show();
    QCOMPARE(dialog.view()->model()->rowCount(), 0);
    QVERIFY(dialog.sqlView()->toPlainText().isEmpty());
}

QTEST_MAIN(TstJournalDialog)
#include "tst_journaldialog.moc"
