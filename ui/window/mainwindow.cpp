#include "window/mainwindow.h"

#include "window/connectiondialog.h"
#include "common/windowgeometry.h"
#include "privileges/defaultprivilegespage.h"
#include "policy/exportpolicydialog.h"
#include "changes/journaldialog.h"
#include "policy/policydriftpanel.h"
#include "models/privilegematrixmodel.h"
#include "privileges/exportview.h"
#include "privileges/lineagepanel.h"
#include "privileges/matrixeditactions.h"
#include "privileges/matrixpage.h"
#include "changes/pendingchangesdock.h"
#include "changes/planimpactview.h"
#include "roles/membershippage.h"
#include "common/messagebar.h"
#include "models/inferencepanel.h"
#include "models/modelaccesspage.h"
#include "models/modelspage.h"
#include "groups/schemagroupspage.h"
#include "platform/platformdocument.h"
#include "platform/platformpage.h"
#include "people/personpage.h"
#include "privileges/effectiverights.h"
#include "window/session.h"
#include "store/connectionprofile.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QPushButton>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QProgressBar>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

namespace roledesk {

MainWindow::MainWindow(ProfileStore *store, PasswordVault *vault, QWidget *parent)
    : MainWindow(store, vault, static_cast<Session *>(nullptr))
{
    if (parent)
        setParent(parent, windowFlags()); // stays a window of its own
}

MainWindow::MainWindow(ProfileStore *store, PasswordVault *vault, Session *session)
    : QMainWindow(nullptr)
    , m_store(store)
    , m_vault(vault)
    , m_session(session ? session : new Session(this))
    , m_messages(new MessageBar(this))
    , m_pages(new QTabWidget(this))
    , m_matrix(new MatrixPage(this))
    , m_memberships(new MembershipPage(this))
    , m_lineage(new LineagePanel(this))
    , m_why(new QDockWidget(tr("Why?"), this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("RoleDesk"));

    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->addTab(m_matrix, tr("&Privileges"));
    m_pages->addTab(m_memberships, tr("&Memberships"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_messages);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_why->setObjectName(QStringLiteral("whyDock"));
    m_why->setWidget(m_lineage);
    m_why->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable
                       | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::RightDockWidgetArea, m_why);
    resizeDocks({m_why}, {380}, Qt::Horizontal);

    createActions();
    createStatusBar();

    connect(m_session, &Session::stateChanged, this, &MainWindow::onStateChanged);
    connect(m_session, &Session::snapshotChanged, this, &MainWindow::onSnapshot);
    connect(m_session, &Session::loadFailed, this, &MainWindow::onFailed);
    connect(m_session, &Session::loadCancelled, this, [this] {
        statusBar()->showMessage(tr("Loading cancelled."), 5000);
    });
    // A plan belongs to the database it was made on: say where it went when another one is connected.
    connect(m_session, &Session::pendingPlanSetAside, this, [this](int changes, const QString &database) {
        statusBar()->showMessage(tr("%n pending change(s) for database %1 set aside with their undo history; "
                                    "they come back when you connect to %1 again.", nullptr, changes)
                                     .arg(database), 15000);
    });
    connect(m_session, &Session::pendingPlanRestored, this, [this](int changes, const QString &database) {
        statusBar()->showMessage(tr("%n pending change(s) for database %1 restored with their undo history.",
                                    nullptr, changes).arg(database), 15000);
    });
    connect(m_session, &Session::progressed, this, [this](int done, int total, const QString &part) {
        // The bar keeps to its numbers (a part's name would be cut); the label says what is read.
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        m_progress->setFormat(tr("%1 of %2").arg(done).arg(total));
        m_summary->setText(tr("Reading %1 from %2…").arg(part, loadingTarget()));
    });
    connect(m_matrix, &MatrixPage::cellSelected, this, &MainWindow::onCellSelected);
    connect(m_session, &Session::pendingPlanChanged, m_lineage,
            [this] { m_lineage->setPendingChanges(m_session->pendingPlan().changes()); });
    // The Why? dock explains matrix cells: it steps aside on the other pages.
    connect(m_pages, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_pages->widget(index) == m_matrix) {
            if (m_whyWasVisible)
                m_why->show();
            m_whyWasVisible = false;
        } else if (!m_why->isHidden()) {
            m_whyWasVisible = true;
            m_why->hide();
        }
    });
    createEditing();
    createRoleViews();
    createModelViews();
    createGroupViews();
    createPlatformViews();
    createPersonViews();
    createAuditActions();
    onStateChanged();
    // Docks must not push the window past a small screen; the first size fits the screen.
    for (QDockWidget *dock : {m_why, static_cast<QDockWidget *>(m_pendingDock), m_driftDock})
        keepDockNarrow(dock);
    m_pages->setMinimumSize(480, 240); // the pages' own minimum (legends, filter rows) exceeds small screens
    fitWindowToScreen(this, QSize(1500, 900));
    if (session) { // taken over from another window: show what it showed
        session->setParent(this);
        m_session->announce();
    }
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_connect = new QAction(style()->standardIcon(QStyle::SP_DriveNetIcon), tr("&Connect…"), this);
    m_connect->setObjectName(QStringLiteral("actionConnect"));
    m_connect->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    m_connect->setToolTip(tr("Connect to a database (Ctrl+O)"));
    connect(m_connect, &QAction::triggered, this, &MainWindow::showConnectDialog);

    m_refresh = new QAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("&Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("actionRefresh"));
    m_refresh->setShortcut(QKeySequence(Qt::Key_F5));
    m_refresh->setToolTip(tr("Read the catalog again (F5)"));
    connect(m_refresh, &QAction::triggered, m_session, &Session::refresh);

    m_cancel = new QAction(style()->standardIcon(QStyle::SP_BrowserStop), tr("C&ancel"), this);
    m_cancel->setObjectName(QStringLiteral("actionCancel"));
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancel->setToolTip(tr("Stop loading (Esc)"));
    connect(m_cancel, &QAction::triggered, m_session, &Session::cancel);

    auto *find = new QAction(tr("&Find"), this);
    find->setObjectName(QStringLiteral("actionFind"));
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    connect(find, &QAction::triggered, this, &MainWindow::focusFilter);
    addAction(find);

    auto *quit = new QAction(tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setMovable(false);
    toolbar->addAction(m_connect);
    toolbar->addAction(m_refresh);
    toolbar->addAction(m_cancel);

    QMenu *file = menuBar()->addMenu(tr("&Database"));
    file->setObjectName(QStringLiteral("databaseMenu"));
    file->addAction(m_connect);
    file->addAction(m_refresh);
    file->addAction(m_cancel);
    file->addAction((new ExportView(m_matrix, m_pages, m_messages, this))->action());
    file->addSeparator();
    file->addAction(quit);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    auto *privileges = view->addAction(tr("&Privileges"), this, [this] { showPage(Page::Matrix); });
    privileges->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    auto *memberships = view->addAction(tr("&Memberships"), this, [this] { showPage(Page::Memberships); });
    memberships->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    view->addSeparator();
    QAction *whyToggle = m_why->toggleViewAction();
    whyToggle->setText(tr("&Why? panel"));
    view->addAction(whyToggle);
    view->addAction(find);
}

void MainWindow::createStatusBar()
{
    m_summary = new QLabel(tr("Not connected"), this);
    m_summary->setObjectName(QStringLiteral("connectionSummary"));
    m_takenAt = new QLabel(this);
    m_takenAt->setObjectName(QStringLiteral("snapshotTime"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("loadProgress"));
    m_progress->setMaximumWidth(320);
    m_progress->setTextVisible(true);
    statusBar()->addWidget(m_summary, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_takenAt);
}

void MainWindow::connectTo(const pg::ConnectOptions &options)
{
    m_messages->hide();
    m_session->connectTo(options);
}

void MainWindow::showConnectDialog()
{
    ConnectionDialog dialog(m_store, m_vault, this);
    // Start from the current connection, so that another database is one field away.
    if (m_session->hasOptions())
        dialog.setProfile(ConnectionProfile::fromConnectOptions(m_session->options()));
    if (dialog.exec() == QDialog::Accepted)
        connectTo(dialog.connectOptions());
}

void MainWindow::showPage(Page page)
{
    m_pages->setCurrentIndex(int(page));
}

void MainWindow::onStateChanged()
{
    const bool loading = m_session->state() == Session::State::Loading;
    m_cancel->setEnabled(loading);
    m_refresh->setEnabled(!loading && m_session->hasOptions());
    m_progress->setVisible(loading);
    if (loading) {
        m_progress->setRange(0, 0); // busy until the first part reports
        m_progress->setFormat(tr("Connecting…"));
        m_summary->setText(tr("Connecting to %1…").arg(loadingTarget()));
        statusBar()->clearMessage();
    } else if (m_session->rights()) {
        m_summary->setText(m_session->summary());
    } else {
        m_summary->setText(tr("Not connected"));
    }
}

QString MainWindow::loadingTarget() const
{
    return ConnectionProfile::fromConnectOptions(m_session->options()).summary();
}

void MainWindow::onSnapshot(std::shared_ptr<const EffectiveRights> rights)
{
    const Snapshot &s = rights->snapshot();
    m_lineage->clear();
    m_matrix->setRights(rights);
    m_memberships->setSnapshot(rights->snapshotPtr());
    m_summary->setText(m_session->summary());
    m_takenAt->setText(tr("Snapshot %1").arg(QLocale().toString(s.takenAt.toLocalTime(), QLocale::ShortFormat)));
    setWindowTitle(tr("RoleDesk — %1").arg(s.database));
    if (!s.warnings.isEmpty())
        m_messages->showMessage(MessageBar::Level::Warning,
                                tr("Parts of the catalog could not be read: %1").arg(s.warnings.join(QStringLiteral("; "))),
                                s.warnings.join(u'\n'));
    else
        m_messages->hide();
    emit snapshotShown();
}

void MainWindow::onFailed(const pg::Error &error)
{
    QString details = error.toString();
    if (!error.sqlstate.isEmpty())
        details += u'\n' + tr("SQLSTATE %1").arg(error.sqlstate);
    // A lost connection that carries a statement dropped mid-load (the server ended the
    // session); without one, connecting itself failed.
    QString text;
    if (!error.connectionLost)
        text = tr("Could not read the catalog: %1").arg(error.message.trimmed());
    else if (!error.statement.isEmpty())
        text = tr("The connection was lost while reading the catalog: %1").arg(error.message.trimmed());
    else
        text = tr("Could not connect: %1").arg(error.message.trimmed());
    m_messages->showMessage(MessageBar::Level::Error, text, details);
    if (!m_session->rights())
        m_summary->setText(tr("Not connected"));
    m_refresh->setEnabled(m_session->hasOptions());
}

void MainWindow::onCellSelected(int role, int object)
{
    if (role < 0 || object < 0)
        m_lineage->clear();
    else
        m_lineage->showCell(m_session->rights(), role, object);
}

void MainWindow::createEditing()
{
    // Editing: matrix menus and keys, the pending plan's dock, Edit ▸ Undo / Redo.
    m_editActions = new MatrixEditActions(m_matrix, m_session, this);
    connect(m_editActions, &MatrixEditActions::notesReported, this, [this](const QStringList &notes) {
        m_messages->showMessage(MessageBar::Level::Info, notes.join(u' '), notes.join(u'\n'));
    });
    m_pendingDock = new PendingChangesDock(m_session, m_messages, this);
    m_pendingDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable
                               | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::BottomDockWidgetArea, m_pendingDock);
    resizeDocks({m_pendingDock}, {260}, Qt::Vertical);

    auto *edit = new QMenu(tr("&Edit"), this);
    edit->setObjectName(QStringLiteral("editMenu"));
    // One Undo / Redo for the window, acting on the history of the page shown: the pending plan's,
    // or the platform file's on the Platform page (two actions on one key would both be dead).
    m_undoGroup = new QUndoGroup(this);
    m_undoGroup->addStack(m_session->undoStack());
    m_undoGroup->setActiveStack(m_session->undoStack());
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *apply = edit->addAction(tr("&Apply pending changes…"), m_pendingDock, &PendingChangesDock::apply);
    apply->setObjectName(QStringLiteral("actionApply"));
    apply->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    QAction *toggle = m_pendingDock->toggleViewAction();
    toggle->setText(tr("&Pending changes panel"));
    edit->addAction(toggle);
    const QList<QAction *> menus = menuBar()->actions();
    menuBar()->insertMenu(menus.size() > 1 ? menus.at(1) : nullptr, edit);
}

void MainWindow::focusFilter()
{
    if (m_pages->currentWidget() == m_memberships)
        m_memberships->focusFilter();
    else if (m_pages->currentWidget() == m_defaults)
        m_defaults->focusFilter();
    else if (m_pages->currentWidget() == m_platform)
        m_platform->focusFilter();
    else if (m_pages->currentWidget() == m_person)
        m_person->focusFilter();
    else
        m_matrix->focusFilter();
}

void MainWindow::createRoleViews()
{
    // Roles, memberships, default privileges, the journal and policy files.
    m_defaults = new DefaultPrivilegesPage(this);
    m_pages->insertTab(int(Page::DefaultPrivileges), m_defaults, tr("&Default privileges"));
    auto propose = [this](const QList<Change> &changes, const QString &text) {
        m_session->addChanges(changes, text);
    };
    connect(m_memberships, &MembershipPage::changesProposed, this, propose);
    connect(m_defaults, &DefaultPrivilegesPage::changesProposed, this, propose);
    connect(m_session, &Session::pendingPlanChanged, this, [this] {
        m_memberships->setPendingPlan(m_session->pendingPlan());
        m_defaults->setPendingPlan(m_session->pendingPlan());
    });
    connect(m_session, &Session::snapshotChanged, this, [this](std::shared_ptr<const EffectiveRights> rights) {
        m_defaults->setSnapshot(rights->snapshotPtr());
        m_defaults->setPendingPlan(m_session->pendingPlan());
        m_memberships->setConnectOptions(m_session->options());
        m_memberships->setPendingPlan(m_session->pendingPlan());
        m_driftPanel->clear(); // its cells point into the previous snapshot
    });

    m_driftPanel = new PolicyDriftPanel(this);
    m_driftDock = new QDockWidget(tr("Policy drift"), this);
    m_driftDock->setObjectName(QStringLiteral("policyDriftDock"));
    m_driftDock->setWidget(m_driftPanel);
    m_driftDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable
                             | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::RightDockWidgetArea, m_driftDock);
    m_driftDock->hide();
    connect(m_driftPanel, &PolicyDriftPanel::driftChanged, this, [this](const QList<Drift> &drift) {
        QHash<QPair<int, int>, int> marks;
        for (const Drift &d : drift)
            if (d.roleIndex >= 0 && d.objectIndex >= 0)
                marks.insert({d.roleIndex, d.objectIndex}, int(d.kind));
        m_matrix->model()->setDriftMarks(marks);
    });
    connect(m_driftPanel, &PolicyDriftPanel::planRequested, this, [this](const Plan &plan, const QString &text) {
        m_session->addChanges(plan.changes(), text);
    });
    connect(m_driftPanel, &PolicyDriftPanel::cellRequested, this, [this](int role, int object) {
        const PrivilegeMatrixModel *model = m_matrix->model();
        const int column = model->columnForObject(object);
        if (!m_session->rights() || column < 0)
            return;
        showPage(Page::Matrix);
        m_matrix->selectCell(m_session->rights()->snapshot().roles.at(role).name,
                             model->headerData(column, Qt::Horizontal, PrivilegeMatrixModel::SortKeyRole).toString());
    });

    auto *journal = new QAction(tr("&Journal…"), this);
    journal->setObjectName(QStringLiteral("actionJournal"));
    journal->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    connect(journal, &QAction::triggered, this, &MainWindow::showJournal);
    if (auto *database = menuBar()->findChild<QMenu *>(QStringLiteral("databaseMenu"))) {
        const QList<QAction *> items = database->actions();
        database->insertAction(items.size() >= 2 ? items.at(items.size() - 2) : nullptr, journal);
    }

    auto *policy = menuBar()->addMenu(tr("P&olicy"));
    policy->setObjectName(QStringLiteral("policyMenu"));
    auto *exportAction = policy->addAction(tr("&Export policy…"), this, &MainWindow::exportPolicy);
    exportAction->setObjectName(QStringLiteral("actionExportPolicy"));
    auto *compare = policy->addAction(tr("&Compare with policy file…"), this, [this] { comparePolicy(); });
    compare->setObjectName(QStringLiteral("actionComparePolicy"));
    auto *converge = policy->addAction(tr("&Add converging plan to pending changes"), m_driftPanel->addPlanButton(),
                                       &QPushButton::click);
    converge->setObjectName(QStringLiteral("actionAddConvergingPlan"));
    QAction *driftToggle = m_driftDock->toggleViewAction();
    driftToggle->setText(tr("Policy &drift panel"));
    policy->addAction(driftToggle);
    auto *defaults = new QAction(tr("&Default privileges"), this);
    defaults->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    connect(defaults, &QAction::triggered, this, [this] { showPage(Page::DefaultPrivileges); });
    addAction(defaults);
    for (QAction *a : {exportAction, compare})
        a->setEnabled(false);
    connect(m_session, &Session::snapshotChanged, exportAction, [exportAction, compare] {
        exportAction->setEnabled(true);
        compare->setEnabled(true);
    });
}

