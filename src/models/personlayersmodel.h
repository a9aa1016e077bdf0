#pragma once

#include "people/personprofile.h"

#include <QAbstractItemModel>
#include <QList>
#include <QString>
#include <QStringList>

namespace roledesk {

/// One person's database layers as a tree, each row with its lineage: per database (or why it
/// could not be read), each login of the person (and how it was matched), and under each login
/// its attributes, CONNECT, memberships (chain), schema groups, model roles, the models it may use
/// and a count of its rights on objects (the rights themselves are PersonRightsModel's table).
/// Databases that a cancelled sweep did not reach are rows of their own, marked "not read".
class PersonLayersModel : public QAbstractItemModel {
    Q_OBJECT
public:
    /// The columns: what the row is, what about it, and through which roles.
    enum Column { ItemColumn, DetailColumn, ThroughColumn, ColumnCount };
    /// What a row stands for.
    enum class Kind { Database, Login, Section, Entry };
    Q_ENUM(Kind)
    /// Item-data roles beyond Qt's own (the same on every column of a row).
    enum DataRole {
        KindRole = Qt::UserRole + 1, ///< int: Kind
        ProblemRole,                 ///< bool: an error or a missing part (the view shows it in red)
        DatabaseRole,                ///< QString: the database the row belongs to
        LoginRole,                   ///< QString: the login the row belongs to; empty for a database row
    };
    Q_ENUM(DataRole)

    explicit PersonLayersModel(QObject *parent = nullptr);

    /// Shows \a databases (resets), then a "not read" row for each of \a notRead.
    void setDatabases(const QList<PersonDatabase> &databases, const QStringList &notRead = {});
    /// Shows nothing.
    void clear();

    /// A membership chain as people read it: "alice > analysts > employees".
    static QString chainText(const QStringList &chain);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node {
        int parent = -1;           // index into m_nodes; -1: top level
        int row = 0;               // row under the parent
        QList<int> children;
        Kind kind = Kind::Entry;
        bool problem = false;
        QString text[ColumnCount];
        QString database;
        QString login;
    };
    int add(int parent, Kind kind, const QString &item, const QString &detail = {}, const QString &through = {},
            bool problem = false);
    void addLogin(int database, const PersonLoginFacts &login);
    const Node *node(const QModelIndex &index) const;

    QList<Node> m_nodes;
    QList<int> m_top;
};

} // namespace roledesk
