#pragma once

#include "plan/change.h"
#include "plan/sqlgenerator.h"

#include <QHash>
#include <QList>
#include <QString>

namespace roledesk {

/// The pending changes, in the order they were made, and the SQL they become.
/// A plan is a value: copy it freely (undo stacks keep copies).
class Plan {
public:
    /// What add() did with a change.
    enum class AddResult {
        Added,     ///< appended
        Cancelled, ///< it undid a pending change, which was removed instead
        Duplicate, ///< the same change was already pending
    };

    AddResult add(const Change &change);
    void insert(int index, const Change &change);
    void remove(int index);
    void clear()
    {
        m_changes.clear();
        m_hashes.clear();
    }

    const QList<Change> &changes() const { return m_changes; }
    int size() const { return int(m_changes.size()); }
    bool isEmpty() const { return m_changes.isEmpty(); }

    /// Every statement, change by change, in order.
    QList<Statement> statements() const;
    /// A script for people and psql: a header, BEGIN, each change as a comment and its
    /// statements, COMMIT. Running it with psql applies the plan.
    QString script(const QString &header = {}) const;

    /// Sorts the changes by changePhase(), keeping the order within a phase.
    void sortByPhase();

    friend bool operator==(const Plan &a, const Plan &b) { return a.m_changes == b.m_changes; }

private:
    QList<Change> m_changes;
    // How many pending changes have each hash: add() looks a change and its inverse up here and
    // scans m_changes only on a hit, so building a plan of n changes is O(n), not O(n^2).
    QHash<size_t, int> m_hashes;
    void countHash(const Change &change, int delta);
};

} // namespace roledesk
