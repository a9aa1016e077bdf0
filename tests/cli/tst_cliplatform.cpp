#include "clirun.h"
#include "slapdfixture.h"

#include "platform/directory.h"
#include "platform/ldapdirectory.h"
#include "platform/platformevaluation.h"
#include "platform/platformexport.h"
#include "platform/platformfile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

using namespace roledesk;

namespace {

using Outcome = test::CliOutcome;
using test::describe;

QString fixture(const QString &name)
{
    return QDir(qEnvironmentVariable("ROLEDESK_SOURCE_DIR")).filePath(QStringLiteral("tests/fixtures/platform/cli/") + name);
}

const QString kPasswordVariable = QStringLiteral("ROLEDESK_LDAP_PASSWORD");
/// People in the directory whose read is interrupted: a read of some seconds.
constexpr int kInterruptedPeople = 90000;

/// What the console computes for a platform file and its directory import, in this process: the
/// CLI must write the same bytes.
struct InProcess {
    PlatformFile file;
    Directory directory;
    PlatformEvaluation evaluation;
};

InProcess evaluateHere(const QString &platformFile, const QString &directoryFile)
{
    InProcess p;
    const PlatformFileLoad load = PlatformFileFormat::load(platformFile);
    if (!load.ok())
        qFatal("%s", qPrintable(load.error));
    p.file = load.file;
    const DirectoryLoad read = DirectoryImport::load(directoryFile, p.file.directory.provider);
    if (!read.ok())
        qFatal("%s", qPrintable(read.error));
    p.directory = read.directory;
    p.evaluation = PlatformEvaluation::evaluate(PlatformDefinition::builtin(p.file.definitionId), p.file, &p.directory);
    return p;
}

} // namespace

/// roledesk-cli platform run as a process (no database): who-can, what-can, evaluate with the
/// file's import and with --directory, roles, check passing and failing with exit codes 0 and 1,
/// output byte for byte as PlatformExport writes it, every bad input with its own message and exit
/// code (unknown permission, person, project; a broken platform file naming the line; missing
/// files; broken expectations naming the line; --ldap without a password; an unreachable LDAP
/// server), and --ldap against a real slapd.
class TstCliPlatform : public QObject {
    Q_OBJECT
private slots:
    void help();
    void whoCanText();
    void whoCanMatchesExport();
    void whatCan();
    void evaluateWithImport();
    void evaluateWithDirectoryOption();
    void roles();
    void checkPasses();
    void checkFails();
    void unknownNames();
    void brokenFiles();
    void ldapRefusals();
    void ldapFromSlapd();
    void ldapInterrupted();

private:
    Outcome run(QStringList arguments, const QProcessEnvironment &environment = test::inEnglish())
    {
        arguments.prepend(QStringLiteral("platform"));
        return test::runCliProcess(arguments, environment);
    }
    /// \a arguments (the subcommand first) on acme.yaml.
    QStringList acme(const QStringList &arguments)
    {
        return arguments + QStringList{QStringLiteral("--file"), fixture(QStringLiteral("acme.yaml"))};
    }
};

