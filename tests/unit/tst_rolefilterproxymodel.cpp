#include "modelfixture.h"
#include "models/privilegematrixmodel.h"
#include "models/rolefilterproxymodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace roledesk;
using namespace Qt::StringLiterals;
using namespace roledesk::testing;
using Scope = RoleFilterProxyModel::Scope;

class TestRoleFilterProxyModel : public QObject {
    Q_OBJECT

    static QStringList rows(const QAbstractItemModel &m)
    {
        QStringList out;
        for (int r = 0; r < m.rowCount(); ++r)
            out << m.headerData(r, Qt::Vertical).toString();
        return out;
    }

private slots:
    void filters()
    {
        PrivilegeMatrixModel source;
        RoleFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&source);
        source.setRights(std::make_shared<EffectiveRights>(makeSnapshot()));

        // Predefined roles are hidden by default.
        QCOMPARE(rows(proxy), (QStringList{u"alice"_s, u"analysts"_s, u"app_owner"_s, u"auditor"_s, u"bob"_s, u"postgres"_s, u"readers"_s}));
        QCOMPARE(proxy.columnCount(), source.columnCount());

        proxy.setScope(Scope::Users);
        QCOMPARE(rows(proxy), (QStringList{u"alice"_s, u"app_owner"_s, u"auditor"_s, u"bob"_s, u"postgres"_s}));
        proxy.setScope(Scope::Groups);
        QCOMPARE(rows(proxy), (QStringList{u"analysts"_s, u"readers"_s}));
        proxy.setShowPredefined(true);
        QCOMPARE(rows(proxy), (QStringList{u"analysts"_s, u"readers"_s, u"pg_database_owner"_s, u"pg_read_all_data"_s}));
        proxy.setNameFilter(QStringLiteral("READ"));
        QCOMPARE(rows(proxy), (QStringList{u"readers"_s, u"pg_read_all_data"_s}));
        proxy.setScope(Scope::All);
        proxy.setNameFilter(QStringLiteral(" a "));
        QCOMPARE(proxy.nameFilter(), QStringLiteral("a"));
        QCOMPARE(rows(proxy), (QStringList{u"alice"_s, u"analysts"_s, u"app_owner"_s, u"auditor"_s, u"readers"_s,
                                          u"pg_database_owner"_s, u"pg_read_all_data"_s}));
        proxy.setNameFilter(QStringLiteral("nobody"));
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setNameFilter({});
        QCOMPARE(proxy.rowCount(), 9);

        // A new snapshot keeps the filter.
        proxy.setShowPredefined(false);
        source.setRights(std::make_shared<EffectiveRights>(makeSnapshot()));
        QCOMPARE(proxy.rowCount(), 7);
    }

    void cellsPassThrough()
    {
        PrivilegeMatrixModel source;
        source.setRights(std::make_shared<EffectiveRights>(makeSnapshot()));
        RoleFilterProxyModel proxy;
        proxy.setSourceModel(&source);
        proxy.setNameFilter(QStringLiteral("alice"));
        QCOMPARE(proxy.rowCount(), 1);
        const int col = source.columnForObject(OrdersTable);
        QCOMPARE(proxy.index(0, col).data().toString(), QStringLiteral("rw*"));
    }
};

QTEST_APPLESS_MAIN(TestRoleFilterProxyModel)
#include "tst_rolefilterproxymodel.moc"
