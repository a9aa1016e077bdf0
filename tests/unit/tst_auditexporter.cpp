#include "export/auditexporter.h"
#include "privileges/effectiverights.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include "csv.h"

#include <QTest>
#include <QXmlStreamReader>

using namespace roledesk;

namespace {

constexpr Privileges relationAll = Privilege::Select | Privilege::Insert | Privilege::Update
                                   | Privilege::Delete | Privilege::Truncate | Privilege::References
                                   | Privilege::Trigger;

enum : Oid { Alice = 10, Bob = 11, Readers = 12, Zoe = 13, ReadAll = 14, Angle = 15, Root = 16 };

const QString bobName = QStringLiteral("bob, the \"builder\"");
const QString readersName = QStringLiteral("readers\nteam");
const QString zoeName = QString::fromUtf8("Zo\u00eb_\u65e5\u672c");
const QString angleName = QStringLiteral("a<b>&c");
const QString tableName = QStringLiteral("Orders \"2024\"\nQ1");

Role role(Oid oid, const QString &name, bool login = true)
{
    Role r;
    r.oid = oid;
    r.name = name;
    r.canLogin = login;
    return r;
}

CatalogObject object(ObjectKind kind, Oid oid, const QString &schema, const QString &name,
                     QList<AclEntry> acl)
{
    CatalogObject o;
    o.kind = kind;
    o.oid = oid;
    o.schema = schema;
    o.name = name;
    o.owner = Alice;
    o.acl = std::move(acl);
    return o;
}

/// A small catalog with awkward names: commas, quotes, line breaks, markup, non-ASCII.
SnapshotPtr makeSnapshot()
{
    auto s = std::make_shared<Snapshot>();
    s->database = QStringLiteral("audit \"db\"");
    s->currentUser = QStringLiteral("alice");
    s->serverVersion = QStringLiteral("15.6");
    s->serverVersionNum = 150006;
    s->takenAt = QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);
    s->roles = {role(Alice, QStringLiteral("alice")), role(Bob, bobName), role(Readers, readersName, false),
                role(Zoe, zoeName), role(ReadAll, QStringLiteral("pg_read_all_data"), false),
                role(Angle, angleName), role(Root, QStringLiteral("root"))};
    s->roles[4].predefined = true;
    s->roles[6].superuser = true;
    s->index();
    s->memberships = {{Readers, Bob, Alice, false, true, false}, {ReadAll, Zoe, Root, false, true, false}};
    const QString sales = QStringLiteral("sales, eu");
    s->objects = {
        object(ObjectKind::Database, 1, {}, QStringLiteral("db1"),
               {{PublicOid, Alice, Privilege::Connect | Privilege::Temporary, {}},
                {Alice, Alice, Privilege::Create | Privilege::Connect | Privilege::Temporary,
                 Privilege::Create | Privilege::Connect | Privilege::Temporary}}),
        object(ObjectKind::Schema, 2, {}, sales,
               {{Alice, Alice, Privilege::Usage | Privilege::Create, Privilege::Usage | Privilege::Create},
                {Readers, Alice, Privilege::Usage, {}}}),
        object(ObjectKind::Table, 3, sales, tableName,
               {{Alice, Alice, relationAll, relationAll},
                {Bob, Alice, Privilege::Select, Privilege::Select},
                {Readers, Alice, Privilege::Insert, {}}}),
        object(ObjectKind::Function, 4, sales, QStringLiteral("f(integer,text)"),
               {{Alice, Alice, Privilege::Execute, Privilege::Execute}, {Readers, Alice, Privilege::Execute, {}}}),
        object(ObjectKind::Column, 3, sales, tableName + QStringLiteral(".id"), {{Zoe, Alice, Privilege::Update, {}}}),
        // Held by everyone through PUBLIC, and still never exported (see the audit's object_type).
        object(ObjectKind::Language, 5, {}, QStringLiteral("plpgsql"),
               {{PublicOid, Alice, Privilege::Usage, {}}, {Bob, Alice, Privilege::Usage, Privilege::Usage}}),
    };
    s->objects[4].parent = 2;
    s->objects[4].attnum = 1;
    s->objects[4].column = QStringLiteral("id");
    return s;
}