void MainWindow::createModelViews()
{
    // In-database models: the inventory with its actions, and the sub-pages added to it.
    m_models = new ModelsPage(m_session, this);
    m_pages->insertTab(int(Page::Models), m_models, tr("M&odels"));
    m_modelAccess = new ModelAccessPage(m_session, m_models);
    m_models->addSubPage(m_modelAccess, tr("&Access"));
    connect(m_modelAccess, &ModelAccessPage::notesReported, this, [this](const QStringList &notes) {
        if (!notes.isEmpty())
            m_messages->showMessage(MessageBar::Level::Info, notes.join(u' '), notes.join(u'\n'));
    });
    m_inference = new InferencePanel(m_session, m_models);
    m_models->addSubPage(m_inference, tr("In&ference"));
    connect(m_models, &ModelsPage::changesProposed, this, [this](const QList<Change> &changes, const QString &text) {
        m_session->addChanges(changes, text);
    });
    connect(m_models, &ModelsPage::message, m_messages, &MessageBar::showMessage);
    auto *models = new QAction(tr("M&odels"), this);
    models->setObjectName(QStringLiteral("actionShowModels"));
    models->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    connect(models, &QAction::triggered, this, [this] { showPage(Page::Models); });
    addAction(models);
}

void MainWindow::createGroupViews()
{
    // Schema groups (SLPM / SPM): their own tab after Models.
    m_groups = new SchemaGroupsPage(m_session, this);
    m_pages->insertTab(int(Page::Groups), m_groups, tr("Schema &groups"));
    connect(m_groups, &SchemaGroupsPage::notesReported, this, [this](const QStringList &notes) {
        if (!notes.isEmpty())
            m_messages->showMessage(MessageBar::Level::Info, notes.join(u' '), notes.join(u'\n'));
    });
    auto *groups = new QAction(tr("Schema &groups"), this);
    groups->setObjectName(QStringLiteral("actionShowSchemaGroups"));
    groups->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_5));
    connect(groups, &QAction::triggered, this, [this] { showPage(Page::Groups); });
    addAction(groups);
}

