// SavedAuditReader and AuditComparison on saved files written here by hand: escapes, every way
// of cutting a file short, rights out of order, and the kinds of difference.
#include "audit/auditcomparison.h"
#include "audit/savedauditreader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace roledesk;

namespace {

/// A saved audit as SavedAuditWriter lays it out, with \a rights (one per line) and \a memberships.
QByteArray savedAudit(const QList<QByteArray> &rights, const QByteArray &memberships = "[]",
                      const QByteArray &sid = "7000000000000000001")
{
    QByteArray out = "{\n\"format\":\"roledesk-saved-audit\",\n\"format_version\":1,\n"
                     "\"identity\":{\"database\":\"db\",\"host\":\"h:5432\",\"roledesk_version\":\"0\","
                     "\"server_version\":\"15.6\",\"system_identifier\":\"" + sid + "\",\"taken_at\":\"2026-01-01T00:00:00.000Z\"},\n"
                     "\"memberships\":" + memberships + ",\n\"schema_groups\":[],\n\"model_roles\":[],\n\"rights\": [";
    for (qsizetype i = 0; i < rights.size(); ++i)
        out += (i ? ",\n" : "\n") + rights.at(i);
    out += "\n],\n\"rights_count\": " + QByteArray::number(rights.size()) + "\n}\n";
    return out;
}

const QByteArray escaped = "[\"Zo\\u00e9 \\\"q\\\", \\\\x\",\"table\",\"s\",\"t\\n1\",\"SELECT\",false,\"member of a\\tb\"]";
const QByteArray plain = "[\"bob\",\"table\",\"s\",\"t2\",\"INSERT\",true,\"direct\"]";

} // namespace

/// The saved-audit reader and the comparison, without a database.
class TstSavedAuditReader : public QObject {
    Q_OBJECT
private slots:
    void readsEscapes();
    void everyCutIsAnError();
    void outOfOrder();
    void differences();
    void otherDatabase();

private:
    QString write(const QString &name, const QByteArray &content);
    QTemporaryDir m_dir;
};

QString TstSavedAuditReader::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(content) != content.size())
        return {};
    return path;
}

void TstSavedAuditReader::readsEscapes()
{
    // By code point "Zoë…" comes before "bob" (capitals first), whatever the locale.
    SavedAuditReader r(write(QStringLiteral("escapes.json"), savedAudit({escaped, plain})));
    QVERIFY2(r.open(), qPrintable(r.error()));
    QCOMPARE(r.identity().systemIdentifier, QStringLiteral("7000000000000000001"));
    SavedRight right;
    QVERIFY(r.next(&right));
    QCOMPARE(right.role, QStringLiteral("Zoé \"q\", \\x"));
    QCOMPARE(right.name, QStringLiteral("t\n1"));
    QCOMPARE(right.via, QStringLiteral("member of a\tb"));
    QVERIFY(!right.grantable);
    QVERIFY(r.next(&right));
    QCOMPARE(right.role, QStringLiteral("bob"));
    QVERIFY(right.grantable);
    QVERIFY(!r.next(&right));
    QVERIFY2(r.error().isEmpty(), qPrintable(r.error()));
}

void TstSavedAuditReader::everyCutIsAnError()
{
    const QByteArray whole = savedAudit({escaped, plain});
    for (qsizetype size = 0; size < whole.size(); ++size) {
        const QString path = write(QStringLiteral("cut.json"), whole.left(size));
        SavedAuditReader r(path);
        SavedRight right;
        if (r.open())
            while (r.next(&right)) {
            }
        QVERIFY2(!r.error().isEmpty(), qPrintable(QStringLiteral("no error for a file cut at byte %1").arg(size)));
        QVERIFY2(r.error().startsWith(path), qPrintable(r.error()));
    }
}

void TstSavedAuditReader::outOfOrder()
{
    SavedAuditReader r(write(QStringLiteral("order.json"), savedAudit({plain, escaped})));
    QVERIFY(r.open());
    SavedRight right;
    QVERIFY(r.next(&right));
    QVERIFY(!r.next(&right));
    QVERIFY2(r.error().contains(QStringLiteral("out of order")), qPrintable(r.error()));
}

void TstSavedAuditReader::differences()
{
    QByteArray noGrantOption = plain;
    noGrantOption.replace("true", "false");
    SavedAuditReader older(write(QStringLiteral("older.json"),
                                 savedAudit({escaped, noGrantOption}, "[[\"bob|readers\",\"\"]]")));
    SavedAuditReader newer(write(QStringLiteral("newer.json"), savedAudit({plain}, "[[\"bob|readers\",\"admin option\"]]")));
    QVERIFY(older.open() && newer.open());
    const AuditComparison c = AuditComparison::compare(older, newer);
    QVERIFY2(c.ok(), qPrintable(c.error));
    using K = AuditDifference::Kind;
    QCOMPARE(c.differences.size(), 4);
    QCOMPARE(c.count(K::GrantOption, true), 1);  // bob's INSERT, now WITH GRANT OPTION
    QCOMPARE(c.count(K::Right, false), 1);       // Zoë's SELECT, with its lineage then
    QCOMPARE(c.count(K::Membership, false), 1);  // the membership as it was...
    QCOMPARE(c.count(K::Membership, true), 1);   // ...and as it is now
    for (const AuditDifference &d : c.differences)
        if (d.kind == K::Right)
            QCOMPARE(d.right.via, QStringLiteral("member of a\tb"));
    QVERIFY(!c.equal());
}

void TstSavedAuditReader::otherDatabase()
{
    SavedAuditReader a(write(QStringLiteral("a.json"), savedAudit({plain})));
    SavedAuditReader b(write(QStringLiteral("b.json"), savedAudit({plain}, "[]", "7000000000000000002")));
    QVERIFY(a.open() && b.open());
    const QString why = AuditComparison::otherDatabase(a.identity(), b.identity());
    QVERIFY2(why.contains(QStringLiteral("7000000000000000001")) && why.contains(QStringLiteral("7000000000000000002")),
             qPrintable(why));
    QVERIFY(AuditComparison::otherDatabase(a.identity(), a.identity()).isEmpty());
}

QTEST_GUILESS_MAIN(TstSavedAuditReader)
#include "tst_savedauditreader.moc"
