#include "catalog/catalogreader.h"
#include "plan/applier.h"
#include "plan/plan.h"
#include "roles/roledialog.h"
#include "sandbox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTest>
#include <QTreeView>

using namespace roledesk;

/// The role dialog against the sandbox: create with every attribute (exact SQL, executed, read
/// back), alter one attribute, a SCRAM verifier instead of the password, memberships, validation.
class TstRoleDialog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void createWithEveryAttribute();
    void alterOneAttribute();
    void removeGroupAndPassword();
    void validation_data();
    void validation();

private:
    SnapshotPtr snapshot();
    bool apply(const QList<Change> &changes);
    int roleIndex(const Snapshot &s, const QString &name) const;
    template<typename T> T *child(QWidget *w, const char *name)
    {
        T *c = w->findChild<T *>(QLatin1String(name));
        if (!c)
            qFatal("no child %s", name);
        return c;
    }

    pg::Connection m_conn;
    QString m_verifier;
};

void TstRoleDialog::initTestCase()
{
    QVERIFY(test::openSandbox(m_conn, QStringLiteral("roledesk_fixture")));
    cleanupTestCase();
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("CREATE ROLE rdt_group")));
}

void TstRoleDialog::cleanupTestCase()
{
    if (m_conn.isOpen())
        m_conn.exec(QStringLiteral("DROP ROLE IF EXISTS rdt_new, rdt_group"));
}

SnapshotPtr TstRoleDialog::snapshot()
{
    const SnapshotOutcome o = CatalogReader::read(m_conn);
    if (!o.ok())
        qWarning("%s", qPrintable(o.error.toString()));
    return o.snapshot;
}

bool TstRoleDialog::apply(const QList<Change> &changes)
{
    Plan plan;
    for (const Change &c : changes)
        plan.add(c);
    const ApplyOutcome out = PlanApplier::apply(m_conn, plan, nullptr);
    if (!out.ok())
        qWarning("apply failed: %s in %s", qPrintable(out.error.toString()), qPrintable(out.failed.sql));
    return out.ok();
}

int TstRoleDialog::roleIndex(const Snapshot &s, const QString &name) const
{
    for (int i = 0; i < s.roles.size(); ++i)
        if (s.roles.at(i).name == name)
            return i;
    return -1;
}

static QStringList sqlOf(const QList<Change> &changes)
{
    QStringList out;
    for (const Change &c : changes)
        for (const Statement &s : sqlgen::statements(c))
            out << s.sql;
    return out;
}

void TstRoleDialog::createWithEveryAttribute()
{
    SnapshotPtr before = snapshot();
    QVERIFY(before);
    RoleDialog dialog(before, -1);
    dialog.setConnectOptions(test::sandboxOptions(QStringLiteral("roledesk_fixture")));
    dialog.show();
    QVERIFY(dialog.isCreate());
    QTest::keyClicks(child<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("rdt_new"));
    for (const char *box : {"loginCheck", "superuserCheck", "createDbCheck", "createRoleCheck", "replicationCheck", "bypassRlsCheck"})
        child<QCheckBox>(&dialog, box)->setChecked(true);
    QVERIFY(child<QCheckBox>(&dialog, "inheritCheck")->isChecked()); // PostgreSQL's default
    child<QCheckBox>(&dialog, "inheritCheck")->setChecked(false);
    child<QSpinBox>(&dialog, "connectionLimitSpin")->setValue(7);
    child<QCheckBox>(&dialog, "neverCheck")->setChecked(false);
    const QDateTime until(QDate(2031, 12, 31), QTime(23, 0));
    child<QDateTimeEdit>(&dialog, "validUntilEdit")->setDateTime(until);
    child<QRadioButton>(&dialog, "setPasswordRadio")->setChecked(true);
    const QString password = QStringLiteral("s3cret pässword");
    child<QLineEdit>(&dialog, "passwordEdit")->setText(password); // keyClicks types ASCII only
    child<QLineEdit>(&dialog, "confirmEdit")->setText(password);
    child<QComboBox>(&dialog, "addGroupCombo")->setCurrentText(QStringLiteral("rdt_group"));
    child<QCheckBox>(&dialog, "addAdminCheck")->setChecked(true);
    QTest::mouseClick(child<QPushButton>(&dialog, "addGroupButton"), Qt::LeftButton);

    QTest::mouseClick(child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 15000);

    const QList<Change> changes = dialog.changes();
    QCOMPARE(changes.size(), 2);
    const auto &create = std::get<CreateRole>(changes.at(0));
    QVERIFY(create.attributes.passwordVerifier.has_value());
    m_verifier = *create.attributes.passwordVerifier;
    QVERIFY2(m_verifier.startsWith(QLatin1String("SCRAM-SHA-256$4096:")), qPrintable(m_verifier));
    const QString utc = until.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss+00"));
    const QStringList sql = sqlOf(changes);
    QCOMPARE(sql, (QStringList{
                       QStringLiteral("CREATE ROLE \"rdt_new\" WITH SUPERUSER CREATEDB CREATEROLE NOINHERIT LOGIN "
                                      "REPLICATION BYPASSRLS CONNECTION LIMIT 7 VALID UNTIL '%1' PASSWORD '%2'")
                           .arg(utc, m_verifier),
                       QStringLiteral("GRANT \"rdt_group\" TO \"rdt_new\" WITH ADMIN OPTION")}));
    QVERIFY(!sql.join(u' ').contains(password));
    QVERIFY(child<QLineEdit>(&dialog, "passwordEdit")->text().isEmpty());

    QVERIFY(apply(changes));
    SnapshotPtr after = snapshot();
    const int ri = roleIndex(*after, QStringLiteral("rdt_new"));
    QVERIFY(ri >= 0);
    const Role &r = after->roles.at(ri);
    QVERIFY(r.canLogin && r.superuser && r.createDb && r.createRole && r.replication && r.bypassRls);
    QVERIFY(!r.inherit);
    QCOMPARE(r.connectionLimit, 7);
    QCOMPARE(r.validUntil.toUTC(), until.toUTC());
    bool member = false;
    for (const Membership &m : after->memberships)
        if (after->roleName(m.member) == QLatin1String("rdt_new") && after->roleName(m.group) == QLatin1String("rdt_group"))
            member = m.adminOption;
    QVERIFY(member);
    const pg::Result stored = m_conn.exec(QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = $1"),
                                          {QStringLiteral("rdt_new")});
    QVERIFY(stored.ok());
    QCOMPARE(stored.text(0, 0), m_verifier);
}

