// LdapReader and LdapReadWorker against a real slapd (tests/support/slapdfixture.h): every person,
// group and membership of a generated directory read back; paging past the server's size limit;
// progress and cancel; every refusal with a message naming what failed; TLS both ways.
#include "platform/ldapdirectory.h"
#include "platform/ldapsession.h"
#include "platform/platformevaluation.h"
#include "platform/platformfile.h"

#include "slapdfixture.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <algorithm>

using namespace roledesk;
using roledesk::test::GeneratedDirectory;
using roledesk::test::SlapdFixture;

namespace {

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

/// Effective groups as sorted "person: group via a > b" lines, to compare two directories.
QStringList flattened(const QHash<QString, QList<GroupPath>> &effective)
{
    QStringList out;
    for (auto it = effective.cbegin(); it != effective.cend(); ++it)
        for (const GroupPath &p : it.value())
            out << QStringLiteral("%1: %2 via %3").arg(it.key(), p.group, p.via.join(QStringLiteral(" > ")));
    return sorted(out);
}

/// Differences between what was read and what the generator wrote, one line each (empty: none).
QStringList differences(const Directory &read, const GeneratedDirectory &expected)
{
    QStringList out;
    QHash<QString, const DirectoryPerson *> people;
    for (const DirectoryPerson &p : read.people) {
        if (people.contains(p.id))
            out << QStringLiteral("person %1 read twice").arg(p.id);
        people.insert(p.id, &p);
    }
    if (read.people.size() != expected.people.size())
        out << QStringLiteral("%1 people read, %2 written").arg(read.people.size()).arg(expected.people.size());
    for (const DirectoryPerson &e : expected.people) {
        const DirectoryPerson *p = people.value(e.id);
        if (!p) {
            out << QStringLiteral("person %1 not read").arg(e.id);
            continue;
        }
        if (p->name != e.name || p->machine != e.machine || ldap::normalizedDn(p->dn.toUtf8()) != ldap::normalizedDn(e.dn.toUtf8())
            || sorted(p->groups) != sorted(e.groups))
            out << QStringLiteral("person %1: read (%2, %3, machine %4, groups %5), written (%6, %7, machine %8, groups %9)")
                       .arg(e.id, p->name, p->dn)
                       .arg(p->machine)
                       .arg(p->groups.join(u','), e.name, e.dn)
                       .arg(e.machine)
                       .arg(e.groups.join(u','));
    }
    QHash<QString, const DirectoryGroup *> groups;
    for (const DirectoryGroup &g : read.groups)
        groups.insert(g.name, &g);
    if (read.groups.size() != expected.groups.size())
        out << QStringLiteral("%1 groups read, %2 written").arg(read.groups.size()).arg(expected.groups.size());
    for (const DirectoryGroup &e : expected.groups) {
        const DirectoryGroup *g = groups.value(e.name);
        if (!g)
            out << QStringLiteral("group %1 not read").arg(e.name);
        else if (sorted(g->people) != sorted(e.people) || sorted(g->groups) != sorted(e.groups)
                 || ldap::normalizedDn(g->dn.toUtf8()) != ldap::normalizedDn(e.dn.toUtf8()))
            out << QStringLiteral("group %1: read people %2 groups %3, written people %4 groups %5")
                       .arg(e.name, g->people.mid(0, 10).join(u','), g->groups.join(u','), e.people.mid(0, 10).join(u','),
                            e.groups.join(u','));
    }
    return out;
}

/// ldapsearch as the reader, without paging: its exit code (4 when the size limit cut it short).
int unpagedLdapsearch(const LdapSettings &s)
{
    QProcess p;
    p.start(QStringLiteral("ldapsearch"), {QStringLiteral("-x"), QStringLiteral("-LLL"), QStringLiteral("-H"), s.url, QStringLiteral("-D"),
                                           s.bindDn, QStringLiteral("-w"), s.password, QStringLiteral("-b"), s.baseDn, s.userFilter,
                                           QStringLiteral("1.1")});
    p.waitForFinished(30000);
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

void expectEmpty(const DirectoryLoad &load)
{
    QVERIFY(load.directory.people.isEmpty());
    QVERIFY(load.directory.groups.isEmpty());
    QVERIFY(load.directory.warnings.isEmpty());
}

} // namespace

class TestLdapDirectory : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void readsEveryPersonGroupAndMembership();
    void normalizedDnsMatch();
    void pagesPastTheSizeLimit();
    void reportsProgressInPhases();
    void cancelFromProgressReturnsNothing();
    void nestedGroupsAndTheLoop();
    void demoDirectoryMatchesPeopleJson();
    void rulesEvaluateOverTheReadDirectory();
    void refusals_data();
    void refusals();
    void startTlsRefusedIsAnError();
    void timesOutOnASilentServer();
    void tlsWithTheCaFile();
    void workerDeliversAcrossThreads();
    void workerCancelAndRestart();

private:
    GeneratedDirectory m_generated = GeneratedDirectory::edgeCases(5000);
    SlapdFixture m_slapd;
};

