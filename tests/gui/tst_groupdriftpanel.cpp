#include "csv.h"
#include "groups/groupdriftpanel.h"
#include "models/groupdriftmodel.h"
#include "pg/identifier.h"
#include "privileges/effectiverights.h"
#include "sandbox.h"
#include "window/session.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace roledesk;

/// The schema-group drift panel against a database of the sandbox (sgdrift_db): collapsed to a
/// note while no model is enabled; with SLPM on, it lists a login in no group (and not one in a
/// group), counts the findings in its title, filters by kind, sorts, and exports CSV and JSON
/// whose rows are the rows shown.
class TstGroupDriftPanel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void collapsedWithoutModel();
    void listsUserInNoGroup();
    void filtersAndSorts();
    void exportsCsvAndJson();

private:
    void dropFixture();
    bool reload();
    /// The rows the view shows: kind key, object, detail.
    QList<QStringList> shownRows() const;

    pg::Connection m_root;
    pg::Connection m_db;
    QTemporaryDir m_dir;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<GroupDriftPanel> m_panel;
    const QString m_name = QStringLiteral("sgdrift_db");
};

void TstGroupDriftPanel::dropFixture()
{
    m_root.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
    const QStringList leftovers = test::queryColumn(m_root, QStringLiteral(
        "SELECT rolname FROM pg_roles WHERE starts_with(rolname, $1) OR starts_with(rolname, $2) "
        "OR starts_with(rolname, 'sgd_') ORDER BY length(rolname) DESC"), {m_name + u'.', m_name + u'_'});
    for (const QString &r : leftovers)
        m_root.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(pg::quoteIdent(r)));
}

void TstGroupDriftPanel::initTestCase()
{
    QString why;
    QVERIFY2(test::sandboxConfigured(&why), qPrintable(why));
    QVERIFY(m_dir.isValid());
    QVERIFY(test::openSandbox(m_root, QStringLiteral("postgres")));
    dropFixture();
    QVERIFY(test::execOrFail(m_root, QStringLiteral("CREATE DATABASE %1").arg(m_name)));
    QVERIFY(test::execOrFail(m_root, QStringLiteral("CREATE ROLE sgd_member LOGIN")));
    QVERIFY(test::openSandbox(m_db, m_name));
    const pg::Result fixture = m_db.execScript(QStringLiteral(
        "CREATE SCHEMA sales; CREATE TABLE sales.orders (id integer, note text); CREATE EXTENSION slpm_ce;"));
    QVERIFY2(fixture.ok(), qPrintable(fixture.error().toString()));

    m_session = std::make_unique<Session>();
    QSignalSpy loaded(m_session.get(), &Session::snapshotChanged);
    m_session->connectTo(test::sandboxOptions(m_name));
    QVERIFY(QTest::qWaitFor([&] { return !loaded.isEmpty(); }, 30000));
    m_panel = std::make_unique<GroupDriftPanel>(m_session.get());
    m_panel->resize(900, 400);
    m_panel->show();
    new QAbstractItemModelTester(m_panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_panel.get());
}

void TstGroupDriftPanel::cleanupTestCase()
{
    m_panel.reset();
    m_session.reset();
    m_db.close();
    if (m_root.isOpen())
        dropFixture();
}

bool TstGroupDriftPanel::reload()
{
    QSignalSpy loaded(m_session.get(), &Session::snapshotChanged);
    m_session->refresh();
    return QTest::qWaitFor([&] { return !loaded.isEmpty(); }, 30000);
}

QList<QStringList> TstGroupDriftPanel::shownRows() const
{
    QList<QStringList> rows;
    const QSortFilterProxyModel *p = m_panel->proxy();
    for (int r = 0; r < p->rowCount(); ++r) {
        rows << QStringList{p->index(r, 0).data(GroupDriftModel::KindKeyRole).toString(),
                            p->index(r, 1).data().toString(), p->index(r, 2).data().toString()};
    }
    return rows;
}

void TstGroupDriftPanel::collapsedWithoutModel()
{
    // slpm_ce installed, the model off: nothing to drift from.
    QCOMPARE(m_session->rights()->snapshot().groups.source, GroupSource::SlpmCe);
    QVERIFY(!m_session->rights()->snapshot().groups.enabled());
    QVERIFY(m_panel->noteLabel()->isVisibleTo(m_panel.get()));
    QVERIFY(!m_panel->view()->isVisibleTo(m_panel.get()));
    QCOMPARE(m_panel->box()->title(), QStringLiteral("Drift from the model"));
    QCOMPARE(m_panel->model()->rowCount(), 0);
}