QByteArray exportAs(const EffectiveRights &rights, AuditOptions options)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    AuditExporter exporter(rights, options);
    if (!exporter.write(&buffer))
        qWarning() << "export failed:" << exporter.errorString();
    return buffer.data();
}

using test::parseCsv;

/// The rows one role has in the full matrix: the applicable privileges of every object but the
/// languages, which the audit leaves out.
int rowsPerRole(const Snapshot &s)
{
    int n = 0;
    for (const CatalogObject &o : s.objects)
        if (o.kind != ObjectKind::Language)
            n += int(applicablePrivileges(o.kind).size());
    return n;
}

/// A device that accepts \a limit bytes and then fails, recording the size of each write.
class LimitedDevice : public QIODevice {
public:
    explicit LimitedDevice(qint64 limit) : m_limit(limit) { open(QIODevice::WriteOnly); }
    qint64 total = 0;
    qint64 largestWrite = 0;
    int writes = 0;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 len) override
    {
        if (total + len > m_limit) {
            setErrorString(QStringLiteral("disk full"));
            return -1;
        }
        total += len;
        largestWrite = std::max(largestWrite, len);
        ++writes;
        return len;
    }

private:
    qint64 m_limit;
};

} // namespace

/// The audit export: exact CSV, parseable JSON, escaped self-contained HTML, streaming.
class TstAuditExporter : public QObject {
    Q_OBJECT
private slots:
    void csvField_data();
    void csvField();
    void jsonString_data();
    void jsonString();
    void formatFromName();
    void csvLines_data();
    void csvLines();
    void csvMatchesRights();
    void options_data();
    void options();
    void json();
    void html();
    void writeFailure();
    void languagesLeftOut();
    void streams();
    void restricted_data();
    void restricted();
    void restrictedToNothing();
    void progress();
    void cancel();
    void grantedOnlyIsFullFiltered();
};

void TstAuditExporter::csvField_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("sales") << QStringLiteral("sales");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("lf") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    QTest::newRow("cr") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
    QTest::newRow("space and semicolon") << QStringLiteral("a b; c") << QStringLiteral("a b; c");
    QTest::newRow("non-ascii") << zoeName << zoeName;
}

void TstAuditExporter::csvField()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(AuditExporter::csvField(value), expected);
}

void TstAuditExporter::jsonString_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("plain") << QStringLiteral("sales");
    QTest::newRow("quotes and backslash") << QStringLiteral("a\"b\\c");
    QTest::newRow("controls") << QStringLiteral("tab\there\nnew\rret\x01\x1f\b\f");
    QTest::newRow("non-ascii") << zoeName;
    QTest::newRow("markup") << angleName;
}

void TstAuditExporter::jsonString()
{
    QFETCH(QString, value);
    const QString literal = AuditExporter::jsonString(value);
    // A JSON parser reads back exactly the value, and no raw control character is left.
    const QJsonDocument doc = QJsonDocument::fromJson((u'[' + literal + u']').toUtf8());
    QVERIFY(doc.isArray());
    QCOMPARE(doc.array().at(0).toString(), value);
    for (QChar c : literal)
        QVERIFY2(c.unicode() >= 0x20, qPrintable(literal));
}

void TstAuditExporter::formatFromName()
{
    QCOMPARE(AuditExporter::formatFromName(u"csv"), AuditFormat::Csv);
    QCOMPARE(AuditExporter::formatFromName(u"JSON"), AuditFormat::Json);
    QCOMPARE(AuditExporter::formatFromName(u"Html"), AuditFormat::Html);
    QVERIFY(!AuditExporter::formatFromName(u"xml"));
    QVERIFY(!AuditExporter::formatFromName(u""));
}

