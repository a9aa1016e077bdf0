#pragma once

#include "audit/auditcomparison.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace roledesk {

class AuditComparisonModel;
class EffectiveRights;

/// Database ▸ Compare with saved audit…: what changed between a saved audit and now (or another
/// saved audit): a table of rights gained and lost with their lineage, memberships, schema groups
/// and model roles, with a filter and CSV export. The reading and comparing run on a worker thread
/// with a Cancel button. Also hosts Database ▸ Save audit… (saveWithDialog()).
class AuditCompareDialog : public QDialog {
    Q_OBJECT
public:
    explicit AuditCompareDialog(QWidget *parent = nullptr);
    ~AuditCompareDialog() override;

    /// Compares saved audit \a older with \a rights now (its audit taken to a temporary file),
    /// \a host as connected. Asynchronous: finished() follows.
    void compareWithNow(const QString &older, std::shared_ptr<const EffectiveRights> rights, const QString &host,
                        bool allowOtherDatabase = false);
    /// Compares two saved audits. Asynchronous: finished() follows.
    void compareFiles(const QString &older, const QString &newer, bool allowOtherDatabase = false);
    /// Writes the differences the filter leaves visible to \a path as CSV; false (said in the dialog) on failure.
    bool exportCsv(const QString &path);
    /// The status line: counts, or why nothing could be compared.
    QString status() const;
    /// The filter's line edit, the table and the model under it (for tests and the window).
    QLineEdit *filterEdit() const { return m_filter; }
    QTableView *table() const { return m_table; }
    AuditComparisonModel *model() const { return m_model; }

    /// Saves the audit of \a rights to \a path (OutputFile: all or nothing), blocking; empty on
    /// success, else why not (naming the file).
    static QString saveTo(const QString &path, const EffectiveRights &rights, const QString &host,
                          const std::atomic_bool *cancelled = nullptr);
    /// Asks where, then saves on a worker thread behind a progress dialog with Cancel.
    static void saveWithDialog(QWidget *parent, std::shared_ptr<const EffectiveRights> rights, const QString &host);

signals:
    /// A comparison ended (shown, refused or failed): status() says how.
    void finished();

private:
    /// What a worker hands back.
    struct Outcome {
        AuditComparison comparison;
        QString otherDatabase; ///< refused: the audits are of different databases
    };
    void start(std::function<Outcome(const std::atomic_bool *)> work, std::function<void()> retryAllowingOther);
    void done();
    void setBusy(bool busy);

    AuditComparisonModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_table;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QPushButton *m_export;
    QFutureWatcher<Outcome> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancelFlag;
    std::function<void()> m_retry;
};

} // namespace roledesk