void TstCliPlatform::help()
{
    const Outcome all = run({QStringLiteral("--help")});
    QCOMPARE(all.exitCode, 0);
    const QStringList subs{QStringLiteral("who-can"), QStringLiteral("what-can"), QStringLiteral("evaluate"),
                           QStringLiteral("check"), QStringLiteral("roles")};
    for (const QString &sub : subs)
        QVERIFY2(all.out.contains(QStringLiteral("\n  ") + sub + u' '), qPrintable(describe(all)));
    QVERIFY(all.out.contains(u" 11  platform: the directory"));
    for (const QString &sub : subs) {
        const Outcome o = run({sub, QStringLiteral("--help")});
        QCOMPARE(o.exitCode, 0);
        QVERIFY2(o.out.contains(u"Examples:") && o.out.contains(QStringLiteral("roledesk-cli platform ") + sub),
                 qPrintable(describe(o)));
        QVERIFY2(o.out.contains(u"Exit codes:"), qPrintable(describe(o)));
    }
    const Outcome none = run({});
    QCOMPARE(none.exitCode, 2);
    const Outcome unknown = run({QStringLiteral("who-knows")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains(u"unknown subcommand \"who-knows\""), qPrintable(describe(unknown)));
}

void TstCliPlatform::whoCanText()
{
    // By name in any case; in ml: the organization-wide holders and ml's own, not analytics'.
    const Outcome o = run(acme({QStringLiteral("who-can"), QStringLiteral("view USERS"), QStringLiteral("--project"),
                                QStringLiteral("ml")}));
    QCOMPARE(o.exitCode, 0);
    QVERIFY2(o.out.startsWith(u"Who can \"View users\" in project ml (Acme, Inc.):\n"), qPrintable(describe(o)));
    const QStringList lines = o.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5); // title, header, alice, bob, taro
    QVERIFY2(lines.at(2).startsWith(u"alice ") && lines.at(2).contains(u"organization") && lines.at(2).endsWith(u"manual"),
             qPrintable(lines.at(2)));
    QVERIFY2(lines.at(3).startsWith(u"bob ") && lines.at(3).contains(u"Project Owner"), qPrintable(lines.at(3)));
    QVERIFY2(lines.at(4).contains(QString::fromUtf8("山田 太郎"))
                 && lines.at(4).endsWith(u"rule \"auditors read the organization\" via auditors"),
             qPrintable(lines.at(4)));
    // The wide letters take two columns each: every row's SCOPE starts where the header's does.
    const qsizetype scope = lines.at(1).indexOf(u"SCOPE");
    QCOMPARE(lines.at(2).indexOf(u"organization"), scope);
    QCOMPARE(lines.at(4).indexOf(u"organization"), scope - 4);

    const Outcome nobody = run(acme({QStringLiteral("who-can"), QStringLiteral("manage-ai-models-and-inference-services")}));
    QCOMPARE(nobody.exitCode, 0);
    QVERIFY2(nobody.out.endsWith(u"\nNobody.\n"), qPrintable(describe(nobody)));
}

void TstCliPlatform::whoCanMatchesExport()
{
    const InProcess here = evaluateHere(fixture(QStringLiteral("acme.yaml")), fixture(QStringLiteral("people.json")));
    const QString permission = PlatformDefinition::builtin().permission(QStringLiteral("View users"))->id;
    const QList<std::pair<QString, PlatformExport::Format>> formats{{QStringLiteral("csv"), PlatformExport::Format::Csv},
                                                                    {QStringLiteral("json"), PlatformExport::Format::Json}};
    for (const auto &[name, format] : formats) {
        for (const QString &project : {QString(), QStringLiteral("analytics")}) {
            QStringList args = acme({QStringLiteral("who-can"), QStringLiteral("View users"), QStringLiteral("--format"), name});
            if (!project.isEmpty())
                args << QStringLiteral("--project") << project;
            const Outcome o = run(args);
            QCOMPARE(o.exitCode, 0);
            QCOMPARE(o.out.toUtf8(), PlatformExport::whoCan(here.evaluation, here.file, permission, project, format, &here.directory));
        }
    }
    // -o: the same bytes in a file, nothing on stdout.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("holders.csv"));
    const Outcome o = run(acme({QStringLiteral("who-can"), QStringLiteral("View users"), QStringLiteral("-f"), QStringLiteral("csv"),
                                QStringLiteral("-o"), path}));
    QCOMPARE(o.exitCode, 0);
    QVERIFY(o.out.isEmpty());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), PlatformExport::whoCan(here.evaluation, here.file, permission, {}, PlatformExport::Format::Csv, &here.directory));
}

