// PersonRightsModel and PersonRightsFilterModel over hand-made rights of two logins in two
// databases: rows, the words filter (every word in some column), the database filter, and the CSV
// of the rows shown (quotes, commas, keywords untranslated).
#include "models/personrightsmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace roledesk;

namespace {

PersonRight right(const QString &object, ObjectKind kind, Privilege p, bool grantable, const QString &lineage)
{
    PersonRight r;
    r.object = object;
    r.kind = kind;
    r.privilege = p;
    r.grantable = grantable;
    r.lineage = lineage;
    return r;
}

QList<PersonDatabase> databases()
{
    PersonLoginFacts alice;
    alice.login = QStringLiteral("alice");
    alice.rights << right(QStringLiteral("sales.orders"), ObjectKind::Table, Privilege::Select, false,
                          QStringLiteral("member of alice > analysts"))
                 << right(QStringLiteral("sales.orders"), ObjectKind::Table, Privilege::Insert, true, QStringLiteral("direct"));
    PersonLoginFacts ro;
    ro.login = QStringLiteral("alice_ro");
    ro.rights << right(QStringLiteral("s.\"odd, name\""), ObjectKind::View, Privilege::Select, false, QStringLiteral("owner"));
    PersonDatabase a;
    a.database = QStringLiteral("a");
    a.logins << alice << ro;
    PersonDatabase b;
    b.database = QStringLiteral("b");
    b.logins << alice;
    return {a, b};
}

} // namespace

/// PersonRightsModel and its filter, without a database.
class TstPersonRightsModel : public QObject {
    Q_OBJECT
private slots:
    void rows();
    void filter();
    void csv();
    void modelTester();
};

void TstPersonRightsModel::rows()
{
    PersonRightsModel m;
    m.setDatabases(databases());
    QCOMPARE(m.rowCount(), 5);
    QCOMPARE(m.index(1, PersonRightsModel::PrivilegeColumn).data().toString(), QStringLiteral("INSERT"));
    QCOMPARE(m.index(1, PersonRightsModel::GrantableColumn).data().toString(), QStringLiteral("yes"));
    QCOMPARE(m.index(1, 0).data(PersonRightsModel::GrantableRole).toBool(), true);
    QCOMPARE(m.index(2, PersonRightsModel::LoginColumn).data().toString(), QStringLiteral("alice_ro"));
    QCOMPARE(m.index(2, PersonRightsModel::KindColumn).data().toString(), QStringLiteral("view"));
    QCOMPARE(m.index(4, PersonRightsModel::DatabaseColumn).data().toString(), QStringLiteral("b"));
}

void TstPersonRightsModel::filter()
{
    PersonRightsModel m;
    m.setDatabases(databases());
    PersonRightsFilterModel f;
    f.setSourceModel(&m);
    f.setFilterText(QStringLiteral("INSERT orders"));
    QCOMPARE(f.rowCount(), 2); // in both databases
    f.setFilterText(QStringLiteral("  insert   ORDERS analysts "));
    QCOMPARE(f.rowCount(), 0); // INSERT is direct: no row holds every word
    f.setFilterText(QStringLiteral("analysts"));
    QCOMPARE(f.rowCount(), 2);
    f.setDatabase(QStringLiteral("b"));
    QCOMPARE(f.rowCount(), 1);
    f.setFilterText({});
    QCOMPARE(f.rowCount(), 2);
    f.setDatabase({});
    QCOMPARE(f.rowCount(), 5);
}

void TstPersonRightsModel::csv()
{
    PersonRightsModel m;
    m.setDatabases(databases());
    QCOMPARE(m.csv({2, 1, 99}),
             QStringLiteral("database,login,object,kind,privilege,grantable,through\r\n"
                            "a,alice_ro,\"s.\"\"odd, name\"\"\",view,SELECT,false,owner\r\n"
                            "a,alice,sales.orders,table,INSERT,true,direct\r\n"));
}

void TstPersonRightsModel::modelTester()
{
    PersonRightsModel m;
    PersonRightsFilterModel f;
    f.setSourceModel(&m);
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&f, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m.setDatabases(databases());
    f.setFilterText(QStringLiteral("orders"));
    f.setDatabase(QStringLiteral("a"));
    m.clear();
    QCOMPARE(f.rowCount(), 0);
}

QTEST_APPLESS_MAIN(TstPersonRightsModel)
#include "tst_personrightsmodel.moc"
