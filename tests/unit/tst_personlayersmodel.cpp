// PersonLayersModel over hand-made PersonDatabase values: the tree's shape (database, login,
// layers, entries), chains and attributes as people read them, problems marked, databases a
// cancelled sweep did not reach, and QAbstractItemModelTester over every reset.
#include "models/personlayersmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace roledesk;

namespace {

/// Alice's login in one database: one membership reached by SET ROLE only, with admin option, a
/// schema group, a model role, one model, two rights and four PUBLIC-only ones; no CONNECT.
PersonDatabase sales()
{
    PersonLoginFacts f;
    f.login = QStringLiteral("alice");
    f.how = QStringLiteral("same name");
    f.attributes.name = f.login;
    f.attributes.canLogin = true;
    f.attributes.createRole = true;
    f.attributes.inherit = false;
    f.attributes.connectionLimit = 5;
    f.memberships << PersonMembership{QStringLiteral("analysts"), {QStringLiteral("alice"), QStringLiteral("analysts")}, true, false};
    f.schemaGroups << LintGroup{QStringLiteral("sales.s.writer"), QStringLiteral("s"), GroupLevel::Writer,
                                {QStringLiteral("alice"), QStringLiteral("sales.s.writer")}};
    f.modelRoles << LintModelRole{ModelRole::ModelOwner, {QStringLiteral("alice"), QStringLiteral("pgx_model_owner")}};
    f.models << PersonModelUse{QStringLiteral("mini"), QStringLiteral("pgx_inference.pgx_embedding_1(text)"),
                               QStringLiteral("direct")};
    f.rights << PersonRight{} << PersonRight{};
    f.publicOnlyRights = 4;
    f.mayConnect = false;
    PersonDatabase d;
    d.database = QStringLiteral("sales");
    d.logins << f;
    return d;
}

QModelIndex child(const QAbstractItemModel &m, const QModelIndex &parent, const QString &text)
{
    for (int row = 0; row < m.rowCount(parent); ++row)
        if (m.index(row, 0, parent).data().toString() == text)
            return m.index(row, 0, parent);
    return {};
}

QString cell(const QModelIndex &row, int column)
{
    return row.sibling(row.row(), column).data().toString();
}

} // namespace

/// PersonLayersModel without a database.
class TstPersonLayersModel : public QObject {
    Q_OBJECT
private slots:
    void shape();
    void problemsAndNotRead();
    void attributes();
    void modelTester();
};

void TstPersonLayersModel::shape()
{
    PersonLayersModel m;
    m.setDatabases({sales()});
    QCOMPARE(m.rowCount(), 1);
    const QModelIndex db = m.index(0, 0);
    QCOMPARE(db.data().toString(), QStringLiteral("sales"));
    QCOMPARE(cell(db, PersonLayersModel::DetailColumn), QStringLiteral("1 login(s)"));
    QCOMPARE(db.data(PersonLayersModel::KindRole).toInt(), int(PersonLayersModel::Kind::Database));
    const QModelIndex login = m.index(0, 0, db);
    QCOMPARE(login.data().toString(), QStringLiteral("alice"));
    QCOMPARE(cell(login, PersonLayersModel::DetailColumn), QStringLiteral("same name"));
    QCOMPARE(login.data(PersonLayersModel::LoginRole).toString(), QStringLiteral("alice"));
    QStringList sections;
    for (int row = 0; row < m.rowCount(login); ++row)
        sections << m.index(row, 0, login).data().toString();
    QCOMPARE(sections, (QStringList{QStringLiteral("Attributes"), QStringLiteral("Connect"), QStringLiteral("Memberships"),
                                    QStringLiteral("Schema groups"), QStringLiteral("Model roles"),
                                    QStringLiteral("Models usable"), QStringLiteral("Rights on objects")}));

    const QModelIndex membership = m.index(0, 0, child(m, login, QStringLiteral("Memberships")));
    QCOMPARE(membership.data().toString(), QStringLiteral("analysts"));
    QCOMPARE(cell(membership, PersonLayersModel::DetailColumn), QStringLiteral("SET ROLE only, with ADMIN OPTION"));
    QCOMPARE(cell(membership, PersonLayersModel::ThroughColumn), QStringLiteral("alice > analysts"));
    QCOMPARE(membership.parent().parent(), login);
    const QModelIndex group = m.index(0, 0, child(m, login, QStringLiteral("Schema groups")));
    QCOMPARE(cell(group, PersonLayersModel::DetailColumn), QStringLiteral("writer of schema s"));
    const QModelIndex role = m.index(0, 0, child(m, login, QStringLiteral("Model roles")));
    QCOMPARE(role.data().toString(), QStringLiteral("model_owner"));
    QCOMPARE(cell(role, PersonLayersModel::ThroughColumn), QStringLiteral("alice > pgx_model_owner"));
    const QModelIndex model = m.index(0, 0, child(m, login, QStringLiteral("Models usable")));
    QCOMPARE(cell(model, PersonLayersModel::DetailColumn), QStringLiteral("pgx_inference.pgx_embedding_1(text)"));
    QCOMPARE(cell(child(m, login, QStringLiteral("Rights on objects")), PersonLayersModel::DetailColumn),
             QStringLiteral("2 right(s) in the table; 4 more through PUBLIC only"));
    QCOMPARE(membership.data(PersonLayersModel::DatabaseRole).toString(), QStringLiteral("sales"));
}