void TstCliPlatform::whatCan()
{
    // By display name (the directory's, non-ASCII), then by id in another case.
    const Outcome byName = run(acme({QStringLiteral("what-can"), QString::fromUtf8("zoë ångström"), QStringLiteral("--format"),
                                     QStringLiteral("json")}));
    QCOMPARE(byName.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(byName.out.toUtf8()).object();
    QCOMPARE(root.value(QStringLiteral("person")).toString(), QStringLiteral("zoe"));
    const InProcess here = evaluateHere(fixture(QStringLiteral("acme.yaml")), fixture(QStringLiteral("people.json")));
    QCOMPARE(root.value(QStringLiteral("rows")).toArray().size(), here.evaluation.permissionsOf(QStringLiteral("zoe")).size());
    QCOMPARE(byName.out.toUtf8(), PlatformExport::whatCan(here.evaluation, here.file, QStringLiteral("zoe"),
                                                          PlatformExport::Format::Json, &here.directory));

    const Outcome inProject = run(acme({QStringLiteral("what-can"), QStringLiteral("ZOE"), QStringLiteral("--project"),
                                        QStringLiteral("ml")}));
    QCOMPARE(inProject.exitCode, 0);
    QVERIFY2(inProject.out.startsWith(QString::fromUtf8("What zoe (Zoë Ångström) can do in project ml:\n")), qPrintable(describe(inProject)));
    QVERIFY2(!inProject.out.contains(u"analytics") && inProject.out.contains(u"via data-eng > engineering > staff"),
             qPrintable(describe(inProject)));
}

void TstCliPlatform::evaluateWithImport()
{
    // The file's own import (people.json, relative to the file, not to the working folder).
    const InProcess here = evaluateHere(fixture(QStringLiteral("acme.yaml")), fixture(QStringLiteral("people.json")));
    const Outcome csv = run(acme({QStringLiteral("evaluate"), QStringLiteral("--format"), QStringLiteral("csv")}));
    QCOMPARE(csv.exitCode, 0);
    QCOMPARE(csv.out.toUtf8(), PlatformExport::roleGrants(here.evaluation, here.file, PlatformExport::Format::Csv, &here.directory));
    // The evaluation's problems go to stderr: the assignment to a person nobody knows.
    QVERIFY2(csv.err.contains(u"problem: ") && csv.err.contains(u"ghost"), qPrintable(describe(csv)));
    QCOMPARE(here.evaluation.problems().size(), csv.err.count(u"problem: "));

    const Outcome text = run(acme({QStringLiteral("evaluate")}));
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(u"rule \"staff, view ml\" via ml-team > engineering > staff"), qPrintable(describe(text)));
    QCOMPARE(text.out.count(u'\n'), here.evaluation.roleGrants().size() + 2); // title and header
}

void TstCliPlatform::evaluateWithDirectoryOption()
{
    // --directory replaces the file's import: zoe is now in staff and ml-team, carol in data-eng;
    // alice and taro are gone, so alice's manual assignment is a problem.
    const InProcess here = evaluateHere(fixture(QStringLiteral("acme.yaml")), fixture(QStringLiteral("other-people.csv")));
    const Outcome o = run(acme({QStringLiteral("evaluate"), QStringLiteral("--directory"), fixture(QStringLiteral("other-people.csv")),
                                QStringLiteral("--format"), QStringLiteral("json")}));
    QCOMPARE(o.exitCode, 0);
    QCOMPARE(o.out.toUtf8(), PlatformExport::roleGrants(here.evaluation, here.file, PlatformExport::Format::Json, &here.directory));
    QVERIFY2(o.out.contains(u"\"person\": \"carol\"") && !o.out.contains(u"\"person\": \"taro\""), qPrintable(o.out));
    QVERIFY2(o.err.contains(u"alice"), qPrintable(describe(o)));
}

