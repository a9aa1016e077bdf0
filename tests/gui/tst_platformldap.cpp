// "Load directory ▸ From LDAP…" on the Platform page against a real slapd (tests/support/
// slapdfixture.h): the dialog's settings and password, the read on LdapReadWorker's thread with the
// page's progress row (entry count) and Cancel, the directory taken into the evaluation, and a
// wrong password reported in the message bar while the page stays as it was.
#include "common/messagebar.h"
#include "platform/ldapdirectory.h"
#include "platform/platformdocument.h"
#include "platform/platformldapdialog.h"
#include "platform/platformpage.h"

#include "slapdfixture.h"
#include "tst_platformfixture.h"

#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QRegularExpression>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace roledesk;
using roledesk::test::GeneratedDirectory;
using roledesk::test::PlatformDemoCopy;
using roledesk::test::SlapdFixture;
using roledesk::test::whenModalOpens;

class TestPlatformLdap : public QObject {
    Q_OBJECT

    GeneratedDirectory m_directory;
    SlapdFixture m_slapd;

    /// Fills the LDAP dialog with the fixture's server and \a password, and accepts it.
    void answerDialog(const QString &password)
    {
        const LdapSettings s = m_slapd.settings();
        whenModalOpens<PlatformLdapDialog>([s, password](PlatformLdapDialog *dialog) {
            dialog->urlEdit()->setText(s.url);
            dialog->bindDnEdit()->setText(s.bindDn);
            dialog->baseDnEdit()->setText(s.baseDn);
            QCOMPARE(dialog->passwordEdit()->echoMode(), QLineEdit::Password);
            dialog->passwordEdit()->setText(password);
            dialog->accept();
        });
    }

private slots:
    void initTestCase()
    {
        QString why;
        if (!SlapdFixture::usable(&why))
            QSKIP(qPrintable(why));
        m_directory = GeneratedDirectory::edgeCases(5000); // several pages: progress, and time to cancel
        QString error;
        QVERIFY2(m_slapd.start(m_directory, &error), qPrintable(error));
    }

