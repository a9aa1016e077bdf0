// The connection dialog, offscreen, driven with QTest: typed fields become libpq options, profiles
// are saved and loaded, and live attempts against the sandbox report their causes in the dialog.
#include "window/connectiondialog.h"

#include "store/passwordvault.h"
#include "store/profilestore.h"
#include "store/workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace roledesk;

namespace {

template <typename T>
T *child(QObject *parent, const char *name)
{
    T *w = parent->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}

QString opt(const pg::ConnectOptions &options, const QString &key)
{
    QString last;
    for (const auto &[k, v] : options)
        if (k == key)
            last = v;
    return last;
}

void typeInto(QWidget *dialog, const char *name, const QString &text)
{
    auto *edit = child<QLineEdit>(dialog, name);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    // keyClicks() only takes Latin-1; send each character as a key event with its text instead.
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, edit, Qt::Key_unknown, QString(c), Qt::NoModifier);
    if (edit->text() != text)
        QTest::qFail(qPrintable(QStringLiteral("typed \"%1\" into %2 but it holds \"%3\"")
                                    .arg(text, QString::fromLatin1(name), edit->text())),
                     __FILE__, __LINE__);
}

} // namespace

class TestConnectionDialog : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<PasswordVault> m_vault;

    /// The sandbox's socket folder and port; the live tests fail (not skip) without them.
    bool sandbox(QString *host, QString *port)
    {
        *host = qEnvironmentVariable("PGHOST");
        *port = qEnvironmentVariable("PGPORT");
        return !host->isEmpty() && !port->isEmpty();
    }

    void fillServer(QWidget *d, const QString &host, const QString &port, const QString &password)
    {
        typeInto(d, "hostEdit", host);
        typeInto(d, "portEdit", port);
        typeInto(d, "databaseEdit", qEnvironmentVariable("PGDATABASE", QStringLiteral("roledesk_fixture")));
        typeInto(d, "userEdit", QStringLiteral("postgres"));
        typeInto(d, "passwordEdit", password);
    }

    QString status(QWidget *d) { return child<QLabel>(d, "statusLabel")->text(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_workspace = std::make_unique<Workspace>(m_dir.filePath(QStringLiteral("ws.sqlite")));
        const StoreError e = m_workspace->open();
        QVERIFY2(e.isNull(), qPrintable(e.message));
        m_store = std::make_unique<ProfileStore>(m_workspace.get());
        m_vault = std::make_unique<PasswordVault>();
        m_vault->setDisabled(true); // never touch a real keychain from a test
    }

    void typedFieldsBecomeOptions()
    {
        ConnectionDialog d(m_store.get(), m_vault.get());
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        typeInto(&d, "hostEdit", QStringLiteral("db.example.com"));
        typeInto(&d, "portEdit", QStringLiteral("6543"));
        typeInto(&d, "databaseEdit", QStringLiteral("sales"));
        typeInto(&d, "userEdit", QStringLiteral("alice"));
        typeInto(&d, "passwordEdit", QStringLiteral("p@ss w0rd"));
        auto *ssl = child<QComboBox>(&d, "sslModeCombo");
        ssl->setFocus();
        QTest::keyClick(ssl, Qt::Key_End);
        QCOMPARE(ssl->currentData().toString(), QStringLiteral("verify-full"));
        typeInto(&d, "sslRootCertEdit", QStringLiteral("/etc/ssl/root.crt"));
        typeInto(&d, "sslKeyEdit", QStringLiteral("/k/client.key"));

        QCOMPARE(child<QLineEdit>(&d, "passwordEdit")->echoMode(), QLineEdit::Password);
        const pg::ConnectOptions expected = {
            {QStringLiteral("host"), QStringLiteral("db.example.com")},
            {QStringLiteral("port"), QStringLiteral("6543")},
            {QStringLiteral("dbname"), QStringLiteral("sales")},
            {QStringLiteral("user"), QStringLiteral("alice")},
            {QStringLiteral("sslmode"), QStringLiteral("verify-full")},
            {QStringLiteral("sslrootcert"), QStringLiteral("/etc/ssl/root.crt")},
            {QStringLiteral("sslkey"), QStringLiteral("/k/client.key")},
            {QStringLiteral("password"), QStringLiteral("p@ss w0rd")},
        };
        QCOMPARE(d.connectOptions(), expected);
        QCOMPARE(d.profile().host, QStringLiteral("db.example.com"));
        QCOMPARE(d.profile().passwordPolicy, PasswordPolicy::AskEachTime);

        // A connection string is the base; filled fields still override it.
        typeInto(&d, "connectionStringEdit", QStringLiteral("postgresql://bob@base:5433/basedb"));
        const pg::ConnectOptions withString = d.connectOptions();
        QCOMPARE(withString.first().second, QStringLiteral("postgresql://bob@base:5433/basedb"));
        QCOMPARE(opt(withString, QStringLiteral("host")), QStringLiteral("db.example.com"));
        QCOMPARE(opt(withString, QStringLiteral("password")), QStringLiteral("p@ss w0rd"));
    }

    void keyboardAccess()
    {
        ConnectionDialog d(m_store.get(), m_vault.get());
        QSet<QChar> mnemonics;
        int buddies = 0;
        for (QLabel *label : d.findChildren<QLabel *>()) {
            if (!label->buddy())
                continue;
            ++buddies;
            const QString text = label->text();
            const qsizetype amp = text.indexOf(u'&');
            QVERIFY2(amp >= 0 && amp + 1 < text.size(), qPrintable(text));
            const QChar key = text.at(amp + 1).toLower();
            QVERIFY2(!mnemonics.contains(key), qPrintable(text));
            mnemonics.insert(key);
        }
        QCOMPARE(buddies, 13); // profile, name, host, port, database, user, password, string, sslmode + 4 files
        d.show();
        d.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&d));
        // Tab walks the server fields in reading order.
        const char *order[] = {"hostEdit", "portEdit", "databaseEdit", "userEdit", "passwordEdit"};
        child<QLineEdit>(&d, order[0])->setFocus();
        for (size_t i = 1; i < std::size(order); ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(&d, order[i]));
        }
        auto *ok = child<QDialogButtonBox>(&d, "buttonBox")->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isDefault());
        QVERIFY(!child<QPushButton>(&d, "testButton")->autoDefault());
    }

    void keychainUnavailableDisablesCheckbox()
    {
        ConnectionDialog d(m_store.get(), m_vault.get());
        auto *remember = child<QCheckBox>(&d, "rememberCheck");
        QVERIFY(!remember->isEnabled());
        QVERIFY(!remember->toolTip().isEmpty());

        ConnectionDialog noVault(m_store.get(), nullptr);
        QVERIFY(!child<QCheckBox>(&noVault, "rememberCheck")->isEnabled());
    }

    void invalidPortKeepsDialogOpen()
    {
        ConnectionDialog d(m_store.get(), m_vault.get());
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        typeInto(&d, "hostEdit", QStringLiteral("somewhere"));
        typeInto(&d, "portEdit", QStringLiteral("99999"));
        QSignalSpy finished(&d, &ConnectionDialog::checkFinished);
        QTest::keyClick(child<QLineEdit>(&d, "portEdit"), Qt::Key_Return);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY(d.isVisible());
        QVERIFY(!d.isBusy());
        QVERIFY(status(&d).contains(QStringLiteral("65535")));
        QCOMPARE(child<QLineEdit>(&d, "portEdit")->text(), QStringLiteral("99999"));
        QCOMPARE(child<QLineEdit>(&d, "hostEdit")->text(), QStringLiteral("somewhere"));
    }

    void saveLoadAndDeleteProfiles()
    {
        ConnectionDialog d(m_store.get(), m_vault.get());
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        auto *combo = child<QComboBox>(&d, "profileCombo");
        const int before = combo->count();
        typeInto(&d, "nameEdit", QStringLiteral("Büro \"main\" O'Neil"));
        typeInto(&d, "hostEdit", QStringLiteral("office.example.com"));
        typeInto(&d, "userEdit", QStringLiteral("carol"));
        typeInto(&d, "passwordEdit", QStringLiteral("not-saved-secret"));
        QTest::mouseClick(child<QPushButton>(&d, "saveButton"), Qt::LeftButton);
        QCOMPARE(combo->count(), before + 1);
        const auto saved = m_store->profile(QStringLiteral("Büro \"main\" O'Neil"));
        QVERIFY(saved.has_value());
        QCOMPARE(saved->host, QStringLiteral("office.example.com"));
        QCOMPARE(saved->user, QStringLiteral("carol"));

        QTest::mouseClick(child<QPushButton>(&d, "newButton"), Qt::LeftButton);
        QVERIFY(child<QLineEdit>(&d, "hostEdit")->text().isEmpty());
        QCOMPARE(combo->currentIndex(), 0);

        combo->setCurrentIndex(combo->findData(QStringLiteral("Büro \"main\" O'Neil")));
        QCOMPARE(child<QLineEdit>(&d, "hostEdit")->text(), QStringLiteral("office.example.com"));
        QCOMPARE(child<QLineEdit>(&d, "userEdit")->text(), QStringLiteral("carol"));
        QVERIFY(child<QLineEdit>(&d, "passwordEdit")->text().isEmpty()); // never stored
        QCOMPARE(d.profile(), *saved);

        // A password inside the connection string is refused with a message, nothing saved.
        typeInto(&d, "nameEdit", QStringLiteral("leaky"));
        typeInto(&d, "connectionStringEdit", QStringLiteral("host=h password=oops"));
        QTest::mouseClick(child<QPushButton>(&d, "saveButton"), Qt::LeftButton);
        QVERIFY(!m_store->profile(QStringLiteral("leaky")).has_value());
        QVERIFY(status(&d).contains(QStringLiteral("password")));
        combo->setCurrentIndex(combo->findData(QStringLiteral("Büro \"main\" O'Neil")));

        // Delete asks first; answer Yes from the message box.
        QTimer::singleShot(0, this, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->button(QMessageBox::Yes)->click();
        });
        QTest::mouseClick(child<QPushButton>(&d, "deleteButton"), Qt::LeftButton);
        QVERIFY(!m_store->profile(QStringLiteral("Büro \"main\" O'Neil")).has_value());
        QCOMPARE(combo->count(), before);
        QCOMPARE(child<QLineEdit>(&d, "hostEdit")->text(), QStringLiteral("office.example.com"));

        // setProfile() fills the fields programmatically.
        ConnectionProfile p;
        p.host = QStringLiteral("h2");
        p.port = QStringLiteral("1234");
        p.sslmode = QStringLiteral("require");
        d.setProfile(p);
        QCOMPARE(child<QLineEdit>(&d, "portEdit")->text(), QStringLiteral("1234"));
        QCOMPARE(d.profile().sslmode, QStringLiteral("require"));
    }

    void wrongPasswordOverTcp()
    {
        QString host, port;
        if (!sandbox(&host, &port))
            QFAIL("PGHOST/PGPORT not set: start tests/sandbox/sandbox.sh and eval its env");
        ConnectionDialog d(m_store.get(), m_vault.get());
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        fillServer(&d, QStringLiteral("127.0.0.1"), port, QStringLiteral("definitely-wrong"));
        QSignalSpy finished(&d, &ConnectionDialog::checkFinished);
        QTest::keyClick(child<QLineEdit>(&d, "passwordEdit"), Qt::Key_Return); // Enter connects
        QVERIFY(d.isBusy());
        QVERIFY(child<QProgressBar>(&d, "busyBar")->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY(!child<QProgressBar>(&d, "busyBar")->isVisible());
        QVERIFY2(status(&d).contains(QStringLiteral("Wrong password")), qPrintable(status(&d)));
        QVERIFY2(status(&d).contains(QStringLiteral("password authentication failed")), qPrintable(status(&d)));
        QVERIFY(d.isVisible());
        QVERIFY(d.result() != QDialog::Accepted);
        // Nothing typed is lost.
        QCOMPARE(child<QLineEdit>(&d, "hostEdit")->text(), QStringLiteral("127.0.0.1"));
        QCOMPARE(child<QLineEdit>(&d, "portEdit")->text(), port);
        QCOMPARE(child<QLineEdit>(&d, "userEdit")->text(), QStringLiteral("postgres"));
        QCOMPARE(child<QLineEdit>(&d, "passwordEdit")->text(), QStringLiteral("definitely-wrong"));

        // The right password over the same TCP route works through "Test connection".
        typeInto(&d, "passwordEdit", QStringLiteral("postgres"));
        QTest::mouseClick(child<QPushButton>(&d, "testButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
        QVERIFY2(finished.at(1).at(0).toBool(), qPrintable(status(&d)));
        QVERIFY(status(&d).contains(QStringLiteral("PostgreSQL 15")));
        QVERIFY(d.isVisible()); // a test does not close the dialog
    }

    void unreachablePortIsRefused()
    {
        QString host, port;
        if (!sandbox(&host, &port))
            QFAIL("PGHOST/PGPORT not set: start tests/sandbox/sandbox.sh and eval its env");
        ConnectionDialog d(m_store.get(), m_vault.get());
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        fillServer(&d, QStringLiteral("127.0.0.1"), QStringLiteral("1"), QStringLiteral("x"));
        QSignalSpy finished(&d, &ConnectionDialog::checkFinished);
        QTest::mouseClick(child<QPushButton>(&d, "testButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY2(status(&d).contains(QStringLiteral("Connection refused")), qPrintable(status(&d)));
        QVERIFY(d.isVisible());
        QCOMPARE(child<QLineEdit>(&d, "portEdit")->text(), QStringLiteral("1"));
    }

    void unknownDatabaseIsNamed()
    {
        QString host, port;
        if (!sandbox(&host, &port))
            QFAIL("PGHOST/PGPORT not set: start tests/sandbox/sandbox.sh and eval its env");
        ConnectionDialog d(m_store.get(), m_vault.get());
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        fillServer(&d, host, port, QString());
        typeInto(&d, "databaseEdit", QStringLiteral("no_such_db_here"));
        QSignalSpy finished(&d, &ConnectionDialog::checkFinished);
        QTest::mouseClick(child<QDialogButtonBox>(&d, "buttonBox")->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QVERIFY2(status(&d).contains(QStringLiteral("Unknown database")), qPrintable(status(&d)));
        QVERIFY(d.isVisible());
    }

    void goodConnectionOverSocketAccepts()
    {
        QString host, port;
        if (!sandbox(&host, &port))
            QFAIL("PGHOST/PGPORT not set: start tests/sandbox/sandbox.sh and eval its env");
        ConnectionDialog d(m_store.get(), m_vault.get());
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        fillServer(&d, host, port, QString()); // the socket is trusted: no password
        QSignalSpy finished(&d, &ConnectionDialog::checkFinished);
        QTest::keyClick(child<QLineEdit>(&d, "userEdit"), Qt::Key_Enter);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(status(&d)));
        QTRY_COMPARE(d.result(), int(QDialog::Accepted));
        QVERIFY(!d.isVisible());
        QCOMPARE(d.lastCheck().user, QStringLiteral("postgres"));
        QVERIFY(d.lastCheck().serverVersion.startsWith(QStringLiteral("15")));
        QCOMPARE(opt(d.connectOptions(), QStringLiteral("host")), host);
    }
};

QTEST_MAIN(TestConnectionDialog)
#include "tst_connectiondialog.moc"
