#include "platform/directory.h"

#include <QTemporaryDir>
#include <QTest>

using namespace roledesk;

namespace {

QString demo(const QString &name)
{
    return qEnvironmentVariable("ROLEDESK_SOURCE_DIR") + QStringLiteral("/resources/demo/platform/") + name;
}

const DirectoryPerson *person(const Directory &d, const QString &id)
{
    for (const DirectoryPerson &p : d.people)
        if (p.id == id)
            return &p;
    return nullptr;
}

const DirectoryGroup *group(const Directory &d, const QString &name)
{
    for (const DirectoryGroup &g : d.groups)
        if (g.name == name)
            return &g;
    return nullptr;
}

/// "group:via1>via2" for each effective group of \a id, in the order given.
QStringList paths(const Directory &d, const QString &id)
{
    QStringList out;
    for (const GroupPath &p : d.effectiveGroups().value(id))
        out << p.group + u':' + p.via.join(u'>');
    return out;
}

/// A directory from "person:group,group" and "group<member-group,member-group" lines.
Directory make(const QStringList &spec)
{
    Directory d;
    d.provider = u"corp"_qs;
    for (const QString &line : spec) {
        if (line.contains(u'<')) {
            d.groups << DirectoryGroup{line.section(u'<', 0, 0), {}, {}, line.section(u'<', 1).split(u',', Qt::SkipEmptyParts)};
        } else {
            d.people << DirectoryPerson{line.section(u':', 0, 0), {}, {}, false, line.section(u':', 1).split(u',', Qt::SkipEmptyParts)};
        }
    }
    return d;
}

} // namespace

/// Directory imports (CSV per RFC 4180, JSON) with their errors, and the group walk: nested
/// groups, shortest paths, loops.
class TstDirectoryImport : public QObject {
    Q_OBJECT
private slots:
    void demoCsvEqualsJson();
    void demoNesting();
    void shortestPath();
    void loops();
    void linkMemberships();
    void csvQuoting();
    void csvErrors_data();
    void csvErrors();
    void jsonErrors_data();
    void jsonErrors();
    void loadByExtension();
};

void TstDirectoryImport::demoCsvEqualsJson()
{
    const DirectoryLoad csv = DirectoryImport::load(demo(u"people.csv"_qs), u"corp-ldap"_qs);
    const DirectoryLoad json = DirectoryImport::load(demo(u"people.json"_qs), u"corp-ldap"_qs);
    QVERIFY2(csv.ok(), qPrintable(csv.error));
    QVERIFY2(json.ok(), qPrintable(json.error));
    QCOMPARE(csv.directory.provider, u"corp-ldap"_qs);
    QCOMPARE(csv.directory.people.size(), json.directory.people.size());
    for (qsizetype i = 0; i < csv.directory.people.size(); ++i) {
        const DirectoryPerson &a = csv.directory.people.at(i), &b = json.directory.people.at(i);
        QCOMPARE(a.id, b.id);
        QCOMPARE(a.name, b.name);
        QCOMPARE(a.machine, b.machine);
        QCOMPARE(a.groups, b.groups);
    }
    QCOMPARE(person(csv.directory, u"zoe"_qs)->name, u"Zoë Ångström"_qs);
    QCOMPARE(person(csv.directory, u"taro"_qs)->name, u"山田 太郎"_qs);
    QCOMPARE(person(csv.directory, u"judy"_qs)->name, u"Judy Jones, contractor"_qs);
    QCOMPARE(person(csv.directory, u"dave"_qs)->dn, u"line 5"_qs);
    for (const DirectoryGroup &g : json.directory.groups) {
        const DirectoryGroup *c = group(csv.directory, g.name);
        QVERIFY2(c, qPrintable(g.name));
        QCOMPARE(QSet<QString>(c->groups.cbegin(), c->groups.cend()), QSet<QString>(g.groups.cbegin(), g.groups.cend()));
        QCOMPARE(QSet<QString>(c->people.cbegin(), c->people.cend()), QSet<QString>(g.people.cbegin(), g.people.cend()));
    }
    QCOMPARE(csv.directory.groups.size(), json.directory.groups.size());
    QCOMPARE(csv.directory.effectiveGroups(), json.directory.effectiveGroups());
}

void TstDirectoryImport::demoNesting()
{
    const DirectoryLoad json = DirectoryImport::load(demo(u"people.json"_qs), u"corp-ldap"_qs);
    QVERIFY2(json.ok(), qPrintable(json.error));
    QCOMPARE(paths(json.directory, u"grace"_qs),
             (QStringList{u"ml-leads:ml-leads"_qs, u"ml-eng:ml-leads>ml-eng"_qs, u"engineering:ml-leads>ml-eng>engineering"_qs,
                          u"staff:ml-leads>ml-eng>engineering>staff"_qs}));
    QCOMPARE(paths(json.directory, u"dave"_qs),
             (QStringList{u"data-eng:data-eng"_qs, u"analysts:analysts"_qs, u"engineering:data-eng>engineering"_qs,
                          u"staff:analysts>staff"_qs}));
    QCOMPARE(paths(json.directory, u"alice"_qs), QStringList{u"platform-admins:platform-admins"_qs});
    QVERIFY(json.directory.warnings.isEmpty());
}