    void readsWithProgress()
    {
        // A platform file whose directory is this server: the dialog starts from its settings.
        PlatformDemoCopy demo;
        const LdapSettings server = m_slapd.settings();
        QByteArray yaml = demo.read();
        const QByteArray section = "directory:\n  provider: corp-ldap\n  import: people.json\n";
        QVERIFY(yaml.contains(section));
        yaml.replace(section, QStringLiteral("directory:\n  ldap: {url: \"%1\", bind_dn: \"%2\", base_dn: \"%3\", "
                                             "provider: corp-ldap, machine_filter: \"%4\"}\n")
                                  .arg(server.url, server.bindDn, server.baseDn, server.machineFilter).toUtf8());
        QVERIFY(demo.write(QStringLiteral("ldap.yaml"), yaml));
        PlatformPage page;
        page.show();
        QVERIFY2(page.openFile(demo.path(QStringLiteral("ldap.yaml"))), qPrintable(page.messageBar()->text()));
        QVERIFY(!page.document()->directory());
        QVERIFY(!page.document()->evaluation().people().contains(QStringLiteral("lonely")));
        QSignalSpy finished(&page, &PlatformPage::directoryReadFinished);
        QStringList counts;
        bool rowShown = false;
        connect(page.ldapWorker(), &LdapReadWorker::progressed, this, [&] {
            counts << page.directoryProgress()->format();
            rowShown = rowShown || page.directoryProgress()->isVisibleTo(&page);
        });
        QStringList prefilled;
        whenModalOpens<PlatformLdapDialog>([&prefilled](PlatformLdapDialog *dialog) {
            prefilled = QStringList{dialog->urlEdit()->text(), dialog->bindDnEdit()->text(), dialog->baseDnEdit()->text(),
                                    dialog->settings().machineFilter, dialog->settings().provider};
            dialog->passwordEdit()->setText(SlapdFixture::readerPassword()); // the one thing typed
            dialog->accept();
        });
        page.showLdapDialog();
        QCOMPARE(prefilled, QStringList({server.url, server.bindDn, server.baseDn, server.machineFilter,
                                         QStringLiteral("corp-ldap")}));
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.constFirst().constFirst().toBool(), true);
        QVERIFY2(page.messageBar()->level() == MessageBar::Level::Info, qPrintable(page.messageBar()->text()));
        QVERIFY(rowShown);
        QVERIFY(counts.size() > 1);
        // The bar counts entries as they arrive: at the end at least every person.
        QString digits = counts.constLast();
        digits.remove(QRegularExpression(QStringLiteral("[^0-9]")));
        QVERIFY2(digits.toLongLong() >= m_directory.people.size(), qPrintable(counts.join(u';')));
        QVERIFY(!page.directoryProgress()->isVisibleTo(&page));
        // The directory's people are in the evaluation now; the page names where they came from.
        QVERIFY(page.document()->directory());
        QCOMPARE(page.document()->directory()->people.size(), m_directory.people.size());
        QVERIFY(page.document()->evaluation().people().contains(QStringLiteral("lonely")));
        QCOMPARE(page.document()->directoryDescription(), m_slapd.url());
        QVERIFY(page.fileLabel()->text().contains(m_slapd.url()));
        // The file's machine filter reached the reader: the directory's bot is a machine user.
        int machines = 0;
        for (const DirectoryPerson &p : page.document()->directory()->people) {
            machines += p.machine;
            QCOMPARE(p.machine, p.id == QLatin1String("ingest-bot"));
        }
        QCOMPARE(machines, 1);
    }

    void cancelKeepsTheDirectory()
    {
        PlatformDemoCopy demo;
        PlatformPage page;
        page.show();
        QVERIFY(page.openFile(demo.path()));
        const QString before = page.document()->directoryDescription();
        const qsizetype people = page.document()->evaluation().people().size();
        QSignalSpy finished(&page, &PlatformPage::directoryReadFinished);
        // Cancel as soon as the first entries are counted, with the page's button.
        connect(page.ldapWorker(), &LdapReadWorker::progressed, page.directoryCancelButton(), &QPushButton::click,
                Qt::SingleShotConnection);
        answerDialog(SlapdFixture::readerPassword());
        page.showLdapDialog();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.constFirst().constFirst().toBool(), false);
        QCOMPARE(page.messageBar()->level(), MessageBar::Level::Info);
        QVERIFY(page.messageBar()->text().contains(PlatformPage::tr("cancelled")));
        QCOMPARE(page.document()->directoryDescription(), before);
        QCOMPARE(page.document()->evaluation().people().size(), people);
        QVERIFY(!page.directoryProgress()->isVisibleTo(&page));
    }

    void wrongPasswordIsReported()
    {
        PlatformDemoCopy demo;
        PlatformPage page;
        page.show();
        QVERIFY(page.openFile(demo.path()));
        const QString before = page.document()->directoryDescription();
        QSignalSpy finished(&page, &PlatformPage::directoryReadFinished);
        answerDialog(QStringLiteral("not-the-password"));
        page.showLdapDialog();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.constFirst().constFirst().toBool(), false);
        QCOMPARE(page.messageBar()->level(), MessageBar::Level::Error);
        const QString message = page.messageBar()->text();
        QVERIFY2(message.contains(m_slapd.settings().bindDn), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("credentials"), Qt::CaseInsensitive), qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("not-the-password")), qPrintable(message));
        // The page stays usable, with the directory it had.
        QCOMPARE(page.document()->directoryDescription(), before);
        QVERIFY(page.isEnabled());
        QVERIFY(page.saveAction()->isEnabled());
    }
};

QTEST_MAIN(TestPlatformLdap)
#include "tst_platformldap.moc"