void TestLdapDirectory::initTestCase()
{
    QString error;
    QVERIFY2(m_slapd.start(m_generated, &error), qPrintable(error));
}

void TestLdapDirectory::readsEveryPersonGroupAndMembership()
{
    const DirectoryLoad load = LdapReader::read(m_slapd.settings());
    QVERIFY2(load.ok(), qPrintable(load.error));
    QCOMPARE(load.directory.provider, QStringLiteral("corp-ldap"));
    const QStringList diff = differences(load.directory, m_generated);
    QVERIFY2(diff.isEmpty(), qPrintable(diff.mid(0, 20).join(u'\n')));
    // The one member that is neither person nor group (the reader's own entry) is counted, named.
    QCOMPARE(load.directory.warnings.size(), 1);
    QVERIFY2(load.directory.warnings.constFirst().contains(SlapdFixture::readerDn(m_generated.baseDn), Qt::CaseInsensitive),
             qPrintable(load.directory.warnings.constFirst()));
    // The generator really did spell some member values otherwise than the entries' DNs, and
    // the server kept that spelling: otherwise the match above proved nothing about it.
    QVERIFY(!m_generated.memberSpelling.isEmpty());
    QProcess search;
    const LdapSettings s = m_slapd.settings();
    search.start(QStringLiteral("ldapsearch"), {QStringLiteral("-x"), QStringLiteral("-LLL"), QStringLiteral("-o"), QStringLiteral("ldif-wrap=no"),
                                                QStringLiteral("-H"), s.url, QStringLiteral("-D"), s.bindDn, QStringLiteral("-w"), s.password,
                                                QStringLiteral("-b"), s.baseDn, QStringLiteral("(cn=data-eng)"), QStringLiteral("member")});
    QVERIFY(search.waitForFinished(30000));
    QStringList members;
    for (const QByteArray &line : search.readAllStandardOutput().split('\n')) {
        if (line.startsWith("member:: "))
            members << QString::fromUtf8(QByteArray::fromBase64(line.mid(9)));
        else if (line.startsWith("member: "))
            members << QString::fromUtf8(line.mid(8));
    }
    const DirectoryPerson &zoe = m_generated.people.at(4);
    QCOMPARE(zoe.id, QStringLiteral("zoe.angstrom"));
    QVERIFY2(members.contains(m_generated.memberSpelling.value(zoe.dn)), qPrintable(members.join(u'|')));
    QVERIFY2(!members.contains(zoe.dn), qPrintable(members.join(u'|')));
}