void TstDirectoryImport::shortestPath()
{
    // a reaches d in two steps through b, in three through c and e; x is direct in d.
    const Directory d = make({u"p:a"_qs, u"q:a,d"_qs, u"b<a"_qs, u"c<a"_qs, u"e<c"_qs, u"d<e,b"_qs});
    QCOMPARE(paths(d, u"p"_qs), (QStringList{u"a:a"_qs, u"b:a>b"_qs, u"c:a>c"_qs, u"d:a>b>d"_qs, u"e:a>c>e"_qs}));
    QCOMPARE(paths(d, u"q"_qs), (QStringList{u"a:a"_qs, u"d:d"_qs, u"b:a>b"_qs, u"c:a>c"_qs, u"e:a>c>e"_qs}));
}

void TstDirectoryImport::loops()
{
    // a in b in c in a, and s its own member: the walk ends, one warning per loop, however often.
    const Directory d = make({u"p:a"_qs, u"r:s"_qs, u"b<a"_qs, u"c<b"_qs, u"a<c"_qs, u"top<c"_qs, u"s<s"_qs});
    QCOMPARE(paths(d, u"p"_qs), (QStringList{u"a:a"_qs, u"b:a>b"_qs, u"c:a>b>c"_qs, u"top:a>b>c>top"_qs}));
    QCOMPARE(paths(d, u"r"_qs), QStringList{u"s:s"_qs});
    d.effectiveGroups();
    QCOMPARE(d.warnings.size(), 2);
    QVERIFY2(d.warnings.at(0).contains(u"a, b, c"), qPrintable(d.warnings.at(0)));
    QVERIFY2(d.warnings.at(1).contains(u": s are"), qPrintable(d.warnings.at(1)));
}

void TstDirectoryImport::linkMemberships()
{
    Directory d;
    d.people << DirectoryPerson{u"p"_qs, {}, {}, false, {u"a"_qs}} << DirectoryPerson{u"q"_qs, {}, {}, false, {}};
    d.groups << DirectoryGroup{u"b"_qs, {}, {u"q"_qs, u"p"_qs}, {u"c"_qs}};
    d.linkMemberships();
    QCOMPARE(person(d, u"p"_qs)->groups, (QStringList{u"a"_qs, u"b"_qs}));
    QCOMPARE(person(d, u"q"_qs)->groups, QStringList{u"b"_qs});
    QVERIFY(group(d, u"a"_qs));
    QCOMPARE(group(d, u"a"_qs)->people, QStringList{u"p"_qs});
    QCOMPARE(group(d, u"b"_qs)->people, (QStringList{u"q"_qs, u"p"_qs}));
    QVERIFY(group(d, u"c"_qs));   // named as a member group only
    d.linkMemberships();          // twice changes nothing
    QCOMPARE(group(d, u"b"_qs)->people.size(), 2);
    QCOMPARE(person(d, u"p"_qs)->groups.size(), 2);
}

void TstDirectoryImport::csvQuoting()
{
    const QByteArray csv = "\xef\xbb\xbfId,Groups,name,kind\r\n"
                           "a,\"x;y\",\"Doe, \"\"Jane\"\"\",human\r\n"
                           "\r\n"
                           "b,,\"two\nlines\",machine\n"
                           "c,y, spaced ,\n"
                           "x,top,,group";
    const DirectoryLoad l = DirectoryImport::parseCsv(csv, u"p.csv"_qs, u"corp"_qs);
    QVERIFY2(l.ok(), qPrintable(l.error));
    QCOMPARE(l.directory.people.size(), 3);
    QCOMPARE(person(l.directory, u"a"_qs)->name, u"Doe, \"Jane\""_qs);
    QCOMPARE(person(l.directory, u"a"_qs)->groups, (QStringList{u"x"_qs, u"y"_qs}));
    QCOMPARE(person(l.directory, u"b"_qs)->name, u"two\nlines"_qs);
    QVERIFY(person(l.directory, u"b"_qs)->machine);
    QCOMPARE(person(l.directory, u"c"_qs)->name, u"spaced"_qs);
    QCOMPARE(person(l.directory, u"c"_qs)->dn, u"line 6"_qs);   // the blank line and the quoted line break count
    QCOMPARE(group(l.directory, u"top"_qs)->groups, QStringList{u"x"_qs});
    QCOMPARE(paths(l.directory, u"a"_qs), (QStringList{u"x:x"_qs, u"y:y"_qs, u"top:x>top"_qs}));
}

