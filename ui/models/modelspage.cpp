#include "models/modelspage.h"

#include "common/savedialogs.h"

#include "models/extensioninstalldialog.h"
#include "models/modelimportdialog.h"
#include "window/session.h"
#include "models/modelinventorymodel.h"
#include "pgx/modeloperations.h"
#include "pgx/modeltaskrunner.h"
#include "plan/modelaccessplanner.h"
#include "privileges/effectiverights.h"
#include "store/journal.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace roledesk {

namespace {

QFrame *bar(QWidget *parent, const char *name)
{
    auto *frame = new QFrame(parent);
    frame->setObjectName(QString::fromLatin1(name));
    frame->setFrameShape(QFrame::StyledPanel);
    return frame;
}

} // namespace

ModelsPage::ModelsPage(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new ModelInventoryModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_tabs(new QTabWidget(this))
    , m_header(new QLabel(this))
    , m_warnings(new QLabel(this))
    , m_installBar(bar(this, "installBar"))
    , m_installText(new QLabel(m_installBar))
    , m_loaded(new QProgressBar(this))
    , m_toolbar(new QToolBar(this))
    , m_view(new QTableView(this))
    , m_taskRow(bar(this, "taskRow"))
    , m_taskLabel(new QLabel(m_taskRow))
    , m_taskProgress(new QProgressBar(m_taskRow))
    , m_cancelTask(new QPushButton(tr("Cancel"), m_taskRow))
{
    setObjectName(QStringLiteral("modelsPage"));
    setAcceptDrops(true);

    m_header->setObjectName(QStringLiteral("modelsHeader"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::PlainText);
    m_warnings->setObjectName(QStringLiteral("modelsWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    m_warnings->hide();

    // Offer to install the compatibility extension where there is no pgx_inference.
    m_install = new QAction(tr("Install pgx_inference_ce…"), this);
    m_install->setObjectName(QStringLiteral("actionInstallExtension"));
    connect(m_install, &QAction::triggered, this, &ModelsPage::showInstallDialog);
    auto *installButton = new QPushButton(m_installBar);
    installButton->setObjectName(QStringLiteral("installButton"));
    installButton->setText(m_install->text());
    connect(installButton, &QPushButton::clicked, m_install, &QAction::trigger);
    m_installText->setWordWrap(true);
    m_installText->setText(tr("This database has no pgx_inference extension. RoleDesk can install "
                              "pgx_inference_ce, which gives community PostgreSQL the same functions and "
                              "privilege model (a superuser is needed; the script is shown first)."));
    auto *installLayout = new QHBoxLayout(m_installBar);
    installLayout->addWidget(m_installText, 1);
    installLayout->addWidget(installButton);
    m_installBar->hide();

    m_loaded->setObjectName(QStringLiteral("loadedBar"));
    m_loaded->setTextVisible(true);
    m_loaded->setToolTip(tr("Total size of the loaded models against pgx_inference.total_loaded_model_size_limit"));

    const auto action = [this](const QString &text, const char *name, const QKeySequence &key, const QString &tip) {
        auto *a = new QAction(text, this);
        a->setObjectName(QString::fromLatin1(name));
        if (!key.isEmpty())
            a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setToolTip(tip);
        a->setProperty("baseToolTip", tip); // updateActions() adds why the action is off
        addAction(a);
        m_toolbar->addAction(a);
        return a;
    };
    m_toolbar->setObjectName(QStringLiteral("modelsToolBar"));
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_import = action(tr("&Import…"), "actionImportModel", QKeySequence(Qt::CTRL | Qt::Key_I),
                      tr("Import an .onnx file as a new model (Ctrl+I); you can also drop a file on the page"));
    m_replace = action(tr("Replace &file…"), "actionReplaceModelFile", {}, tr("Replace the model's file"));
    m_metadata = action(tr("&Metadata…"), "actionModelMetadata", QKeySequence(Qt::Key_F2), tr("Edit the model's metadata (F2)"));
    m_drop = action(tr("&Delete"), "actionDropModel", QKeySequence::Delete, tr("Delete the model (Del)"));
    m_toolbar->addSeparator();
    m_load = action(tr("&Load"), "actionLoadModel", QKeySequence(Qt::CTRL | Qt::Key_L), tr("Load the model on the inference server (Ctrl+L)"));
    m_unload = action(tr("&Unload"), "actionUnloadModel", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), tr("Unload the model (Ctrl+Shift+L)"));
    m_toolbar->addSeparator();
    m_export = action(tr("&Export file…"), "actionExportModel", {}, tr("Save the model's file"));
    m_grantUse = action(tr("&Grant use…"), "actionGrantModelUse", QKeySequence(Qt::CTRL | Qt::Key_G),
                        tr("Let a role use the model: EXECUTE on its function, added to the pending changes (Ctrl+G)"));
    connect(m_import, &QAction::triggered, this, [this] { showImportDialog(); });
    connect(m_replace, &QAction::triggered, this, &ModelsPage::replaceFile);
    connect(m_metadata, &QAction::triggered, this, &ModelsPage::editMetadata);
    connect(m_drop, &QAction::triggered, this, &ModelsPage::confirmDrop);
    connect(m_load, &QAction::triggered, this, [this] { runTask(ModelTaskRequest::load(currentName())); });
    connect(m_unload, &QAction::triggered, this, [this] { runTask(ModelTaskRequest::unload(currentName())); });
    connect(m_export, &QAction::triggered, this, &ModelsPage::exportFile);
    connect(m_grantUse, &QAction::triggered, this, &ModelsPage::grantUse);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ModelInventoryModel::SortRole);
    m_view->setObjectName(QStringLiteral("modelsView"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(int(ModelInventoryModel::Column::Id), Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ModelsPage::updateActions);
    connect(m_view, &QTableView::doubleClicked, this, [this] {
        if (m_metadata->isEnabled())
            editMetadata();
    });

    m_taskProgress->setObjectName(QStringLiteral("taskProgress"));
    m_cancelTask->setObjectName(QStringLiteral("cancelTask"));
    auto *taskLayout = new QHBoxLayout(m_taskRow);
    taskLayout->addWidget(m_taskLabel);
    taskLayout->addWidget(m_taskProgress, 1);
    taskLayout->addWidget(m_cancelTask);
    m_taskRow->hide();

    auto *inventory = new QWidget(this);
    auto *loadedRow = new QHBoxLayout;
    auto *loadedLabel = new QLabel(tr("Loaded:"), inventory);
    loadedRow->addWidget(loadedLabel);
    loadedRow->addWidget(m_loaded, 1);
    auto *inventoryLayout = new QVBoxLayout(inventory);
    inventoryLayout->addWidget(m_toolbar);
    inventoryLayout->addLayout(loadedRow);
    inventoryLayout->addWidget(m_view, 1);
    inventoryLayout->addWidget(m_taskRow);

    m_tabs->setObjectName(QStringLiteral("modelTabs"));
    m_tabs->addTab(inventory, tr("&Inventory"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_installBar);
    layout->addWidget(m_warnings);
    layout->addWidget(m_tabs, 1);

    // Model tasks run on a thread of their own, one at a time.
    m_runner = new ModelTaskRunner;
    m_runner->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_runner, &QObject::deleteLater);
    connect(m_runner, &ModelTaskRunner::progressed, this, &ModelsPage::onProgressed);
    connect(m_runner, &ModelTaskRunner::finished, this, &ModelsPage::onFinished);
    connect(m_cancelTask, &QPushButton::clicked, this, [this] {
        m_taskLabel->setText(tr("Cancelling…"));
        m_runner->cancel();
    });
    m_thread.setObjectName(QStringLiteral("modelTasks"));
    m_thread.start();

    connect(m_session, &Session::snapshotChanged, this, &ModelsPage::onSnapshot);
    onSnapshot(m_session->rights());
}

ModelsPage::~ModelsPage()
{
    m_runner->cancel();
    m_thread.quit();
    m_thread.wait();
}

void ModelsPage::addSubPage(QWidget *page, const QString &title)
{
    m_tabs->addTab(page, title);
}

void ModelsPage::showSubPage(QWidget *page)
{
    const int index = m_tabs->indexOf(page);
    m_tabs->setCurrentIndex(index < 0 ? 0 : index);
}

void ModelsPage::onSnapshot(std::shared_ptr<const EffectiveRights> rights)
{
    const QString current = currentName();
    m_model->setRights(std::move(rights));
    m_view->resizeColumnsToContents();
    if (!current.isEmpty())
        selectModel(current);
    if (currentRow() < 0 && m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
    updateHeader();
    updateActions();
}

void ModelsPage::updateHeader()
{
    const ModelState &state = m_model->state();
    const auto rights = m_model->rights();
    m_installBar->setVisible(rights && state.flavour == ModelState::Flavour::None);
    m_loaded->setVisible(state.flavour != ModelState::Flavour::None);
    if (!rights) {
        m_header->setText(tr("Not connected."));
        m_warnings->hide();
        return;
    }
    if (state.flavour == ModelState::Flavour::None) {
        m_header->setText(tr("No in-database models: database %1 has neither pgx_inference nor pgx_inference_ce.")
                              .arg(rights->snapshot().database));
        m_warnings->hide();
        return;
    }
    const ModelAbilities a = m_model->abilities();
    QStringList kinds;
    if (a.extensionOwner)
        kinds << tr("extension owner");
    if (a.modelOwner)
        kinds << tr("model owner");
    if (a.systemAdministrator)
        kinds << tr("system administrator");
    QString you = kinds.isEmpty() ? tr("no model role (a model user where granted)") : kinds.join(QStringLiteral(", "));
    if (!a.rolesKnown)
        you = tr("model roles unknown: the vendor's extension does not document where it keeps them");
    const QString flavour = state.flavour == ModelState::Flavour::Vendor
                                ? tr("pgx_inference %1 (Fujitsu Enterprise Postgres)").arg(state.version)
                                : tr("pgx_inference_ce %1 (RoleDesk's compatibility extension)").arg(state.version);
    m_header->setText(tr("%1, owned by %2 · %n model(s) · you (%3): %4", nullptr, int(state.models.size()))
                          .arg(flavour, state.extensionOwner, rights->snapshot().currentUser, you));

    QStringList notes = state.warnings;
    if (state.flavour == ModelState::Flavour::Vendor)
        notes << tr("On Fujitsu Enterprise Postgres, models are imported, updated and exported with the vendor's "
                    "client tools; RoleDesk calls only the documented functions (load, unload, delete, metadata, "
                    "model roles) and grants use with GRANT EXECUTE.");
    m_warnings->setText(notes.join(u'\n'));
    m_warnings->setVisible(!notes.isEmpty());

    const QLocale locale;
    if (state.limit) {
        const qint64 limit = *state.limit;
        m_loaded->setRange(0, 1000);
        m_loaded->setValue(int(std::min<qint64>(1000, state.totalLoaded * 1000 / std::max<qint64>(1, limit))));
        m_loaded->setFormat(tr("%1 of %2 (%3%)")
                                .arg(locale.formattedDataSize(state.totalLoaded), locale.formattedDataSize(limit))
                                .arg(state.totalLoaded * 100 / std::max<qint64>(1, limit)));
    } else {
        m_loaded->setRange(0, 1);
        m_loaded->setValue(0);
        m_loaded->setFormat(tr("%1 · no limit set").arg(locale.formattedDataSize(state.totalLoaded)));
    }
}

int ModelsPage::currentRow() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? m_proxy->mapToSource(index).row() : -1;
}

QString ModelsPage::currentName() const
{
    const int row = currentRow();
    return row < 0 ? QString() : m_model->model(row).name;
}

bool ModelsPage::selectModel(const QString &name)
{
    const int row = m_model->rowOf(name);
    if (row < 0)
        return false;
    m_view->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
    return true;
}

void ModelsPage::updateActions()
{
    const ModelState &state = m_model->state();
    const bool present = m_model->rights() && state.flavour != ModelState::Flavour::None;
    const bool community = state.flavour == ModelState::Flavour::Community;
    const bool idle = m_task == 0;
    const int row = currentRow();
    const ModelAbilities a = m_model->abilities();
    const ModelActions x = row >= 0 ? m_model->actions(row) : ModelActions{};
    const bool loaded = row >= 0 && m_model->model(row).loaded;
    // Against the vendor's extension the model roles are unknown: the server decides.
    const bool unknown = !a.rolesKnown;

    m_import->setEnabled(present && idle && community && a.mayImport());
    m_replace->setEnabled(idle && community && row >= 0 && x.update);
    m_metadata->setEnabled(idle && community && row >= 0 && x.update);
    m_export->setEnabled(idle && community && row >= 0 && x.exportFile);
    m_drop->setEnabled(idle && row >= 0 && (x.drop || unknown));
    m_load->setEnabled(idle && row >= 0 && !loaded && (x.loadUnload || unknown));
    m_unload->setEnabled(idle && row >= 0 && loaded && (x.loadUnload || unknown));
    m_grantUse->setEnabled(row >= 0 && x.grantUse);
    m_install->setEnabled(m_model->rights() && state.flavour == ModelState::Flavour::None);

    // Say why an action is off, below the action's own description.
    const auto explain = [](QAction *action, const QString &why) {
        const QString base = action->property("baseToolTip").toString();
        action->setToolTip(why.isEmpty() ? base : base + u'\n' + why);
    };
    const QString vendorTool = present && !community
        ? tr("On Fujitsu Enterprise Postgres this is done with the vendor's client tool.") : QString();
    explain(m_import, !vendorTool.isEmpty() ? vendorTool
                      : present && !a.mayImport() ? tr("Importing needs the model_owner role (granted by the extension owner).")
                                                  : QString());
    for (QAction *action : {m_replace, m_metadata, m_export})
        explain(action, vendorTool);
    const QString loadWhy = row >= 0 && !x.loadUnload && !unknown
        ? tr("Loading and unloading need the system_administrator role or the extension owner.") : QString();
    explain(m_load, loadWhy);
    explain(m_unload, loadWhy);
}

void ModelsPage::showImportDialog(const QString &file)
{
    if (m_importDialog) {
        m_importDialog->raise();
        m_importDialog->activateWindow();
        if (!file.isEmpty() && !m_importDialog->isRunning())
            m_importDialog->setFile(file);
        return;
    }
    QStringList names;
    for (const ModelInfo &m : m_model->state().models)
        names << m.name;
    m_importDialog = new ModelImportDialog(names, this);
    m_importDialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!file.isEmpty())
        m_importDialog->setFile(file);
    connect(m_importDialog, &ModelImportDialog::importRequested, this, [this](const ModelTaskRequest &request) {
        if (runTask(request))
            return;
        ModelOutcome busy;
        busy.task = request.task;
        busy.model = request.model;
        busy.message = tr("Another model task is running; try again when it has finished.");
        m_importDialog->setOutcome(busy);
    });
    connect(m_importDialog, &ModelImportDialog::cancelRequested, m_runner, [this] { m_runner->cancel(); }, Qt::DirectConnection);
    connect(m_importDialog, &QObject::destroyed, this, [this] { m_importDialog = nullptr; });
    m_importDialog->show();
}

bool ModelsPage::runTask(const ModelTaskRequest &request)
{
    if (m_task != 0 || m_session->options().isEmpty())
        return false;
    m_request = request;
    m_task = m_runner->start(m_session->options(), request);
    const bool inDialog = m_importDialog && request.task == ModelTask::Import;
    if (!inDialog) {
        m_taskLabel->setText(tr("%1 “%2”…").arg(modelTaskTitle(request.task), request.model));
        m_taskProgress->setRange(0, 0);
        m_taskRow->show();
    }
    updateActions();
    return true;
}

void ModelsPage::onProgressed(quint64 task, qint64 done, qint64 total)
{
    if (task != m_task)
        return;
    if (m_importDialog && m_request.task == ModelTask::Import) {
        m_importDialog->setProgress(done, total);
        return;
    }
    m_taskProgress->setRange(0, 1000);
    m_taskProgress->setValue(total > 0 ? int(done * 1000 / total) : 0);
    m_taskProgress->setFormat(tr("%1 of %2").arg(QLocale().formattedDataSize(done), QLocale().formattedDataSize(total)));
}

void ModelsPage::onFinished(quint64 task, const ModelOutcome &outcome)
{
    if (task != m_task)
        return;
    m_task = 0;
    m_taskRow->hide();
    record(outcome);
    if (m_importDialog && outcome.task == ModelTask::Import)
        m_importDialog->setOutcome(outcome);

    const QString name = outcome.model;
    switch (outcome.status) {
    case ModelOutcome::Status::Done: {
        QString text;
        switch (outcome.task) {
        case ModelTask::Import:
            text = tr("Model “%1” imported (%2) as pgx_inference.%3(text); you own it. Grant its use to let others run it.")
                       .arg(name, QLocale().formattedDataSize(outcome.bytesTotal), outcome.functionName);
            break;
        case ModelTask::Load: text = tr("Model “%1” loaded.").arg(name); break;
        case ModelTask::Unload: text = tr("Model “%1” unloaded.").arg(name); break;
        case ModelTask::Drop: text = tr("Model “%1” deleted, with its function and file.").arg(name); break;
        case ModelTask::UpdateMetadata: text = tr("Metadata of model “%1” updated.").arg(name); break;
        case ModelTask::ReplaceFile: text = tr("File of model “%1” replaced.").arg(name); break;
        case ModelTask::Export: text = tr("File of model “%1” saved to %2.").arg(name, outcome.file); break;
        }
        emit message(MessageBar::Level::Info, text);
        break;
    }
    case ModelOutcome::Status::Cancelled:
        emit message(MessageBar::Level::Info, tr("%1 of “%2” cancelled; nothing was changed.").arg(modelTaskTitle(outcome.task), name));
        break;
    case ModelOutcome::Status::Failed:
    case ModelOutcome::Status::ConnectionLost:
        emit message(MessageBar::Level::Error, outcome.message, outcome.error.isNull() ? QString() : outcome.error.toString());
        break;
    }
    emit taskFinished(outcome);
    updateActions();
    // What the task changed shows after a fresh read (an export changes nothing).
    if (outcome.ok() && outcome.task != ModelTask::Export) {
        m_session->refresh();
        if (outcome.task == ModelTask::Import)
            connect(m_session, &Session::snapshotChanged, this, [this, name] { selectModel(name); },
                    Qt::SingleShotConnection);
    }
}

void ModelsPage::record(const ModelOutcome &outcome)
{
    std::optional<JournalEntry> e = ModelOperations::journalEntry(m_request, outcome);
    const auto rights = m_session->rights();
    if (!e || !m_session->journal())
        return;
    // A task that never reached the server: who and where as the latest snapshot read them.
    if (e->databaseUser.isEmpty() && rights) {
        e->databaseUser = rights->snapshot().currentUser;
        e->database = rights->snapshot().database;
        e->systemIdentifier = rights->snapshot().systemIdentifier;
    }
    m_session->journal()->record(*e); // a journal that cannot be written must not undo the task
}

void ModelsPage::confirmDrop()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const ModelInfo &m = m_model->model(row);
    const QString text = m.loaded
        ? tr("Model “%1” is loaded; the extension refuses to delete a loaded model. Unload it first.").arg(m.name)
        : tr("Delete model “%1”, its function pgx_inference.%2(text) and its file? Roles granted its use lose it.")
              .arg(m.name, m.functionName);
    if (m.loaded) {
        emit message(MessageBar::Level::Warning, text);
        return;
    }
    if (QMessageBox::question(this, tr("Delete model"), text) == QMessageBox::Yes)
        runTask(ModelTaskRequest::drop(m.name));
}

void ModelsPage::editMetadata()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const ModelInfo &m = m_model->model(row);
    const QJsonDocument current = QJsonDocument::fromJson(m.metadata.toUtf8());
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(
        this, tr("Metadata of %1").arg(m.name), tr("A JSON object:"),
        current.isNull() ? m.metadata : QString::fromUtf8(current.toJson(QJsonDocument::Indented)), &ok);
    if (!ok)
        return;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (!doc.isObject()) {
        emit message(MessageBar::Level::Error,
                     tr("The metadata of “%1” was not changed: it must be a JSON object (%2).")
                         .arg(m.name, doc.isNull() ? error.errorString() : tr("not an object")));
        return;
    }
    runTask(ModelTaskRequest::updateMetadata(m.name, QString::fromUtf8(doc.toJson(QJsonDocument::Compact))));
}

void ModelsPage::replaceFile()
{
    const QString name = currentName();
    if (name.isEmpty())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("New file for %1").arg(name), {},
                                                      tr("ONNX models (*.onnx);;All files (*)"));
    if (!path.isEmpty())
        runTask(ModelTaskRequest::replaceFile(name, path));
}

