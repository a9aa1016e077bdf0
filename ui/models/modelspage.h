#pragma once

#include "common/messagebar.h"
#include "plan/change.h"
#include "pgx/modeltask.h"

#include <QThread>
#include <QWidget>

#include <memory>

class QAction;
class QFrame;
class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QToolBar;

namespace roledesk {

class EffectiveRights;
class ModelImportDialog;
class ModelInventoryModel;
class ModelTaskRunner;
class Session;

/// The "Models" page: the in-database models of pgx_inference (or pgx_inference_ce). The
/// inventory lists every model the connected user can see (id, name, owner, size, function, load
/// state with reason, permitted users, metadata) with the total loaded size against the limit as
/// a bar, and offers the actions the user may take by the reference matrix: import (a file
/// picked or dropped on the page), replace the file, edit the metadata, delete, load, unload,
/// export the file, grant use. Import, load and the like run on a worker thread with a
/// connection of their own, with progress and cancel; the page reloads the session afterwards.
/// Granting use becomes pending changes (EXECUTE on the model's function, plus USAGE on the
/// schema when missing), applied with the rest of the plan. On a database without the extension
/// the page offers to install pgx_inference_ce. Against the vendor's pgx_inference it calls only
/// the documented functions and says where a step is the vendor's client tool instead.
class ModelsPage : public QWidget {
    Q_OBJECT
public:
    explicit ModelsPage(Session *session, QWidget *parent = nullptr);
    ~ModelsPage() override;

    /// Adds a sub-page (the model access matrix, the inference panel) beside the inventory.
    void addSubPage(QWidget *page, const QString &title);
    /// Shows sub-page \a page (the inventory when it is not one).
    void showSubPage(QWidget *page);

    ModelInventoryModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QProgressBar *loadedBar() const { return m_loaded; }
    QLabel *headerLabel() const { return m_header; }
    QFrame *installBar() const { return m_installBar; }
    QAction *importAction() const { return m_import; }
    QAction *replaceAction() const { return m_replace; }
    QAction *metadataAction() const { return m_metadata; }
    QAction *dropAction() const { return m_drop; }
    QAction *loadAction() const { return m_load; }
    QAction *unloadAction() const { return m_unload; }
    QAction *exportAction() const { return m_export; }
    QAction *grantUseAction() const { return m_grantUse; }
    QAction *installAction() const { return m_install; }
    QPushButton *cancelButton() const { return m_cancelTask; }
    /// The import dialog while it is open, else nullptr.
    ModelImportDialog *importDialog() const { return m_importDialog; }

    /// The row (in the model) of the current model, or -1.
    int currentRow() const;
    /// Makes the model named \a name current; false when it is not listed.
    bool selectModel(const QString &name);
    /// True while a model task runs.
    bool isBusy() const { return m_task != 0; }

    /// Opens the import dialog (non-modal), with \a file filled in when given.
    void showImportDialog(const QString &file = {});
    /// Runs \a request on the worker thread (the page's progress row shows it unless an import
    /// dialog does). False when a task already runs.
    bool runTask(const ModelTaskRequest &request);
    /// The changes that grant the use of the model at \a row to \a role: EXECUTE on its
    /// function, and USAGE on schema pgx_inference when the role lacks it.
    QList<Change> grantUseChanges(int row, const QString &role) const;

signals:
    /// Something for the message bar.
    void message(roledesk::MessageBar::Level level, const QString &text, const QString &details = {});
    /// The user asked for \a changes (granting use), described by \a text.
    void changesProposed(const QList<roledesk::Change> &changes, const QString &text);
    /// A model task ended (after the message was sent).
    void taskFinished(const roledesk::ModelOutcome &outcome);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void onSnapshot(std::shared_ptr<const EffectiveRights> rights);
    void updateHeader();
    void updateActions();
    void onProgressed(quint64 task, qint64 done, qint64 total);
    void onFinished(quint64 task, const ModelOutcome &outcome);
    /// Records the finished task in the session's journal (every attempt but an export).
    void record(const ModelOutcome &outcome);
    QString currentName() const;
    void confirmDrop();
    void editMetadata();
    void replaceFile();
    void exportFile();
    void grantUse();
    void showInstallDialog();

    Session *m_session;
    ModelInventoryModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTabWidget *m_tabs;
    QLabel *m_header;
    QLabel *m_warnings;
    QFrame *m_installBar;
    QLabel *m_installText;
    QProgressBar *m_loaded;
    QToolBar *m_toolbar;
    QTableView *m_view;
    QFrame *m_taskRow;
    QLabel *m_taskLabel;
    QProgressBar *m_taskProgress;
    QPushButton *m_cancelTask;
    QAction *m_import;
    QAction *m_replace;
    QAction *m_metadata;
    QAction *m_drop;
    QAction *m_load;
    QAction *m_unload;
    QAction *m_export;
    QAction *m_grantUse;
    QAction *m_install;
    ModelImportDialog *m_importDialog = nullptr;
    QThread m_thread;
    ModelTaskRunner *m_runner = nullptr; // lives on m_thread
    quint64 m_task = 0;                  // the running task; 0: none
    ModelTaskRequest m_request;          // what it does
};

} // namespace roledesk
