#include "catalog/snapshot.h"
#include "lint/personlogins.h"
#include "platform/platformfile.h"

#include <QTest>

using namespace roledesk;

namespace {

const QByteArray head = "platform: edb-hybrid-manager\norganization: Acme\nprojects: [ml]\n"
                        "people:\n  - {id: alice}\n  - {id: bob}\n  - {id: carol}\n";   // lines 1-7

PlatformFileLoad yaml(const QByteArray &text)
{
    return PlatformFileFormat::parse(text, u"acme.yaml"_qs, &PlatformDefinition::builtin());
}

/// A snapshot of roles only: what PersonLogins looks at.
Snapshot rolesOnly(const QList<std::pair<QString, bool>> &roles)
{
    Snapshot s;
    Oid oid = 100;
    for (const auto &[name, login] : roles) {
        Role r;
        r.oid = oid++;
        r.name = name;
        r.canLogin = login;
        s.roles << r;
    }
    s.index();
    return s;
}

QStringList loginNames(const QList<PersonLogin> &logins)
{
    QStringList out;
    for (const PersonLogin &l : logins)
        out << l.login;
    return out;
}

} // namespace

/// The platform file's "logins" section (read, written, refused with file:line) and PersonLogins:
/// same name, patterns, lists, and each problem (no login, two people, a missing role).
class TstPlatformLogins : public QObject {
    Q_OBJECT
private slots:
    void readAndRoundTrip();
    void noLoginsKeepsText();
    void errors_data();
    void errors();
    void pattern_data();
    void pattern();
    void resolve();
    void problems();
};

void TstPlatformLogins::readAndRoundTrip()
{
    const QByteArray text = head + "logins:\n  same_name: true\n  patterns: [\"{id}_%\", \"ro.{id}\"]\n  lists:\n"
                                   "    - {person: alice, roles: [alice_admin, \"Alice.Reporting\"]}\n";
    const PlatformFileLoad l = yaml(text);
    QVERIFY2(l.ok(), qPrintable(l.error));
    QVERIFY(l.file.logins.sameName);
    QCOMPARE(l.file.logins.patterns, (QStringList{u"{id}_%"_qs, u"ro.{id}"_qs}));
    QCOMPARE(l.file.logins.lists.size(), 1);
    QCOMPARE(l.file.logins.lists.first().person, u"alice"_qs);
    QCOMPARE(l.file.logins.lists.first().roles, (QStringList{u"alice_admin"_qs, u"Alice.Reporting"_qs}));
    QCOMPARE(l.file.logins.lists.first().line, 12);
    const QByteArray written = PlatformFileFormat::serialize(l.file, PlatformDefinition::builtin());
    const PlatformFileLoad again = yaml(written);
    QVERIFY2(again.ok(), qPrintable(again.error + u'\n' + QString::fromUtf8(written)));
    QCOMPARE(again.file.logins, l.file.logins);
    QCOMPARE(PlatformFileFormat::serialize(again.file, PlatformDefinition::builtin()), written);
    QVERIFY(written.contains("logins:\n  same_name: true\n"));
}

void TstPlatformLogins::noLoginsKeepsText()
{
    const PlatformFileLoad l = yaml(head);
    QVERIFY2(l.ok(), qPrintable(l.error));
    QVERIFY(l.file.logins.isEmpty());
    QVERIFY(!PlatformFileFormat::serialize(l.file, PlatformDefinition::builtin()).contains("logins"));
}

void TstPlatformLogins::errors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("error");
    QTest::newRow("not a mapping") << head + "logins: [x]\n" << u"acme.yaml:8: logins: a mapping"_qs;
    QTest::newRow("unknown key") << head + "logins:\n  same_names: true\n" << u"acme.yaml:9: logins: unknown key \"same_names\""_qs;
    QTest::newRow("same_name not bool") << head + "logins:\n  same_name: sometimes\n"
                                        << u"acme.yaml:9: logins: \"same_name\" must be true or false"_qs;
    QTest::newRow("pattern without id") << head + "logins:\n  patterns:\n    - \"{id}_%\"\n    - \"admin_%\"\n"
                                        << u"acme.yaml:11: logins: pattern \"admin_%\" does not contain {id}"_qs;
    QTest::newRow("unknown person") << head + "logins:\n  lists:\n    - {person: dave, roles: [d]}\n"
                                    << u"acme.yaml:10: logins of \"dave\": unknown person \"dave\""_qs;
    QTest::newRow("person twice") << head + "logins:\n  lists:\n    - {person: bob, roles: [b1]}\n    - {person: bob, roles: [b2]}\n"
                                  << u"acme.yaml:11: logins of \"bob\": this person's logins are listed twice"_qs;
    QTest::newRow("role twice") << head + "logins:\n  lists:\n    - {person: bob, roles: [b1, b1]}\n"
                                << u"acme.yaml:10: logins of \"bob\": role \"b1\" listed twice"_qs;
    QTest::newRow("no roles") << head + "logins:\n  lists:\n    - {person: bob, roles: []}\n"
                              << u"acme.yaml:10: logins of \"bob\": \"roles\" lists no role"_qs;
    QTest::newRow("list key") << head + "logins:\n  lists:\n    - {person: bob, roles: [b], role: x}\n"
                              << u"acme.yaml:10: logins of \"bob\": unknown key \"role\""_qs;
}