void TstAuditExporter::csvLines_data()
{
    QTest::addColumn<QString>("line");
    const QString bob = QStringLiteral("\"bob, the \"\"builder\"\"\"");
    const QString table = QStringLiteral("table,\"sales, eu\",\"Orders \"\"2024\"\"\nQ1\"");
    const QString column = QStringLiteral("column,\"sales, eu\",\"Orders \"\"2024\"\"\nQ1.id\"");
    const QString viaReaders = QStringLiteral("\"member of readers\nteam\"");
    QTest::newRow("header") << QString::fromLatin1(AuditExporter::csvHeader);
    QTest::newRow("database not granted")
        << bob + QStringLiteral(",database,,db1,CREATE,false,false,");
    QTest::newRow("database PUBLIC") << bob + QStringLiteral(",database,,db1,CONNECT,true,false,PUBLIC");
    QTest::newRow("schema inherited")
        << bob + QStringLiteral(",schema,,\"sales, eu\",USAGE,true,false,") + viaReaders;
    QTest::newRow("table direct with grant option") << bob + u',' + table + QStringLiteral(",SELECT,true,true,direct");
    QTest::newRow("table inherited") << bob + u',' + table + QStringLiteral(",INSERT,true,false,") + viaReaders;
    QTest::newRow("table not granted") << bob + u',' + table + QStringLiteral(",TRIGGER,false,false,");
    QTest::newRow("function") << bob + QStringLiteral(",function,\"sales, eu\",\"f(integer,text)\",EXECUTE,true,false,")
                                        + viaReaders;
    QTest::newRow("column through table") << bob + u',' + column + QStringLiteral(",SELECT,true,true,direct");
    QTest::newRow("owner") << QStringLiteral("alice,") + table + QStringLiteral(",TRUNCATE,true,true,owner");
    QTest::newRow("predefined") << zoeName + u',' + table + QStringLiteral(",SELECT,true,false,member of pg_read_all_data");
    QTest::newRow("column direct") << zoeName + u',' + column + QStringLiteral(",UPDATE,true,false,direct");
    QTest::newRow("role with newline")
        << QStringLiteral("\"readers\nteam\",") + table + QStringLiteral(",INSERT,true,false,direct");
    QTest::newRow("superuser") << QStringLiteral("root,") + table + QStringLiteral(",DELETE,true,true,superuser");
    QTest::newRow("markup untouched in csv") << angleName + QStringLiteral(",database,,db1,TEMPORARY,true,false,PUBLIC");
}

void TstAuditExporter::csvLines()
{
    QFETCH(QString, line);
    const EffectiveRights rights(makeSnapshot());
    const QString csv = QString::fromUtf8(exportAs(rights, {}));
    QVERIFY(csv.startsWith(QString::fromLatin1(AuditExporter::csvHeader) + QStringLiteral("\r\n")));
    QVERIFY(csv.endsWith(QStringLiteral("\r\n")));
    QVERIFY2((QStringLiteral("\r\n") + csv).contains(QStringLiteral("\r\n") + line + QStringLiteral("\r\n")),
             qPrintable(line));
}

