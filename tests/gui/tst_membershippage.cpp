#include "catalog/catalogreader.h"
#include "roles/membershippage.h"
#include "models/membershipmodel.h"
#include "plan/applier.h"
#include "sandbox.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QListWidget>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace roledesk;

/// Membership editing on the Memberships page against the sandbox: add (through the chooser),
/// toggle admin option, remove; each change's SQL exact and executed; pending changes listed.
class TstMembershipPage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void addToggleRemove();

private:
    SnapshotPtr snapshot() { return CatalogReader::read(m_conn).snapshot; }
    bool apply(const QList<Change> &changes);
    bool isMember(const Snapshot &s, bool *admin) const;
    bool selectEdge(MembershipPage &page);
    pg::Connection m_conn;
};

void TstMembershipPage::initTestCase()
{
    QVERIFY(test::openSandbox(m_conn, QStringLiteral("roledesk_fixture")));
    cleanupTestCase();
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("CREATE ROLE rdt_mp_user")));
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("CREATE ROLE rdt_mp_group")));
}

void TstMembershipPage::cleanupTestCase()
{
    if (m_conn.isOpen())
        m_conn.exec(QStringLiteral("DROP ROLE IF EXISTS rdt_mp_user, rdt_mp_group"));
}

bool TstMembershipPage::apply(const QList<Change> &changes)
{
    Plan plan;
    for (const Change &c : changes)
        plan.add(c);
    const ApplyOutcome out = PlanApplier::apply(m_conn, plan, nullptr);
    return out.ok();
}

bool TstMembershipPage::isMember(const Snapshot &s, bool *admin) const
{
    for (const Membership &m : s.memberships)
        if (s.roleName(m.member) == QLatin1String("rdt_mp_user") && s.roleName(m.group) == QLatin1String("rdt_mp_group")) {
            *admin = m.adminOption;
            return true;
        }
    return false;
}

bool TstMembershipPage::selectEdge(MembershipPage &page)
{
    if (!page.selectRole(QStringLiteral("rdt_mp_user")))
        return false;
    const QModelIndex top = page.view()->currentIndex();
    page.view()->expand(top);
    for (int r = 0; r < page.model()->rowCount(top); ++r) {
        const QModelIndex child = page.model()->index(r, 0, top);
        if (child.data().toString().startsWith(QLatin1String("rdt_mp_group"))) {
            page.view()->setCurrentIndex(child);
            return true;
        }
    }
    return false;
}

static QStringList sqlOf(const QList<Change> &changes)
{
    QStringList out;
    for (const Change &c : changes)
        for (const Statement &s : sqlgen::statements(c))
            out << s.sql;
    return out;
}

void TstMembershipPage::addToggleRemove()
{
    MembershipPage page;
    page.setSnapshot(snapshot());
    page.show();
    QList<Change> proposed;
    connect(&page, &MembershipPage::changesProposed, this,
            [&proposed](const QList<Change> &c, const QString &) { proposed = c; });

    // Add rdt_mp_user to rdt_mp_group with admin option, through the chooser (Shift+Ins).
    QVERIFY(page.selectRole(QStringLiteral("rdt_mp_user")));
    QVERIFY(page.addMemberAction()->isEnabled());
    QVERIFY(!page.removeMemberAction()->isEnabled()); // a role, not a membership
    QTimer::singleShot(0, this, [] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->findChild<QComboBox *>(QStringLiteral("membershipRole"))->setCurrentText(QStringLiteral("rdt_mp_group"));
        dialog->findChild<QCheckBox *>(QStringLiteral("membershipAdmin"))->setChecked(true);
        dialog->accept();
    });
    page.addMemberAction()->trigger();
    QCOMPARE(sqlOf(proposed), QStringList{QStringLiteral("GRANT \"rdt_mp_group\" TO \"rdt_mp_user\" WITH ADMIN OPTION")});
    Plan pending;
    pending.add(proposed.first());
    page.setPendingPlan(pending);
    QCOMPARE(page.pendingList()->count(), 1);
    QVERIFY(apply(proposed));
    bool admin = false;
    SnapshotPtr s = snapshot();
    QVERIFY(isMember(*s, &admin));
    QVERIFY(admin);

    // Toggle the admin option off (Ctrl+T), executed.
    page.setSnapshot(s);
    page.setPendingPlan({});
    QCOMPARE(page.pendingList()->count(), 0);
    QVERIFY(selectEdge(page));
    QVERIFY(page.toggleAdminAction()->isEnabled());
    page.toggleAdminAction()->trigger();
    QCOMPARE(sqlOf(proposed), QStringList{QStringLiteral("REVOKE ADMIN OPTION FOR \"rdt_mp_group\" FROM \"rdt_mp_user\"")});
    QVERIFY(apply(proposed));
    s = snapshot();
    QVERIFY(isMember(*s, &admin));
    QVERIFY(!admin);

    // Remove the membership (Del on the membership row), executed.
    page.setSnapshot(s);
    QVERIFY(selectEdge(page));
    page.removeMemberAction()->trigger();
    QCOMPARE(sqlOf(proposed), QStringList{QStringLiteral("REVOKE \"rdt_mp_group\" FROM \"rdt_mp_user\"")});
    QVERIFY(apply(proposed));
    QVERIFY(!isMember(*snapshot(), &admin));
}

QTEST_MAIN(TstMembershipPage)
#include "tst_membershippage.moc"
