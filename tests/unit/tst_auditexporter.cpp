#include "auditexporterfixture.h"
#include "csv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

using namespace roledesk;
using namespace roledesk::testing::audit;
using test::parseCsv;

namespace {

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

} // namespace

/// The audit export's formats: exact CSV fields and lines, parseable JSON, escaped self-contained
/// HTML, the options, and the languages left out of all three.
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
    void languagesLeftOut();
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

QTEST_APPLESS_MAIN(TstAuditExporter)
#include "tst_auditexporter.moc"
