// Live GUI test, offscreen: the Person page of a real window against scratch databases of the
// sandbox, connected as a login that is no superuser (so that a database without CONNECT refuses
// it). A login chosen without a platform file, people of a platform file (one with two logins,
// one sharing a login, one with none), the rights table checked against has_table_privilege, the
// filter and both exports, every database with progress, a refused database and Cancel, keys.
#include "common/messagebar.h"
#include "csv.h"
#include "models/personlayersmodel.h"
#include "models/personrightsmodel.h"
#include "people/personpage.h"
#include "people/serverrightssweep.h"
#include "platform/platformpage.h"
#include "sandbox.h"
#include "window/mainwindow.h"
#include "window/session.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace roledesk;

namespace {

const QString dbA = QStringLiteral("personpage_a");
const QString dbB = QStringLiteral("personpage_b");
const QString dbClosed = QStringLiteral("personpage_closed");
const QString prefix = QStringLiteral("personpage_");

const char *platformYaml = R"(platform: edb-hybrid-manager
organization: Test
projects: [alpha]
people:
  - {id: alice, name: Alice Example}
  - {id: bob, name: Bob Builder}
  - {id: carol, name: Carol Nologin}
assignments:
  - {person: alice, role: Project Owner, project: alpha}
  - {person: carol, role: Project Viewer, project: alpha}
logins:
  patterns: ["personpage_{id}", "personpage_{id}_%"]
  lists:
    - {person: bob, roles: [personpage_alice_ro]}
)";

/// Every row of a model (top level, or below \a parent) in column \a column.
QStringList column(const QAbstractItemModel *m, int column, const QModelIndex &parent = {})
{
    QStringList out;
    for (int row = 0; row < m->rowCount(parent); ++row)
        out << m->index(row, column, parent).data().toString();
    return out;
}

/// The top-level row of the layers tree for \a database, or an invalid index.
QModelIndex databaseRow(const PersonLayersModel *m, const QString &database)
{
    for (int row = 0; row < m->rowCount(); ++row)
        if (m->index(row, 0).data().toString() == database)
            return m->index(row, 0);
    return {};
}

} // namespace

/// PersonPage in a real MainWindow.
class TstPersonPage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void loginWithoutPlatformFile();
    void peopleOfPlatformFile();
    void filterAndExport();
    void everyDatabase();
    void cancelKeepsWhatWasRead();
    void keyboard();

private:
    bool choose(PersonPage *page, const QString &id);
    pg::Connection m_root;
    pg::Connection m_a;
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    PersonPage *m_page = nullptr;
};

bool TstPersonPage::choose(PersonPage *page, const QString &id)
{
    QSignalSpy shown(page, &PersonPage::profileShown);
    if (!page->setPerson(id))
        return false;
    return shown.wait(30000) && page->profile().person == id;
}

void TstPersonPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(test::openSandbox(m_root, QStringLiteral("postgres")));
    test::dropScratch(m_root, {dbA, dbB, dbClosed}, prefix, prefix);
    for (const QString &sql : {
             QStringLiteral("CREATE ROLE personpage_auditor LOGIN"),
             QStringLiteral("CREATE ROLE personpage_analysts NOLOGIN"),
             QStringLiteral("CREATE ROLE personpage_alice LOGIN CREATEDB CONNECTION LIMIT 3"),
             QStringLiteral("CREATE ROLE personpage_alice_ro LOGIN"),
             QStringLiteral("CREATE ROLE personpage_bob LOGIN"),
             QStringLiteral("GRANT personpage_analysts TO personpage_alice"),
             QStringLiteral("CREATE DATABASE personpage_a"),
             QStringLiteral("CREATE DATABASE personpage_b"),
             QStringLiteral("CREATE DATABASE personpage_closed"),
             QStringLiteral("REVOKE CONNECT ON DATABASE personpage_closed FROM PUBLIC")})
        QVERIFY(test::execOrFail(m_root, sql));
    QVERIFY(test::openSandbox(m_a, dbA));
    for (const QString &sql : {QStringLiteral("CREATE SCHEMA s"), QStringLiteral("CREATE TABLE s.orders (id int)"),
                               QStringLiteral("GRANT USAGE ON SCHEMA s TO personpage_analysts"),
                               QStringLiteral("GRANT SELECT ON s.orders TO personpage_analysts"),
                               QStringLiteral("GRANT INSERT ON s.orders TO personpage_alice WITH GRANT OPTION")})
        QVERIFY(test::execOrFail(m_a, sql));
    pg::Connection b;
    QVERIFY(test::openSandbox(b, dbB));
    for (const QString &sql : {QStringLiteral("CREATE SCHEMA s"), QStringLiteral("CREATE TABLE s.ledger (id int)"),
                               QStringLiteral("GRANT USAGE ON SCHEMA s TO personpage_alice_ro"),
                               QStringLiteral("GRANT UPDATE ON s.ledger TO personpage_alice_ro")})
        QVERIFY(test::execOrFail(b, sql));

    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QSignalSpy shown(m_window.get(), &MainWindow::snapshotShown);
    m_window->connectTo(test::sandboxOptions(dbA, QStringLiteral("personpage_auditor")));
    QVERIFY(shown.wait(60000));
    m_page = m_window->personPage();
    QVERIFY(m_page);
    m_window->showPage(MainWindow::Page::Person);
}

