#include "common/matrixheaderview.h"

#include <QApplication>
#include <QTest>

using namespace roledesk;

/// The matrix header's name elision and schema colours.
class TestMatrixHeaderView : public QObject {
    Q_OBJECT
private slots:
    void functionsKeepTheirNames();
    void shortNamesStayWhole();
    void schemaColourIsStable();
};

void TestMatrixHeaderView::functionsKeepTheirNames()
{
    const QFontMetrics metrics(QApplication::font());
    const QString a = QStringLiteral("pgx_check_file(oid,text)");
    const QString b = QStringLiteral("pgx_check_role(name,boolean)");
    const int width = qMax(metrics.horizontalAdvance(QStringLiteral("pgx_check_file(…)")),
                           metrics.horizontalAdvance(QStringLiteral("pgx_check_role(…)"))) + 2;
    const QString ea = MatrixHeaderView::elideObjectName(a, metrics, width);
    const QString eb = MatrixHeaderView::elideObjectName(b, metrics, width);
    QCOMPARE(ea, QStringLiteral("pgx_check_file(…)"));
    QCOMPARE(eb, QStringLiteral("pgx_check_role(…)"));
    // Too narrow even for "name(…)": the end goes, the start of the name stays.
    const QString narrow = MatrixHeaderView::elideObjectName(a, metrics, metrics.horizontalAdvance(QStringLiteral("pgx_ch…")) + 1);
    QVERIFY2(narrow.startsWith(QStringLiteral("pgx_")), qPrintable(narrow));
    QVERIFY(narrow.endsWith(u'…'));
}

void TestMatrixHeaderView::shortNamesStayWhole()
{
    const QFontMetrics metrics(QApplication::font());
    const QString name = QStringLiteral("f(int)");
    QCOMPARE(MatrixHeaderView::elideObjectName(name, metrics, 1000), name);
    const QString table = QStringLiteral("a_rather_long_table_name");
    const QString e = MatrixHeaderView::elideObjectName(table, metrics, metrics.horizontalAdvance(table) / 2);
    QVERIFY(e.startsWith(QStringLiteral("a_r")));
    QVERIFY(e.endsWith(u'…'));
}

void TestMatrixHeaderView::schemaColourIsStable()
{
    // FNV-1a of "public" — the same in every process, whatever Qt's hash seed.
    QCOMPARE(MatrixHeaderView::stableNameHash(QStringLiteral("public")), 3432027008u);
    QCOMPARE(MatrixHeaderView::schemaColor(QStringLiteral("public")).hslHue(), 128);
    QCOMPARE(MatrixHeaderView::schemaColor(QStringLiteral("public")),
             MatrixHeaderView::schemaColor(QStringLiteral("public")));
}

QTEST_MAIN(TestMatrixHeaderView)
#include "tst_matrixheaderview.moc"
