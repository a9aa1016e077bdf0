#include "modelfixture.h"
#include "models/membershipmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace roledesk;
using namespace Qt::StringLiterals;
using namespace roledesk::testing;
using Col = MembershipModel::Column;

class TestMembershipModel : public QObject {
    Q_OBJECT

    static QStringList children(const QAbstractItemModel &m, const QModelIndex &parent)
    {
        QStringList out;
        for (int r = 0; r < m.rowCount(parent); ++r)
            out << m.index(r, 0, parent).data().toString();
        return out;
    }

    static QModelIndex top(const QAbstractItemModel &m, const char *name)
    {
        for (int r = 0; r < m.rowCount(); ++r)
            if (m.index(r, 0).data().toString() == QLatin1String(name))
                return m.index(r, 0);
        return {};
    }

private slots:
    void tester()
    {
        MembershipModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(makeSnapshot());
        model.setDirection(MembershipModel::Direction::Members);
        model.setShowPredefined(true);
        model.setNameFilter(QStringLiteral("a"));
        model.setSnapshot(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void memberOf()
    {
        MembershipModel model;
        model.setSnapshot(makeSnapshot());
        QCOMPARE(children(model, {}), (QStringList{u"alice"_s, u"analysts"_s, u"app_owner"_s, u"auditor"_s, u"bob"_s,
                                                   u"postgres"_s, u"readers"_s}));
        const QModelIndex alice = top(model, "alice");
        QVERIFY(model.hasChildren(alice));
        QCOMPARE(children(model, alice), QStringList{u"analysts"_s});
        const QModelIndex analysts = model.index(0, 0, alice);
        QCOMPARE(model.parent(analysts), alice);
        QCOMPARE(children(model, analysts), QStringList{u"readers"_s});
        QVERIFY(model.index(0, int(Col::Membership), alice).data().toString().contains(QLatin1String("ADMIN")));
        QCOMPARE(model.index(0, 0, analysts).data(MembershipModel::RoleIndexRole).toInt(), 3);
        QVERIFY(!model.hasChildren(top(model, "readers")));

        const QModelIndex bob = top(model, "bob");
        QVERIFY(model.index(0, int(Col::Membership), bob).data().toString().contains(QLatin1String("NOINHERIT")));
        QCOMPARE(model.index(bob.row(), int(Col::Inherit)).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QCOMPARE(model.index(bob.row(), int(Col::Login)).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(model.index(bob.row(), int(Col::ConnectionLimit)).data().toString(), QStringLiteral("3"));

        // postgres is implicitly in pg_database_owner, shown though predefined roles are not top level.
        const QModelIndex postgres = top(model, "postgres");
        QCOMPARE(children(model, postgres), QStringList{u"pg_database_owner"_s});
        QVERIFY(model.index(0, int(Col::Membership), postgres).data().toString().contains(QLatin1String("implicit")));
        QCOMPARE(model.index(postgres.row(), int(Col::Superuser)).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    }

    void members()
    {
        MembershipModel model;
        model.setSnapshot(makeSnapshot());
        model.setDirection(MembershipModel::Direction::Members);
        const QModelIndex readers = top(model, "readers");
        QCOMPARE(children(model, readers), (QStringList{u"analysts"_s, u"bob"_s}));
        QCOMPARE(children(model, model.index(0, 0, readers)), QStringList{u"alice"_s});
        QVERIFY(model.headerData(0, Qt::Horizontal).toString().contains(QLatin1String("members")));
    }

    void filters()
    {
        MembershipModel model;
        model.setSnapshot(makeSnapshot());
        model.setNameFilter(QStringLiteral("ALI"));
        QCOMPARE(children(model, {}), QStringList{u"alice"_s});
        QCOMPARE(model.topLevelRow(1), 0);
        QCOMPARE(model.topLevelRow(2), -1);
        model.setNameFilter(QStringLiteral("pg_"));
        QCOMPARE(model.rowCount(), 0);
        model.setShowPredefined(true);
        QCOMPARE(children(model, {}), (QStringList{u"pg_database_owner"_s, u"pg_read_all_data"_s}));
    }
};

QTEST_APPLESS_MAIN(TestMembershipModel)
#include "tst_membershipmodel.moc"