void TstCliPlatform::roles()
{
    const PlatformDefinition &d = PlatformDefinition::builtin();
    const Outcome csv = run({QStringLiteral("roles"), QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(csv.exitCode, 0);
    const QStringList lines = csv.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), d.permissions.size() + 1);
    QStringList header{QStringLiteral("permission_id"), QStringLiteral("permission")};
    for (const PlatformRole &r : d.roles)
        header << r.id;
    QCOMPARE(lines.front(), header.join(u','));
    // Each row's x marks are exactly the permission's holders.
    for (qsizetype i = 0; i < d.permissions.size(); ++i)
        QCOMPARE(lines.at(i + 1).count(u",x"), d.permissions.at(i).holders.size());

    const Outcome json = run({QStringLiteral("roles"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(root.value(QStringLiteral("roles")).toArray().size(), d.roles.size());
    QCOMPARE(root.value(QStringLiteral("permissions")).toArray().size(), d.permissions.size());

    const Outcome text = run({QStringLiteral("roles")});
    QCOMPARE(text.exitCode, 0);
    for (const PlatformRole &r : d.roles) {
        const QRegularExpression legend(QStringLiteral("^%1 +%2 ").arg(QRegularExpression::escape(r.abbreviation),
                                                                       QRegularExpression::escape(r.name)),
                                        QRegularExpression::MultilineOption);
        QVERIFY2(text.out.contains(legend), qPrintable(r.name));
    }

    const Outcome unknown = run({QStringLiteral("roles"), QStringLiteral("--definition"), QStringLiteral("nope")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains(u"unknown definition \"nope\""), qPrintable(describe(unknown)));
}

void TstCliPlatform::checkPasses()
{
    const Outcome o = run(acme({QStringLiteral("check"), QStringLiteral("--expect"), fixture(QStringLiteral("expect-pass.yaml"))}));
    QCOMPARE(o.exitCode, 0);
    QVERIFY2(o.out.isEmpty(), qPrintable(describe(o)));
    QVERIFY2(o.err.contains(u"expect-pass.yaml hold"), qPrintable(describe(o)));
}

void TstCliPlatform::checkFails()
{
    const QString path = fixture(QStringLiteral("expect-fail.yaml"));
    const Outcome o = run(acme({QStringLiteral("check"), QStringLiteral("--expect"), path}));
    QCOMPARE(o.exitCode, 1);
    // Lines 4, 5, 7, 8 and 9 differ; 3 and 6 hold.
    for (int line : {4, 5, 7, 8, 9})
        QVERIFY2(o.out.contains(QStringLiteral("%1:%2: ").arg(path).arg(line)), qPrintable(describe(o)));
    for (int line : {3, 6})
        QVERIFY2(!o.out.contains(QStringLiteral("%1:%2: ").arg(path).arg(line)), qPrintable(describe(o)));
    QVERIFY2(o.err.contains(u"5 of 7 expectation"), qPrintable(describe(o)));
    // Each with the expected and the actual answer, and why.
    QVERIFY2(o.out.contains(u"  actual:   can, through Organization Owner (manual)\n"), qPrintable(o.out));
    QVERIFY2(o.out.contains(u"  extra:    bob: Project Owner of ml (manual)\n"), qPrintable(o.out));
    QVERIFY2(o.out.contains(u"  extra:    Project Viewer of ml (rule \"staff, view ml\" via ml-team > engineering > staff)\n"),
             qPrintable(o.out));
    QVERIFY2(o.out.contains(u"unknown person \"nobody-here\""), qPrintable(o.out));
}

void TstCliPlatform::unknownNames()
{
    const Outcome permission = run(acme({QStringLiteral("who-can"), QStringLiteral("Manage user")}));
    QCOMPARE(permission.exitCode, 2);
    QVERIFY2(permission.err.contains(u"unknown permission \"Manage user\"; did you mean \"Manage users\""),
             qPrintable(describe(permission)));
    const Outcome person = run(acme({QStringLiteral("what-can"), QStringLiteral("alcie")}));
    QCOMPARE(person.exitCode, 2);
    QVERIFY2(person.err.contains(u"unknown person \"alcie\"; did you mean \"alice\""), qPrintable(describe(person)));
    const Outcome project = run(acme({QStringLiteral("who-can"), QStringLiteral("Manage users"), QStringLiteral("--project"),
                                      QStringLiteral("m1")}));
    QCOMPARE(project.exitCode, 2);
    QVERIFY2(project.err.contains(u"unknown project \"m1\"; did you mean \"ml\""), qPrintable(describe(project)));
    const Outcome format = run(acme({QStringLiteral("evaluate"), QStringLiteral("--format"), QStringLiteral("xml")}));
    QCOMPARE(format.exitCode, 2);
    const Outcome noFile = run({QStringLiteral("evaluate")});
    QCOMPARE(noFile.exitCode, 2);
    QVERIFY2(noFile.err.contains(u"--file"), qPrintable(describe(noFile)));
    const Outcome noArgument = run(acme({QStringLiteral("who-can")}));
    QCOMPARE(noArgument.exitCode, 2);
}

void TstCliPlatform::brokenFiles()
{
    const Outcome broken = run({QStringLiteral("evaluate"), QStringLiteral("--file"), fixture(QStringLiteral("broken.yaml"))});
    QCOMPARE(broken.exitCode, 10);
    QVERIFY2(broken.err.contains(u"broken.yaml:9") && broken.err.contains(u"Chief Wizard"), qPrintable(describe(broken)));
    QVERIFY(broken.out.isEmpty());

    const QString missing = fixture(QStringLiteral("no-such-file.yaml"));
    const Outcome noFile = run({QStringLiteral("who-can"), QStringLiteral("Manage users"), QStringLiteral("--file"), missing});
    QCOMPARE(noFile.exitCode, 10);
    QVERIFY2(noFile.err.contains(u"no-such-file.yaml"), qPrintable(describe(noFile)));

    const Outcome permission = run(acme({QStringLiteral("check"), QStringLiteral("--expect"),
                                         fixture(QStringLiteral("expect-unknown-permission.yaml"))}));
    QCOMPARE(permission.exitCode, 10);
    QVERIFY2(permission.err.contains(u"expect-unknown-permission.yaml:4: unknown permission \"Manage user\"; did you mean "
                                     u"\"Manage users\""),
             qPrintable(describe(permission)));
    const Outcome key = run(acme({QStringLiteral("check"), QStringLiteral("--expect"), fixture(QStringLiteral("expect-bad-key.yaml"))}));
    QCOMPARE(key.exitCode, 10);
    QVERIFY2(key.err.contains(u"expect-bad-key.yaml:3: unknown key \"may\""), qPrintable(describe(key)));
    const Outcome noExpect = run(acme({QStringLiteral("check"), QStringLiteral("--expect"), missing}));
    QCOMPARE(noExpect.exitCode, 10);
    QVERIFY2(noExpect.err.contains(u"no-such-file.yaml: cannot read"), qPrintable(describe(noExpect)));
    // A platform file is not an expectations file.
    const Outcome notExpect = run(acme({QStringLiteral("check"), QStringLiteral("--expect"), fixture(QStringLiteral("acme.yaml"))}));
    QCOMPARE(notExpect.exitCode, 10);

    const Outcome noDirectory = run(acme({QStringLiteral("evaluate"), QStringLiteral("--directory"), missing}));
    QCOMPARE(noDirectory.exitCode, 11);
    QVERIFY2(noDirectory.err.contains(u"no-such-file.yaml"), qPrintable(describe(noDirectory)));
}

void TstCliPlatform::ldapRefusals()
{
    const QStringList ldap{QStringLiteral("evaluate"), QStringLiteral("--file"), fixture(QStringLiteral("ldap.yaml")), QStringLiteral("--ldap")};
    QProcessEnvironment env = test::inEnglish();
    env.remove(kPasswordVariable);
    const Outcome noPassword = run(ldap, env);
    QCOMPARE(noPassword.exitCode, 2);
    QVERIFY2(noPassword.err.contains(u"no password to bind as cn=reader,dc=example,dc=org")
                 && noPassword.err.contains(kPasswordVariable) && noPassword.err.contains(u"--password-file"),
             qPrintable(describe(noPassword)));

    // Without --ldap the file's LDAP directory is not read, and a note says so.
    const Outcome unasked = run(ldap.mid(0, 3), env);
    QCOMPARE(unasked.exitCode, 0);
    QVERIFY2(unasked.err.contains(u"read only with --ldap"), qPrintable(describe(unasked)));
    // alice is known only to the directory: her assignment is a problem, not a grant.
    QVERIFY2(unasked.err.contains(u"problem: ") && unasked.err.contains(u"alice"), qPrintable(describe(unasked)));

    QCOMPARE(run(ldap + QStringList{QStringLiteral("--directory"), fixture(QStringLiteral("people.json"))}, env).exitCode, 2);
    QCOMPARE(run(acme({QStringLiteral("evaluate"), QStringLiteral("--ldap-url"), QStringLiteral("ldap://x")}), env).exitCode, 2);
    const Outcome emptyFile = run(ldap + QStringList{QStringLiteral("--password-file"), QStringLiteral("/dev/null")}, env);
    QCOMPARE(emptyFile.exitCode, 11);
    QVERIFY2(emptyFile.err.contains(u"is empty"), qPrintable(describe(emptyFile)));

    // A closed port: a clear message naming the server, and the directory's exit code, quickly.
    const quint16 port = test::freeLoopbackPort();
    QVERIFY(port != 0);
    const QString url = QStringLiteral("ldap://127.0.0.1:%1").arg(port);
    env.insert(kPasswordVariable, QStringLiteral("secret"));
    QElapsedTimer clock;
    clock.start();
    const Outcome closed = run(ldap + QStringList{QStringLiteral("--ldap-url"), url}, env);
    QCOMPARE(closed.exitCode, 11);
    QVERIFY2(closed.err.contains(QStringLiteral("127.0.0.1:%1").arg(port)), qPrintable(describe(closed)));
    QVERIFY2(closed.out.isEmpty(), qPrintable(describe(closed)));
    QVERIFY2(clock.elapsed() < 30000, qPrintable(QString::number(clock.elapsed())));
}

void TstCliPlatform::ldapFromSlapd()
{
    QString why;
    if (!test::SlapdFixture::usable(&why))
        QSKIP(qPrintable(why));
    const test::GeneratedDirectory generated = test::GeneratedDirectory::edgeCases(50);
    test::SlapdFixture slapd;
    QVERIFY2(slapd.start(generated, &why), qPrintable(why));

    // What the console reads with the same settings (the file's, with the command line's overrides).
    const PlatformFileLoad load = PlatformFileFormat::load(fixture(QStringLiteral("ldap.yaml")));
    QVERIFY2(load.ok(), qPrintable(load.error));
    LdapSettings settings = LdapSettings::fromSource(load.file.directory, fixture(QStringLiteral("ldap.yaml")));
    QCOMPARE(settings.machineFilter, u"(employeeType=machine)"_qs);
    settings.url = slapd.url();
    settings.bindDn = test::SlapdFixture::readerDn(generated.baseDn);
    settings.password = test::SlapdFixture::readerPassword();
    settings.baseDn = generated.baseDn;
    const DirectoryLoad read = LdapReader::read(settings);
    QVERIFY2(read.ok(), qPrintable(read.error));
    const PlatformEvaluation evaluation = PlatformEvaluation::evaluate(PlatformDefinition::builtin(), load.file, &read.directory);

    QTemporaryDir dir;
    const QString passwordFile = dir.filePath(QStringLiteral("password"));
    QFile f(passwordFile);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(test::SlapdFixture::readerPassword().toUtf8() + '\n');
    f.close();
    QProcessEnvironment env = test::inEnglish();
    env.remove(kPasswordVariable);
    const Outcome o = run({QStringLiteral("evaluate"), QStringLiteral("--file"), fixture(QStringLiteral("ldap.yaml")), QStringLiteral("--ldap"),
                           QStringLiteral("--ldap-url"), slapd.url(), QStringLiteral("--base-dn"), generated.baseDn,
                           QStringLiteral("--bind-dn"), settings.bindDn, QStringLiteral("--password-file"), passwordFile,
                           QStringLiteral("--format"), QStringLiteral("csv")},
                          env);
    QCOMPARE(o.exitCode, 0);
    QCOMPARE(o.out.toUtf8(), PlatformExport::roleGrants(evaluation, load.file, PlatformExport::Format::Csv, &read.directory));
    // The generator's nesting (staff > engineering > data-eng) reaches alice through two groups.
    QVERIFY2(o.out.contains(u"alice,Alice Example,human,Project Viewer,ml,rule,staff view ml,data-eng > engineering > staff\r\n"),
             qPrintable(o.out));
    // The file's machine filter makes the bot a machine user, so its Estate Ingester assignment holds.
    QVERIFY2(o.out.contains(u"ingest-bot,Estate Ingest Bot,machine,Estate Ingester,analytics,manual,,\r\n"), qPrintable(o.out));
    QVERIFY2(!o.err.contains(u"ingest-bot"), qPrintable(describe(o)));
    // The directory's loop is a warning, not a failure.
    QVERIFY2(o.err.contains(u"warning: ") && o.err.contains(u"loop-a"), qPrintable(describe(o)));

    // The password from the environment, and a wrong one refused with the directory's exit code.
    env.insert(kPasswordVariable, test::SlapdFixture::readerPassword());
    const QStringList who{QStringLiteral("who-can"), QStringLiteral("Create, edit, and delete Postgres clusters"),
                          QStringLiteral("--file"), fixture(QStringLiteral("ldap.yaml")), QStringLiteral("--ldap"),
                          QStringLiteral("--ldap-url"), slapd.url(), QStringLiteral("--base-dn"), generated.baseDn,
                          QStringLiteral("--bind-dn"), settings.bindDn};
    const Outcome holders = run(who, env);
    QCOMPARE(holders.exitCode, 0);
    QVERIFY2(holders.out.contains(QString::fromUtf8("Ångström, Zoë")), qPrintable(describe(holders)));
    env.insert(kPasswordVariable, QStringLiteral("wrong"));
    const Outcome wrong = run(who, env);
    QCOMPARE(wrong.exitCode, 11);
    QVERIFY2(wrong.err.contains(settings.bindDn), qPrintable(describe(wrong)));
}

void TstCliPlatform::ldapInterrupted()
{
    QString why;
    if (!test::SlapdFixture::usable(&why))
        QSKIP(qPrintable(why));
    // Large enough that the read is still going when the first progress line has come.
    const test::GeneratedDirectory generated = test::GeneratedDirectory::edgeCases(kInterruptedPeople);
    test::SlapdFixture slapd;
    QVERIFY2(slapd.start(generated, &why), qPrintable(why));
    QTemporaryDir dir;
    const QString output = dir.filePath(QStringLiteral("grants.csv"));
    QProcessEnvironment env = test::inEnglish();
    env.insert(kPasswordVariable, test::SlapdFixture::readerPassword());
    QProcess p;
    p.setProcessEnvironment(env);
    QElapsedTimer clock;
    clock.start();
    p.start(QStringLiteral(ROLEDESK_CLI_BINARY),
            {QStringLiteral("platform"), QStringLiteral("evaluate"), QStringLiteral("--file"), fixture(QStringLiteral("ldap.yaml")),
             QStringLiteral("--ldap"), QStringLiteral("--ldap-url"), slapd.url(), QStringLiteral("--base-dn"), generated.baseDn,
             QStringLiteral("--bind-dn"), test::SlapdFixture::readerDn(generated.baseDn), QStringLiteral("--progress"),
             QStringLiteral("-o"), output});
    QByteArray err;
    while (!err.contains("entries read") && p.state() != QProcess::NotRunning && clock.elapsed() < 60000) {
        p.waitForReadyRead(100);
        err += p.readAllStandardError();
    }
    QVERIFY2(err.contains("entries read"), err.constData());
    ::kill(pid_t(p.processId()), SIGINT);
    QVERIFY(p.waitForFinished(60000));
    err += p.readAllStandardError();
    // Ended by the signal, as a shell expects of an interrupted command, and nothing written.
    QCOMPARE(p.exitStatus(), QProcess::CrashExit);
    QVERIFY2(err.contains("interrupted while reading the directory; nothing was written"), err.constData());
    QVERIFY(!QFile::exists(output));
    QVERIFY(p.readAllStandardOutput().isEmpty());
}

QTEST_GUILESS_MAIN(TstCliPlatform)
#include "tst_cliplatform.moc"
