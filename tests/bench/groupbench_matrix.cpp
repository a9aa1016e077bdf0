// roledesk-groupbench: the matrix and the Schema groups page (see groupbench_matrix.h).
#include "groupbench_matrix.h"

#include "benchutil.h"
#include "catalog/catalogreader.h"
#include "groups/schemagroupspage.h"
#include "privileges/effectiverights.h"
#include "slpm/schemagroupplanner.h"
#include "window/session.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace roledesk;
using bench::median;
using bench::msSince;

namespace groupbench {

MatrixRun runMatrix(const pg::ConnectOptions &options, int pageRows, int pageColumns)
{
    MatrixRun out;
    QElapsedTimer total, t;
    total.start();
    pg::Connection c;
    if (const pg::Error e = c.open(options); !e.isNull()) {
        out.error = e.toString();
        return out;
    }
    const SnapshotOutcome snap = CatalogReader::read(c);
    c.close();
    out.readMs = msSince(total);
    if (!snap.ok()) {
        out.error = snap.error.toString();
        return out;
    }
    t.start();
    auto rights = std::make_shared<const EffectiveRights>(snap.snapshot);
    out.rightsMs = msSince(t);
    t.restart();
    const SchemaGroupPlanner planner(rights);
    out.plannerMs = msSince(t);
    const QList<int> &users = planner.users();
    out.rows = int(users.size());
    out.columns = int(planner.columns().size());
    out.roles = int(snap.snapshot->roles.size());
    out.objects = int(snap.snapshot->objects.size());
    // Page by page, as a view asks for the cells on screen: pageRows x pageColumns at a time.
    QList<double> pages;
    t.restart();
    for (int r0 = 0; r0 < out.rows; r0 += pageRows) {
        for (int c0 = 0; c0 < out.columns; c0 += pageColumns) {
            QElapsedTimer p;
            p.start();
            for (int r = r0; r < std::min(out.rows, r0 + pageRows); ++r) {
                for (int col = c0; col < std::min(out.columns, c0 + pageColumns); ++col) {
                    const GroupCell cell = planner.cell(users.at(r), col);
                    out.held += cell.effective() != GroupLevel::None ? 1 : 0;
                }
            }
            pages << msSince(p);
        }
    }
    out.cellsMs = msSince(t);
    out.totalMs = msSince(total);
    out.pages = int(pages.size());
    out.pageMedianMs = median(pages);
    out.pageMaxMs = pages.isEmpty() ? 0 : *std::max_element(pages.cbegin(), pages.cend());
    if (out.columns == 0)
        out.error = QStringLiteral("the snapshot shows no schema groups");
    return out;
}

ScrollRun runScroll(const pg::ConnectOptions &options, int steps)
{
    ScrollRun out;
    Session session;
    SchemaGroupsPage page(&session);
    page.resize(1600, 1000);
    QEventLoop loop;
    bool loaded = false;
    QObject::connect(&session, &Session::snapshotChanged, &loop, [&] { loaded = true; loop.quit(); });
    QObject::connect(&session, &Session::loadFailed, &loop, [&](const pg::Error &e) { out.error = e.toString(); loop.quit(); });
    QTimer::singleShot(300000, &loop, &QEventLoop::quit);
    QElapsedTimer t;
    t.start();
    session.connectTo(options);
    loop.exec();
    QApplication::processEvents();
    out.loadMs = msSince(t);
    if (!loaded) {
        if (out.error.isEmpty())
            out.error = QStringLiteral("the page's snapshot did not load");
        return out;
    }
    t.restart();
    page.show();
    QApplication::processEvents();
    page.repaint();
    out.firstFrameMs = msSince(t);
    QTableView *view = page.view();
    QScrollBar *vbar = view->verticalScrollBar();
    QScrollBar *hbar = view->horizontalScrollBar();
    out.rows = view->model()->rowCount();
    out.columns = view->model()->columnCount();
    const auto frame = [&](int x, int y) {
        QElapsedTimer f;
        f.start();
        hbar->setValue(x);
        vbar->setValue(y);
        page.repaint();
        const double ms = msSince(f);
        QApplication::processEvents();
        return ms;
    };
    QList<double> ms;
    for (int i = 0; i < steps; ++i)
        ms << frame(0, vbar->value() >= vbar->maximum() ? 0 : vbar->value() + vbar->pageStep());
    vbar->setValue(0);
    for (int i = 0; i < steps; ++i)
        ms << frame(hbar->value() >= hbar->maximum() ? 0 : hbar->value() + hbar->pageStep(), 0);
    std::sort(ms.begin(), ms.end());
    out.frames = int(ms.size());
    out.medianMs = median(ms);
    out.p95Ms = ms.at(std::clamp<qsizetype>(qsizetype(std::ceil(0.95 * double(ms.size()))) - 1, 0, ms.size() - 1));
    out.maxMs = ms.last();
    out.overBudget = int(std::count_if(ms.cbegin(), ms.cend(), [](double v) { return v > 16.0; }));
    return out;
}

} // namespace groupbench