void TstAuditExporter::csvMatchesRights()
{
    const SnapshotPtr snap = makeSnapshot();
    const EffectiveRights rights(snap);
    const QList<QStringList> records = parseCsv(QString::fromUtf8(exportAs(rights, {})));
    QCOMPARE(records.size(), 1 + snap->roles.size() * rowsPerRole(*snap));
    QSet<QString> seen;
    for (qsizetype i = 1; i < records.size(); ++i) {
        const QStringList &f = records.at(i);
        QCOMPARE(f.size(), 8);
        int role = -1;
        for (int r = 0; r < snap->roles.size(); ++r)
            if (snap->roles.at(r).name == f.at(0))
                role = r;
        int obj = -1;
        for (int o = 0; o < snap->objects.size(); ++o) {
            const CatalogObject &x = snap->objects.at(o);
            if (objectKindName(x.kind) == f.at(1) && x.schema == f.at(2) && x.name == f.at(3))
                obj = o;
        }
        QVERIFY2(role >= 0 && obj >= 0, qPrintable(f.join(u'|')));
        Privilege p{};
        for (Privilege q : applicablePrivileges(snap->objects.at(obj).kind))
            if (privilegeKeyword(q) == f.at(4))
                p = q;
        QVERIFY(p != Privilege{});
        const CellRights c = rights.cell(role, obj);
        QCOMPARE(f.at(5), c.granted.testFlag(p) ? QStringLiteral("true") : QStringLiteral("false"));
        QCOMPARE(f.at(6), c.grantable.testFlag(p) ? QStringLiteral("true") : QStringLiteral("false"));
        QCOMPARE(f.at(7), rights.viaText(role, obj, p));
        QVERIFY(!seen.contains(f.mid(0, 5).join(u'\x1f'))); // each row once
        seen.insert(f.mid(0, 5).join(u'\x1f'));
    }
}

void TstAuditExporter::options_data()
{
    QTest::addColumn<bool>("includePredefined");
    QTest::addColumn<bool>("grantedOnly");
    QTest::newRow("all") << true << false;
    QTest::newRow("no predefined") << false << false;
    QTest::newRow("granted only") << true << true;
    QTest::newRow("granted only, no predefined") << false << true;
}

void TstAuditExporter::options()
{
    QFETCH(bool, includePredefined);
    QFETCH(bool, grantedOnly);
    const SnapshotPtr snap = makeSnapshot();
    const EffectiveRights rights(snap);
    qint64 expected = 0;
    for (int r = 0; r < snap->roles.size(); ++r) {
        if (!includePredefined && snap->roles.at(r).predefined)
            continue;
        for (int o = 0; o < snap->objects.size(); ++o) {
            if (snap->objects.at(o).kind == ObjectKind::Language)
                continue;
            const CellRights c = rights.cell(r, o);
            for (Privilege p : applicablePrivileges(snap->objects.at(o).kind))
                expected += !grantedOnly || c.granted.testFlag(p);
        }
    }
    AuditOptions options;
    options.includePredefined = includePredefined;
    options.grantedOnly = grantedOnly;
    const QList<QStringList> records = parseCsv(QString::fromUtf8(exportAs(rights, options)));
    QCOMPARE(records.size() - 1, expected);
    bool predefinedSeen = false;
    for (qsizetype i = 1; i < records.size(); ++i) {
        predefinedSeen = predefinedSeen || records.at(i).at(0) == u"pg_read_all_data";
        if (grantedOnly)
            QCOMPARE(records.at(i).at(5), QStringLiteral("true"));
    }
    QCOMPARE(predefinedSeen, includePredefined);
}