void ModelsPage::exportFile()
{
    const QString name = currentName();
    if (name.isEmpty())
        return;
    const QString path = askSaveFileName(this, tr("Save the file of %1").arg(name), name + QStringLiteral(".onnx"),
                                         tr("ONNX models (*.onnx)"));
    if (!path.isEmpty())
        runTask(ModelTaskRequest::exportFile(name, path));
}

QList<Change> ModelsPage::grantUseChanges(int row, const QString &role) const
{
    const auto rights = m_model->rights();
    if (!rights || row < 0)
        return {};
    // The same planning as a toggle on the Access page: EXECUTE on the model's function, and
    // USAGE on the schema first when the role lacks it (and no pending change gives it).
    const ModelAccessPlanner planner(rights);
    const int column = planner.modelColumn(m_model->model(row).name);
    const QList<Change> pending = m_session->pendingPlan().changes();
    if (column < 0 || planner.pendingDirect(pending, role, column).value_or(false))
        return {};
    return planner.toggle(role, column, pending).changes;
}

void ModelsPage::grantUse()
{
    const int row = currentRow();
    const auto rights = m_model->rights();
    if (row < 0 || !rights)
        return;
    const ModelInfo &m = m_model->model(row);
    const QStringList already = m_model->permittedUsers(row);
    QStringList roles;
    for (const Role &r : rights->snapshot().roles)
        if (!r.predefined && r.name != m.owner && !already.contains(r.name))
            roles << r.name;
    roles.sort();
    bool ok = false;
    const QString role = QInputDialog::getItem(this, tr("Grant use of %1").arg(m.name),
                                               tr("Role that may use model “%1”:").arg(m.name), roles, 0, false, &ok);
    if (!ok || role.isEmpty())
        return;
    emit changesProposed(grantUseChanges(row, role), tr("Grant use of model %1 to %2").arg(m.name, role));
}

void ModelsPage::showInstallDialog()
{
    if (m_session->options().isEmpty())
        return;
    auto *dialog = new ExtensionInstallDialog(m_session->options(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExtensionInstallDialog::installed, this, [this](const pg::Error &error) {
        if (error.isNull()) {
            emit message(MessageBar::Level::Info, tr("pgx_inference_ce installed."));
            m_session->refresh();
        }
    });
    dialog->open();
}

void ModelsPage::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_import->isEnabled() && event->mimeData()->hasUrls() && event->mimeData()->urls().value(0).isLocalFile())
        event->acceptProposedAction();
}

void ModelsPage::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!m_import->isEnabled() || urls.isEmpty() || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    showImportDialog(urls.first().toLocalFile());
}

} // namespace roledesk
