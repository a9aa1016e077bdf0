#pragma once

#include "slpm/groupdrift.h"

#include <QAbstractTableModel>
#include <QByteArray>
#include <QList>

namespace roledesk {

/// The drift from the schema-group model in force (GroupDriftFinder), one row per finding:
/// its kind, the object it is about and what is wrong. Views sort and filter it through a proxy
/// (KindKeyRole filters by kind).
class GroupDriftModel : public QAbstractTableModel {
    Q_OBJECT
public:
    /// The columns, in order.
    enum class Column { Kind, Object, Detail, Count };
    Q_ENUM(Column)

    /// Item-data roles beyond Qt's own (the same on every column of a row).
    enum DataRole {
        KindRole = Qt::UserRole + 1, ///< int: the GroupDrift::Kind
        KindKeyRole,                 ///< QString: GroupDriftFinder::kindKey, stable for filters
    };
    Q_ENUM(DataRole)

    explicit GroupDriftModel(QObject *parent = nullptr);

    /// Shows \a drift (resets the model).
    void setDrift(const QList<GroupDrift> &drift);
    /// Shows the drift of \a snapshot (GroupDriftFinder::find).
    void setSnapshot(const Snapshot &snapshot) { setDrift(GroupDriftFinder::find(snapshot)); }
    const QList<GroupDrift> &drift() const { return m_drift; }
    /// The finding of row \a row.
    const GroupDrift &at(int row) const { return m_drift.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// \a drift as RFC 4180 CSV (CRLF records) with the header kind,object,detail; kind is the key.
    static QByteArray toCsv(const QList<GroupDrift> &drift);
    /// \a drift as a JSON array of {"kind", "object", "detail"} objects; kind is the key.
    static QByteArray toJson(const QList<GroupDrift> &drift);

private:
    QList<GroupDrift> m_drift;
};

} // namespace roledesk
