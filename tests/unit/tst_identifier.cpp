#include "pg/identifier.h"

#include <QTest>

using namespace roledesk::pg;

/// quoteIdent is the one quoting function; these are the names that must survive it.
class TstIdentifier : public QObject {
    Q_OBJECT
private slots:
    void quoteIdent_data();
    void quoteIdent();
    void displayForm_data();
    void displayForm();
    void qualifiedName();
    void literal();
};

void TstIdentifier::quoteIdent_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("plain") << u"sales"_qs << u"\"sales\""_qs;
    QTest::newRow("capitals") << u"Sales"_qs << u"\"Sales\""_qs;
    QTest::newRow("quote") << u"a\"b"_qs << u"\"a\"\"b\""_qs;
    QTest::newRow("only quotes") << u"\"\""_qs << u"\"\"\"\"\"\""_qs;
    QTest::newRow("dot") << u"mydb.sales.viewer"_qs << u"\"mydb.sales.viewer\""_qs;
    QTest::newRow("space") << u"two words"_qs << u"\"two words\""_qs;
    QTest::newRow("non-ascii") << u"データ"_qs << u"\"データ\""_qs;
    QTest::newRow("empty") << QString() << u"\"\""_qs;
}

void TstIdentifier::quoteIdent()
{
    QFETCH(QString, name);
    QFETCH(QString, quoted);
    QCOMPARE(roledesk::pg::quoteIdent(name), quoted);
}

void TstIdentifier::displayForm_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("shown");
    QTest::newRow("plain") << u"sales_2024"_qs << u"sales_2024"_qs;
    QTest::newRow("leading digit") << u"1abc"_qs << u"\"1abc\""_qs;
    QTest::newRow("capitals") << u"Sales"_qs << u"\"Sales\""_qs;
    QTest::newRow("quote") << u"a\"b"_qs << u"\"a\"\"b\""_qs;
}

void TstIdentifier::displayForm()
{
    QFETCH(QString, name);
    QFETCH(QString, shown);
    QCOMPARE(quoteIdentIfNeeded(name), shown);
}

void TstIdentifier::qualifiedName()
{
    const QualifiedName n{u"hr"_qs, u"Pay \"roll\""_qs};
    QCOMPARE(n.toSql(), u"\"hr\".\"Pay \"\"roll\"\"\""_qs);
    QCOMPARE(n.toDisplay(), u"hr.\"Pay \"\"roll\"\"\""_qs);
    const QualifiedName unqualified{{}, u"alice"_qs};
    QCOMPARE(unqualified.toSql(), u"\"alice\""_qs);
    QCOMPARE(unqualified.toDisplay(), u"alice"_qs);
}

void TstIdentifier::literal()
{
    QCOMPARE(quoteLiteral(u"it's"), u"'it''s'"_qs);
    QCOMPARE(quoteLiteral(u""), u"''"_qs);
    // A backslash: the E'' form with backslashes doubled (as PQescapeLiteral writes it), which
    // reads the same whether standard_conforming_strings is on or off.
    QCOMPARE(quoteLiteral(u"a\\b"), u"E'a\\\\b'"_qs);
    QCOMPARE(quoteLiteral(u"x\\'); CREATE ROLE pwned SUPERUSER; --"),
             u"E'x\\\\''); CREATE ROLE pwned SUPERUSER; --'"_qs);
}

QTEST_APPLESS_MAIN(TstIdentifier)
#include "tst_identifier.moc"
