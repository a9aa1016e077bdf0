// Live GUI test, offscreen: the Compare with saved audit dialog on a scratch database of the
// sandbox: an audit saved, a real GRANT, the dialog's table, filter and CSV export; a file of
// another server and a damaged one refused with their messages.
#include "audit/auditcomparedialog.h"
#include "audit/auditcomparisonmodel.h"
#include "catalog/catalogreader.h"
#include "csv.h"
#include "pg/identifier.h"
#include "privileges/effectiverights.h"
#include "sandbox.h"
#include "window/mainwindow.h"
#include "window/session.h"

#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace roledesk;

namespace {

const QString database = QStringLiteral("roledesk_auditcompare");

} // namespace

/// AuditCompareDialog against real catalogs.
class TstAuditCompareDialog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void grantShows();
    void otherServerRefused();
    void damagedFile();
    void menuEntries();

private:
    std::shared_ptr<const EffectiveRights> rightsNow();
    bool compare(AuditCompareDialog &dialog, const QString &older);
    QString editedCopy(const QString &from, const QString &name, const std::function<void(QByteArray &)> &edit);
    pg::Connection m_admin;
    pg::Connection m_db;
    QTemporaryDir m_dir;
};

std::shared_ptr<const EffectiveRights> TstAuditCompareDialog::rightsNow()
{
    const SnapshotOutcome read = CatalogReader::read(m_db);
    if (!read.ok()) {
        qWarning() << read.error.toString();
        return {};
    }
    return std::make_shared<const EffectiveRights>(read.snapshot);
}

bool TstAuditCompareDialog::compare(AuditCompareDialog &dialog, const QString &older)
{
    QSignalSpy finished(&dialog, &AuditCompareDialog::finished);
    dialog.compareWithNow(older, rightsNow(), QStringLiteral("sandbox"));
    return finished.wait(60000);
}

QString TstAuditCompareDialog::editedCopy(const QString &from, const QString &name,
                                          const std::function<void(QByteArray &)> &edit)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly))
        return {};
    QByteArray content = in.readAll();
    edit(content);
    const QString path = m_dir.filePath(name);
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(content) != content.size())
        return {};
    return path;
}

void TstAuditCompareDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(test::openSandbox(m_admin, QStringLiteral("postgres")));
    m_admin.exec(QStringLiteral("DROP DATABASE IF EXISTS ") + pg::quoteIdent(database) + QStringLiteral(" WITH (FORCE)"));
    m_admin.exec(QStringLiteral("DROP ROLE IF EXISTS auditcompare_carol"));
    QVERIFY(test::execOrFail(m_admin, QStringLiteral("CREATE ROLE auditcompare_carol LOGIN")));
    QVERIFY(test::execOrFail(m_admin, QStringLiteral("CREATE DATABASE ") + pg::quoteIdent(database)));
    QVERIFY(test::openSandbox(m_db, database));
    QVERIFY(test::execOrFail(m_db, QStringLiteral("CREATE SCHEMA s")));
    QVERIFY(test::execOrFail(m_db, QStringLiteral("CREATE TABLE s.ledger (id int)")));
}

void TstAuditCompareDialog::cleanupTestCase()
{
    m_db.close();
    m_admin.exec(QStringLiteral("DROP DATABASE IF EXISTS ") + pg::quoteIdent(database) + QStringLiteral(" WITH (FORCE)"));
    m_admin.exec(QStringLiteral("DROP ROLE IF EXISTS auditcompare_carol"));
}

