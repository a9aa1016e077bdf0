#include "impacttruth.h"

#include "plan/sqlgenerator.h"
#include "privileges/impactchanges.h"
#include "privileges/pendingrights.h"
#include "sandbox.h"

#include <QTest>

namespace roledesk::test {

RightMoves predictedMoves(const PlanImpact &impact, const std::function<QString(const ImpactRow &)> &key)
{
    RightMoves out;
    const QString grant = QStringLiteral("+grant");
    for (const ImpactRow &row : impact.rows) {
        const QString k = key(row);
        if (k.isEmpty())
            continue;
        switch (row.effect) {
        case ImpactEffect::Gained:
            out.gained << k;
            if (row.withGrantOption)
                out.gained << k + grant;
            break;
        case ImpactEffect::Lost:
            out.lost << k;
            if (row.withGrantOption)
                out.lost << k + grant;
            break;
        case ImpactEffect::GrantOptionGained: out.gained << k + grant; break;
        case ImpactEffect::GrantOptionLost: out.lost << k + grant; break;
        }
    }
    return out;
}

RightMoves serverMoves(pg::Connection &conn, const QList<Change> &changes, const std::function<QSet<QString>()> &truth)
{
    const QSet<QString> was = truth();
    if (!execOrFail(conn, QStringLiteral("BEGIN")))
        return {};
    for (int i = 0; i < changes.size(); ++i) {
        for (const Statement &st : sqlgen::statements(changes.at(i), i)) {
            if (!execOrFail(conn, st.sql, st.params)) {
                conn.exec(QStringLiteral("ROLLBACK"));
                return {};
            }
        }
    }
    const QSet<QString> now = truth();
    execOrFail(conn, QStringLiteral("ROLLBACK"));
    return {QSet<QString>(now).subtract(was), QSet<QString>(was).subtract(now)};
}

bool pathsAreTheEngines(const PlanImpact &impact, const QList<Change> &changes)
{
    const EffectiveRights &before = *impact.before;
    const std::shared_ptr<const EffectiveRights> after =
        rightsAfterPlan(before, engineChanges(before.snapshot(), changes).changes);
    for (int pass = 0; pass < 2; ++pass) {
        for (const ImpactRow &row : impact.rows) {
            const bool gain = row.effect == ImpactEffect::Gained || row.effect == ImpactEffect::GrantOptionGained;
            const QString expected = (gain ? *after : before).viaText(row.role, row.object, row.privilege);
            if (impact.through(row) == expected && !expected.isEmpty())
                continue;
            qWarning("%s on %s: through \"%s\", expected \"%s\"", qPrintable(impact.roleName(row)),
                     qPrintable(impact.objectName(row)), qPrintable(impact.through(row)), qPrintable(expected));
            QTest::qFail("a row's path is not the engine's explanation", __FILE__, __LINE__);
            return false;
        }
    }
    return true;
}

QStringList sorted(const QSet<QString> &set)
{
    QStringList list(set.begin(), set.end());
    list.sort();
    return list;
}

} // namespace roledesk::test
