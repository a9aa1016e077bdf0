#pragma once

#include "platform/platformfile.h"

#include <QAbstractTableModel>
#include <QList>

namespace roledesk {

/// The people of a platform (the file's and a directory's) as a table: login, name, kind,
/// identity provider and groups. Views filter it through a QSortFilterProxyModel.
class PlatformPeopleModel : public QAbstractTableModel {
    Q_OBJECT
public:
    /// The columns, in order.
    enum class Column { Id, Name, Kind, Provider, Groups, Count };
    Q_ENUM(Column)

    /// Item-data roles beyond Qt's own (the same on every column of a row).
    enum DataRole {
        PersonIdRole = Qt::UserRole + 1, ///< QString: the person's id
        MachineRole,                     ///< bool: a machine user
    };
    Q_ENUM(DataRole)

    explicit PlatformPeopleModel(QObject *parent = nullptr);

    /// Shows \a people (resets the model).
    void setPeople(const QList<PlatformPerson> &people);
    const QList<PlatformPerson> &people() const { return m_people; }
    /// The row of person \a id, or -1.
    int rowOf(const QString &id) const;
    /// "Name (id)", or the id alone when the person has no name.
    static QString displayName(const PlatformPerson &person);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<PlatformPerson> m_people;
};

} // namespace roledesk
