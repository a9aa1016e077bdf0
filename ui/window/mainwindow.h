#pragma once

#include "pg/connection.h"
#include "pg/error.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QProgressBar;
class QTabWidget;
class QUndoGroup;

namespace roledesk {

class DefaultPrivilegesPage;
class InterfaceLanguage;
class EffectiveRights;
class PolicyDriftPanel;
class LineagePanel;
class MatrixEditActions;
class PendingChangesDock;
class MatrixPage;
class MembershipPage;
class InferencePanel;
class ModelAccessPage;
class MessageBar;
class ModelsPage;
class SchemaGroupsPage;
class PasswordVault;
class PlatformPage;
class PersonPage;
class ProfileStore;
class Session;

/// The console's window. It only arranges: the toolbar (Connect, Refresh, Cancel), the pages
/// (Privileges, Memberships, Default privileges, Models, Schema groups, Platform, Person), the "Why?" dock, the
/// message bar and the status bar, and passes
/// the Session's results to them.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    /// The pages, in tab order.
    enum class Page { Matrix, Memberships, DefaultPrivileges, Models, Groups, Platform, Person };
    Q_ENUM(Page)

    /// A window whose Connect dialog offers the profiles of \a store and passwords of \a vault
    /// (either may be null).
    explicit MainWindow(ProfileStore *store = nullptr, PasswordVault *vault = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    // --- The interface language (windowlanguage.cpp).

    /// Adds View ▸ Language for \a language (not owned; must outlive the window).
    void setInterfaceLanguage(InterfaceLanguage *language);
    /// A window like this one in the language now installed: it takes over this window's session
    /// (connection, snapshot, pending plan and its undo history, journal), geometry, docks, page
    /// and language menu. This window is left without a session: delete it.
    std::unique_ptr<MainWindow> rebuilt();
    /// Whether work is running that rebuilding would cut short: loading, applying, a model task,
    /// a test inference or an access test.
    bool isBusy() const;

    /// Connects and loads without asking (the --dsn start).
    void connectTo(const pg::ConnectOptions &options);
    /// Opens the connection dialog and connects when it is accepted.
    void showConnectDialog();
    void showPage(Page page);

    Session *session() const { return m_session; }
    MatrixPage *matrixPage() const { return m_matrix; }
    MembershipPage *membershipPage() const { return m_memberships; }
    LineagePanel *lineagePanel() const { return m_lineage; }
    MessageBar *messageBar() const { return m_messages; }
    DefaultPrivilegesPage *defaultPrivilegesPage() const { return m_defaults; }
    PolicyDriftPanel *policyDriftPanel() const { return m_driftPanel; }
    ModelsPage *modelsPage() const { return m_models; }
    InferencePanel *inferencePanel() const { return m_inference; }
    ModelAccessPage *modelAccessPage() const { return m_modelAccess; }
    SchemaGroupsPage *schemaGroupsPage() const { return m_groups; }
    PlatformPage *platformPage() const { return m_platform; }
    PersonPage *personPage() const { return m_person; }
    /// Opens the journal of applied plans.
    void showJournal();
    /// Asks for roles, schemas and a format, and writes the current state as a policy file.
    void exportPolicy();
    /// Loads a policy file and shows its drift on the matrix and in the Policy drift dock.
    void comparePolicy(const QString &path = {});
    PendingChangesDock *pendingChangesDock() const { return m_pendingDock; }
    MatrixEditActions *matrixEditActions() const { return m_editActions; }
    QAction *connectAction() const { return m_connect; }
    QAction *refreshAction() const { return m_refresh; }
    QAction *cancelAction() const { return m_cancel; }

signals:
    /// A snapshot is loaded and shown in every page.
    void snapshotShown();

protected:
    /// Asks about unsaved platform file edits before the window closes.
    void closeEvent(QCloseEvent *event) override;

private:
    /// A window that takes over \a session (see rebuilt()).
    MainWindow(ProfileStore *store, PasswordVault *vault, Session *session);
    void createActions();
    void createStatusBar();
    void onStateChanged();
    /// "user@host:port/db" of the connection being made, for the status bar while loading.
    QString loadingTarget() const;
    void onSnapshot(std::shared_ptr<const EffectiveRights> rights);
    void onFailed(const pg::Error &error);
    void onCellSelected(int role, int object);
    void focusFilter();
    void createEditing();
    void createRoleViews();
    void createModelViews();
    void createGroupViews();
    void createPlatformViews();
    void createPersonViews();
    /// The auditor's tools of the Database menu (windowaudit.cpp): saved audits, separation of
    /// duties, reports.
    void createAuditActions();
    /// The host (and port) connected to, as saved audits and reports name it.
    QString connectedHost() const;

    ProfileStore *m_store;
    PasswordVault *m_vault;
    Session *m_session;
    MessageBar *m_messages;
    QTabWidget *m_pages;
    MatrixPage *m_matrix;
    MembershipPage *m_memberships;
    LineagePanel *m_lineage;
    QDockWidget *m_why;
    QAction *m_connect = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_cancel = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_takenAt = nullptr;
    QProgressBar *m_progress = nullptr;
    PendingChangesDock *m_pendingDock = nullptr;
    MatrixEditActions *m_editActions = nullptr;
    DefaultPrivilegesPage *m_defaults = nullptr;
    PolicyDriftPanel *m_driftPanel = nullptr;
    QDockWidget *m_driftDock = nullptr;
    ModelsPage *m_models = nullptr;
    InferencePanel *m_inference = nullptr;
    ModelAccessPage *m_modelAccess = nullptr;
    SchemaGroupsPage *m_groups = nullptr;
    PlatformPage *m_platform = nullptr;
    PersonPage *m_person = nullptr;
    QUndoGroup *m_undoGroup = nullptr; ///< Edit ▸ Undo / Redo follow the current page's history
    bool m_whyWasVisible = false; // the Why? dock was open when the matrix page was left
    bool m_pendingWasVisible = false; // the pending changes dock was open when the Platform page was shown
    InterfaceLanguage *m_language = nullptr;
};

} // namespace roledesk
