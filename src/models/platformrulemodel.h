#pragma once

#include "platform/platformfile.h"

#include <QAbstractTableModel>
#include <QList>

namespace roledesk {

/// The role mapping rules of a platform file: name, scope, conditions, roles. Row i is
/// PlatformFile::rules[i].
class PlatformRuleModel : public QAbstractTableModel {
    Q_OBJECT
public:
    /// The columns, in order.
    enum class Column { Name, Scope, Conditions, Roles, Count };
    Q_ENUM(Column)

    explicit PlatformRuleModel(QObject *parent = nullptr);

    /// Shows the rules of \a file, role names from \a definition (copied; resets).
    void setFile(const PlatformFile &file, const PlatformDefinition &definition);
    /// Translated text of \a conditions: "provider corp-ldap and group data-eng".
    static QString conditionsText(const QList<PlatformCondition> &conditions);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        PlatformRule rule;
        QString conditionsText;
        QString rolesText;
    };
    QList<Row> m_rows;
};

} // namespace roledesk
