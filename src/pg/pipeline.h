#pragma once

#include "pg/connection.h"
#include "pg/error.h"

#include <QList>
#include <QString>

#include <functional>

namespace roledesk::pg {

/// What runPipeline() did.
struct PipelineOutcome {
    int completed = 0;    ///< statements that succeeded, in order
    int failedIndex = -1; ///< the statement that failed (-1: none, or the connection broke between statements)
    Error error;          ///< the first error (a lost connection sets Error::connectionLost)
    bool stopped = false; ///< the \c between callback asked to stop
    bool ok() const { return error.isNull() && !stopped; }
};

/// One statement for runPipeline(): its text and the values bound to its $1, $2, ...
struct PipelineStatement {
    QString sql;
    Params params;
};

/// Runs \a statements in libpq pipeline mode, \a batchSize at a time: each batch is
/// sent with PQsendQueryParams, closed with PQpipelineSync and its results read before the next is
/// sent, so neither side's socket buffer can fill up (the deadlock the libpq docs warn about).
/// Stops at the first error; run it inside a transaction block, where an error leaves the
/// transaction aborted. \a between is called after each batch with the statements done so far;
/// returning false stops before the next batch. The connection is back in normal mode afterwards.
PipelineOutcome runPipeline(Connection &conn, const QList<PipelineStatement> &statements, int batchSize,
                            const std::function<bool(int done)> &between = {});

} // namespace roledesk::pg