void TstPersonLayersModel::problemsAndNotRead()
{
    PersonDatabase refused;
    refused.database = QStringLiteral("closed");
    refused.error = QStringLiteral("could not connect to database \"closed\" as \"auditor\": denied");
    PersonDatabase gone = sales();
    gone.database = QStringLiteral("other");
    gone.logins.first().exists = false;
    PersonLayersModel m;
    m.setDatabases({sales(), refused, gone}, {QStringLiteral("later")});
    QCOMPARE(m.rowCount(), 4);
    const QModelIndex connect = child(m, m.index(0, 0, m.index(0, 0)), QStringLiteral("Connect"));
    QCOMPARE(cell(connect, PersonLayersModel::DetailColumn), QStringLiteral("may not connect"));
    QVERIFY(connect.data(PersonLayersModel::ProblemRole).toBool());
    QVERIFY(!m.index(0, 0).data(PersonLayersModel::ProblemRole).toBool());
    QCOMPARE(cell(m.index(1, 0), PersonLayersModel::DetailColumn), refused.error);
    QVERIFY(m.index(1, 0).data(PersonLayersModel::ProblemRole).toBool());
    QCOMPARE(m.rowCount(m.index(1, 0)), 0);
    const QModelIndex missing = m.index(0, 0, m.index(0, 0, m.index(2, 0)));
    QVERIFY(missing.data(PersonLayersModel::ProblemRole).toBool());
    QCOMPARE(m.rowCount(m.index(0, 0, m.index(2, 0))), 1); // nothing but "not in this database's catalog"
    QCOMPARE(m.index(3, 0).data().toString(), QStringLiteral("later"));
    QVERIFY(m.index(3, 0).data(PersonLayersModel::ProblemRole).toBool());
    QVERIFY(cell(m.index(3, 0), PersonLayersModel::DetailColumn).contains(QStringLiteral("cancelled")));
}

void TstPersonLayersModel::attributes()
{
    Role r;
    r.canLogin = false;
    r.superuser = true;
    r.createDb = true;
    r.replication = true;
    r.bypassRls = true;
    QCOMPARE(PersonText::attributes(r, PersonText::Time::Local), QStringLiteral("NOLOGIN, SUPERUSER, CREATEDB, REPLICATION, BYPASSRLS, INHERIT"));
    r = sales().logins.first().attributes;
    QCOMPARE(PersonText::attributes(r, PersonText::Time::Local), QStringLiteral("LOGIN, CREATEROLE, NOINHERIT, connection limit 5"));
    r.validUntil = QDateTime(QDate(2031, 12, 31), QTime(0, 0), Qt::UTC);
    QVERIFY(PersonText::attributes(r, PersonText::Time::Local).contains(QStringLiteral("valid until ")));
    // roledesk-cli person writes the expiry for scripts: UTC, ISO 8601.
    QCOMPARE(PersonText::attributes(r, PersonText::Time::Iso),
             QStringLiteral("LOGIN, CREATEROLE, NOINHERIT, connection limit 5, valid until 2031-12-31T00:00:00Z"));
}

void TstPersonLayersModel::modelTester()
{
    PersonLayersModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m.setDatabases({sales()});
    m.setDatabases({sales(), sales()}, {QStringLiteral("x")});
    m.clear();
    QCOMPARE(m.rowCount(), 0);
}

QTEST_APPLESS_MAIN(TstPersonLayersModel)
#include "tst_personlayersmodel.moc"
