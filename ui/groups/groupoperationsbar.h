#pragma once

#include "groups/groupoperationdialog.h"
#include "groups/slpminstalldialog.h"
#include "slpm/groupoperations.h"

#include <QElapsedTimer>
#include <QInputDialog>
#include <QPointer>
#include <QProgressDialog>
#include <QThread>
#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;

namespace roledesk {

class EffectiveRights;
class MessageBar;
class Session;

/// The model-wide actions of the schema-group models, as the session's snapshot allows them:
/// install slpm_ce where there is no model, enable SLPM or SPM, migrate, disable, rename the
/// current schema (SLPM) and clean up a disabled model's groups. Each operation is previewed
/// first (what it does, the exact statement, the batch size), then runs on a thread of the bar
/// with progress and cancel; the outcome is shown, journalled, and the session reloaded.
/// Renaming a schema joins the pending plan instead of running at once.
class GroupOperationsBar : public QWidget {
    Q_OBJECT
public:
    explicit GroupOperationsBar(Session *session, QWidget *parent = nullptr);
    ~GroupOperationsBar() override;

    QPushButton *installButton() const { return m_install; }
    QPushButton *enableSlpmButton() const { return m_enableSlpm; }
    QPushButton *enableSpmButton() const { return m_enableSpm; }
    QPushButton *migrateButton() const { return m_migrate; }
    QPushButton *disableButton() const { return m_disable; }
    QPushButton *renameButton() const { return m_rename; }
    QPushButton *cleanupButton() const { return m_cleanup; }
    QLabel *statusLabel() const { return m_status; }
    MessageBar *messageBar() const { return m_message; }
    /// The open preview, install, rename or progress dialog, else nullptr.
    GroupOperationDialog *previewDialog() const { return m_preview; }
    SlpmInstallDialog *installDialog() const { return m_installDialog; }
    QInputDialog *renameDialog() const { return m_renameDialog; }
    QProgressDialog *progressDialog() const { return m_progress; }
    /// True while an operation runs.
    bool isBusy() const { return m_task != 0; }
    /// The schema Rename works on.
    QString currentSchema() const { return m_schema; }

    /// The request a button of the bar previews for \a operation on \a model.
    GroupOperationRequest requestFor(GroupOperation operation, GroupModel model) const;
    /// Opens the preview of \a request (window-modal); Run starts it.
    void preview(const GroupOperationRequest &request);
    /// Runs \a request at once; false when an operation already runs or there is no connection.
    bool run(const GroupOperationRequest &request);
    /// Opens the install dialog for slpm_ce.
    void showInstallDialog();
    /// Asks the new name of the current schema; the rename joins the pending plan.
    void showRenameDialog();

public slots:
    /// The schema Rename schema… works on (the page's current schema).
    void setCurrentSchema(const QString &schema);

signals:
    /// An operation ended (its outcome is shown on the bar, and the session reloads).
    void operationFinished(const roledesk::GroupOperationOutcome &outcome);
    /// The running operation committed \a batches calls; \a left objects still wait (-1: unknown).
    /// The progress dialog shows it already.
    void operationProgressed(int batches, qint64 left);

private:
    void onSnapshot(const std::shared_ptr<const EffectiveRights> &rights);
    void updateButtons();
    void onProgressed(quint64 task, int batches, qint64 left);
    void onFinished(quint64 task, const GroupOperationOutcome &outcome);
    void record(const GroupOperationOutcome &outcome);

    Session *m_session;
    std::shared_ptr<const EffectiveRights> m_rights;
    QString m_schema;
    QLabel *m_status;
    MessageBar *m_message;
    QPushButton *m_install;
    QPushButton *m_enableSlpm;
    QPushButton *m_enableSpm;
    QPushButton *m_migrate;
    QPushButton *m_disable;
    QPushButton *m_rename;
    QPushButton *m_cleanup;
    QPointer<GroupOperationDialog> m_preview;
    QPointer<SlpmInstallDialog> m_installDialog;
    QPointer<QInputDialog> m_renameDialog;
    QPointer<QProgressDialog> m_progress;

    QThread m_thread;
    GroupOperationRunner *m_runner = nullptr; // lives on m_thread, deleted when it finishes
    quint64 m_task = 0;                       // the running operation; 0: none
    GroupOperationRequest m_request;
    qint64 m_firstLeft = -1;                  // objects left when the running migrate began
    QElapsedTimer m_clock;
};

} // namespace roledesk
