#pragma once

#include "people/personprofile.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSortFilterProxyModel>
#include <QString>
#include <QStringList>

namespace roledesk {

/// A person's effective rights on objects as one table over every database read: database,
/// login, object, kind, privilege, grantable and through (every lineage). Rights that only PUBLIC
/// or SUPERUSER give are not rows (PersonLoginFacts counts them).
class PersonRightsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { DatabaseColumn, LoginColumn, ObjectColumn, KindColumn, PrivilegeColumn, GrantableColumn,
                  ThroughColumn, ColumnCount };
    /// Item-data roles beyond Qt's own (the same on every column of a row).
    enum DataRole {
        PrivilegeRole = Qt::UserRole + 1, ///< int: Privilege
        ObjectKindRole,                   ///< int: ObjectKind
        GrantableRole,                    ///< bool
    };
    Q_ENUM(DataRole)

    explicit PersonRightsModel(QObject *parent = nullptr);

    /// Shows the rights of every login of every database in \a databases (resets).
    void setDatabases(const QList<PersonDatabase> &databases);
    void clear() { setDatabases({}); }

    /// CSV (RFC 4180, header row, untranslated keywords) of the rows \a rows (source rows, in the
    /// order given): database, login, object, kind, privilege, grantable, through.
    QString csv(const QList<int> &rows) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        QString database;
        QString login;
        PersonRight right;
    };
    QList<Row> m_rows;
};

/// Filters a PersonRightsModel: a row stays when each word of the filter text is found
/// (case-insensitive) in one of its columns ("select orders" finds SELECT on sales.orders), and
/// its database is the one chosen (empty: every database).
class PersonRightsFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit PersonRightsFilterModel(QObject *parent = nullptr);

    /// The words every row shown must contain; empty: every row.
    void setFilterText(const QString &text);
    QString filterText() const { return m_words.join(u' '); }
    /// Shows only the rights in \a database (empty: every database).
    void setDatabase(const QString &database);
    QString database() const { return m_database; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
    QString m_database;
};

} // namespace roledesk