void TstRoleDialog::alterOneAttribute()
{
    SnapshotPtr before = snapshot();
    const int ri = roleIndex(*before, QStringLiteral("rdt_new"));
    QVERIFY(ri >= 0);
    {
        RoleDialog untouched(before, ri);
        untouched.show();
        untouched.accept();
        QCOMPARE(untouched.result(), int(QDialog::Accepted));
        QVERIFY(untouched.changes().isEmpty());
    }
    RoleDialog dialog(before, ri);
    dialog.show();
    QVERIFY(!dialog.isCreate());
    QCOMPARE(child<QSpinBox>(&dialog, "connectionLimitSpin")->value(), 7);
    child<QSpinBox>(&dialog, "connectionLimitSpin")->setValue(3);
    QTest::keyClick(&dialog, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(sqlOf(dialog.changes()), QStringList{QStringLiteral("ALTER ROLE \"rdt_new\" WITH CONNECTION LIMIT 3")});
    QVERIFY(apply(dialog.changes()));
    SnapshotPtr after = snapshot();
    const Role &r = after->roles.at(roleIndex(*after, QStringLiteral("rdt_new")));
    QCOMPARE(r.connectionLimit, 3);
    QVERIFY(r.superuser && !r.inherit); // untouched
}

void TstRoleDialog::removeGroupAndPassword()
{
    SnapshotPtr before = snapshot();
    const int ri = roleIndex(*before, QStringLiteral("rdt_new"));
    RoleDialog dialog(before, ri);
    dialog.show();
    auto *view = child<QTreeView>(&dialog, "memberOfView");
    QCOMPARE(view->model()->rowCount(), 1);
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::mouseClick(child<QPushButton>(&dialog, "removeGroupButton"), Qt::LeftButton);
    QCOMPARE(view->model()->rowCount(), 0);
    child<QRadioButton>(&dialog, "removePasswordRadio")->setChecked(true);
    child<QCheckBox>(&dialog, "neverCheck")->setChecked(true);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(sqlOf(dialog.changes()),
             (QStringList{QStringLiteral("ALTER ROLE \"rdt_new\" WITH VALID UNTIL 'infinity' PASSWORD NULL"),
                          QStringLiteral("REVOKE \"rdt_group\" FROM \"rdt_new\"")}));
    QVERIFY(apply(dialog.changes()));
    const pg::Result stored = m_conn.exec(QStringLiteral("SELECT rolpassword IS NULL FROM pg_authid WHERE rolname = $1"),
                                          {QStringLiteral("rdt_new")});
    QCOMPARE(stored.text(0, 0), QStringLiteral("t"));
    SnapshotPtr after = snapshot();
    for (const Membership &m : after->memberships)
        QVERIFY(!(after->roleName(m.member) == QLatin1String("rdt_new")
                  && after->roleName(m.group) == QLatin1String("rdt_group")));
}

void TstRoleDialog::validation_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("confirm");
    QTest::newRow("empty") << QString() << QString() << QString();
    QTest::newRow("64 bytes") << QString(32, QChar(0xe9)) << QString() << QString();
    QTest::newRow("pg_ prefix") << QStringLiteral("pg_mine") << QString() << QString();
    QTest::newRow("public") << QStringLiteral("public") << QString() << QString();
    QTest::newRow("none") << QStringLiteral("none") << QString() << QString();
    QTest::newRow("taken") << QStringLiteral("rdt_group") << QString() << QString();
    QTest::newRow("password mismatch") << QStringLiteral("rdt_other") << QStringLiteral("a") << QStringLiteral("b");
}

void TstRoleDialog::validation()
{
    QFETCH(QString, name);
    QFETCH(QString, password);
    QFETCH(QString, confirm);
    RoleDialog dialog(snapshot(), -1);
    dialog.show();
    child<QLineEdit>(&dialog, "nameEdit")->setText(name);
    if (!password.isEmpty()) {
        child<QRadioButton>(&dialog, "setPasswordRadio")->setChecked(true);
        child<QLineEdit>(&dialog, "passwordEdit")->setText(password);
        child<QLineEdit>(&dialog, "confirmEdit")->setText(confirm);
    }
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!child<QLabel>(&dialog, "errorLabel")->text().isEmpty());
    QVERIFY(dialog.changes().isEmpty());
    // A valid name of exactly 63 bytes passes the name check.
    QVERIFY(RoleDialog::nameError(QString(31, QChar(0xe9)) + u'x', nullptr).isEmpty());
}

QTEST_MAIN(TstRoleDialog)
#include "tst_roledialog.moc"
