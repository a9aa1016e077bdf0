#pragma once

#include "privileges/impact.h"
#include "privileges/impactpeople.h"

#include <QAbstractTableModel>

#include <optional>

namespace roledesk {

/// The effective rights difference of the pending plan as a table: one row per right gained or
/// lost (role, person, object, privilege, effect, through), then one per change that changes
/// nothing (its description in the object column, its reason in the through column). The person
/// column is filled when people are set (a platform file's logins), else empty.
class PlanImpactModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { RoleColumn, PersonColumn, ObjectColumn, PrivilegeColumn, EffectColumn, ThroughColumn, ColumnCount };
    /// Item-data roles beyond Qt's own.
    enum DataRole {
        EffectRole = Qt::UserRole + 1, ///< int: ImpactEffect, or -1 for a note
        NoteKindRole,                  ///< int: ImpactNote::Kind for a note, -1 for a right
    };
    Q_ENUM(DataRole)

    explicit PlanImpactModel(QObject *parent = nullptr);

    /// Shows \a impact; \a changeTexts describe the plan's changes for people (resets the model).
    void setImpact(const PlanImpact &impact, const QStringList &changeTexts);
    const PlanImpact &impact() const { return m_impact; }
    /// Names the people of the rows' roles (ImpactPeople::map of this impact), or nobody.
    void setPeople(std::optional<ImpactPeople> people);
    const std::optional<ImpactPeople> &people() const { return m_people; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    PlanImpact m_impact;
    QStringList m_changeTexts;
    std::optional<ImpactPeople> m_people;
};

} // namespace roledesk
