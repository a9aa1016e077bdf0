// roledesk-scrollbench: how long the privilege matrix takes to paint a frame while scrolling a
// large catalog. Loads a snapshot, shows the Privileges page at 1600x1000 offscreen, then pages
// down, pages right and jumps to random places, repainting synchronously after each step and
// timing every frame. Reports figures; asserts none.

#include "benchutil.h"
#include "catalog/catalogreader.h"
#include "privileges/matrixpage.h"
#include "pg/connection.h"
#include "privileges/effectiverights.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTableView>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace roledesk;
using bench::msSince;

namespace {

constexpr double FrameBudgetMs = 16.0;

void print(FILE *stream, const QString &text)
{
    QTextStream out(stream);
    out << text;
}

/// Frame times of one scroll pattern, summarised.
struct Stats {
    int frames = 0;
    double median = 0;
    double p95 = 0;
    double max = 0;
    int overBudget = 0;

    static Stats of(QList<double> ms)
    {
        Stats s;
        s.frames = int(ms.size());
        if (ms.isEmpty())
            return s;
        std::sort(ms.begin(), ms.end());
        const qsizetype n = ms.size();
        s.median = n % 2 ? ms.at(n / 2) : (ms.at(n / 2 - 1) + ms.at(n / 2)) / 2;
        // Nearest-rank percentile.
        s.p95 = ms.at(std::clamp<qsizetype>(qsizetype(std::ceil(0.95 * double(n))) - 1, 0, n - 1));
        s.max = ms.last();
        s.overBudget = int(std::count_if(ms.cbegin(), ms.cend(), [](double v) { return v > FrameBudgetMs; }));
        return s;
    }

    QJsonObject toJson() const
    {
        return {{QStringLiteral("frames"), frames},
                {QStringLiteral("median_ms"), median},
                {QStringLiteral("p95_ms"), p95},
                {QStringLiteral("max_ms"), max},
                {QStringLiteral("over_16ms"), overBudget}};
    }
};

} // namespace

