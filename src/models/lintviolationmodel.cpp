#include "models/lintviolationmodel.h"

#include "export/auditexporter.h"


namespace roledesk {

LintViolationModel::LintViolationModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void LintViolationModel::setViolations(const QList<LintViolation> &violations)
{
    beginResetModel();
    m_violations = violations;
    endResetModel();
}

QString LintViolationModel::severityName(LintRule::Severity severity)
{
    return severity == LintRule::Severity::Error ? tr("error") : tr("warning");
}

QString LintViolationModel::pathText(int row, const QString &description) const
{
    const LintViolation &v = m_violations.at(row);
    QString text = v.message + u'\n';
    if (!description.isEmpty())
        text += tr("Rule %1: %2").arg(v.rule, description) + u'\n';
    text += tr("Why:") + u'\n';
    for (const QString &line : v.path)
        text += QStringLiteral("  • ") + line + u'\n';
    return text;
}

QString LintViolationModel::csv(const QList<int> &rows) const
{
    // The keys and severities of `roledesk-cli lint --format json`, so that both read alike.
    QString out = QStringLiteral("severity,rule,person,login,database,message,path\r\n");
    for (const int row : rows) {
        const LintViolation &v = m_violations.at(row);
        const QStringList fields{v.severity == LintRule::Severity::Error ? QStringLiteral("error") : QStringLiteral("warning"),
                                 v.rule, v.person, v.login, v.database, v.message, v.path.join(u'\n')};
        out += AuditExporter::csvRecord(fields);
    }
    return out;
}

int LintViolationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_violations.size());
}

int LintViolationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LintViolationModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_violations.size())
        return {};
    const LintViolation &v = m_violations.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case SeverityColumn: return severityName(v.severity);
        case RuleColumn: return v.rule;
        case PersonColumn: return v.person.isEmpty() ? tr("(nobody)") : v.person;
        case LoginColumn: return v.login;
        case DatabaseColumn: return v.database;
        case MessageColumn: return v.message;
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole)
        return v.path.join(u'\n');
    return {};
}

QVariant LintViolationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn: return tr("Severity");
    case RuleColumn: return tr("Rule");
    case PersonColumn: return tr("Person");
    case LoginColumn: return tr("Login");
    case DatabaseColumn: return tr("Database");
    case MessageColumn: return tr("Violation");
    default: return {};
    }
}

} // namespace roledesk
