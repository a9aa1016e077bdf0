#pragma once

#include "lint/separationofduties.h"

#include <QAbstractTableModel>
#include <QList>

namespace roledesk {

/// The violations of one separation-of-duties check as a table: severity, rule, person, login,
/// database and the violation; the path that causes each is pathText(). Read-only.
class LintViolationModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { SeverityColumn, RuleColumn, PersonColumn, LoginColumn, DatabaseColumn, MessageColumn, ColumnCount };

    explicit LintViolationModel(QObject *parent = nullptr);

    /// Shows \a violations (in the engine's order: rules in file order, then people).
    void setViolations(const QList<LintViolation> &violations);
    const LintViolation &violation(int row) const { return m_violations.at(row); }

    /// "error" / "warning", translated.
    static QString severityName(LintRule::Severity severity);
    /// The violation of \a row with the rule's description and its path, one cause a line.
    QString pathText(int row, const QString &description) const;
    /// \a rows as CSV (RFC 4180): severity,rule,person,login,database,message,path (path lines
    /// joined by a line feed inside one field); severities in English, as the CLI's JSON has them.
    QString csv(const QList<int> &rows) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<LintViolation> m_violations;
};

} // namespace roledesk