void TestLdapDirectory::normalizedDnsMatch()
{
    const QString a = ldap::normalizedDn(QStringLiteral("cn=Ångström\\, Zoë,ou=people,dc=roledesk,dc=test").toUtf8());
    QCOMPARE(ldap::normalizedDn(QStringLiteral("CN=Ångström\\2C Zoë, OU=People, DC=roledesk, DC=test").toUtf8()), a);
    QCOMPARE(ldap::normalizedDn(QStringLiteral("cn=ÅNGSTRÖM\\, ZOË,ou=people,dc=roledesk,dc=test").toUtf8()), a);
    QVERIFY(ldap::normalizedDn(QStringLiteral("cn=Ångström,ou=people,dc=roledesk,dc=test").toUtf8()) != a);
    QVERIFY(ldap::normalizedDn("uid=a.b,ou=people,dc=x") != ldap::normalizedDn("uid=a,b,ou=people,dc=x"));
    // Plain ASCII DNs take a shortcut; it must agree with libldap's form of the same DN.
    QCOMPARE(ldap::normalizedDn("uid=alice.b,ou=people,dc=x"), ldap::normalizedDn("UID=Alice.B, OU=People,DC=x"));
    QCOMPARE(ldap::normalizedDn("uid=alice.b,ou=people,dc=x"), ldap::normalizedDn("uid=alice\\2Eb,ou=people,dc=x"));
    QVERIFY(ldap::normalizedDn("uid=alice,ou=people,dc=x") != ldap::normalizedDn("uid=alice,ou=people,dc=y"));
}

void TestLdapDirectory::pagesPastTheSizeLimit()
{
    // The server's limit is real: an unpaged listing stops at 500 (ldapsearch exits 4).
    QCOMPARE(unpagedLdapsearch(m_slapd.settings()), 4);
    QVERIFY(m_generated.people.size() > 10 * 500);
    for (const int pageSize : {500, 137}) {
        LdapSettings s = m_slapd.settings();
        s.pageSize = pageSize;
        int pages = 0;
        const DirectoryLoad load = LdapReader::read(s, [&](qint64, const QString &) { ++pages; });
        QVERIFY2(load.ok(), qPrintable(load.error));
        QCOMPARE(load.directory.people.size(), m_generated.people.size());
        // People in pages of pageSize, then machines and groups in one page each.
        QCOMPARE(pages, int((m_generated.people.size() + pageSize - 1) / pageSize) + 2);
    }
}

void TestLdapDirectory::reportsProgressInPhases()
{
    QList<qint64> counts;
    QStringList phases;
    const DirectoryLoad load = LdapReader::read(m_slapd.settings(), [&](qint64 entries, const QString &phase) {
        counts << entries;
        if (phases.isEmpty() || phases.constLast() != phase)
            phases << phase;
    });
    QVERIFY2(load.ok(), qPrintable(load.error));
    QCOMPARE(phases, (QStringList{QStringLiteral("Reading people…"), QStringLiteral("Reading machine users…"), QStringLiteral("Reading groups…")}));
    QVERIFY(std::is_sorted(counts.cbegin(), counts.cend()));
    const qint64 machines = std::count_if(m_generated.people.cbegin(), m_generated.people.cend(), [](const DirectoryPerson &p) { return p.machine; });
    QCOMPARE(counts.constLast(), qint64(m_generated.people.size() + machines + m_generated.groups.size()));
}

void TestLdapDirectory::cancelFromProgressReturnsNothing()
{
    for (const int afterCalls : {1, 3}) {
        LdapSettings s = m_slapd.settings();
        s.pageSize = 1000;
        std::atomic_bool cancel = false;
        int calls = 0;
        const DirectoryLoad load = LdapReader::read(
            s,
            [&](qint64, const QString &) {
                if (++calls == afterCalls)
                    cancel = true;
            },
            &cancel);
        QVERIFY(load.cancelled);
        QVERIFY(!load.ok());
        QVERIFY2(load.error.isEmpty(), qPrintable(load.error));
        QCOMPARE(calls, afterCalls); // no page read after the flag was seen
        expectEmpty(load);
    }
}