void TstAuditCompareDialog::grantShows()
{
    const QString older = m_dir.filePath(QStringLiteral("older.json"));
    const auto before = rightsNow();
    QVERIFY(before);
    QCOMPARE(AuditCompareDialog::saveTo(older, *before, QStringLiteral("sandbox")), QString());

    AuditCompareDialog dialog;
    dialog.show();
    QVERIFY(compare(dialog, older));
    QCOMPARE(dialog.model()->rowCount(), 0);
    QVERIFY2(dialog.status().startsWith(QStringLiteral("No differences")), qPrintable(dialog.status()));

    QVERIFY(test::execOrFail(m_db, QStringLiteral("GRANT SELECT, DELETE ON s.ledger TO auditcompare_carol")));
    QVERIFY(compare(dialog, older));
    QVERIFY(test::execOrFail(m_db, QStringLiteral("REVOKE ALL ON s.ledger FROM auditcompare_carol")));
    QCOMPARE(dialog.table()->model()->rowCount(), 2);
    QStringList shown;
    for (int row = 0; row < 2; ++row) {
        const auto cell = [&](int column) { return dialog.table()->model()->index(row, column).data().toString(); };
        QCOMPARE(cell(AuditComparisonModel::Change), QStringLiteral("gained"));
        QCOMPARE(cell(AuditComparisonModel::Role), QStringLiteral("auditcompare_carol"));
        QCOMPARE(cell(AuditComparisonModel::Object), QStringLiteral("table s.ledger"));
        QCOMPARE(cell(AuditComparisonModel::Lineage), QStringLiteral("direct"));
        shown << cell(AuditComparisonModel::Privilege);
    }
    shown.sort();
    QCOMPARE(shown, (QStringList{QStringLiteral("DELETE"), QStringLiteral("SELECT")}));

    // The filter narrows the table; the export writes what it shows.
    QTest::keyClicks(dialog.filterEdit(), QStringLiteral("delete"));
    QCOMPARE(dialog.table()->model()->rowCount(), 1);
    const QString csvPath = m_dir.filePath(QStringLiteral("differences.csv"));
    QVERIFY2(dialog.exportCsv(csvPath), qPrintable(dialog.status()));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QStringList> records = test::parseCsv(QString::fromUtf8(csv.readAll()));
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(1).mid(0, 7), (QStringList{QStringLiteral("right"), QStringLiteral("gained"),
                                                   QStringLiteral("auditcompare_carol"), QStringLiteral("table"),
                                                   QStringLiteral("s"), QStringLiteral("ledger"), QStringLiteral("DELETE")}));
    dialog.filterEdit()->clear();
    QCOMPARE(dialog.table()->model()->rowCount(), 2);
}

void TstAuditCompareDialog::otherServerRefused()
{
    const QString saved = m_dir.filePath(QStringLiteral("server.json"));
    const auto rights = rightsNow();
    QVERIFY(rights);
    QVERIFY(!rights->snapshot().systemIdentifier.isEmpty());
    QCOMPARE(AuditCompareDialog::saveTo(saved, *rights, QStringLiteral("sandbox")), QString());
    const QString other = editedCopy(saved, QStringLiteral("other-server.json"), [&](QByteArray &c) {
        c.replace("\"system_identifier\":\"" + rights->snapshot().systemIdentifier.toUtf8() + '"',
                  "\"system_identifier\":\"42\"");
    });
    QVERIFY(!other.isEmpty());
    AuditCompareDialog dialog; // not shown: no question is asked
    QVERIFY(compare(dialog, other));
    QCOMPARE(dialog.model()->rowCount(), 0);
    QVERIFY2(dialog.status().contains(QStringLiteral("two different servers"))
                 && dialog.status().contains(QStringLiteral("system identifier 42"))
                 && dialog.status().contains(rights->snapshot().systemIdentifier),
             qPrintable(dialog.status()));
}

void TstAuditCompareDialog::damagedFile()
{
    const QString saved = m_dir.filePath(QStringLiteral("whole.json"));
    const auto rights = rightsNow();
    QVERIFY(rights);
    QCOMPARE(AuditCompareDialog::saveTo(saved, *rights, QStringLiteral("sandbox")), QString());
    const QString cut = editedCopy(saved, QStringLiteral("cut.json"), [](QByteArray &c) { c.chop(c.size() / 3); });
    AuditCompareDialog dialog;
    QVERIFY(compare(dialog, cut));
    QVERIFY2(dialog.status().contains(cut) && dialog.status().contains(QStringLiteral("incomplete")),
             qPrintable(dialog.status()));
    QCOMPARE(dialog.model()->rowCount(), 0);
}

void TstAuditCompareDialog::menuEntries()
{
    MainWindow w;
    auto *menu = w.menuBar()->findChild<QMenu *>(QStringLiteral("databaseMenu"));
    QVERIFY(menu);
    QAction *save = nullptr, *compare = nullptr;
    for (QAction *a : menu->actions()) {
        if (a->objectName() == u"actionSaveAudit")
            save = a;
        else if (a->objectName() == u"actionCompareAudit")
            compare = a;
    }
    QVERIFY(save && compare);
    QVERIFY(!save->isEnabled() && !compare->isEnabled()); // nothing loaded: nothing to save
    QSignalSpy shown(&w, &MainWindow::snapshotShown);
    w.connectTo(test::sandboxOptions(database));
    QVERIFY(shown.wait(60000) || !shown.isEmpty());
    QVERIFY(save->isEnabled() && compare->isEnabled());
}

QTEST_MAIN(TstAuditCompareDialog)
#include "tst_auditcomparedialog.moc"