int main(int argc, char *argv[])
{
    // Frames are painted into memory: no display needed, and no compositor in the figures.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("roledesk-scrollbench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Times the privilege matrix's frames while scrolling: pages down, pages right and random "
        "jumps, each followed by a synchronous repaint of the Privileges page."));
    parser.addHelpOption();
    const bench::CommonOptions common(parser, bench::CommonSpec().repeats(0).tableToStderr());
    const QCommandLineOption steps(QStringLiteral("steps"),
        QStringLiteral("Page steps down, and as many right (default 200)."), QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption jumps(QStringLiteral("jumps"),
        QStringLiteral("Random diagonal jumps (default 20)."), QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption seed(QStringLiteral("seed"),
        QStringLiteral("Seed of the random jumps (default 1)."), QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption size(QStringLiteral("size"),
        QStringLiteral("Page size in pixels (default 1600x1000)."), QStringLiteral("WxH"), QStringLiteral("1600x1000"));
    parser.addOptions({steps, jumps, seed, size});
    parser.process(app);

    bool okSteps = false, okJumps = false, okSeed = false;
    const int stepCount = parser.value(steps).toInt(&okSteps);
    const int jumpCount = parser.value(jumps).toInt(&okJumps);
    const quint32 seedValue = parser.value(seed).toUInt(&okSeed);
    const QStringList wh = parser.value(size).split(u'x');
    const int width = wh.size() == 2 ? wh.at(0).toInt() : 0;
    const int height = wh.size() == 2 ? wh.at(1).toInt() : 0;
    if (!okSteps || !okJumps || !okSeed || stepCount < 1 || jumpCount < 0 || width < 200 || height < 200) {
        print(stderr, QStringLiteral("roledesk-scrollbench: bad --steps, --jumps, --seed or --size\n"));
        return 2;
    }

    pg::ConnectOptions connect = common.connectOptions(parser);
    connect.push_back({QStringLiteral("application_name"), QStringLiteral("roledesk-scrollbench")});
    pg::Connection conn;
    if (const pg::Error err = conn.open(connect); !err.isNull()) {
        print(stderr, QStringLiteral("roledesk-scrollbench: could not connect: %1\n").arg(err.toString()));
        return 3;
    }
    QElapsedTimer timer;
    timer.start();
    const SnapshotOutcome outcome = CatalogReader::read(conn);
    conn.close();
    if (!outcome.ok()) {
        print(stderr, QStringLiteral("roledesk-scrollbench: could not read the catalog: %1\n")
                          .arg(outcome.error.toString()));
        return 4;
    }
    const double loadMs = msSince(timer);
    auto rights = std::make_shared<const EffectiveRights>(outcome.snapshot);

    MatrixPage page;
    page.resize(width, height);
    timer.restart();
    page.setRights(rights);
    const double setRightsMs = msSince(timer);
    timer.restart();
    page.show();
    QApplication::processEvents();
    page.repaint();
    const double firstFrameMs = msSince(timer);

    QTableView *view = page.view();
    QScrollBar *vbar = view->verticalScrollBar();
    QScrollBar *hbar = view->horizontalScrollBar();

    // One frame: move the scroll bars, then paint the whole page synchronously. Events the
    // move posted are handled outside the timed span, after the paint, as an idle loop would.
    auto frame = [&](int x, int y) {
        QElapsedTimer t;
        t.start();
        hbar->setValue(x);
        vbar->setValue(y);
        page.repaint();
        const double ms = msSince(t);
        QApplication::processEvents();
        return ms;
    };

    // Page down; back to the top when the bottom is reached, so every step scrolls.
    QList<double> down;
    hbar->setValue(0);
    vbar->setValue(0);
    QApplication::processEvents();
    for (int i = 0; i < stepCount; ++i) {
        const int y = vbar->value() >= vbar->maximum() ? 0 : vbar->value() + vbar->pageStep();
        down << frame(hbar->value(), y);
    }
    // Page right, likewise wrapping at the right edge.
    QList<double> right;
    vbar->setValue(0);
    QApplication::processEvents();
    for (int i = 0; i < stepCount; ++i) {
        const int x = hbar->value() >= hbar->maximum() ? 0 : hbar->value() + hbar->pageStep();
        right << frame(x, vbar->value());
    }
    // Random diagonal jumps anywhere in the matrix.
    QList<double> jump;
    QRandomGenerator random(seedValue);
    for (int i = 0; i < jumpCount; ++i)
        jump << frame(int(random.bounded(hbar->maximum() + 1)), int(random.bounded(vbar->maximum() + 1)));

    const QList<double> all = down + right + jump;
    const Stats sDown = Stats::of(down), sRight = Stats::of(right), sJump = Stats::of(jump), sAll = Stats::of(all);
    const QAbstractItemModel *model = view->model();
    const int visibleColumns = view->columnAt(view->viewport()->width() - 1) - view->columnAt(0) + 1;
    const int visibleRows = view->rowAt(view->viewport()->height() - 1) - view->rowAt(0) + 1;
    const double rss = bench::peakMemory().first;

    QString table;
    QTextStream t(&table);
    t << QStringLiteral("RoleDesk scroll benchmark: database %1 (PostgreSQL %2), %3 x %4 matrix shown "
                        "(%5 roles, %6 objects), page %7x%8, viewport %9x%10 (~%11 x %12 cells)\n")
             .arg(outcome.snapshot->database, outcome.snapshot->serverVersion)
             .arg(model->rowCount()).arg(model->columnCount())
             .arg(outcome.snapshot->roles.size()).arg(outcome.snapshot->objects.size())
             .arg(width).arg(height)
             .arg(view->viewport()->width()).arg(view->viewport()->height())
             .arg(visibleRows).arg(visibleColumns);
    t << QStringLiteral("  catalog load %1 ms, setRights %2 ms, first frame %3 ms\n")
             .arg(loadMs, 0, 'f', 1).arg(setRightsMs, 0, 'f', 1).arg(firstFrameMs, 0, 'f', 1);
    t << QStringLiteral("  %1 %2 %3 %4 %5 %6\n")
             .arg(QStringLiteral("pattern"), -14).arg(QStringLiteral("frames"), 7)
             .arg(QStringLiteral("median ms"), 10).arg(QStringLiteral("p95 ms"), 8)
             .arg(QStringLiteral("max ms"), 8).arg(QStringLiteral("frames over 16 ms"), 18);
    auto row = [&](const QString &label, const Stats &s) {
        t << QStringLiteral("  %1 %2 %3 %4 %5 %6\n")
                 .arg(label, -14).arg(s.frames, 7).arg(s.median, 10, 'f', 2).arg(s.p95, 8, 'f', 2)
                 .arg(s.max, 8, 'f', 2).arg(s.overBudget, 18);
    };
    row(QStringLiteral("page down"), sDown);
    row(QStringLiteral("page right"), sRight);
    row(QStringLiteral("random jumps"), sJump);
    row(QStringLiteral("all"), sAll);
    t << QStringLiteral("  peak memory: ru_maxrss %1 MiB\n").arg(rss, 0, 'f', 1);
    t.flush();

    const QJsonObject out{
        {QStringLiteral("database"), outcome.snapshot->database},
        {QStringLiteral("server_version"), outcome.snapshot->serverVersion},
        {QStringLiteral("roles"), int(outcome.snapshot->roles.size())},
        {QStringLiteral("objects"), int(outcome.snapshot->objects.size())},
        {QStringLiteral("rows_shown"), model->rowCount()},
        {QStringLiteral("columns_shown"), model->columnCount()},
        {QStringLiteral("viewport"), QStringLiteral("%1x%2").arg(view->viewport()->width()).arg(view->viewport()->height())},
        {QStringLiteral("load_ms"), loadMs},
        {QStringLiteral("set_rights_ms"), setRightsMs},
        {QStringLiteral("first_frame_ms"), firstFrameMs},
        {QStringLiteral("page_down"), sDown.toJson()},
        {QStringLiteral("page_right"), sRight.toJson()},
        {QStringLiteral("random_jumps"), sJump.toJson()},
        {QStringLiteral("all"), sAll.toJson()},
        {QStringLiteral("peak_rss_mib"), rss},
    };
    common.print(parser, table, out);
    return 0;
}