void TestLdapDirectory::nestedGroupsAndTheLoop()
{
    const DirectoryLoad load = LdapReader::read(m_slapd.settings());
    QVERIFY2(load.ok(), qPrintable(load.error));
    const Directory &dir = load.directory;
    const auto group = [&](const QString &name) {
        const auto it = std::find_if(dir.groups.cbegin(), dir.groups.cend(), [&](const DirectoryGroup &g) { return g.name == name; });
        return it == dir.groups.cend() ? DirectoryGroup{} : *it;
    };
    QCOMPARE(group(QStringLiteral("staff")).groups, QStringList{QStringLiteral("engineering")});
    QCOMPARE(group(QStringLiteral("engineering")).groups, QStringList{QStringLiteral("data-eng")});
    QCOMPARE(group(QStringLiteral("loop-a")).groups, QStringList{QStringLiteral("loop-b")});
    QCOMPARE(group(QStringLiteral("loop-b")).groups, QStringList{QStringLiteral("loop-a")});
    QCOMPARE(group(QStringLiteral("bulk")).people.size(), 5000);
    QCOMPARE(group(QStringLiteral("auditors")).people, QStringList{QStringLiteral("carol")});

    // Directory::effectiveGroups over what was read: three levels up, and the loop reported once.
    const QHash<QString, QList<GroupPath>> effective = dir.effectiveGroups();
    const auto pathTo = [&](const QString &person, const QString &g) {
        for (const GroupPath &p : effective.value(person))
            if (p.group == g)
                return p.via;
        return QStringList{QStringLiteral("(not in %1)").arg(g)};
    };
    QCOMPARE(pathTo(QStringLiteral("alice"), QStringLiteral("staff")),
             (QStringList{QStringLiteral("data-eng"), QStringLiteral("engineering"), QStringLiteral("staff")}));
    QCOMPARE(pathTo(QStringLiteral("zoe.angstrom"), QStringLiteral("staff")), QStringList{QStringLiteral("staff")});
    QCOMPARE(pathTo(QStringLiteral("dave"), QStringLiteral("loop-b")), (QStringList{QStringLiteral("loop-a"), QStringLiteral("loop-b")}));
    QCOMPARE(effective.value(QStringLiteral("dave")).size(), 2);
    QVERIFY(effective.value(QStringLiteral("lonely")).isEmpty());
    const QStringList loops = dir.warnings.filter(QStringLiteral("loop-a, loop-b"));
    QVERIFY2(loops.size() == 1, qPrintable(dir.warnings.join(u'\n')));
}

void TestLdapDirectory::rulesEvaluateOverTheReadDirectory()
{
    // Roles come from the shipped definition (data), not from names written here.
    const PlatformDefinition &definition = PlatformDefinition::builtin();
    QString humanRole;
    QString machineRole;
    for (const PlatformRole &r : definition.roles) {
        if (r.scope != PlatformScope::Project)
            continue;
        if (r.machineUsersOnly && machineRole.isEmpty())
            machineRole = r.id;
        else if (!r.machineUsersOnly && humanRole.isEmpty())
            humanRole = r.id;
    }
    QVERIFY(!humanRole.isEmpty() && !machineRole.isEmpty());
    const QByteArray yaml = QStringLiteral("platform: %1\norganization: Test\nprojects: [p1]\nrules:\n"
                                           "  - {name: staff, project: p1, conditions: [{provider: corp-ldap}, {group: staff}], roles: [%2]}\n"
                                           "  - {name: loop, project: p1, conditions: [{group: loop-b}], roles: [%2]}\n"
                                           "  - {name: bots, project: p1, conditions: [{group: platform-bots}], roles: [%3]}\n"
                                           "  - {name: humans, project: p1, conditions: [{group: finance}], roles: [%3]}\n")
                               .arg(definition.id, humanRole, machineRole)
                               .toUtf8();
    const PlatformFileLoad file = PlatformFileFormat::parse(yaml, QStringLiteral("rules.yaml"), &definition);
    QVERIFY2(file.error.isEmpty(), qPrintable(file.error));
    const DirectoryLoad load = LdapReader::read(m_slapd.settings());
    QVERIFY2(load.ok(), qPrintable(load.error));
    const PlatformEvaluation evaluation = PlatformEvaluation::evaluate(definition, file.file, &load.directory);

    QHash<QString, QStringList> viaStaff;   // person → group path of the "staff" rule's grant
    QStringList viaLoop;
    QStringList machineHolders;
    for (const PlatformRoleGrant &g : evaluation.roleGrants()) {
        if (g.rule == u"staff")
            viaStaff.insert(g.person, g.groupPath);
        else if (g.rule == u"loop")
            viaLoop << g.person + u':' + g.groupPath.join(u'>');
        else if (g.role == machineRole)
            machineHolders << g.person;
    }
    const QHash<QString, QStringList> expected{
        {QStringLiteral("alice"), {QStringLiteral("data-eng"), QStringLiteral("engineering"), QStringLiteral("staff")}},
        {QStringLiteral("bob"), {QStringLiteral("engineering"), QStringLiteral("staff")}},
        {QStringLiteral("zoe.angstrom"), {QStringLiteral("staff")}}};
    QCOMPARE(viaStaff, expected);
    QCOMPARE(viaLoop, QStringList{QStringLiteral("dave:loop-a>loop-b")});
    // The machine user read by the machine filter holds the machine-only role; the humans of
    // finance do not, and that is reported.
    QCOMPARE(machineHolders, QStringList{QStringLiteral("ingest-bot")});
    QVERIFY2(!evaluation.problems().filter(QStringLiteral("carol")).isEmpty(), qPrintable(evaluation.problems().join(u'\n')));
}