void MainWindow::createPlatformViews()
{
    // Platform roles from a platform file: no database needed. Its own tab, its own undo history.
    // The file belongs to the session, so that a window rebuilt on it (another language) keeps
    // the file, its unsaved edits and their history.
    auto *document = m_session->findChild<PlatformDocument *>(QString(), Qt::FindDirectChildrenOnly);
    if (!document)
        document = new PlatformDocument(m_session);
    m_platform = new PlatformPage(document, this);
    m_pages->insertTab(int(Page::Platform), m_platform, tr("P&latform"));
    m_pendingDock->impactView()->setPlatformDocument(document); // the people of the impact's logins
    m_undoGroup->addStack(m_platform->document()->undoStack());
    // The pending plan is the database's: its dock steps aside on the Platform page, like Why?.
    connect(m_pages, &QTabWidget::currentChanged, this, [this](int index) {
        const bool platform = m_pages->widget(index) == m_platform;
        const bool aside = platform || (m_person && m_pages->widget(index) == m_person); // nothing to edit there
        m_undoGroup->setActiveStack(platform ? m_platform->document()->undoStack() : m_session->undoStack());
        if (aside && !m_pendingDock->isHidden()) {
            m_pendingWasVisible = true;
            m_pendingDock->hide();
        } else if (!aside && m_pendingWasVisible) {
            m_pendingWasVisible = false;
            m_pendingDock->show();
        }
    });
    if (auto *database = menuBar()->findChild<QMenu *>(QStringLiteral("databaseMenu"))) {
        const QList<QAction *> items = database->actions();
        database->insertAction(items.size() >= 2 ? items.at(items.size() - 2) : nullptr, m_platform->openAction());
    }
    connect(m_platform->openAction(), &QAction::triggered, this, [this] { showPage(Page::Platform); });
    auto *platform = new QAction(tr("P&latform"), this);
    platform->setObjectName(QStringLiteral("actionShowPlatform"));
    platform->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_6));
    connect(platform, &QAction::triggered, this, [this] { showPage(Page::Platform); });
    if (auto *view = menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"))) {
        const QList<QAction *> items = view->actions();
        view->insertAction(items.size() > 2 ? items.at(2) : nullptr, platform); // after the other pages
    }
}