void TstAuditExporter::json()
{
    const SnapshotPtr snap = makeSnapshot();
    const EffectiveRights rights(snap);
    AuditOptions options;
    options.format = AuditFormat::Json;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(exportAs(rights, options), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonObject meta = doc.object().value(u"metadata").toObject();
    QCOMPARE(meta.value(u"database").toString(), snap->database);
    QCOMPARE(meta.value(u"server_version").toString(), snap->serverVersion);
    QCOMPARE(meta.value(u"current_user").toString(), snap->currentUser);
    QCOMPARE(QDateTime::fromString(meta.value(u"taken_at").toString(), Qt::ISODate), snap->takenAt);
    QCOMPARE(meta.value(u"generator").toString(), QStringLiteral("roledesk-cli"));
    const QJsonArray rows = doc.object().value(u"rows").toArray();
    QCOMPARE(rows.size(), snap->roles.size() * rowsPerRole(*snap));
    bool found = false;
    for (const QJsonValue &v : rows) {
        const QJsonObject row = v.toObject();
        QCOMPARE(row.size(), 8);
        QVERIFY(row.value(u"granted").isBool());
        QVERIFY(row.value(u"grantable").isBool());
        if (row.value(u"role").toString() == bobName && row.value(u"object_name").toString() == tableName
            && row.value(u"privilege").toString() == u"INSERT") {
            found = true;
            QCOMPARE(row.value(u"object_type").toString(), QStringLiteral("table"));
            QCOMPARE(row.value(u"object_schema").toString(), QStringLiteral("sales, eu"));
            QCOMPARE(row.value(u"granted").toBool(), true);
            QCOMPARE(row.value(u"grantable").toBool(), false);
            QCOMPARE(row.value(u"via").toString(), QStringLiteral("member of ") + readersName);
        }
    }
    QVERIFY(found);
}

void TstAuditExporter::html()
{
    const SnapshotPtr snap = makeSnapshot();
    const EffectiveRights rights(snap);
    AuditOptions options;
    options.format = AuditFormat::Html;
    const QString text = QString::fromUtf8(exportAs(rights, options));
    QVERIFY(text.startsWith(QStringLiteral("<!DOCTYPE html>")));
    // Well-formed (as XML, which is stricter than HTML), with a table per role holding rights.
    QXmlStreamReader xml(text);
    int tables = 0;
    int summaryRows = -1;
    QStringList cells;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"table")
            ++tables;
        if (xml.isStartElement() && xml.name() == u"tr" && tables == 1)
            ++summaryRows;
        if (xml.isStartElement() && xml.name() == u"td")
            cells << xml.readElementText(QXmlStreamReader::IncludeChildElements);
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(summaryRows, snap->roles.size());
    QCOMPARE(tables, 1 + snap->roles.size()); // every role here holds some right
    // Names come back intact through the escaping.
    QVERIFY(cells.contains(angleName));
    QVERIFY(cells.contains(tableName));
    QVERIFY(cells.contains(zoeName));
    QVERIFY(cells.contains(QStringLiteral("member of ") + readersName));
    QVERIFY(text.contains(QStringLiteral("a&lt;b&gt;&amp;c")));
    QVERIFY(!text.contains(angleName));
    QVERIFY(text.contains(QStringLiteral("audit &quot;db&quot;")));
    // Self-contained: no scripts, no external resources.
    QVERIFY(!text.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
    QVERIFY(!text.contains(QStringLiteral("http:")));
    QVERIFY(!text.contains(QStringLiteral("https:")));
    QVERIFY(!text.contains(QStringLiteral("<link")));
    QVERIFY(text.contains(QStringLiteral("<style>")));
    // Granted rights only: bob's untouched TRIGGER does not appear, his SELECT does.
    const qsizetype bobSection = text.indexOf(QStringLiteral("id=\"role-1\""));
    const qsizetype nextSection = text.indexOf(QStringLiteral("id=\"role-2\""));
    QVERIFY(bobSection > 0 && nextSection > bobSection);
    const QString bobPart = text.mid(bobSection, nextSection - bobSection);
    QVERIFY(bobPart.contains(QStringLiteral("<td>SELECT</td>")));
    QVERIFY(!bobPart.contains(QStringLiteral("<td>TRIGGER</td>")));
}

void TstAuditExporter::languagesLeftOut()
{
    // The object_type column is specified without languages; the snapshot has one that every role
    // holds USAGE on, so an exporter that let it through would write rows for it.
    const SnapshotPtr snap = makeSnapshot();
    const EffectiveRights rights(snap);
    int language = -1;
    for (int o = 0; o < snap->objects.size(); ++o)
        if (snap->objects.at(o).kind == ObjectKind::Language)
            language = o;
    QVERIFY(language >= 0);
    QVERIFY(rights.cell(1, language).granted.testFlag(Privilege::Usage));

    const QList<QStringList> records = parseCsv(QString::fromUtf8(exportAs(rights, {})));
    QVERIFY(records.size() > 1);
    const QSet<QString> allowed = {QStringLiteral("database"), QStringLiteral("schema"), QStringLiteral("table"),
                                   QStringLiteral("view"), QStringLiteral("materialized_view"), QStringLiteral("sequence"),
                                   QStringLiteral("foreign_table"), QStringLiteral("column"), QStringLiteral("function"),
                                   QStringLiteral("procedure"), QStringLiteral("type")};
    for (qsizetype i = 1; i < records.size(); ++i) {
        QVERIFY2(allowed.contains(records.at(i).at(1)), qPrintable(records.at(i).join(u'|')));
        QVERIFY(records.at(i).at(3) != u"plpgsql");
    }

    AuditOptions json;
    json.format = AuditFormat::Json;
    json.grantedOnly = true;
    const QJsonArray rows = QJsonDocument::fromJson(exportAs(rights, json)).object().value(u"rows").toArray();
    QVERIFY(!rows.isEmpty());
    for (const QJsonValue &v : rows)
        QVERIFY(v.toObject().value(u"object_type").toString() != u"language");

    AuditOptions html;
    html.format = AuditFormat::Html;
    const QString text = QString::fromUtf8(exportAs(rights, html));
    QVERIFY(!text.contains(QStringLiteral("plpgsql")));
    QVERIFY(!text.contains(QStringLiteral("<td>language</td>")));
    // The metadata counts the objects the report covers.
    QVERIFY2(text.contains(QStringLiteral("<dt>Objects</dt><dd>%1</dd>").arg(snap->objects.size() - 1)), qPrintable(text.left(2000)));
}

void TstAuditExporter::writeFailure()
{
    const EffectiveRights rights(makeSnapshot());
    for (AuditFormat format : {AuditFormat::Csv, AuditFormat::Json, AuditFormat::Html}) {
        LimitedDevice device(100);
        AuditOptions options;
        options.format = format;
        AuditExporter exporter(rights, options);
        QVERIFY(!exporter.write(&device));
        QVERIFY(exporter.errorString().contains(QStringLiteral("disk full")));
    }
    QBuffer readOnly;
    readOnly.open(QIODevice::ReadOnly);
    AuditExporter exporter(rights);
    QVERIFY(!exporter.write(&readOnly));
    QVERIFY(!exporter.errorString().isEmpty());
}

namespace {

/// 60 roles x 400 tables, each table granted to one role: several megabytes of full CSV.
SnapshotPtr manyRoles()
{
    auto s = std::make_shared<Snapshot>();
    for (Oid i = 0; i < 60; ++i)
        s->roles << role(100 + i, QStringLiteral("role_%1").arg(i));
    s->index();
    for (Oid i = 0; i < 400; ++i)
        s->objects << object(ObjectKind::Table, 1000 + i, QStringLiteral("s"), QStringLiteral("t%1").arg(i),
                             {{100 + i % 60, 100, Privilege::Select, {}}});
    for (CatalogObject &o : s->objects)
        o.owner = 100;
    return s;
}

} // namespace

void TstAuditExporter::streams()
{
    // Several megabytes of CSV, which must reach the device in pieces.
    const EffectiveRights rights(manyRoles());
    LimitedDevice device(std::numeric_limits<qint64>::max());
    AuditExporter exporter(rights);
    QVERIFY(exporter.write(&device));
    QCOMPARE(exporter.stats().rows, qint64(60) * 400 * 7);
    QVERIFY(device.total > 4 * 1024 * 1024);
    QVERIFY(device.writes > 4);
    QVERIFY2(device.largestWrite < 1024 * 1024, qPrintable(QString::number(device.largestWrite)));
}

void TstAuditExporter::restricted_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("csv") << int(AuditFormat::Csv);
    QTest::newRow("json") << int(AuditFormat::Json);
    QTest::newRow("html") << int(AuditFormat::Html);
}