void TestLdapDirectory::demoDirectoryMatchesPeopleJson()
{
    // app/run.sh serves directory.ldif; the demo's platform file imports people.json: the same organization.
    const QString demo = qEnvironmentVariable("ROLEDESK_SOURCE_DIR") + QStringLiteral("/resources/demo/platform/");
    QFile ldif(demo + QStringLiteral("directory.ldif"));
    QVERIFY(ldif.open(QIODevice::ReadOnly));
    SlapdFixture slapd;
    QString error;
    QVERIFY2(slapd.start(ldif.readAll(), QStringLiteral("dc=acme,dc=example"), QStringLiteral("demo"), {}, &error), qPrintable(error));
    const DirectoryLoad read = LdapReader::read(slapd.settings());
    QVERIFY2(read.ok(), qPrintable(read.error));
    QVERIFY(read.directory.warnings.isEmpty());
    const DirectoryLoad imported = DirectoryImport::load(demo + QStringLiteral("people.json"), QStringLiteral("corp-ldap"));
    QVERIFY2(imported.ok(), qPrintable(imported.error));
    QCOMPARE(read.directory.people.size(), imported.directory.people.size());
    QVERIFY(read.directory.people.size() >= 10);
    for (const DirectoryPerson &p : imported.directory.people) {
        const auto it = std::find_if(read.directory.people.cbegin(), read.directory.people.cend(),
                                     [&](const DirectoryPerson &r) { return r.id == p.id; });
        QVERIFY2(it != read.directory.people.cend(), qPrintable(p.id));
        QCOMPARE(it->name, p.name);
        QCOMPARE(it->machine, p.machine);
        QCOMPARE(sorted(it->groups), sorted(p.groups));
    }
    QCOMPARE(read.directory.groups.size(), imported.directory.groups.size());
    for (const DirectoryGroup &g : imported.directory.groups) {
        const auto it = std::find_if(read.directory.groups.cbegin(), read.directory.groups.cend(),
                                     [&](const DirectoryGroup &r) { return r.name == g.name; });
        QVERIFY2(it != read.directory.groups.cend(), qPrintable(g.name));
        QCOMPARE(sorted(it->groups), sorted(g.groups));
    }
    QCOMPARE(flattened(read.directory.effectiveGroups()), flattened(imported.directory.effectiveGroups()));
}

