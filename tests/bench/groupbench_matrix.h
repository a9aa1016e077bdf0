// roledesk-groupbench, part (c): the schema-group matrix measured cell by cell (snapshot,
// EffectiveRights, SchemaGroupPlanner, page by page) and the Schema groups page scrolled offscreen.
// The catalog generation, the enable/migrate runs and the report are in roledesk_groupbench.cpp.
#pragma once

#include "pg/connection.h"

#include <QString>

namespace groupbench {

/// One measure of the matrix: snapshot, rights, planner, every cell page by page.
struct MatrixRun {
    double readMs = 0, rightsMs = 0, plannerMs = 0, cellsMs = 0, totalMs = 0;
    double pageMedianMs = 0, pageMaxMs = 0;
    int rows = 0, columns = 0, pages = 0, roles = 0, objects = 0;
    qint64 held = 0; // cells with a level, so the work cannot be optimised away
    QString error;
};

/// The matrix over a fresh snapshot of \a options' database, \a pageRows x \a pageColumns cells at
/// a time, as a view asks for the cells on screen.
MatrixRun runMatrix(const roledesk::pg::ConnectOptions &options, int pageRows, int pageColumns);

/// Frames of the Schema groups page while scrolling: page down, then page right.
struct ScrollRun {
    double loadMs = 0, firstFrameMs = 0, medianMs = 0, p95Ms = 0, maxMs = 0;
    int frames = 0, overBudget = 0, rows = 0, columns = 0;
    QString error;
};

/// The Schema groups page at 1600x1000 over \a options' database: \a steps pages down, then right.
ScrollRun runScroll(const roledesk::pg::ConnectOptions &options, int steps);

} // namespace groupbench