void TstPersonPage::cleanupTestCase()
{
    m_window.reset();
    m_a.close();
    test::dropScratch(m_root, {dbA, dbB, dbClosed}, prefix, prefix);
}

void TstPersonPage::loginWithoutPlatformFile()
{
    // No platform file: the page says how to open one, and every login role is a person.
    QVERIFY(m_page->hintLabel()->isVisible());
    QVERIFY2(m_page->hintLabel()->text().contains(QStringLiteral("Open platform file")),
             qPrintable(m_page->hintLabel()->text()));
    QVERIFY(m_page->personCombo()->findData(QStringLiteral("personpage_alice")) >= 0);
    QCOMPARE(m_page->personCombo()->findData(QStringLiteral("personpage_analysts")), -1); // cannot log in
    QVERIFY(choose(m_page, QStringLiteral("personpage_alice")));
    QCOMPARE(m_page->profile().logins.size(), 1);
    QCOMPARE(m_page->profile().logins.first().login, QStringLiteral("personpage_alice"));
    QCOMPARE(m_page->platformRolesView()->model()->rowCount(), 0);
    QVERIFY(!m_page->platformRolesView()->isVisible()); // no platform roles without a platform file

    // The layers: database, the login with its attributes and its membership with the chain.
    const PersonLayersModel *layers = m_page->layersModel();
    const QModelIndex database = databaseRow(layers, dbA);
    QVERIFY(database.isValid());
    const QModelIndex login = layers->index(0, 0, database);
    QCOMPARE(login.data().toString(), QStringLiteral("personpage_alice"));
    const QStringList sections = column(layers, PersonLayersModel::ItemColumn, login);
    const QStringList details = column(layers, PersonLayersModel::DetailColumn, login);
    QVERIFY2(details.value(sections.indexOf(QStringLiteral("Attributes"))).contains(QStringLiteral("CREATEDB")),
             qPrintable(details.join(u'|')));
    QVERIFY(details.value(sections.indexOf(QStringLiteral("Attributes"))).contains(QStringLiteral("connection limit 3")));
    const QModelIndex memberships = layers->index(int(sections.indexOf(QStringLiteral("Memberships"))), 0, login);
    QCOMPARE(column(layers, PersonLayersModel::ItemColumn, memberships), QStringList{QStringLiteral("personpage_analysts")});
    QCOMPARE(column(layers, PersonLayersModel::ThroughColumn, memberships),
             QStringList{QStringLiteral("personpage_alice > personpage_analysts")});

    // Every row of the rights table on a table agrees with the server's own answer.
    const QAbstractItemModel *rights = m_page->rightsView()->model();
    int tables = 0;
    for (int row = 0; row < rights->rowCount(); ++row) {
        const auto cell = [&](int c) { return rights->index(row, c).data().toString(); };
        if (rights->index(row, 0).data(PersonRightsModel::ObjectKindRole).toInt() != int(ObjectKind::Table))
            continue;
        ++tables;
        QCOMPARE(test::queryColumn(m_a, QStringLiteral("SELECT has_table_privilege($1, $2, $3)"),
                                   {cell(PersonRightsModel::LoginColumn), cell(PersonRightsModel::ObjectColumn),
                                    cell(PersonRightsModel::PrivilegeColumn)}),
                 QStringList{QStringLiteral("t")});
    }
    QCOMPARE(tables, 2); // INSERT directly, SELECT through personpage_analysts
}

