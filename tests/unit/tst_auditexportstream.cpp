#include "auditexporterfixture.h"
#include "csv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QXmlStreamReader>

#include <atomic>
#include <limits>
#include <optional>

using namespace roledesk;
using namespace roledesk::testing::audit;
using test::parseCsv;

namespace {

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

/// The audit export as it writes: failing devices, output in pieces, views restricted to some
/// roles and objects, progress while it runs, cancel, and --granted-only as the full export filtered.
class TstAuditExportStream : public QObject {
    Q_OBJECT
private slots:
    void writeFailure();
    void streams();
    void restricted_data();
    void restricted();
    void restrictedToNothing();
    void progress();
    void cancel();
    void grantedOnlyIsFullFiltered();
};

void TstAuditExportStream::writeFailure()
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

void TstAuditExportStream::streams()
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

void TstAuditExportStream::restricted_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("csv") << int(AuditFormat::Csv);
    QTest::newRow("json") << int(AuditFormat::Json);
    QTest::newRow("html") << int(AuditFormat::Html);
}

void TstAuditExportStream::restricted()
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

void TstAuditExportStream::restrictedToNothing()
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

void TstAuditExportStream::progress()
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

void TstAuditExportStream::cancel()
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

void TstAuditExportStream::grantedOnlyIsFullFiltered()
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

QTEST_APPLESS_MAIN(TstAuditExportStream)
#include "tst_auditexportstream.moc"