void TstPlatformLogins::errors()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, error);
    const PlatformFileLoad l = yaml(text);
    QVERIFY(!l.ok());
    QVERIFY2(l.error.startsWith(error), qPrintable(u"got: "_qs + l.error));
}

void TstPlatformLogins::pattern_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("matches");
    QTest::newRow("suffix") << u"{id}_%"_qs << u"alice_admin"_qs << true;
    QTest::newRow("underscore literal") << u"{id}_%"_qs << u"aliceXadmin"_qs << false;
    QTest::newRow("percent needs a character") << u"{id}_%"_qs << u"alice_"_qs << false;
    QTest::newRow("other person") << u"{id}_%"_qs << u"alicia_admin"_qs << false;
    QTest::newRow("prefix") << u"ro.{id}"_qs << u"ro.alice"_qs << true;
    QTest::newRow("dot literal") << u"ro.{id}"_qs << u"roXalice"_qs << false;
    QTest::newRow("regex characters literal") << u"{id}+(x)"_qs << u"alice+(x)"_qs << true;
    QTest::newRow("anchored") << u"{id}_%"_qs << u"x_alice_admin"_qs << false;
}

void TstPlatformLogins::pattern()
{
    QFETCH(QString, pattern);
    QFETCH(QString, name);
    QFETCH(bool, matches);
    QCOMPARE(PersonLogins::matchesPattern(pattern, u"alice"_qs, name), matches);
}

void TstPlatformLogins::resolve()
{
    const Snapshot s = rolesOnly({{u"alice"_qs, true}, {u"alice_admin"_qs, true}, {u"alice_group"_qs, false},
                                  {u"bob"_qs, false}, {u"Bob.Reporting"_qs, false}, {u"carol_ro"_qs, true}});
    PlatformLogins logins;
    logins.sameName = true;
    logins.patterns = {u"{id}_%"_qs};
    logins.lists = {{u"bob"_qs, {u"Bob.Reporting"_qs}, 3}};
    const PersonLogins r = PersonLogins::resolve(logins, {u"alice"_qs, u"bob"_qs, u"carol"_qs, u"dave"_qs}, s);
    // A role that may not log in is nobody's by name or pattern, but a list may name it.
    QCOMPARE(loginNames(r.loginsOf(u"alice"_qs)), (QStringList{u"alice"_qs, u"alice_admin"_qs}));
    QCOMPARE(loginNames(r.loginsOf(u"bob"_qs)), (QStringList{u"Bob.Reporting"_qs}));
    QCOMPARE(loginNames(r.loginsOf(u"carol"_qs)), (QStringList{u"carol_ro"_qs}));
    QCOMPARE(r.loginsOf(u"alice"_qs).at(1).how, u"pattern {id}_%"_qs);
    QCOMPARE(r.loginsOf(u"bob"_qs).first().how, u"listed (line 3)"_qs);
    QCOMPARE(r.withoutLogin(), QStringList{u"dave"_qs});
    QVERIFY2(r.problems().isEmpty(), qPrintable(r.problems().join(u'\n')));
    QCOMPARE(r.peopleOf(u"alice_admin"_qs), QStringList{u"alice"_qs});
}

void TstPlatformLogins::problems()
{
    const Snapshot s = rolesOnly({{u"ops_alice"_qs, true}, {u"shared"_qs, true}});
    PlatformLogins logins;
    logins.lists = {{u"alice"_qs, {u"shared"_qs, u"gone"_qs}, 4}, {u"bob"_qs, {u"shared"_qs}, 5}, {u"zed"_qs, {u"shared"_qs}, 6}};
    const PersonLogins r = PersonLogins::resolve(logins, {u"alice"_qs, u"bob"_qs}, s);
    // Both keep the shared login, so that neither escapes a rule.
    QCOMPARE(loginNames(r.loginsOf(u"alice"_qs)), QStringList{u"shared"_qs});
    QCOMPARE(loginNames(r.loginsOf(u"bob"_qs)), QStringList{u"shared"_qs});
    QCOMPARE(r.problems(), (QStringList{
        u"the logins of alice name the role \"gone\", which does not exist (line 4)"_qs,
        u"the logins listed for zed (line 6) belong to nobody the platform knows"_qs,
        u"the login shared is matched by 2 people: alice, bob"_qs}));
}

QTEST_APPLESS_MAIN(TstPlatformLogins)
#include "tst_platformlogins.moc"
