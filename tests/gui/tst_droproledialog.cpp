#include "catalog/catalogreader.h"
#include "roles/droproledialog.h"
#include "plan/applier.h"
#include "sandbox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTest>
#include <QTreeWidget>

using namespace roledesk;

/// The drop-role flow against the sandbox: the summary names what the role owns, is granted
/// and who its members are; REASSIGN OWNED / DROP OWNED / DROP ROLE are exact and run.
class TstDropRoleDialog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void summaryAndPreview();
    void dropExecuted();

private:
    SnapshotPtr snapshot();
    int roleIndex(const Snapshot &s, const QString &name) const;
    pg::Connection m_conn;
};

void TstDropRoleDialog::initTestCase()
{
    QVERIFY(test::openSandbox(m_conn, QStringLiteral("roledesk_fixture")));
    cleanupTestCase();
    for (const char *sql : {"CREATE ROLE rdt_leaver", "CREATE ROLE rdt_heir", "CREATE ROLE rdt_follower IN ROLE rdt_leaver",
                            "CREATE SCHEMA rdt_drop_s AUTHORIZATION rdt_leaver",
                            "CREATE TABLE rdt_drop_s.t1 (id int)", "ALTER TABLE rdt_drop_s.t1 OWNER TO rdt_leaver",
                            "CREATE TABLE rdt_drop_s.t2 (id int)", "GRANT SELECT, UPDATE ON rdt_drop_s.t2 TO rdt_leaver"})
        QVERIFY(test::execOrFail(m_conn, QString::fromUtf8(sql)));
}

void TstDropRoleDialog::cleanupTestCase()
{
    if (!m_conn.isOpen())
        return;
    m_conn.exec(QStringLiteral("DROP SCHEMA IF EXISTS rdt_drop_s CASCADE"));
    m_conn.exec(QStringLiteral("DROP ROLE IF EXISTS rdt_follower, rdt_leaver, rdt_heir"));
}

SnapshotPtr TstDropRoleDialog::snapshot()
{
    const SnapshotOutcome o = CatalogReader::read(m_conn);
    return o.snapshot;
}

int TstDropRoleDialog::roleIndex(const Snapshot &s, const QString &name) const
{
    for (int i = 0; i < s.roles.size(); ++i)
        if (s.roles.at(i).name == name)
            return i;
    return -1;
}

static QStringList texts(QTreeWidgetItem *item)
{
    QStringList out;
    for (int i = 0; i < item->childCount(); ++i) {
        out << item->child(i)->text(0);
        out << texts(item->child(i));
    }
    return out;
}

void TstDropRoleDialog::summaryAndPreview()
{
    SnapshotPtr s = snapshot();
    QVERIFY(s);
    DropRoleDialog dialog(s, roleIndex(*s, QStringLiteral("rdt_leaver")));
    dialog.show();
    QCOMPARE(dialog.ownedCount(), 2); // the schema and t1
    QTreeWidget *tree = dialog.summaryTree();
    const QStringList owned = texts(tree->topLevelItem(0));
    QVERIFY2(owned.contains(QStringLiteral("rdt_drop_s")) && owned.contains(QStringLiteral("rdt_drop_s.t1")),
             qPrintable(owned.join(u',')));
    QVERIFY(texts(tree->topLevelItem(1)).contains(QStringLiteral("rdt_drop_s.t2")));
    bool follower = false;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        follower = follower || texts(tree->topLevelItem(i)).contains(QStringLiteral("rdt_follower"));
    QVERIFY(follower);
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("dropNote"))->text().contains(QStringLiteral("roledesk_fixture")));

    dialog.reassignCheck()->setChecked(true);
    dialog.reassignTarget()->setCurrentText(QStringLiteral("rdt_heir"));
    dialog.dropOwnedCheck()->setChecked(true);
    QCOMPARE(dialog.preview()->toPlainText(),
             QStringLiteral("REASSIGN OWNED BY \"rdt_leaver\" TO \"rdt_heir\";\nDROP OWNED BY \"rdt_leaver\";\nDROP ROLE \"rdt_leaver\";"));
    dialog.dropOwnedCheck()->setChecked(false);
    dialog.reassignCheck()->setChecked(false);
    QCOMPARE(dialog.preview()->toPlainText(), QStringLiteral("DROP ROLE \"rdt_leaver\";"));
}

void TstDropRoleDialog::dropExecuted()
{
    SnapshotPtr s = snapshot();
    DropRoleDialog dialog(s, roleIndex(*s, QStringLiteral("rdt_leaver")));
    dialog.show();
    dialog.reassignCheck()->setChecked(true);
    dialog.reassignTarget()->setCurrentText(QStringLiteral("rdt_heir"));
    dialog.dropOwnedCheck()->setChecked(true);
    QTest::keyClick(&dialog, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.change(), (DropRole{QStringLiteral("rdt_leaver"), QStringLiteral("rdt_heir"), true}));

    Plan plan;
    plan.add(dialog.change());
    const ApplyOutcome out = PlanApplier::apply(m_conn, plan, s.get());
    QVERIFY2(out.ok(), qPrintable(out.error.toString()));
    SnapshotPtr after = snapshot();
    QCOMPARE(roleIndex(*after, QStringLiteral("rdt_leaver")), -1);
    const Oid heir = after->roles.at(roleIndex(*after, QStringLiteral("rdt_heir"))).oid;
    int handedOver = 0;
    for (const CatalogObject &o : after->objects)
        if ((o.name == QLatin1String("rdt_drop_s") || (o.schema == QLatin1String("rdt_drop_s") && o.name == QLatin1String("t1"))))
            handedOver += o.owner == heir ? 1 : 0;
    QCOMPARE(handedOver, 2);
}

QTEST_MAIN(TstDropRoleDialog)
#include "tst_droproledialog.moc"