void TstAuditExporter::restricted()
{
    // A view of zoe and bob (in that order) on the table and its column: the language, a
    // duplicate and an index out of range are dropped; nothing else gets in.
    QFETCH(int, format);
    const SnapshotPtr snap = makeSnapshot();
    const EffectiveRights rights(snap);
    AuditOptions options;
    options.format = AuditFormat(format);
    options.roles = QList<int>{3, 1, 3, 42};
    options.objects = QList<int>{2, 4, 5, 2, -1};
    AuditExporter exporter(rights, options);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY2(exporter.write(&buffer), qPrintable(exporter.errorString()));
    QCOMPARE(exporter.stats().roles, 2);

    const QStringList roles{zoeName, bobName};
    const QStringList objects{tableName, tableName + QStringLiteral(".id")};
    // (role, object, privilege) of every row the export should hold, in order.
    QStringList expected;
    for (int r : {3, 1})
        for (int o : {2, 4})
            for (Privilege p : applicablePrivileges(snap->objects.at(o).kind))
                if (options.format != AuditFormat::Html || rights.cell(r, o).granted.testFlag(p))
                    expected << snap->roles.at(r).name + u'|' + snap->objects.at(o).name + u'|' + privilegeKeyword(p);
    QCOMPARE(exporter.stats().rows, expected.size());

    QStringList got;
    const QString text = QString::fromUtf8(buffer.data());
    switch (options.format) {
    case AuditFormat::Csv: {
        const QList<QStringList> records = parseCsv(text);
        QCOMPARE(records.value(0).join(u','), QString::fromLatin1(AuditExporter::csvHeader));
        for (qsizetype i = 1; i < records.size(); ++i)
            got << records.at(i).at(0) + u'|' + records.at(i).at(3) + u'|' + records.at(i).at(4);
        break;
    }
    case AuditFormat::Json: {
        const QJsonObject doc = QJsonDocument::fromJson(buffer.data()).object();
        const QJsonObject view = doc.value(u"metadata").toObject().value(u"filtered_view").toObject();
        QCOMPARE(view.value(u"roles").toInt(), 2);
        QCOMPARE(view.value(u"objects").toInt(), 2);
        for (const QJsonValue &v : doc.value(u"rows").toArray()) {
            const QJsonObject row = v.toObject();
            got << row.value(u"role").toString() + u'|' + row.value(u"object_name").toString() + u'|'
                       + row.value(u"privilege").toString();
        }
        break;
    }
    case AuditFormat::Html: {
        QVERIFY(text.contains(QStringLiteral("<dt>Filtered view</dt><dd>2 roles, 2 objects</dd>")));
        QVERIFY(text.contains(QStringLiteral("<dt>Objects</dt><dd>2</dd>")));
        // Role sections in the order asked for, and no other role's.
        QStringList sections;
        QXmlStreamReader xml(text);
        QString role;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"h2" && xml.attributes().hasAttribute(QLatin1String("id"))) {
                role = xml.readElementText();
                sections << role;
            } else if (xml.isStartElement() && xml.name() == u"tr" && !role.isEmpty()) {
                QStringList cells;
                while (!(xml.isEndElement() && xml.name() == u"tr") && !xml.atEnd()) {
                    xml.readNext();
                    if (xml.isStartElement() && (xml.name() == u"td" || xml.name() == u"th"))
                        cells << xml.readElementText(QXmlStreamReader::IncludeChildElements);
                }
                if (cells.size() == 6 && cells.at(0) != u"Type")
                    got << role + u'|' + cells.at(2) + u'|' + cells.at(3);
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(sections, roles);
        break;
    }
    }
    QCOMPARE(got, expected);
    // Filtered-out roles and objects appear nowhere (readers does, as the "via" of bob's rights).
    for (const QString &other : {angleName, QStringLiteral("db1"), QStringLiteral("plpgsql"), QStringLiteral("f(integer"),
                                 QStringLiteral("root")})
        QVERIFY2(!text.contains(other) && !text.contains(other.toHtmlEscaped()), qPrintable(other));
}

