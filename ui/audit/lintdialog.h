#pragma once

#include "lint/lintrules.h"
#include "lint/separationofduties.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QPointer>
#include <QStringList>

#include <memory>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace roledesk {

class EffectiveRights;
class LintViolationModel;
class MessageBar;
class PlatformDocument;

/// Database ▸ Check separation of duties…: the rules of `roledesk-cli lint` (the same engine,
/// SeparationOfDuties) over the loaded snapshot and, when a platform file is open, its people
/// and their logins. A table of violations with a filter, the path that causes the selected one,
/// the login mapping's problems, another rules file, and CSV export. The check runs on a worker
/// thread; the dialog stays usable.
class LintDialog : public QDialog {
    Q_OBJECT
public:
    explicit LintDialog(QWidget *parent = nullptr);
    ~LintDialog() override;

    /// Checks \a rights with the current rules and \a platform's people (when it is open; may be
    /// null). Asynchronous: finished() follows. The dialog keeps both for "Check again".
    void check(std::shared_ptr<const EffectiveRights> rights, const PlatformDocument *platform);
    /// Reads rules from \a path and checks again; false (said in the dialog, naming file:line) when
    /// the file is not valid: the rules in use stay.
    bool useRulesFile(const QString &path);
    /// Goes back to the shipped rules and checks again.
    void useShippedRules();
    /// Writes the violations the filter leaves visible to \a path as CSV; false (said) on failure.
    bool exportCsv(const QString &path);

    /// The status line: counts, or what is happening.
    QString status() const;
    /// The notes above the table: the login mapping's problems and who has no login.
    QString notes() const;
    QLineEdit *filterEdit() const { return m_filter; }
    QTableView *table() const { return m_table; }
    LintViolationModel *model() const { return m_model; }
    /// The path of the selected violation.
    QPlainTextEdit *pathView() const { return m_path; }

signals:
    /// A check ended: status() says how.
    void finished();

private:
    struct Outcome {
        QString database;
        QList<LintViolation> violations;
        QStringList problems;
        QStringList withoutLogin;
    };
    void recheck();
    void done();
    void showPath();
    void updateRulesLabel();

    LintViolationModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_rulesLabel;
    MessageBar *m_notes;
    QLineEdit *m_filter;
    QTableView *m_table;
    QPlainTextEdit *m_path;
    QLabel *m_status;
    QProgressBar *m_busy;
    QPushButton *m_again;
    QPushButton *m_export;
    QFutureWatcher<Outcome> m_watcher;
    LintRules m_rules;
    QString m_rulesPath;   ///< empty: the shipped rules
    std::shared_ptr<const EffectiveRights> m_rights;
    QPointer<const PlatformDocument> m_platform;
    bool m_pending = false; ///< asked to check again while a check ran
};

} // namespace roledesk