void TstGroupDriftPanel::listsUserInNoGroup()
{
    QVERIFY(test::execOrFail(m_db, QStringLiteral("CALL slpm_enable()")));
    QVERIFY(test::execOrFail(m_db, QStringLiteral("CALL slpm_grant($1, $2)"),
                             {QStringLiteral("sgdrift_db.sales.viewer"), QStringLiteral("sgd_member")}));
    QVERIFY(test::execOrFail(m_root, QStringLiteral("CREATE ROLE sgd_lost LOGIN")));
    QSignalSpy changed(m_panel.get(), &GroupDriftPanel::driftChanged);
    QVERIFY(reload());
    QCOMPARE(changed.size(), 1);

    QVERIFY(!m_panel->noteLabel()->isVisibleTo(m_panel.get()));
    QVERIFY(m_panel->view()->isVisibleTo(m_panel.get()));
    const QList<QStringList> rows = shownRows();
    const int count = int(m_panel->model()->drift().size());
    QCOMPARE(changed.first().first().toInt(), count);
    QCOMPARE(rows.size(), count);
    QCOMPARE(m_panel->box()->title(), QStringLiteral("Drift from the model (%1)").arg(count));
    bool lost = false;
    for (const QStringList &row : rows) {
        if (row.at(1) == QLatin1String("role sgd_lost")) {
            lost = true;
            QCOMPARE(row.at(0), QStringLiteral("user_in_no_group"));
            QVERIFY2(row.at(2).contains(m_name), qPrintable(row.at(2)));
        }
        QVERIFY2(row.at(1) != QLatin1String("role sgd_member"), qPrintable(row.join(u'|')));
    }
    QVERIFY(lost);
    // The table existed before enabling: not migrated.
    QVERIFY(std::any_of(rows.begin(), rows.end(), [](const QStringList &r) {
        return r.at(0) == QLatin1String("not_migrated") && r.at(1).contains(QLatin1String("sales.orders"));
    }));
}

void TstGroupDriftPanel::filtersAndSorts()
{
    const int all = int(m_panel->model()->drift().size());
    m_panel->setKindFilter(QStringLiteral("user_in_no_group"));
    const QList<QStringList> users = shownRows();
    QVERIFY(!users.isEmpty());
    QVERIFY(users.size() < all); // not_migrated rows are hidden
    for (const QStringList &row : users)
        QCOMPARE(row.at(0), QStringLiteral("user_in_no_group"));
    QCOMPARE(m_panel->box()->title(), QStringLiteral("Drift from the model (%1 of %2)").arg(users.size()).arg(all));

    m_panel->view()->sortByColumn(int(GroupDriftModel::Column::Object), Qt::DescendingOrder);
    const QList<QStringList> sorted = shownRows();
    for (int i = 1; i < sorted.size(); ++i)
        QVERIFY(sorted.at(i - 1).at(1).compare(sorted.at(i).at(1), Qt::CaseInsensitive) >= 0);

    m_panel->setKindFilter({});
    QCOMPARE(m_panel->proxy()->rowCount(), all);
    QCOMPARE(m_panel->box()->title(), QStringLiteral("Drift from the model (%1)").arg(all));
}

void TstGroupDriftPanel::exportsCsvAndJson()
{
    m_panel->setKindFilter({});
    const QList<QStringList> rows = shownRows();
    const QString csvPath = m_dir.filePath(QStringLiteral("drift.csv"));
    QString error;
    QVERIFY2(m_panel->exportTo(csvPath, &error), qPrintable(error));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QStringList> records = test::parseCsv(QString::fromUtf8(csv.readAll()));
    QVERIFY(!records.isEmpty());
    QCOMPARE(records.first(), (QStringList{QStringLiteral("kind"), QStringLiteral("object"), QStringLiteral("detail")}));
    QCOMPARE(records.mid(1), rows);
    QVERIFY(std::any_of(records.begin(), records.end(), [](const QStringList &r) {
        return r.size() == 3 && r.at(0) == QLatin1String("user_in_no_group") && r.at(1) == QLatin1String("role sgd_lost");
    }));

    // JSON by the file's extension, only the kind shown.
    m_panel->setKindFilter(QStringLiteral("user_in_no_group"));
    const QList<QStringList> users = shownRows();
    const QString jsonPath = m_dir.filePath(QStringLiteral("drift.JSON"));
    QVERIFY2(m_panel->exportTo(jsonPath, &error), qPrintable(error));
    QFile json(jsonPath);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonArray array = QJsonDocument::fromJson(json.readAll()).array();
    QCOMPARE(array.size(), users.size());
    for (int i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        QCOMPARE((QStringList{o.value(QLatin1String("kind")).toString(), o.value(QLatin1String("object")).toString(),
                              o.value(QLatin1String("detail")).toString()}),
                 users.at(i));
    }
    m_panel->setKindFilter({});

    // A folder that does not exist: refused with the reason, nothing written.
    QVERIFY(!m_panel->exportTo(m_dir.filePath(QStringLiteral("missing/drift.csv")), &error));
    QVERIFY(!error.isEmpty());
}

QTEST_MAIN(TstGroupDriftPanel)
#include "tst_groupdriftpanel.moc"
