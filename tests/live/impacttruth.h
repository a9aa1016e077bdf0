#pragma once

// What tst_planimpact and tst_planimpactmodels share: computeImpact's rows as sets of keys that a
// test compares with has_*_privilege read before and after applying the plan for real, and the
// check that each row's path is the engine's own explanation.

#include "pg/connection.h"
#include "plan/change.h"
#include "privileges/impact.h"

#include <QSet>
#include <QString>

#include <functional>

namespace roledesk::test {

/// Rights a plan moves, as "KEY" (held) and "KEY+grant" (grantable) strings.
struct RightMoves {
    QSet<QString> gained;
    QSet<QString> lost;
};

/// The moves \a impact predicts: each row as key(row) (skipped when empty), with "+grant" for its
/// grant option (a gain or loss of a grantable right moves both).
RightMoves predictedMoves(const PlanImpact &impact, const std::function<QString(const ImpactRow &)> &key);

/// The moves the server makes: \a truth (held rights as above) read on \a conn, then each of
/// \a changes' statements (sqlgen) run in a transaction, \a truth read again, and rolled back.
/// Fails the calling test on an error.
RightMoves serverMoves(pg::Connection &conn, const QList<Change> &changes, const std::function<QSet<QString>()> &truth);

/// Fails the calling test unless each row's PlanImpact::through, asked twice (the second answer
/// is remembered), is the engine's viaText on its side of \a changes, recomputed apart.
bool pathsAreTheEngines(const PlanImpact &impact, const QList<Change> &changes);

/// \a set sorted, for a QCOMPARE that shows the difference.
QStringList sorted(const QSet<QString> &set);

} // namespace roledesk::test
