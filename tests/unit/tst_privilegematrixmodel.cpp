#include "modelfixture.h"
#include "models/privilegematrixmodel.h"
#include "plan/objectref.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace roledesk;
using namespace Qt::StringLiterals;
using namespace roledesk::testing;
using M = PrivilegeMatrixModel;

class TestPrivilegeMatrixModel : public QObject {
    Q_OBJECT

private:
    std::shared_ptr<EffectiveRights> m_rights;
    M m_model;

    QModelIndex cell(const char *role, ObjectIndex object) const
    {
        const Snapshot &s = m_rights->snapshot();
        int roleIndex = -1;
        for (int i = 0; i < s.roles.size(); ++i)
            if (s.roles.at(i).name == QLatin1String(role))
                roleIndex = i;
        return m_model.index(m_model.rowForRole(roleIndex), m_model.columnForObject(object));
    }

private slots:
    void initTestCase()
    {
        m_rights = std::make_shared<EffectiveRights>(makeSnapshot());
        m_model.setRights(m_rights);
    }

    void tester()
    {
        M model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRights(m_rights);
        QCOMPARE(model.rowCount(), 9);
        QCOMPARE(model.columnCount(), 8);
        model.setRights(nullptr);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 0);
    }

    void resetSignals()
    {
        M model;
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setRights(m_rights);
        QCOMPARE(reset.count(), 1);
    }

    void rowOrder()
    {
        // People's roles by name first, the built-in pg_* roles last.
        QStringList names;
        for (int r = 0; r < m_model.rowCount(); ++r)
            names << m_model.headerData(r, Qt::Vertical).toString();
        QCOMPARE(names, (QStringList{u"alice"_s, u"analysts"_s, u"app_owner"_s, u"auditor"_s, u"bob"_s, u"postgres"_s,
                                     u"readers"_s, u"pg_database_owner"_s, u"pg_read_all_data"_s}));
        QCOMPARE(M::RoleType(m_model.headerData(0, Qt::Vertical, M::RoleTypeRole).toInt()), M::RoleType::Login);
        QCOMPARE(M::RoleType(m_model.headerData(1, Qt::Vertical, M::RoleTypeRole).toInt()), M::RoleType::Group);
        QCOMPARE(M::RoleType(m_model.headerData(5, Qt::Vertical, M::RoleTypeRole).toInt()), M::RoleType::Superuser);
        QCOMPARE(M::RoleType(m_model.headerData(8, Qt::Vertical, M::RoleTypeRole).toInt()), M::RoleType::Predefined);
    }

    void columnsGroupedBySchema()
    {
        QStringList schemas, names;
        for (int c = 0; c < m_model.columnCount(); ++c) {
            schemas << m_model.headerData(c, Qt::Horizontal, M::SchemaRole).toString();
            names << m_model.headerData(c, Qt::Horizontal).toString();
        }
        QCOMPARE(schemas, (QStringList{u""_s, u"hr"_s, u"hr"_s, u"hr"_s, u"hr"_s, u"sales"_s, u"sales"_s, u"sales"_s}));
        // The column sits right after its table; routines after relations.
        QCOMPARE(names, (QStringList{u"fixture"_s, u"hr"_s, u"emp"_s, u"emp.id"_s, u"raise(integer)"_s, u"sales"_s, u"orders"_s, u"totals"_s}));
        QCOMPARE(ObjectKind(m_model.headerData(3, Qt::Horizontal, M::ObjectKindRole).toInt()), ObjectKind::Column);
        QCOMPARE(m_model.headerData(6, Qt::Horizontal, M::ObjectIndexRole).toInt(), int(OrdersTable));
        QVERIFY(m_model.headerData(6, Qt::Horizontal, Qt::ToolTipRole).toString().contains(QLatin1String("sales.orders")));
    }

    // Names as people read them: t1, t2, t10, t11, t100 (not t1, t10, t100, t11, t2); case aside;
    // a column stays right after its table.
    void namesInNaturalOrder()
    {
        SnapshotPtr snapshot = makeSnapshot();
        auto *s = const_cast<Snapshot *>(snapshot.get());
        for (const char *name : {"t10", "T2", "t100", "t1", "t11"})
            s->objects << object(ObjectKind::Table, 9000 + s->objects.size(), "sales", name, AppOwner, {});
        CatalogObject column = object(ObjectKind::Column, 9999, "sales", "t10.id", AppOwner, {},
                                      int(s->objects.size()) - 5); // a column of t10
        s->objects << column;
        s->roles << makeRole(9100, "user10", true) << makeRole(9101, "user9", true) << makeRole(9102, "User100", true);
        PrivilegeMatrixModel model;
        model.setRights(std::make_shared<EffectiveRights>(snapshot));
        QStringList sales, roles;
        for (int c = 0; c < model.columnCount(); ++c)
            if (model.headerData(c, Qt::Horizontal, M::SchemaRole).toString() == u"sales"_s)
                sales << model.headerData(c, Qt::Horizontal).toString();
        for (int r = 0; r < model.rowCount(); ++r)
            roles << model.headerData(r, Qt::Vertical).toString();
        QCOMPARE(sales, (QStringList{u"sales"_s, u"orders"_s, u"t1"_s, u"T2"_s, u"t10"_s, u"t10.id"_s, u"t11"_s,
                                     u"t100"_s, u"totals"_s}));
        const qsizetype nine = roles.indexOf(u"user9"_s), ten = roles.indexOf(u"user10"_s), hundred = roles.indexOf(u"User100"_s);
        QVERIFY2(nine >= 0 && nine < ten && ten < hundred, qPrintable(roles.join(u' ')));
    }

    void cells_data()
    {
        QTest::addColumn<QByteArray>("role");
        QTest::addColumn<int>("object");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("source"); // -1: nothing held

        QTest::newRow("alice orders: inherited r, direct w grantable")
            << QByteArray("alice") << int(OrdersTable) << QStringLiteral("rw*") << int(RightSource::Direct);
        QTest::newRow("analysts orders: inherited r")
            << QByteArray("analysts") << int(OrdersTable) << QStringLiteral("r") << int(RightSource::Inherited);
        QTest::newRow("bob orders: NOINHERIT gives nothing")
            << QByteArray("bob") << int(OrdersTable) << QString() << -1;
        QTest::newRow("auditor orders: pg_read_all_data")
            << QByteArray("auditor") << int(OrdersTable) << QStringLiteral("r") << int(RightSource::Predefined);
        QTest::newRow("bob totals: PUBLIC")
            << QByteArray("bob") << int(TotalsView) << QStringLiteral("r") << int(RightSource::Public);
        QTest::newRow("app_owner orders: owner, all grantable")
            << QByteArray("app_owner") << int(OrdersTable) << QStringLiteral("r*a*w*d*D*x*t*") << int(RightSource::Owner);
        QTest::newRow("postgres hr.emp: superuser")
            << QByteArray("postgres") << int(EmpTable) << QStringLiteral("r*a*w*d*D*x*t*") << int(RightSource::Superuser);
        QTest::newRow("alice emp.id column: direct")
            << QByteArray("alice") << int(EmpIdColumn) << QStringLiteral("r") << int(RightSource::Direct);
        QTest::newRow("alice sales schema: inherited usage")
            << QByteArray("alice") << int(SalesSchema) << QStringLiteral("U") << int(RightSource::Inherited);
    }

    void cells()
    {
        QFETCH(QByteArray, role);
        QFETCH(int, object);
        QFETCH(QString, text);
        QFETCH(int, source);
        const QModelIndex idx = cell(role.constData(), ObjectIndex(object));
        QVERIFY(idx.isValid());
        QCOMPARE(idx.data().toString(), text);
        const QVariant src = idx.data(M::SourceRole);
        QCOMPARE(src.isValid() ? src.toInt() : -1, source);
        QCOMPARE(idx.data(M::ObjectIndexRole).toInt(), object);
        const auto rights = idx.data(M::CellRightsRole).value<CellRights>();
        QCOMPARE(M::cellText(rights), text);
        QVERIFY(!idx.data(Qt::ToolTipRole).toString().isEmpty());
    }

    void toolTipNamesSources()
    {
        const QString tip = cell("alice", OrdersTable).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QLatin1String("SELECT: inherited")), qPrintable(tip));
        QVERIFY2(tip.contains(QLatin1String("UPDATE: direct grant (grantable)")), qPrintable(tip));
    }

    void shortText()
    {
        QCOMPARE(cell("app_owner", OrdersTable).data(M::ShortTextRole).toString(), QStringLiteral("ALL*"));
        QCOMPARE(cell("postgres", SalesSchema).data(M::ShortTextRole).toString(), QStringLiteral("ALL*"));
        QCOMPARE(cell("alice", OrdersTable).data(M::ShortTextRole).toString(), QStringLiteral("rw*"));
        // A kind with a single privilege keeps its letter.
        QCOMPARE(cell("bob", RaiseFunc).data(M::ShortTextRole).toString(), QStringLiteral("X"));
        CellRights all;
        all.granted = Privilege::Usage | Privilege::Create;
        QCOMPARE(M::shortText(all, ObjectKind::Schema), QStringLiteral("ALL"));
    }

    void dominantSourceOrder()
    {
        CellRights c;
        QVERIFY(!M::dominantSource(c));
        c.fromPublic = Privilege::Select;
        QCOMPARE(*M::dominantSource(c), RightSource::Public);
        c.predefined = Privilege::Select;
        QCOMPARE(*M::dominantSource(c), RightSource::Predefined);
        c.inherited = Privilege::Select;
        QCOMPARE(*M::dominantSource(c), RightSource::Inherited);
        c.direct = Privilege::Select;
        QCOMPARE(*M::dominantSource(c), RightSource::Direct);
        c.owner = Privilege::Select;
        QCOMPARE(*M::dominantSource(c), RightSource::Owner);
        c.superuser = Privilege::Select;
        QCOMPARE(*M::dominantSource(c), RightSource::Superuser);
    }

    void publicRow()
    {
        M model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRights(m_rights);
        const int roles = model.rowCount();
        model.setShowPublic(true);
        QCOMPARE(model.rowCount(), roles + 1);
        QCOMPARE(model.headerData(0, Qt::Vertical).toString(), u"PUBLIC"_s);
        QCOMPARE(model.headerData(0, Qt::Vertical, M::RoleTypeRole).toInt(), int(M::RoleType::Public));
        QCOMPARE(model.headerData(0, Qt::Vertical, M::GranteeRole).toString(), QString());
        QCOMPARE(model.headerData(1, Qt::Vertical, M::GranteeRole).toString(),
                 model.headerData(1, Qt::Vertical).toString());
        // What PUBLIC holds: its own ACL entries only, not the owner's.
        QCOMPARE(model.index(0, model.columnForObject(DbObj)).data().toString(), u"cT"_s);
        QCOMPARE(model.index(0, model.columnForObject(TotalsView)).data().toString(), u"r"_s);
        QCOMPARE(model.index(0, model.columnForObject(RaiseFunc)).data().toString(), u"X"_s);
        QCOMPARE(model.index(0, model.columnForObject(OrdersTable)).data().toString(), QString());
        QCOMPARE(model.index(0, model.columnForObject(TotalsView)).data(M::SourceRole).toInt(), int(RightSource::Public));
        QCOMPARE(model.index(0, 0).data(M::RoleIndexRole).toInt(), -1);
        // Role rows moved down by one and still map back.
        const int alice = m_rights->snapshot().roleIndex(Alice);
        QCOMPARE(model.index(model.rowForRole(alice), 0).data(M::RoleIndexRole).toInt(), alice);
        QVERIFY(model.headerData(0, Qt::Vertical, Qt::ToolTipRole).toString().contains(u"PUBLIC"));
    }

    void pendingMarks()
    {
        M model;
        model.setRights(m_rights);
        model.setShowPublic(true);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const ObjectRef orders = ObjectRef::fromSnapshot(m_rights->snapshot(), OrdersTable);
        model.setPendingChanges({GrantPrivileges{orders, u"alice"_s, Privilege::Select | Privilege::Insert, false},
                                 RevokePrivileges{orders, {}, Privilege::Select, false, false, u"bob"_s}});
        QCOMPARE(changed.size(), 1);
        const int alice = model.rowForRole(m_rights->snapshot().roleIndex(Alice));
        const QModelIndex aliceOrders = model.index(alice, model.columnForObject(OrdersTable));
        QCOMPARE(aliceOrders.data(M::PendingRole).toString(), u"Pending: grant SELECT, INSERT"_s);
        QVERIFY(aliceOrders.data(Qt::ToolTipRole).toString().contains(u"Pending: grant SELECT, INSERT"));
        QCOMPARE(model.index(0, model.columnForObject(OrdersTable)).data(M::PendingRole).toString(),
                 u"Pending: revoke SELECT (granted by bob)"_s);
        QVERIFY(!model.index(alice, model.columnForObject(TotalsView)).data(M::PendingRole).isValid());
        model.setPendingChanges({});
        QCOMPARE(changed.size(), 2);
        QVERIFY(!aliceOrders.data(M::PendingRole).isValid());
    }
};

QTEST_APPLESS_MAIN(TestPrivilegeMatrixModel)
#include "tst_privilegematrixmodel.moc"