void TestLdapDirectory::refusals_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QStringList>("mentions");
    const QString base = m_generated.baseDn;
    const QString closed = QStringLiteral("ldap://127.0.0.1:%1").arg(test::freeLoopbackPort());
    QTest::newRow("closed port") << "url" << closed << QStringList{closed, QStringLiteral("cannot reach")};
    QTest::newRow("not a URL") << "url" << "http://127.0.0.1/" << QStringList{QStringLiteral("http://127.0.0.1/"), QStringLiteral("not an LDAP URL")};
    QTest::newRow("wrong password") << "password" << "wrong" << QStringList{SlapdFixture::readerDn(base), QStringLiteral("invalid credentials")};
    const QString ghost = QStringLiteral("cn=ghost,") + base;
    QTest::newRow("no such bind DN") << "bindDn" << ghost << QStringList{ghost, QStringLiteral("invalid credentials")};
    QTest::newRow("bad user filter") << "userFilter" << "(objectClass=" << QStringList{QStringLiteral("(objectClass="), QStringLiteral("user filter")};
    QTest::newRow("bad group filter") << "groupFilter" << "(&(cn=x)" << QStringList{QStringLiteral("(&(cn=x)"), QStringLiteral("group filter")};
    QTest::newRow("bad machine filter") << "machineFilter" << "employeeType=machine)" << QStringList{QStringLiteral("machine filter")};
    const QString nowhere = QStringLiteral("ou=nowhere,") + base;
    QTest::newRow("no such base DN") << "baseDn" << nowhere << QStringList{nowhere, QStringLiteral("does not exist")};
    // Anonymous reads are refused by the server's ACL: the base is not even visible.
    QTest::newRow("anonymous") << "bindDn" << QString() << QStringList{base, QStringLiteral("anonymous")};
    QTest::newRow("DN without password") << "password" << QString()
                                         << QStringList{SlapdFixture::readerDn(base), QStringLiteral("no password")};
    QTest::newRow("unreadable CA file") << "caFile" << "/nonexistent/ca.pem" << QStringList{QStringLiteral("/nonexistent/ca.pem")};
}

void TestLdapDirectory::refusals()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QStringList, mentions);
    LdapSettings s = m_slapd.settings();
    if (field == u"url") s.url = value;
    else if (field == u"password") s.password = value;
    else if (field == u"bindDn") s.bindDn = value, s.password = value.isEmpty() ? QString() : s.password;
    else if (field == u"userFilter") s.userFilter = value;
    else if (field == u"groupFilter") s.groupFilter = value;
    else if (field == u"machineFilter") s.machineFilter = value;
    else if (field == u"baseDn") s.baseDn = value;
    else if (field == u"caFile") s.caFile = value;
    else QFAIL("unknown field");
    const DirectoryLoad load = LdapReader::read(s);
    QVERIFY(!load.ok());
    QVERIFY(!load.cancelled);
    expectEmpty(load);
    for (const QString &m : mentions)
        QVERIFY2(load.error.contains(m, Qt::CaseInsensitive), qPrintable(QStringLiteral("\"%1\" lacks \"%2\"").arg(load.error, m)));
    // Every message names the server.
    QVERIFY2(load.error.startsWith(s.url + u':'), qPrintable(load.error));
}

void TestLdapDirectory::startTlsRefusedIsAnError()
{
    LdapSettings s = m_slapd.settings();
    s.startTls = true; // this server has no certificate
    const DirectoryLoad load = LdapReader::read(s);
    QVERIFY(!load.ok());
    expectEmpty(load);
    QVERIFY2(load.error.startsWith(s.url) && load.error.contains(QStringLiteral("StartTLS")), qPrintable(load.error));
}

void TestLdapDirectory::timesOutOnASilentServer()
{
    QTcpServer silent; // accepts (the kernel does), never answers
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    LdapSettings s = m_slapd.settings();
    s.url = QStringLiteral("ldap://127.0.0.1:%1").arg(silent.serverPort());
    s.timeoutSeconds = 1;
    QElapsedTimer clock;
    clock.start();
    const DirectoryLoad load = LdapReader::read(s);
    QVERIFY(clock.elapsed() < 5000);
    QVERIFY(clock.elapsed() >= 900);
    QVERIFY(!load.ok());
    expectEmpty(load);
    QVERIFY2(load.error.startsWith(s.url) && load.error.contains(QStringLiteral("within 1 s")), qPrintable(load.error));
}