void TstPersonPage::peopleOfPlatformFile()
{
    const QString path = m_dir.filePath(QStringLiteral("people.yaml"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(platformYaml);
    f.close();
    QVERIFY(m_window->platformPage()->openFile(path, false));
    m_window->showPage(MainWindow::Page::Person);
    QVERIFY(!m_page->hintLabel()->isVisible());
    QVERIFY(m_page->platformRolesView()->isVisible());
    QVERIFY(m_page->personCombo()->findData(QStringLiteral("carol")) >= 0);
    QCOMPARE(m_page->personCombo()->findData(QStringLiteral("personpage_bob")), -1);

    // Alice: two logins by two patterns; her platform role; her rights with lineage.
    QVERIFY(choose(m_page, QStringLiteral("alice")));
    QStringList logins;
    for (const PersonLogin &l : m_page->profile().logins)
        logins << l.login + u'=' + l.how;
    QCOMPARE(logins, (QStringList{QStringLiteral("personpage_alice=pattern personpage_{id}"),
                                  QStringLiteral("personpage_alice_ro=pattern personpage_{id}_%")}));
    QCOMPARE(column(m_page->platformRolesView()->model(), 1), QStringList{QStringLiteral("Project Owner")});
    QVERIFY2(m_page->summaryLabel()->text().startsWith(QStringLiteral("Alice Example (alice)")),
             qPrintable(m_page->summaryLabel()->text()));
    // personpage_alice_ro is matched by bob's list too: a problem on the message bar.
    QVERIFY(m_page->messageBar()->isVisible());
    QVERIFY2(m_page->messageBar()->text().contains(QStringLiteral("personpage_alice_ro")),
             qPrintable(m_page->messageBar()->text()));

    // Carol: platform roles, no login; said on the bar, no login rows.
    QVERIFY(choose(m_page, QStringLiteral("carol")));
    QVERIFY(m_page->profile().noLogin);
    QCOMPARE(m_page->platformRolesView()->model()->rowCount(), 1);
    QVERIFY2(m_page->messageBar()->text().contains(QStringLiteral("no database login")),
             qPrintable(m_page->messageBar()->text()));
    QCOMPARE(m_page->layersModel()->rowCount(databaseRow(m_page->layersModel(), dbA)), 0);
    QCOMPARE(m_page->rightsView()->model()->rowCount(), 0);
}

void TstPersonPage::filterAndExport()
{
    QVERIFY(choose(m_page, QStringLiteral("alice")));
    QAbstractItemModel *shown = m_page->rightsView()->model();
    const int all = shown->rowCount();
    QVERIFY(all >= 3); // INSERT, SELECT on s.orders, USAGE on s
    QTest::keyClicks(m_page->filterEdit(), QStringLiteral("insert ORDERS"));
    QCOMPARE(shown->rowCount(), 1);
    QCOMPARE(shown->index(0, PersonRightsModel::GrantableColumn).data().toString(), QStringLiteral("yes"));
    QCOMPARE(shown->index(0, PersonRightsModel::ThroughColumn).data().toString(), QStringLiteral("direct"));

    const QString csvPath = m_dir.filePath(QStringLiteral("rights.csv"));
    QCOMPARE(m_page->exportCsv(csvPath), QString());
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QStringList> records = test::parseCsv(QString::fromUtf8(csv.readAll()));
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(1), (QStringList{dbA, QStringLiteral("personpage_alice"), QStringLiteral("s.orders"),
                                         QStringLiteral("table"), QStringLiteral("INSERT"), QStringLiteral("true"),
                                         QStringLiteral("direct")}));
    m_page->filterEdit()->clear();
    QCOMPARE(shown->rowCount(), all);

    const QString jsonPath = m_dir.filePath(QStringLiteral("alice.json"));
    QCOMPARE(m_page->exportJson(jsonPath), QString());
    QFile json(jsonPath);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonObject o = QJsonDocument::fromJson(json.readAll()).object();
    QCOMPARE(o.value(QStringLiteral("person")).toString(), QStringLiteral("alice"));
    QVERIFY(!o.contains(QStringLiteral("incomplete")));
    QVERIFY(QJsonDocument(o).toJson().contains("personpage_alice_ro"));
}

void TstPersonPage::everyDatabase()
{
    QVERIFY(choose(m_page, QStringLiteral("alice")));
    QSignalSpy finished(m_page, &PersonPage::sweepFinished);
    QSignalSpy progressed(m_page->sweep(), &ServerRightsSweep::progressed);
    bool barShown = false, cancelEnabled = false;
    QObject watching; // the connection goes with this test's locals
    connect(m_page->sweep(), &ServerRightsSweep::progressed, &watching, [&] {
        barShown = barShown || m_page->progressBar()->isVisible();
        cancelEnabled = cancelEnabled || m_page->cancelButton()->isEnabled();
    });
    // The scope combo, by keyboard: the sweep starts by itself.
    m_page->scopeCombo()->setFocus();
    QTest::keyClick(m_page->scopeCombo(), Qt::Key_Down);
    QCOMPARE(m_page->scope(), PersonPage::Scope::EveryDatabase);
    QVERIFY(m_page->isBusy());
    QVERIFY(finished.wait(120000));
    QVERIFY(barShown);
    QVERIFY(cancelEnabled);
    QVERIFY(!m_page->progressBar()->isVisible());
    QVERIFY(progressed.size() >= 4);
    QVERIFY(m_page->sweep()->isComplete());
    QSignalSpy shown(m_page, &PersonPage::profileShown);
    QVERIFY(shown.size() > 0 || shown.wait(30000));

    // Both scratch databases read; the closed one a note naming it and the login, not a dialog.
    QStringList read;
    for (const PersonDatabase &d : m_page->profile().databases)
        if (d.database.startsWith(prefix))
            read << d.database + (d.error.isEmpty() ? QString() : QStringLiteral(" (error)"));
    read.sort();
    QCOMPARE(read, (QStringList{dbA, dbB, dbClosed + QStringLiteral(" (error)")}));
    QVERIFY2(m_page->messageBar()->text().contains(dbClosed), qPrintable(m_page->messageBar()->text()));
    QVERIFY(m_page->messageBar()->text().contains(QStringLiteral("personpage_auditor")));
    QVERIFY(databaseRow(m_page->layersModel(), dbClosed).data(PersonLayersModel::ProblemRole).toBool());

    // The rights span databases: the database filter narrows to one.
    QTest::keyClicks(m_page->filterEdit(), QStringLiteral("ledger"));
    QCOMPARE(m_page->rightsView()->model()->rowCount(), 1);
    QCOMPARE(m_page->rightsView()->model()->index(0, PersonRightsModel::DatabaseColumn).data().toString(), dbB);
    m_page->filterEdit()->clear();
    const int everywhere = m_page->rightsView()->model()->rowCount();
    m_page->databaseFilter()->setCurrentIndex(m_page->databaseFilter()->findData(dbB));
    QVERIFY(m_page->rightsView()->model()->rowCount() < everywhere);
    const QStringList databases = column(m_page->rightsView()->model(), PersonRightsModel::DatabaseColumn);
    QCOMPARE(databases, QStringList(databases.size(), dbB));
    m_page->databaseFilter()->setCurrentIndex(0);

    // Another person is shown from what was read, without reading again.
    QVERIFY(choose(m_page, QStringLiteral("bob")));
    QVERIFY(!m_page->sweep()->isRunning());
    QVERIFY(databaseRow(m_page->layersModel(), dbB).isValid());

    // The connected database follows the session's snapshot (F5): a new grant shows, no new sweep.
    QVERIFY(choose(m_page, QStringLiteral("alice")));
    QVERIFY(test::execOrFail(m_a, QStringLiteral("GRANT DELETE ON s.orders TO personpage_alice")));
    QSignalSpy again(m_page, &PersonPage::profileShown);
    m_window->session()->refresh();
    QVERIFY(again.wait(60000));
    QVERIFY(test::execOrFail(m_a, QStringLiteral("REVOKE DELETE ON s.orders FROM personpage_alice")));
    QVERIFY(!m_page->sweep()->isRunning());
    QTest::keyClicks(m_page->filterEdit(), QStringLiteral("delete orders"));
    QCOMPARE(m_page->rightsView()->model()->rowCount(), 1);
    QCOMPARE(m_page->rightsView()->model()->index(0, PersonRightsModel::DatabaseColumn).data().toString(), dbA);
    m_page->filterEdit()->clear();
    QVERIFY(databaseRow(m_page->layersModel(), dbB).isValid());
}

void TstPersonPage::cancelKeepsWhatWasRead()
{
    // personpage_b's catalog cannot be read while this lock is held (the sweep waits on it), so
    // Cancel surely comes while a database is being read: personpage_a (before it by name) stays,
    // personpage_b and every later one are "not read".
    pg::Connection blocker;
    QVERIFY(test::openSandbox(blocker, dbB));
    QVERIFY(test::execOrFail(blocker, QStringLiteral("BEGIN")));
    QVERIFY(test::execOrFail(blocker, QStringLiteral("LOCK TABLE pg_catalog.pg_default_acl IN ACCESS EXCLUSIVE MODE")));
    QSignalSpy finished(m_page, &PersonPage::sweepFinished);
    QObject watching;
    bool responsive = false;
    connect(m_page->sweep(), &ServerRightsSweep::progressed, &watching, [&](int, int, const QString &database) {
        if (database != dbB)
            return;
        // Let the reader reach the lock; the window keeps answering meanwhile; then cancel.
        QTimer::singleShot(300, &watching, [&] {
            responsive = m_page->isBusy() && m_page->progressBar()->isVisible() && m_page->cancelButton()->isEnabled();
            QTest::mouseClick(m_page->cancelButton(), Qt::LeftButton);
        });
    });
    QTest::mouseClick(m_page->readButton(), Qt::LeftButton);
    QVERIFY(finished.wait(120000));
    blocker.exec(QStringLiteral("ROLLBACK"));
    QVERIFY(responsive);
    QVERIFY(m_page->sweep()->wasCancelled());
    QVERIFY(!m_page->sweep()->isComplete());
    const QStringList notRead = m_page->sweep()->notRead();
    QVERIFY2(notRead.contains(dbB) && notRead.contains(dbClosed), qPrintable(notRead.join(u',')));
    QStringList read;
    for (const ServerRightsSweep::Entry &e : m_page->sweep()->entries())
        read << e.database;
    QVERIFY2(read.contains(dbA) && !read.contains(dbB), qPrintable(read.join(u',')));
    QSignalSpy shown(m_page, &PersonPage::profileShown);
    QVERIFY(shown.wait(30000));
    QVERIFY(databaseRow(m_page->layersModel(), dbA).isValid());
    const QModelIndex missing = databaseRow(m_page->layersModel(), dbB);
    QVERIFY(missing.isValid());
    QVERIFY(missing.data(PersonLayersModel::ProblemRole).toBool());
    QVERIFY2(m_page->messageBar()->text().contains(QStringLiteral("incomplete")),
             qPrintable(m_page->messageBar()->text()));
    const QString jsonPath = m_dir.filePath(QStringLiteral("partial.json"));
    QCOMPARE(m_page->exportJson(jsonPath), QString());
    QFile json(jsonPath);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonObject o = QJsonDocument::fromJson(json.readAll()).object();
    QCOMPARE(o.value(QStringLiteral("incomplete")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("databases_not_read")).toArray().size(), notRead.size());
    QVERIFY(m_page->readButton()->isEnabled());
    QVERIFY(!m_page->cancelButton()->isEnabled());
}

void TstPersonPage::keyboard()
{
    // Ctrl+7 brings the page; Alt+S the person combo; arrows choose the next person; Tab walks on.
    m_window->showPage(MainWindow::Page::Matrix);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_7, Qt::ControlModifier);
    QVERIFY(m_page->isVisible());
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), m_page->personCombo());
    m_page->setScope(PersonPage::Scope::ThisDatabase);
    QVERIFY(choose(m_page, QStringLiteral("alice")));
    QSignalSpy shown(m_page, &PersonPage::profileShown);
    QTest::keyClick(m_page->personCombo(), Qt::Key_Down);
    QVERIFY(shown.wait(30000));
    QCOMPARE(m_page->profile().person, QStringLiteral("bob"));
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), m_page->filterEdit());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), m_page->databaseFilter());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), m_page->rightsView());
}

QTEST_MAIN(TstPersonPage)
#include "tst_personpage.moc"
