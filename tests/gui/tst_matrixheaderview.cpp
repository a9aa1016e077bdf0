#include "common/matrixheaderview.h"

#include "models/privilegematrixmodel.h"

#include <QApplication>
#include <QPaintEvent>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace roledesk;

/// The matrix header's name elision and schema colours.
class TestMatrixHeaderView : public QObject {
    Q_OBJECT
private slots:
    void functionsKeepTheirNames();
    void shortNamesStayWhole();
    void schemaColourIsStable();
    void bandRepaintedWholeOnScroll();
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

namespace {

/// Collects the regions painted on a widget.
class PaintRecorder : public QObject {
public:
    QRegion painted;
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted += static_cast<QPaintEvent *>(event)->region();
        return false;
    }
};

} // namespace

// Scrolled sideways, the whole schema band is painted again, so that the schema's name (held at
// the left edge) is drawn where it belongs, not carried along with the scrolled pixels.
void TestMatrixHeaderView::bandRepaintedWholeOnScroll()
{
    QStandardItemModel model(3, 40);
    for (int c = 0; c < 40; ++c)
        model.setHeaderData(c, Qt::Horizontal, c < 20 ? QStringLiteral("sales") : QStringLiteral("hr"),
                            PrivilegeMatrixModel::SchemaRole);
    QTableView view;
    auto *header = new MatrixHeaderView(Qt::Horizontal, &view);
    view.setHorizontalHeader(header);
    view.setModel(&model);
    view.setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    view.resize(320, 240);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTest::qWait(50);
    PaintRecorder recorder;
    header->viewport()->installEventFilter(&recorder);
    view.horizontalScrollBar()->setValue(37);
    QTRY_VERIFY(!recorder.painted.isEmpty());
    QTest::qWait(50);
    const QRect band(0, 0, header->viewport()->width(), header->bandHeight());
    // (QRegion::contains(QRect) only tells an overlap: what is left of the band must be nothing.)
    QVERIFY2((QRegion(band) - recorder.painted).isEmpty(),
             qPrintable(QStringLiteral("painted %1 px of the band's %2").arg(recorder.painted.intersected(band).boundingRect().width())
                            .arg(band.width())));
}

QTEST_MAIN(TestMatrixHeaderView)
#include "tst_matrixheaderview.moc"
