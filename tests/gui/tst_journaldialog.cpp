#include "changes/journaldialog.h"
#include "store/journal.h"
#include "store/workspace.h"

#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace roledesk;

/// The journal browser over a real workspace: entries written through Journal are listed
/// newest first, filtered, their SQL shown, and exported as CSV and SQL.
class TstJournalDialog : public QObject {
    Q_OBJECT
private slots:
    void listFilterShowExport();
    void empty();
};

void TstJournalDialog::listFilterShowExport()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Workspace ws(dir.filePath(QStringLiteral("ws.sqlite")));
    QVERIFY(ws.open().isNull());
    Journal journal(&ws);
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

void TstJournalDialog::empty()
{
    JournalDialog dialog(nullptr);
    dialog.show();
    QCOMPARE(dialog.view()->model()->rowCount(), 0);
    QVERIFY(dialog.sqlView()->toPlainText().isEmpty());
}

QTEST_MAIN(TstJournalDialog)
#include "tst_journaldialog.moc"