void TstDirectoryImport::csvErrors_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("error");
    QTest::newRow("row without id") << QByteArray("id,name\na,A\n,B\n") << u"p.csv:3: a row without an id"_qs;
    QTest::newRow("duplicate id") << QByteArray("id,name\na,A\nb,B\na,C\n") << u"p.csv:4: \"a\" already on line 2"_qs;
    QTest::newRow("bad kind") << QByteArray("id,kind\na,robot\n") << u"p.csv:2: \"a\": kind \"robot\" (expected human, machine or group)"_qs;
    QTest::newRow("unclosed quote") << QByteArray("id,name\na,\"A\nb,B\n") << u"p.csv:2: a quoted field is not closed"_qs;
    QTest::newRow("quote inside") << QByteArray("id,name\na,A \"the\" B\n") << u"p.csv:2: a quote inside an unquoted field"_qs;
    QTest::newRow("text after quote") << QByteArray("id,name\na,\"A\"B\n") << u"p.csv:2: text after a closing quote"_qs;
    QTest::newRow("field count") << QByteArray("id,name\na,A,extra\n") << u"p.csv:2: 3 fields where the header has 2"_qs;
    QTest::newRow("unknown column") << QByteArray("id,mail\n") << u"p.csv:1: unknown column \"mail\""_qs;
    QTest::newRow("no id column") << QByteArray("name,kind\n") << u"p.csv:1: no id column"_qs;
    QTest::newRow("empty") << QByteArray("\n\n") << u"p.csv:1: no header row"_qs;
    QTest::newRow("not UTF-8") << QByteArray("id\n\xff\xfe\n") << u"p.csv: not UTF-8 text"_qs;
}

void TstDirectoryImport::csvErrors()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, error);
    const DirectoryLoad l = DirectoryImport::parseCsv(csv, u"p.csv"_qs, u"corp"_qs);
    QVERIFY(!l.ok());
    QVERIFY2(l.error.startsWith(error), qPrintable(l.error));
}

void TstDirectoryImport::jsonErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("not JSON") << QByteArray("{\n\"people\": [\n}") << u"p.json:3: "_qs;
    QTest::newRow("array") << QByteArray("[]") << u"p.json: a JSON object with people and groups expected"_qs;
    QTest::newRow("unknown key") << QByteArray(R"({"persons": []})") << u"p.json: persons: unknown key"_qs;
    QTest::newRow("no id") << QByteArray(R"({"people": [{"id": "a"}, {"name": "B"}]})") << u"p.json: people[1]: a person without an id"_qs;
    QTest::newRow("twice") << QByteArray(R"({"people": [{"id": "a"}, {"id": "a"}]})") << u"p.json: people[1]: \"a\" is listed twice"_qs;
    QTest::newRow("bad kind") << QByteArray(R"({"people": [{"id": "a", "kind": "group"}]})") << u"p.json: people[0]: \"a\": kind \"group\""_qs;
    QTest::newRow("groups not a list") << QByteArray(R"({"people": [{"id": "a", "groups": "x"}]})") << u"p.json: people[0]: \"groups\" must be a list"_qs;
    QTest::newRow("person key") << QByteArray(R"({"people": [{"id": "a", "mail": "x"}]})") << u"p.json: people[0]: unknown key \"mail\""_qs;
    QTest::newRow("group without name") << QByteArray(R"({"groups": [{"groups": ["x"]}]})") << u"p.json: groups[0]: a group without a name"_qs;
    QTest::newRow("group twice") << QByteArray(R"({"groups": [{"name": "x"}, {"name": "x"}]})") << u"p.json: groups[1]: group \"x\" is listed twice"_qs;
    QTest::newRow("people not a list") << QByteArray(R"({"people": {}})") << u"p.json: people: a list expected"_qs;
}

void TstDirectoryImport::jsonErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    const DirectoryLoad l = DirectoryImport::parseJson(json, u"p.json"_qs, u"corp"_qs);
    QVERIFY(!l.ok());
    QVERIFY2(l.error.startsWith(error), qPrintable(l.error));
}

void TstDirectoryImport::loadByExtension()
{
    QTemporaryDir dir;
    QVERIFY(DirectoryImport::load(dir.filePath(u"x.txt"_qs), u"p"_qs).error.contains(u"unknown file type"));
    QVERIFY(DirectoryImport::load(dir.filePath(u"none.csv"_qs), u"p"_qs).error.contains(u"cannot read"));
    QFile f(dir.filePath(u"UP.JSON"_qs));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"people": [{"id": "m", "kind": "machine", "groups": ["g"]}], "groups": [{"name": "h", "groups": ["g"], "people": ["m"]}]})");
    f.close();
    const DirectoryLoad l = DirectoryImport::load(f.fileName(), u"p"_qs);
    QVERIFY2(l.ok(), qPrintable(l.error));
    QVERIFY(l.directory.people.first().machine);
    QCOMPARE(l.directory.people.first().groups, (QStringList{u"g"_qs, u"h"_qs}));
    QCOMPARE(paths(l.directory, u"m"_qs), (QStringList{u"g:g"_qs, u"h:h"_qs}));
}

QTEST_GUILESS_MAIN(TstDirectoryImport)
#include "tst_directoryimport.moc"
