#pragma once

#include "lint/lintrules.h"
#include "report/reportwriter.h"

#include <QDialog>
#include <QString>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace roledesk {

class MessageBar;

/// The first step of Database ▸ Export report…: the format, a saved audit whose changes since
/// then the report shows (optional), and the separation-of-duties rules (shipped or a file).
/// Both files are read when the dialog is accepted: a damaged saved audit, one of another
/// database, or a rules file that is not valid is said in the dialog, which stays open.
class ReportOptionsDialog : public QDialog {
    Q_OBJECT
public:
    /// \a database: the session's database, which a saved audit must be of.
    explicit ReportOptionsDialog(const QString &database, QWidget *parent = nullptr);

    ReportFormat format() const;
    void setFormat(ReportFormat format);
    /// The saved audit to compare with; empty: none.
    QString sincePath() const;
    void setSincePath(const QString &path);
    /// The rules file; empty: the shipped rules.
    QString rulesPath() const;
    void setRulesPath(const QString &path);
    /// The rules read from rulesPath() when the dialog was accepted; nothing: the shipped ones.
    const std::optional<LintRules> &rules() const { return m_rules; }
    /// What the dialog said when it refused to close (empty: nothing).
    QString message() const;

    /// Checks both files; closes only when they are usable.
    void accept() override;

private:
    QString m_database;
    QComboBox *m_format;
    QLineEdit *m_since;
    QLineEdit *m_rulesFile;
    MessageBar *m_message;
    std::optional<LintRules> m_rules;
};

} // namespace roledesk