void TestLdapDirectory::tlsWithTheCaFile()
{
    const GeneratedDirectory small = GeneratedDirectory::edgeCases(20);
    SlapdFixture tls;
    QString error;
    QVERIFY2(tls.start(small, SlapdFixture::Options{500, true}, &error), qPrintable(error));
    LdapSettings s = tls.settings();
    s.caFile = tls.caFile();
    s.startTls = true;
    DirectoryLoad load = LdapReader::read(s);
    QVERIFY2(load.ok(), qPrintable(load.error));
    QVERIFY(differences(load.directory, small).isEmpty());

    s.startTls = false;
    s.url = tls.ldapsUrl();
    load = LdapReader::read(s);
    QVERIFY2(load.ok(), qPrintable(load.error));
    QCOMPARE(load.directory.people.size(), small.people.size());

    // Without the CA file the self-signed certificate is refused, never waved through.
    s.caFile.clear();
    load = LdapReader::read(s);
    QVERIFY(!load.ok());
    QVERIFY2(load.error.startsWith(s.url) && load.error.contains(QStringLiteral("TLS handshake")), qPrintable(load.error));
    s.url = tls.url();
    s.startTls = true;
    load = LdapReader::read(s);
    QVERIFY(!load.ok());
    QVERIFY2(load.error.startsWith(s.url) && load.error.contains(QStringLiteral("TLS handshake")), qPrintable(load.error));
}

void TestLdapDirectory::workerDeliversAcrossThreads()
{
    LdapReadWorker worker;
    QList<QThread *> threads;
    int progressCalls = 0;
    connect(&worker, &LdapReadWorker::progressed, this, [&](qint64, const QString &) {
        ++progressCalls;
        threads << QThread::currentThread();
    });
    QSignalSpy finished(&worker, &LdapReadWorker::finished);
    worker.start(m_slapd.settings());
    QVERIFY(worker.isRunning());
    QVERIFY(finished.wait(30000));
    QVERIFY(!worker.isRunning());
    const auto load = finished.constFirst().constFirst().value<DirectoryLoad>();
    QVERIFY2(load.ok(), qPrintable(load.error));
    QVERIFY(differences(load.directory, m_generated).isEmpty());
    QVERIFY(progressCalls > 10);
    for (QThread *t : std::as_const(threads))
        QCOMPARE(t, QThread::currentThread()); // queued into the worker object's thread
}

void TestLdapDirectory::workerCancelAndRestart()
{
    LdapReadWorker worker;
    LdapSettings slow = m_slapd.settings();
    slow.pageSize = 10; // hundreds of pages: time to cancel
    connect(&worker, &LdapReadWorker::progressed, &worker, &LdapReadWorker::cancel);
    QSignalSpy finished(&worker, &LdapReadWorker::finished);
    worker.start(slow);
    QVERIFY(finished.wait(30000));
    auto load = finished.constFirst().constFirst().value<DirectoryLoad>();
    QVERIFY(load.cancelled);
    expectEmpty(load);

    // A start during a read supersedes it: one answer, the second read's.
    disconnect(&worker, &LdapReadWorker::progressed, &worker, &LdapReadWorker::cancel);
    finished.clear();
    worker.start(slow);
    LdapSettings other = m_slapd.settings();
    other.userFilter = QStringLiteral("(uid=alice)");
    worker.start(other);
    QVERIFY(finished.wait(30000));
    QTest::qWait(300);
    QCOMPARE(finished.size(), 1);
    load = finished.constFirst().constFirst().value<DirectoryLoad>();
    QVERIFY2(load.ok(), qPrintable(load.error));
    QCOMPARE(load.directory.people.size(), 1);

    // Destroying a worker in the middle of a read stops the read promptly.
    auto doomed = std::make_unique<LdapReadWorker>();
    doomed->start(slow);
    QTest::qWait(50);
    QElapsedTimer clock;
    clock.start();
    doomed.reset();
    QVERIFY(clock.elapsed() < 2000);
}

QTEST_GUILESS_MAIN(TestLdapDirectory)
#include "tst_ldapdirectory.moc"
