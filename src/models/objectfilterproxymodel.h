#pragma once

#include "catalog/privilege.h"

#include <QSortFilterProxyModel>
#include <QString>
#include <QStringList>

#include <vector>

namespace roledesk {

/// Filters the columns (objects) of a PrivilegeMatrixModel by kind, schema and name. The set of
/// accepted columns is computed once per filter change, so filtering 25,000 columns stays quick.
class ObjectFilterProxyModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit ObjectFilterProxyModel(QObject *parent = nullptr);

    /// Shows only objects of the given kinds; all kinds by default.
    void setKinds(const QList<ObjectKind> &kinds);
    /// Shows only objects of \a kind or not, keeping the others as they are.
    void setKindVisible(ObjectKind kind, bool visible);
    bool isKindVisible(ObjectKind kind) const;
    /// Shows only the objects grouped under \a schema (empty: every schema).
    void setSchema(const QString &schema);
    QString schema() const { return m_schema; }
    /// Keeps objects whose qualified name contains \a text (case-insensitive).
    void setNameFilter(const QString &text);
    QString nameFilter() const { return m_name; }

    /// The distinct schema groups of the source's columns, in column order.
    QStringList schemas() const;

    void setSourceModel(QAbstractItemModel *model) override;

protected:
    bool filterAcceptsColumn(int sourceColumn, const QModelIndex &sourceParent) const override;

private:
    void refilter();
    bool accepts(int sourceColumn) const;

    quint32 m_kinds = 0;    // bit per ObjectKind
    QString m_schema;
    QString m_name;
    mutable std::vector<char> m_accepted; // per source column; rebuilt when stale
    mutable bool m_stale = true;
};

} // namespace roledesk
