#include "pgx/modelname.h"

#include <QTest>

using namespace roledesk;

/// The vendor's model name rules: every allowed character passes; every other character is named
/// with its position; dots may not lead, trail or double.
class TstModelName : public QObject {
    Q_OBJECT
private slots:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
};

void TstModelName::valid_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("upper") << QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    QTest::newRow("lower") << QStringLiteral("abcdefghijklmnopqrstuvwxyz");
    QTest::newRow("digits") << QStringLiteral("0123456789");
    QTest::newRow("punctuation inside") << QStringLiteral("a_b-c.d");
    QTest::newRow("leading dash and underscore") << QStringLiteral("-_x");
    QTest::newRow("trailing dash") << QStringLiteral("x-");
    QTest::newRow("single character") << QStringLiteral("m");
    QTest::newRow("single dash") << QStringLiteral("-");
    QTest::newRow("dots apart") << QStringLiteral("all-MiniLM-L6.v2.onnx");
    QTest::newRow("long") << QString(300, u'x'); // the extension sets no length limit
}

void TstModelName::valid()
{
    QFETCH(QString, name);
    QCOMPARE(ModelName::problem(name), QString());
    QVERIFY(ModelName::isValid(name));
}

void TstModelName::invalid_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("mentions"); // each must appear in the reason

    QTest::newRow("empty") << QString() << QStringList{QStringLiteral("empty")};
    QTest::newRow("space") << QStringLiteral("my model") << QStringList{QStringLiteral("U+0020"), QStringLiteral("position 3")};
    QTest::newRow("double quote") << QStringLiteral("a\"b") << QStringList{QStringLiteral("U+0022"), QStringLiteral("position 2")};
    QTest::newRow("single quote") << QStringLiteral("it's") << QStringList{QStringLiteral("U+0027"), QStringLiteral("position 3")};
    QTest::newRow("slash") << QStringLiteral("a/b") << QStringList{QStringLiteral("U+002F"), QStringLiteral("position 2")};
    QTest::newRow("non-ASCII") << QStringLiteral("mod\u00e8le") << QStringList{QStringLiteral("\u00e8"), QStringLiteral("U+00E8"), QStringLiteral("position 4")};
    QTest::newRow("outside the BMP") << QString::fromUtf8("x\xf0\x9f\x98\x80y")
                                     << QStringList{QStringLiteral("U+1F600"), QStringLiteral("position 2")};
    QTest::newRow("after an astral character") << QString::fromUtf8("\xf0\x9f\x98\x80")
                                               << QStringList{QStringLiteral("position 1")};
    QTest::newRow("tab") << QStringLiteral("a\tb") << QStringList{QStringLiteral("U+0009"), QStringLiteral("position 2")};
    QTest::newRow("leading dot") << QStringLiteral(".hidden") << QStringList{QStringLiteral("start")};
    QTest::newRow("only a dot") << QStringLiteral(".") << QStringList{QStringLiteral("start")};
    QTest::newRow("trailing dot") << QStringLiteral("model.") << QStringList{QStringLiteral("end")};
    QTest::newRow("double dot") << QStringLiteral("a..b") << QStringList{QStringLiteral(".."), QStringLiteral("position 2")};
    QTest::newRow("first bad character wins") << QStringLiteral("ok name\"") << QStringList{QStringLiteral("U+0020"), QStringLiteral("position 3")};
}

void TstModelName::invalid()
{
    QFETCH(QString, name);
    QFETCH(QStringList, mentions);
    const QString why = ModelName::problem(name);
    QVERIFY(!why.isEmpty());
    QVERIFY(!ModelName::isValid(name));
    for (const QString &m : mentions)
        QVERIFY2(why.contains(m), qPrintable(QStringLiteral("\"%1\" not in: %2").arg(m, why)));
}

QTEST_APPLESS_MAIN(TstModelName)
#include "tst_modelname.moc"