void TstAuditExporter::restrictedToNothing()
{
    // A view filtered down to nothing exports the header and no row (not the whole database).
    const EffectiveRights rights(makeSnapshot());
    AuditOptions options;
    options.roles = QList<int>{};
    const QByteArray csv = exportAs(rights, options);
    QCOMPARE(csv, QByteArray(AuditExporter::csvHeader) + "\r\n");
    options.roles.reset();
    options.objects = QList<int>{};
    QCOMPARE(exportAs(rights, options), QByteArray(AuditExporter::csvHeader) + "\r\n");
}

void TstAuditExporter::progress()
{
    // The rows reach the device while the export runs (streamed as computed, not collected and
    // written at the end), and the progress says so as it goes.
    const EffectiveRights rights(manyRoles());
    LimitedDevice device(std::numeric_limits<qint64>::max());
    AuditExporter exporter(rights);
    QList<AuditStats> reports;
    bool deviceAheadOfEnd = false;
    exporter.setProgress([&](const AuditStats &soFar) {
        reports << soFar;
        QCOMPARE(soFar.bytes, device.total); // what it reports is what the device has
        deviceAheadOfEnd = deviceAheadOfEnd || (device.total > 0 && soFar.roles < soFar.rolesTotal / 2);
    });
    QVERIFY(exporter.write(&device));
    QVERIFY(reports.size() > 60);
    QCOMPARE(reports.front().rows, 0);
    QCOMPARE(reports.front().rolesTotal, 60);
    for (qsizetype i = 1; i < reports.size(); ++i) {
        QVERIFY(reports.at(i).rows >= reports.at(i - 1).rows);
        QVERIFY(reports.at(i).roles >= reports.at(i - 1).roles);
    }
    QCOMPARE(reports.back().rows, exporter.stats().rows);
    QCOMPARE(reports.back().roles, 60);
    QCOMPARE(reports.back().bytes, device.total);
    QVERIFY2(deviceAheadOfEnd, "nothing reached the device before half of the roles were done");
}

