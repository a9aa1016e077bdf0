// The keychain wrapper: every call ends in one signal, and without a reachable keychain (no
// D-Bus session, as in CI) it fails cleanly and writes nothing anywhere.
#include "store/passwordvault.h"

#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace roledesk;

class TestPasswordVault : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Keep anything QtKeychain might write (it must not) inside a folder this test owns.
        QVERIFY(m_home.isValid());
        qputenv("HOME", m_home.path().toUtf8());
        qputenv("XDG_CONFIG_HOME", (m_home.path() + QStringLiteral("/.config")).toUtf8());
        qputenv("XDG_DATA_HOME", (m_home.path() + QStringLiteral("/.local/share")).toUtf8());
        qRegisterMetaType<PasswordVault::Operation>();
    }

    void disabledFailsAsynchronously()
    {
        PasswordVault vault;
        vault.setDisabled(true);
        QCOMPARE(vault.availability(), PasswordVault::Availability::Unavailable);
        QSignalSpy failed(&vault, &PasswordVault::failed);
        QSignalSpy read(&vault, &PasswordVault::passwordRead);
        vault.read(QStringLiteral("p"));
        QCOMPARE(failed.size(), 0); // never synchronously, callers connect after calling
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).value<PasswordVault::Operation>(), PasswordVault::Operation::Read);
        QCOMPARE(failed.at(0).at(1).toString(), QStringLiteral("p"));
        QVERIFY(!failed.at(0).at(2).toString().isEmpty());
        vault.store(QStringLiteral("p"), QStringLiteral("pw"));
        vault.remove(QStringLiteral("p"));
        QTRY_COMPARE(failed.size(), 3);
        QCOMPARE(read.size(), 0);

        QSignalSpy avail(&vault, &PasswordVault::availabilityChanged);
        vault.probe();
        QTRY_COMPARE(avail.size(), 1);
        QCOMPARE(avail.at(0).at(0).toBool(), false);
    }

    void environmentSwitchDisables()
    {
        qputenv("ROLEDESK_NO_KEYCHAIN", "1");
        PasswordVault vault;
        qunsetenv("ROLEDESK_NO_KEYCHAIN");
        QVERIFY(vault.isDisabled());
        QCOMPARE(vault.availability(), PasswordVault::Availability::Unavailable);
        QCOMPARE(PasswordVault::serviceName(), QStringLiteral("RoleDesk"));
    }

    void probeEndsAndNothingIsWritten()
    {
        PasswordVault vault;
        QCOMPARE(vault.availability(), PasswordVault::Availability::Unknown);
        QSignalSpy avail(&vault, &PasswordVault::availabilityChanged);
        vault.probe();
        QTRY_COMPARE_WITH_TIMEOUT(avail.size(), 1, 30000);
        const bool available = avail.at(0).at(0).toBool();
        QCOMPARE(vault.availability(), available ? PasswordVault::Availability::Available
                                                 : PasswordVault::Availability::Unavailable);
        if (available)
            QSKIP("A real keychain answered; not writing test secrets into it.");

        const QString secret = QStringLiteral("vault-secret-Qx7-never-on-disk");
        QSignalSpy failed(&vault, &PasswordVault::failed);
        QSignalSpy stored(&vault, &PasswordVault::passwordStored);
        vault.store(QStringLiteral("ci profile"), secret);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 30000);
        QCOMPARE(stored.size(), 0);
        QCOMPARE(failed.at(0).at(0).value<PasswordVault::Operation>(), PasswordVault::Operation::Store);

        QSignalSpy read(&vault, &PasswordVault::passwordRead);
        vault.read(QStringLiteral("ci profile"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 2, 30000);
        QCOMPARE(read.size(), 0);

        // No plain-text fallback: no file under the test's home holds the secret.
        QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(secret.toUtf8()), qPrintable(f.fileName()));
        }
    }

private:
    QTemporaryDir m_home;
};

QTEST_GUILESS_MAIN(TestPasswordVault)
#include "tst_passwordvault.moc"
