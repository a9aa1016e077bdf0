#include "catalog/catalogreader.h"
#include "privileges/defaultprivilegespage.h"
#include "models/defaultprivilegesmodel.h"
#include "plan/applier.h"
#include "sandbox.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

using namespace roledesk;

/// The Default privileges page against the sandbox: built-in rows, a FOR ROLE grant in a
/// schema from the form, the global revoke of PUBLIC EXECUTE on functions from a built-in row,
/// both executed and visible in a fresh snapshot; removing the grant again.
class TstDefaultPrivilegesPage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void builtInRows();
    void grantAndGlobalRevoke();
    void removeEntry();

private:
    SnapshotPtr snapshot() { return CatalogReader::read(m_conn).snapshot; }
    int findRow(const DefaultPrivilegesPage &page, const QString &forRole, const QString &schema, ObjectKind kind,
                const QString &grantee, DefaultPrivilegesModel::Origin origin) const;
    bool apply(const QList<Change> &changes);
    pg::Connection m_conn;
};

void TstDefaultPrivilegesPage::initTestCase()
{
    QVERIFY(test::openSandbox(m_conn, QStringLiteral("roledesk_fixture")));
    cleanupTestCase();
    for (const char *sql : {"CREATE ROLE rdt_creator", "CREATE ROLE rdt_reader",
                            "CREATE SCHEMA rdt_dp_s AUTHORIZATION rdt_creator"})
        QVERIFY(test::execOrFail(m_conn, QString::fromUtf8(sql)));
}

void TstDefaultPrivilegesPage::cleanupTestCase()
{
    if (!m_conn.isOpen())
        return;
    m_conn.exec(QStringLiteral("DROP SCHEMA IF EXISTS rdt_dp_s CASCADE"));
    m_conn.exec(QStringLiteral("DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'rdt_creator') THEN "
                               "DROP OWNED BY rdt_creator; END IF; END $$"));
    m_conn.exec(QStringLiteral("DROP ROLE IF EXISTS rdt_creator, rdt_reader"));
}

int TstDefaultPrivilegesPage::findRow(const DefaultPrivilegesPage &page, const QString &forRole, const QString &schema,
                                      ObjectKind kind, const QString &grantee, DefaultPrivilegesModel::Origin origin) const
{
    const DefaultPrivilegesModel *m = page.model();
    for (int r = 0; r < m->rowCount(); ++r) {
        const auto &e = m->entry(r);
        if (e.forRole == forRole && e.schema == schema && e.kind == kind && e.grantee == grantee && e.origin == origin)
            return r;
    }
    return -1;
}

bool TstDefaultPrivilegesPage::apply(const QList<Change> &changes)
{
    Plan plan;
    for (const Change &c : changes)
        plan.add(c);
    const ApplyOutcome out = PlanApplier::apply(m_conn, plan, nullptr);
    if (!out.ok())
        qWarning("%s: %s", qPrintable(out.failed.sql), qPrintable(out.error.toString()));
    return out.ok();
}

static QStringList sqlOf(const QList<Change> &changes)
{
    QStringList out;
    for (const Change &c : changes)
        for (const Statement &s : sqlgen::statements(c))
            out << s.sql;
    return out;
}

void TstDefaultPrivilegesPage::builtInRows()
{
    DefaultPrivilegesPage page;
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.setSnapshot(snapshot());
    page.show();
    using O = DefaultPrivilegesModel::Origin;
    const QString me = QStringLiteral("rdt_creator");
    QVERIFY(findRow(page, me, {}, ObjectKind::Function, {}, O::BuiltIn) >= 0);
    QVERIFY(findRow(page, me, {}, ObjectKind::Type, {}, O::BuiltIn) >= 0);
    QVERIFY(findRow(page, me, {}, ObjectKind::Table, {}, O::BuiltIn) < 0); // no PUBLIC default on tables
    const int owner = findRow(page, me, {}, ObjectKind::Table, me, O::BuiltIn);
    QVERIFY(owner >= 0);
    QCOMPARE(page.model()->entry(owner).privileges, DefaultPrivilegesModel::ownerDefaults(ObjectKind::Table));
    page.findChild<QCheckBox *>(QStringLiteral("defaultsBuiltIn"))->setChecked(false);
    QCOMPARE(findRow(page, me, {}, ObjectKind::Function, {}, O::BuiltIn), -1);
}