void TstAuditExporter::cancel()
{
    // Raised while it runs, the flag stops the export at the next piece: an error, part written.
    const EffectiveRights rights(manyRoles());
    LimitedDevice device(std::numeric_limits<qint64>::max());
    std::atomic_bool cancelled{false};
    AuditExporter exporter(rights);
    exporter.setCancelFlag(&cancelled);
    exporter.setProgress([&](const AuditStats &soFar) { cancelled = cancelled || soFar.bytes > 0; });
    QVERIFY(!exporter.write(&device));
    QVERIFY(exporter.cancelled());
    QVERIFY(!exporter.errorString().isEmpty());
    QVERIFY(device.total > 0);
    QVERIFY2(exporter.stats().roles < 10, qPrintable(QString::number(exporter.stats().roles)));
    // Without the flag raised, the same export completes and is not "cancelled".
    cancelled = false;
    exporter.setProgress({});
    QVERIFY(exporter.write(&device));
    QVERIFY(!exporter.cancelled());
    QCOMPARE(exporter.stats().roles, 60);
}

void TstAuditExporter::grantedOnlyIsFullFiltered()
{
    // --granted-only visits only the objects a role's grants reach: the same rows as the full
    // export's granted ones, in the same order, also for a view restricted to some objects.
    const SnapshotPtr snap = makeSnapshot();
    const EffectiveRights rights(snap);
    for (const std::optional<QList<int>> &objects : {std::optional<QList<int>>(), std::optional<QList<int>>({4, 2, 0})}) {
        AuditOptions full;
        full.objects = objects;
        AuditOptions granted = full;
        granted.grantedOnly = true;
        QList<QStringList> expected = parseCsv(QString::fromUtf8(exportAs(rights, full)));
        expected.removeIf([](const QStringList &f) { return f.value(5) == u"false"; });
        QCOMPARE(parseCsv(QString::fromUtf8(exportAs(rights, granted))), expected);
    }
}

QTEST_APPLESS_MAIN(TstAuditExporter)
#include "tst_auditexporter.moc"
