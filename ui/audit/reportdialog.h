#pragma once

#include "lint/lintrules.h"
#include "platform/platformevaluation.h"
#include "platform/platformfile.h"
#include "report/reportwriter.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;

namespace roledesk {

class EffectiveRights;

/// Database ▸ Export report…: writes the audit report (HTML or PDF, by the file dialog's filter)
/// of the session's snapshot, with the open platform file's roles, on a worker thread; the
/// dialog shows the phase and its progress, and Cancel stops the work and leaves the file as it was.
class ReportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ReportDialog(QWidget *parent = nullptr);
    /// Cancels a running export and waits for it.
    ~ReportDialog() override;

    /// What the export needs besides the snapshot: a platform file and its evaluation, a saved audit.
    struct Extras {
        std::optional<PlatformFile> platformFile;
        std::optional<PlatformEvaluation> platform;
        QString sincePath;
        std::optional<LintRules> rules;   ///< nothing: the shipped rules
        QString rulesSource;              ///< the rules file, for the cover
    };
    /// Starts writing the report of \a rights (\a host as connected) to \a path in \a format.
    /// Asynchronous: finished() follows.
    void start(const QString &path, ReportFormat format, std::shared_ptr<const EffectiveRights> rights,
               const QString &host, Extras extras = {});
    /// The status line: where the report went and its SHA-256, or why not.
    QString status() const;
    /// True when the last start() wrote the whole report.
    bool succeeded() const { return m_succeeded; }
    QPushButton *cancelButton() const { return m_cancel; }

    /// Asks for the options (format, a saved audit to compare with, rules: ReportOptionsDialog),
    /// then where, then shows a dialog that writes the report. \a extras: the open platform file.
    static void exportWithDialog(QWidget *parent, std::shared_ptr<const EffectiveRights> rights, const QString &host,
                                 Extras extras);

signals:
    /// The export ended: written, failed or cancelled (status() says which).
    void finished();

private:
    /// What the worker hands back.
    struct Outcome {
        bool ok = false;
        bool cancelled = false;
        QString message;
    };
    void done();

    QLabel *m_phase;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_cancel;
    QPushButton *m_close;
    QFutureWatcher<Outcome> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancelFlag;
    bool m_succeeded = false;
};

} // namespace roledesk