void TstDefaultPrivilegesPage::grantAndGlobalRevoke()
{
    DefaultPrivilegesPage page;
    page.setSnapshot(snapshot());
    page.show();
    page.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    QList<Change> proposed;
    connect(&page, &DefaultPrivilegesPage::changesProposed, this,
            [&proposed](const QList<Change> &changes, const QString &) { proposed << changes; });

    // The form: FOR ROLE rdt_creator IN SCHEMA rdt_dp_s GRANT SELECT ON TABLES TO rdt_reader.
    page.findChild<QComboBox *>(QStringLiteral("defaultsForRole"))->setCurrentText(QStringLiteral("rdt_creator"));
    page.findChild<QComboBox *>(QStringLiteral("defaultsSchema"))->setCurrentText(QStringLiteral("rdt_dp_s"));
    auto *kind = page.findChild<QComboBox *>(QStringLiteral("defaultsKind"));
    kind->setCurrentIndex(kind->findData(int(ObjectKind::Table)));
    page.findChild<QComboBox *>(QStringLiteral("defaultsGrantee"))->setCurrentText(QStringLiteral("rdt_reader"));
    // Focus selected a row, which fills the form: start the privileges from scratch.
    for (QCheckBox *box : page.findChildren<QCheckBox *>())
        if (box->objectName().startsWith(QLatin1String("defaultsPrivilege_")) || box->objectName() == QLatin1String("defaultsGrantOption"))
            box->setChecked(false);
    page.findChild<QCheckBox *>(QStringLiteral("defaultsPrivilege_SELECT"))->setChecked(true);
    const QString expectedGrant = QStringLiteral(
        "ALTER DEFAULT PRIVILEGES FOR ROLE \"rdt_creator\" IN SCHEMA \"rdt_dp_s\" GRANT SELECT ON TABLES TO \"rdt_reader\"");
    QCOMPARE(page.findChild<QLabel *>(QStringLiteral("defaultsSql"))->text(), expectedGrant + u';');
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("defaultsGrant")), Qt::LeftButton);

    // The built-in PUBLIC EXECUTE on functions, revoked with Del: a global revoke.
    using O = DefaultPrivilegesModel::Origin;
    const int row = findRow(page, QStringLiteral("rdt_creator"), {}, ObjectKind::Function, {}, O::BuiltIn);
    QVERIFY(row >= 0);
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(page.view()->model());
    page.view()->setFocus();
    page.view()->selectRow(proxy->mapFromSource(page.model()->index(row, 0)).row());
    QTest::keyClick(page.view(), Qt::Key_Delete);

    QCOMPARE(sqlOf(proposed),
             (QStringList{expectedGrant,
                          QStringLiteral("ALTER DEFAULT PRIVILEGES FOR ROLE \"rdt_creator\" REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC")}));
    Plan pending;
    for (const Change &c : proposed)
        pending.add(c);
    page.setPendingPlan(pending);
    QVERIFY(findRow(page, QStringLiteral("rdt_creator"), QStringLiteral("rdt_dp_s"), ObjectKind::Table,
                    QStringLiteral("rdt_reader"), O::PendingGrant) >= 0);
    const int marked = findRow(page, QStringLiteral("rdt_creator"), {}, ObjectKind::Function, {}, O::BuiltIn);
    QVERIFY(page.model()->entry(marked).pendingRevoke);

    QVERIFY(apply(proposed));
    SnapshotPtr after = snapshot();
    bool schemaEntry = false, globalFunctions = false, publicExecute = false;
    for (const DefaultAcl &d : after->defaultAcls) {
        if (after->roleName(d.role) != QLatin1String("rdt_creator"))
            continue;
        for (const AclEntry &e : d.acl) {
            if (d.schema == QLatin1String("rdt_dp_s") && d.kind == ObjectKind::Table
                && after->roleName(e.grantee) == QLatin1String("rdt_reader") && e.privileges == Privileges(Privilege::Select))
                schemaEntry = true;
            if (d.schema.isEmpty() && d.kind == ObjectKind::Function) {
                globalFunctions = true;
                publicExecute = publicExecute || e.grantee == PublicOid;
            }
        }
    }
    QVERIFY(schemaEntry);
    QVERIFY(globalFunctions);
    QVERIFY(!publicExecute);

    page.setSnapshot(after);
    page.setPendingPlan({});
    QCOMPARE(findRow(page, QStringLiteral("rdt_creator"), {}, ObjectKind::Function, {}, O::BuiltIn), -1);
    QVERIFY(findRow(page, QStringLiteral("rdt_creator"), {}, ObjectKind::Function, QStringLiteral("rdt_creator"), O::Catalog) >= 0);
}

void TstDefaultPrivilegesPage::removeEntry()
{
    DefaultPrivilegesPage page;
    page.setSnapshot(snapshot());
    page.show();
    using O = DefaultPrivilegesModel::Origin;
    const int row = findRow(page, QStringLiteral("rdt_creator"), QStringLiteral("rdt_dp_s"), ObjectKind::Table,
                            QStringLiteral("rdt_reader"), O::Catalog);
    QVERIFY(row >= 0);
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(page.view()->model());
    page.view()->selectRow(proxy->mapFromSource(page.model()->index(row, 0)).row());
    QList<Change> changes;
    int signals_ = 0;
    connect(&page, &DefaultPrivilegesPage::changesProposed, this, [&](const QList<Change> &c, const QString &) {
        changes << c;
        ++signals_;
    });
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("defaultsRemove")), Qt::LeftButton);
    QCOMPARE(signals_, 1);
    QCOMPARE(sqlOf(changes), QStringList{QStringLiteral(
                                 "ALTER DEFAULT PRIVILEGES FOR ROLE \"rdt_creator\" IN SCHEMA \"rdt_dp_s\" REVOKE SELECT ON TABLES FROM \"rdt_reader\"")});
    QVERIFY(apply(changes));
    SnapshotPtr after = snapshot();
    for (const DefaultAcl &d : after->defaultAcls)
        QVERIFY(!(after->roleName(d.role) == QLatin1String("rdt_creator") && d.schema == QLatin1String("rdt_dp_s")));
}

QTEST_MAIN(TstDefaultPrivilegesPage)
#include "tst_defaultprivilegespage.moc"
