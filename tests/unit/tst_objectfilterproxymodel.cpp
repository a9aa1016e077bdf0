#include "modelfixture.h"
#include "models/objectfilterproxymodel.h"
#include "models/privilegematrixmodel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QTest>

using namespace roledesk;
using namespace Qt::StringLiterals;
using namespace roledesk::testing;

class TestObjectFilterProxyModel : public QObject {
    Q_OBJECT

    static QStringList columns(const QAbstractItemModel &m)
    {
        QStringList out;
        for (int c = 0; c < m.columnCount(); ++c)
            out << m.headerData(c, Qt::Horizontal).toString();
        return out;
    }

private slots:
    void filters()
    {
        PrivilegeMatrixModel source;
        ObjectFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&source);
        source.setRights(std::make_shared<EffectiveRights>(makeSnapshot()));
        QCOMPARE(proxy.columnCount(), 8);
        QCOMPARE(proxy.schemas(), (QStringList{u"hr"_s, u"sales"_s}));

        proxy.setSchema(QStringLiteral("sales"));
        QCOMPARE(columns(proxy), (QStringList{u"sales"_s, u"orders"_s, u"totals"_s}));
        proxy.setKindVisible(ObjectKind::Schema, false);
        QCOMPARE(columns(proxy), (QStringList{u"orders"_s, u"totals"_s}));
        QVERIFY(!proxy.isKindVisible(ObjectKind::Schema));
        proxy.setKinds({ObjectKind::View});
        QCOMPARE(columns(proxy), (QStringList{u"totals"_s}));
        proxy.setSchema({});
        proxy.setKinds({ObjectKind::Table, ObjectKind::Column});
        QCOMPARE(columns(proxy), (QStringList{u"emp"_s, u"emp.id"_s, u"orders"_s}));
        // The name filter sees the qualified name.
        proxy.setNameFilter(QStringLiteral("HR."));
        QCOMPARE(columns(proxy), (QStringList{u"emp"_s, u"emp.id"_s}));
        proxy.setNameFilter({});
        proxy.setKinds({ObjectKind::Database, ObjectKind::Schema, ObjectKind::Table, ObjectKind::View,
                        ObjectKind::Column, ObjectKind::Function});
        QCOMPARE(proxy.columnCount(), 8);
        QCOMPARE(proxy.rowCount(), source.rowCount());

        // A new snapshot with the filter kept.
        proxy.setSchema(QStringLiteral("hr"));
        source.setRights(std::make_shared<EffectiveRights>(makeSnapshot()));
        QCOMPARE(columns(proxy), (QStringList{u"hr"_s, u"emp"_s, u"emp.id"_s, u"raise(integer)"_s}));
    }

    void manyColumnsStayFast()
    {
        auto s = std::make_shared<Snapshot>(*makeSnapshot());
        const CatalogObject table = s->objects.at(OrdersTable);
        for (int i = 0; i < 25000; ++i) {
            CatalogObject o = table;
            o.schema = QStringLiteral("s%1").arg(i % 50);
            o.name = QStringLiteral("t%1").arg(i);
            s->objects.push_back(o);
        }
        s->index();
        PrivilegeMatrixModel source;
        source.setRights(std::make_shared<EffectiveRights>(s));
        ObjectFilterProxyModel proxy;
        proxy.setSourceModel(&source);
        QElapsedTimer timer;
        timer.start();
        proxy.setSchema(QStringLiteral("s7"));
        QCOMPARE(proxy.columnCount(), 500);
        proxy.setNameFilter(QStringLiteral("t1007"));
        QCOMPARE(columns(proxy), QStringList{u"t1007"_s});
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_APPLESS_MAIN(TestObjectFilterProxyModel)
#include "tst_objectfilterproxymodel.moc"