void MainWindow::createPersonViews()
{
    // One person across every layer: the platform file's people, the session's databases.
    m_person = new PersonPage(m_session, m_platform->document(), this);
    m_person->setOpenPlatformAction(m_platform->openAction());
    m_pages->insertTab(int(Page::Person), m_person, tr("Perso&n"));
    auto *person = new QAction(tr("Perso&n"), this);
    person->setObjectName(QStringLiteral("actionShowPerson"));
    person->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_7));
    connect(person, &QAction::triggered, this, [this] { showPage(Page::Person); });
    if (auto *view = menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"))) {
        const QList<QAction *> items = view->actions();
        view->insertAction(items.size() > 3 ? items.at(3) : nullptr, person); // after Platform
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_platform && !m_platform->maybeDiscard()) {
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::showJournal()
{
    JournalDialog dialog(m_session->journal(), this);
    dialog.exec();
}

void MainWindow::exportPolicy()
{
    if (!m_session->rights())
        return;
    ExportPolicyDialog dialog(m_session->rights()->snapshotPtr(), this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Policy saved."), 5000);
}

void MainWindow::comparePolicy(const QString &path)
{
    if (!m_session->rights())
        return;
    const QString file = !path.isEmpty() ? path
                                         : QFileDialog::getOpenFileName(this, tr("Compare with policy file"), {},
                                                                        tr("Policy files (*.yaml *.yml *.json)"));
    if (file.isEmpty())
        return;
    m_driftDock->show();
    m_driftDock->raise();
    if (!m_driftPanel->compare(file, m_session->rights()->snapshot()))
        m_messages->showMessage(MessageBar::Level::Error, m_driftPanel->error(), m_driftPanel->error());
    else
        showPage(Page::Matrix);
}

} // namespace roledesk
