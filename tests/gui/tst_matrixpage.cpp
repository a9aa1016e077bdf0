#include "privileges/matrixpage.h"
#include "modelfixture.h"
#include "models/privilegematrixmodel.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QLabel>
#include <QTest>

using namespace roledesk;
using namespace roledesk::testing;

class TestMatrixPage : public QObject {
    Q_OBJECT

    static QStringList columns(const QAbstractItemModel *m)
    {
        QStringList out;
        for (int c = 0; c < m->columnCount(); ++c)
            out << m->headerData(c, Qt::Horizontal).toString();
        return out;
    }

private slots:
    void showsAndFilters()
    {
        MatrixPage page;
        page.resize(1000, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setRights(std::make_shared<EffectiveRights>(makeSnapshot()));
        const QAbstractItemModel *m = page.view()->model();
        QCOMPARE(m->rowCount(), 8); // predefined roles hidden; PUBLIC first
        QCOMPARE(m->headerData(0, Qt::Vertical).toString(), QStringLiteral("PUBLIC"));
        QCOMPARE(m->headerData(0, Qt::Vertical, PrivilegeMatrixModel::RoleIndexRole).toInt(), -1);
        // Columns are hidden by default (they can be many); everything else shows.
        QCOMPARE(columns(m), (QStringList{QStringLiteral("fixture"), QStringLiteral("hr"), QStringLiteral("emp"),
                                          QStringLiteral("raise(integer)"), QStringLiteral("sales"),
                                          QStringLiteral("orders"), QStringLiteral("totals")}));
        // Uniform sections: nothing sized to contents.
        QCOMPARE(page.view()->horizontalHeader()->sectionResizeMode(0), QHeaderView::Interactive);

        auto *kind = page.findChild<QComboBox *>(QStringLiteral("objectKind"));
        QVERIFY(kind);
        kind->setCurrentIndex(3); // columns
        QCOMPARE(columns(m), QStringList{QStringLiteral("emp.id")});
        kind->setCurrentIndex(1); // all objects
        QCOMPARE(m->columnCount(), 8);

        auto *schema = page.findChild<QComboBox *>(QStringLiteral("schemaFilter"));
        QVERIFY(schema);
        QCOMPARE(schema->count(), 3); // all, hr, sales
        schema->setCurrentIndex(schema->findData(QStringLiteral("sales")));
        QCOMPARE(columns(m), (QStringList{QStringLiteral("sales"), QStringLiteral("orders"), QStringLiteral("totals")}));

        QTest::keyClicks(page.objectFilterEdit(), QStringLiteral("ord"));
        QTRY_COMPARE(columns(m), QStringList{QStringLiteral("orders")});

        auto *scope = page.findChild<QComboBox *>(QStringLiteral("roleScope"));
        scope->setCurrentIndex(2); // groups
        QCOMPARE(m->rowCount(), 2);
        QTest::keyClicks(page.roleFilterEdit(), QStringLiteral("read"));
        QCOMPARE(m->rowCount(), 1);
        QCOMPARE(m->headerData(0, Qt::Vertical).toString(), QStringLiteral("readers"));

        // A new snapshot keeps the filters.
        page.setRights(std::make_shared<EffectiveRights>(makeSnapshot()));
        QCOMPARE(m->rowCount(), 1);
        QCOMPARE(columns(m), QStringList{QStringLiteral("orders")});
    }

    // The count of shown roles and objects sits in the matrix's empty top-left corner, whole, and
    // follows the filters; the filter row keeps its room for the filters.
    void countSitsInTheCorner()
    {
        MatrixPage page;
        page.resize(900, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setRights(std::make_shared<EffectiveRights>(makeSnapshot()));
        auto *count = page.findChild<QLabel *>(QStringLiteral("matrixCount"));
        QVERIFY(count);
        QCOMPARE(count->parentWidget(), static_cast<QWidget *>(page.view()));
        QTRY_VERIFY(count->isVisible() && count->width() > 0);
        const QRect corner(0, 0, page.view()->verticalHeader()->width() + page.view()->frameWidth(),
                           page.view()->horizontalHeader()->height() + page.view()->frameWidth());
        QVERIFY2(corner.contains(count->geometry()), qPrintable(QStringLiteral("%1,%2 %3x%4")
                                                                    .arg(count->x()).arg(count->y())
                                                                    .arg(count->width()).arg(count->height())));
        QVERIFY(count->heightForWidth(count->width()) <= count->height()); // nothing cut off
        const QString before = count->text();
        QVERIFY2(before.startsWith(QStringLiteral("8 of 10")), qPrintable(before));
        QTest::keyClicks(page.roleFilterEdit(), QStringLiteral("read"));
        QTRY_VERIFY(count->text() != before);
        QVERIFY2(count->text().startsWith(QStringLiteral("1 of 10")), qPrintable(count->text()));
    }

    void keyboardSelectionReportsCell()
    {
        MatrixPage page;
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setRights(std::make_shared<EffectiveRights>(makeSnapshot()));
        QSignalSpy selected(&page, &MatrixPage::cellSelected);
        QVERIFY(page.selectCell(QStringLiteral("alice"), QStringLiteral("sales.orders")));
        QCOMPARE(selected.count(), 1);
        QCOMPARE(selected.last().at(0).toInt(), 1); // alice
        QCOMPARE(selected.last().at(1).toInt(), int(OrdersTable));
        QCOMPARE(page.view()->currentIndex().data().toString(), QStringLiteral("rw*"));

        page.view()->setFocus();
        QTest::keyClick(page.view(), Qt::Key_Down); // analysts
        QCOMPARE(selected.last().at(0).toInt(), 2);
        QCOMPARE(selected.last().at(1).toInt(), int(OrdersTable));
        QTest::keyClick(page.view(), Qt::Key_Right); // sales.totals
        QCOMPARE(selected.last().at(1).toInt(), int(TotalsView));

        QVERIFY(!page.selectCell(QStringLiteral("nobody"), QStringLiteral("sales.orders")));
        QVERIFY(!page.selectCell(QStringLiteral("alice"), QStringLiteral("sales.nothing")));
    }

    void emptyBeforeConnecting()
    {
        MatrixPage page;
        QCOMPARE(page.view()->model()->rowCount(), 0);
        page.setRights(nullptr);
        QCOMPARE(page.view()->model()->columnCount(), 0);
    }
};

QTEST_MAIN(TestMatrixPage)
#include "tst_matrixpage.moc"
