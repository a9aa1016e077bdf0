#pragma once

#include "plan/change.h"
#include "privileges/effectiverights.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <atomic>
#include <memory>

namespace roledesk {

/// How one effective right of one role on one object moves when a plan is applied.
enum class ImpactEffect : quint8 {
    Gained,            ///< the role will hold the privilege
    Lost,              ///< the role will no longer hold it
    GrantOptionGained, ///< it holds the privilege before and after, and may now grant it
    GrantOptionLost,   ///< it keeps the privilege but may no longer grant it
};

/// One (role, object, privilege) whose effective right the plan changes. Indexes only: the names
/// and the lineage are PlanImpact's to give (roleName, objectName, through), so that a plan that
/// opens hundreds of thousands of rights does not build a text for each.
struct ImpactRow {
    int role = -1;     ///< index into the snapshot's roles (the same before and after)
    int object = -1;   ///< index into the snapshot's objects
    Privilege privilege = Privilege::Select;
    ImpactEffect effect = ImpactEffect::Gained;
    bool withGrantOption = false; ///< Gained / Lost: the right was grantable after / before
};

class ImpactPathCache;

/// A change of the plan that changes no effective right, or whose effect RoleDesk cannot predict.
struct ImpactNote {
    enum class Kind : quint8 {
        NoEffect,    ///< applying it changes no effective right
        NotAssessed, ///< outside what the snapshot can show (new roles, default privileges, the vendor's model roles)
    };
    int change = -1;   ///< index into the plan
    Kind kind = Kind::NoEffect;
    QString reason;    ///< translated: "no effect: analysts still holds SELECT on sales.orders through ..."
};

/// The effective rights difference a plan would cause, computed on the snapshot before anything runs.
struct PlanImpact {
    QList<ImpactRow> rows;    ///< by role, then object, then privilege (snapshot order): deterministic
    QList<ImpactNote> notes;  ///< by change
    int gained = 0;
    int lost = 0;
    int grantOptionsGained = 0;
    int grantOptionsLost = 0;
    int roles = 0;            ///< distinct roles with a row
    int objects = 0;          ///< distinct objects with a row
    qint64 cellsCompared = 0; ///< (role, object) pairs looked at: how much work the plan asked for
    bool cancelled = false;   ///< *cancel became true: rows and notes are incomplete
    std::shared_ptr<const EffectiveRights> before; ///< the rights it was computed on
    std::shared_ptr<const EffectiveRights> after;  ///< the rights the plan would leave (rightsAfterPlan)

    /// The row's role name.
    QString roleName(const ImpactRow &row) const;
    /// The row's object for people (ObjectRef::toDisplay()).
    QString objectName(const ImpactRow &row) const;
    /// The way the row's right is held after the plan (gains) or was held before it (losses), as
    /// EffectiveRights::viaText: "direct", "member of a > b", several ways joined by "; ".
    /// Computed when asked, not by computeImpact (most rows of a large impact are never shown),
    /// and remembered by what decides it, so that asking for every row stays cheap. Thread-safe;
    /// copies of one PlanImpact share what is remembered.
    QString through(const ImpactRow &row) const;

private:
    friend PlanImpact computeImpact(std::shared_ptr<const EffectiveRights>, const QList<Change> &, const std::atomic_bool *);
    std::shared_ptr<ImpactPathCache> m_paths;
};

/// Computes the effective rights difference of \a changes against \a before: every (role, object,
/// privilege, grant option) that is gained or lost, and a note for each change that changes
/// nothing (and why) or cannot be assessed. Only roles whose closure the plan touches
/// are looked at, and only the objects it names; for membership, SUPERUSER and INHERIT changes,
/// every object whose ACL names a role the affected roles gain or lose the privileges of (every
/// object outright for SUPERUSER and pg_read_all_data / pg_write_all_data). Columns are reported only where
/// their own ACL moves them apart from their table. Schema-group Grant / Revoke calls count as the
/// memberships they make, and model-role changes in pgx_inference_ce as what its functions do
/// (engineChanges); rows and notes stay the plan's (a note's change is its index in \a changes).
/// Lineage is left to PlanImpact::through. Thread-safe for distinct calls;
/// \a cancel is polled.
PlanImpact computeImpact(std::shared_ptr<const EffectiveRights> before, const QList<Change> &changes,
                         const std::atomic_bool *cancel = nullptr);

/// Words for the impact, shared by the CLI and the console (translated in one context).
class ImpactText {
    Q_DECLARE_TR_FUNCTIONS(roledesk::ImpactText)
public:
    /// "gained", "lost", "grant option gained", "grant option lost".
    static QString effectName(ImpactEffect effect);
    /// "no effect", "not assessed".
    static QString noteKindName(ImpactNote::Kind kind);
    /// "3 gained, 1 lost, 0 grant options gained, 0 lost (2 roles, 4 objects)".
    static QString summary(const PlanImpact &impact);
};

} // namespace roledesk
