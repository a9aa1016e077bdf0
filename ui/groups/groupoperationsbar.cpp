#include "groups/groupoperationsbar.h"

#include "common/messagebar.h"
#include "groups/groupoperationdialog.h"
#include "groups/slpminstalldialog.h"
#include "plan/change.h"
#include "privileges/effectiverights.h"
#include "store/journal.h"
#include "window/session.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QVBoxLayout>

namespace roledesk {

namespace {

QString optionValue(const pg::ConnectOptions &options, const QString &key)
{
    for (const auto &[k, v] : options) {
        if (k == key)
            return v;
    }
    return {};
}

} // namespace

GroupOperationsBar::GroupOperationsBar(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_status(new QLabel(this))
    , m_message(new MessageBar(this))
{
    setObjectName(QStringLiteral("groupOperationsBar"));
    m_status->setObjectName(QStringLiteral("groupStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_message->setObjectName(QStringLiteral("groupMessage"));
    m_message->hide();

    auto *buttons = new QHBoxLayout;
    const auto button = [this, buttons](const QString &text, const char *name, const QString &tip) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QString::fromLatin1(name));
        b->setToolTip(tip);
        buttons->addWidget(b);
        return b;
    };
    m_install = button(tr("Install slpm_ce…"), "installSlpm",
                       tr("Install RoleDesk's compatibility extension for Hologres' permission models (superuser; "
                          "the script is shown first)"));
    m_enableSlpm = button(tr("Enable SLPM…"), "enableSlpm", tr("Turn on the schema-level permission model"));
    m_enableSpm = button(tr("Enable SPM…"), "enableSpm", tr("Turn on the database-level simple permission model"));
    m_migrate = button(tr("Migrate…"), "migrate", tr("Hand the objects that existed before enabling to the groups"));
    m_disable = button(tr("Disable…"), "disable", tr("Turn the model off; the groups are kept"));
    m_rename = button(tr("Rename schema…"), "renameSchema",
                      tr("Rename the current schema and its groups (added to the pending changes)"));
    m_cleanup = button(tr("Clean up…"), "cleanup", tr("Drop the groups a disabled model left behind"));
    buttons->addStretch(1);

    connect(m_install, &QPushButton::clicked, this, &GroupOperationsBar::showInstallDialog);
    connect(m_enableSlpm, &QPushButton::clicked, this,
            [this] { preview(requestFor(GroupOperation::Enable, GroupModel::Slpm)); });
    connect(m_enableSpm, &QPushButton::clicked, this,
            [this] { preview(requestFor(GroupOperation::Enable, GroupModel::Spm)); });
    const auto modelInForce = [this] {
        return m_rights && m_rights->snapshot().groups.model == GroupModel::Spm ? GroupModel::Spm : GroupModel::Slpm;
    };
    connect(m_migrate, &QPushButton::clicked, this,
            [this, modelInForce] { preview(requestFor(GroupOperation::Migrate, modelInForce())); });
    connect(m_disable, &QPushButton::clicked, this,
            [this, modelInForce] { preview(requestFor(GroupOperation::Disable, modelInForce())); });
    connect(m_cleanup, &QPushButton::clicked, this, [this] {
        // The groups left behind say which model they came from.
        const SchemaGroupState *st = m_rights ? &m_rights->snapshot().groups : nullptr;
        const GroupModel model = st && !st->groups.isEmpty() ? st->groups.first().model : GroupModel::Slpm;
        preview(requestFor(GroupOperation::Cleanup, model));
    });
    connect(m_rename, &QPushButton::clicked, this, &GroupOperationsBar::showRenameDialog);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    // Operations run on a thread of the bar's, one at a time, each with a connection of its own.
    m_runner = new GroupOperationRunner;
    m_runner->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_runner, &QObject::deleteLater);
    connect(m_runner, &GroupOperationRunner::progressed, this, &GroupOperationsBar::onProgressed);
    connect(m_runner, &GroupOperationRunner::finished, this, &GroupOperationsBar::onFinished);
    m_thread.setObjectName(QStringLiteral("groupOperations"));
    m_thread.start();

    connect(m_session, &Session::snapshotChanged, this, &GroupOperationsBar::onSnapshot);
    onSnapshot(m_session->rights());
}

GroupOperationsBar::~GroupOperationsBar()
{
    m_runner->cancel();
    m_thread.quit();
    m_thread.wait();
}

void GroupOperationsBar::setCurrentSchema(const QString &schema)
{
    m_schema = schema;
    updateButtons();
}

void GroupOperationsBar::onSnapshot(const std::shared_ptr<const EffectiveRights> &rights)
{
    m_rights = rights;
    updateButtons();
}

void GroupOperationsBar::updateButtons()
{
    const SchemaGroupState *st = m_rights ? &m_rights->snapshot().groups : nullptr;
    const bool idle = m_task == 0;
    const bool none = st && st->source == GroupSource::None;
    const bool installed = st && st->source != GroupSource::None;
    const bool enabled = st && st->enabled();
    const bool slpm = enabled && st->model == GroupModel::Slpm;
    const bool unmigrated = enabled && (!st->migrated || !st->notMigrated.isEmpty());

    m_install->setVisible(none);
    m_enableSlpm->setVisible(installed && !enabled);
    m_enableSpm->setVisible(installed && !enabled);
    m_migrate->setVisible(enabled);
    m_disable->setVisible(enabled);
    m_rename->setVisible(slpm);
    m_cleanup->setVisible(installed && !enabled && !st->groups.isEmpty());
    for (QPushButton *b : {m_install, m_enableSlpm, m_enableSpm, m_migrate, m_disable, m_cleanup})
        b->setEnabled(idle);
    m_rename->setEnabled(!m_schema.isEmpty());
    m_rename->setText(m_schema.isEmpty() ? tr("Rename schema…") : tr("Rename schema %1…").arg(m_schema));

    // Migrate stands out while objects wait for it.
    m_migrate->setProperty("highlighted", unmigrated);
    QFont font = m_migrate->font();
    font.setBold(unmigrated);
    m_migrate->setFont(font);

    if (!st) {
        m_status->setText(tr("Not connected."));
        return;
    }
    const QString database = m_rights->snapshot().database;
    if (none) {
        m_status->setText(tr("No schema-group model: database %1 has neither Hologres' procedures nor slpm_ce.")
                              .arg(database));
        return;
    }
    const QString source = st->source == GroupSource::Hologres ? tr("Hologres")
                                                                : tr("slpm_ce %1").arg(st->extensionVersion);
    if (!enabled) {
        m_status->setText(st->groups.isEmpty()
                              ? tr("%1 is installed; the standard PostgreSQL model is in force.").arg(source)
                              : tr("%1 is installed; the model is off, and %n group(s) of it remain (Clean up drops "
                                   "them).", nullptr, int(st->groups.size())).arg(source));
        return;
    }
    const QString model = st->model == GroupModel::Spm ? QStringLiteral("SPM") : QStringLiteral("SLPM");
    QString text = tr("%1 is on (%2), %n group(s).", nullptr, int(st->groups.size())).arg(model, source);
    if (!st->notMigrated.isEmpty())
        text += u' ' + tr("%n object(s) not migrated yet.", nullptr, int(st->notMigrated.size()));
    else if (!st->migrated && st->source == GroupSource::SlpmCe)
        text += u' ' + tr("Migrate has not completed since enabling.");
    m_status->setText(text);
}

GroupOperationRequest GroupOperationsBar::requestFor(GroupOperation operation, GroupModel model) const
{
    GroupOperationRequest r;
    r.operation = operation;
    r.model = model;
    r.batch = 64;
    if (operation == GroupOperation::Cleanup && m_rights)
        r.database = m_rights->snapshot().database;
    return r;
}

void GroupOperationsBar::preview(const GroupOperationRequest &request)
{
    if (m_preview || isBusy())
        return;
    const SchemaGroupState *st = m_rights ? &m_rights->snapshot().groups : nullptr;
    const qint64 left = st && st->source == GroupSource::SlpmCe ? qint64(st->notMigrated.size()) : -1;
    m_preview = new GroupOperationDialog(request, left, this);
    m_preview->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_preview, &QDialog::accepted, this, [this, dialog = m_preview] { run(dialog->request()); });
    m_preview->open();
}

bool GroupOperationsBar::run(const GroupOperationRequest &request)
{
    if (isBusy() || m_session->options().isEmpty())
        return false;
    m_request = request;
    m_firstLeft = -1;
    m_clock.start();
    m_message->hide();
    m_task = m_runner->start(m_session->options(), request);

    m_progress = new QProgressDialog(request.title() + QStringLiteral("…"), tr("Cancel"), 0, 0, this);
    m_progress->setObjectName(QStringLiteral("groupOperationProgress"));
    m_progress->setWindowTitle(request.title());
    // Not modal: a modal QProgressDialog runs the event loop inside setValue(), and the outcome
    // could then arrive while the progress is being shown. The bar's buttons wait meanwhile.
    m_progress->setWindowModality(Qt::NonModal);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setMinimumDuration(0);
    connect(m_progress, &QProgressDialog::canceled, this, [this] {
        m_status->setText(tr("Cancelling %1…").arg(m_request.title()));
        m_runner->cancel(); // thread-safe: stops the call in flight on the server too
    });
    m_progress->show();
    updateButtons();
    return true;
}

void GroupOperationsBar::onProgressed(quint64 task, int batches, qint64 left)
{
    if (task != m_task || !m_progress)
        return;
    if (m_firstLeft < 0 && left >= 0)
        m_firstLeft = left;
    if (m_firstLeft >= 0 && left >= 0) {
        // Determinate: how many of the objects waiting at the start have been handed over.
        const int max = int(std::max<qint64>(1, m_firstLeft));
        m_progress->setLabelText(tr("%1: %n object(s) left", nullptr, int(left)).arg(m_request.title())
                                 + u'\n' + tr("%n batch(es) done", nullptr, batches));
        m_progress->setRange(0, max);
        m_progress->setValue(int(std::clamp<qint64>(m_firstLeft - left, 0, max)));
    } else {
        m_progress->setLabelText(m_request.title() + u'\n' + tr("%n batch(es) done", nullptr, batches));
        m_progress->setRange(0, 0);
    }
    emit operationProgressed(batches, left);
}

void GroupOperationsBar::onFinished(quint64 task, const GroupOperationOutcome &outcome)
{
    if (task != m_task)
        return;
    m_task = 0;
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    record(outcome);
    const bool done = outcome.status == GroupOperationOutcome::Status::Done;
    const MessageBar::Level level = done ? MessageBar::Level::Info
                                  : outcome.status == GroupOperationOutcome::Status::Cancelled ? MessageBar::Level::Warning
                                                                                              : MessageBar::Level::Error;
    QString details = outcome.sql.join(QStringLiteral(";\n"));
    if (!outcome.error.isNull())
        details = outcome.error.toString() + (details.isEmpty() ? QString() : u'\n' + details);
    m_message->showMessage(level, outcome.message, details);
    m_message->show();
    updateButtons();
    emit operationFinished(outcome);
    // Batches that committed changed the database even when the operation stopped later.
    if (outcome.batches > 0)
        m_session->refresh();
}

void GroupOperationsBar::record(const GroupOperationOutcome &outcome)
{
    Journal *journal = m_session->journal();
    if (!journal)
        return;
    JournalEntry e = GroupOperationRunner::journalEntry(m_request, outcome);
    // An operation that never reached the server: who and where as the latest snapshot read them.
    const pg::ConnectOptions &options = m_session->options();
    const Snapshot *s = m_rights ? &m_rights->snapshot() : nullptr;
    if (e.databaseUser.isEmpty())
        e.databaseUser = s ? s->currentUser : optionValue(options, QStringLiteral("user"));
    if (e.database.isEmpty())
        e.database = s ? s->database : optionValue(options, QStringLiteral("dbname"));
    if (e.subject.isEmpty())
        e.subject = e.database;
    if (e.systemIdentifier.isEmpty() && s)
        e.systemIdentifier = s->systemIdentifier;
    if (e.server.isEmpty()) {
        const QString host = optionValue(options, QStringLiteral("host"));
        e.server = host.isEmpty() ? QString() : host + u':' + optionValue(options, QStringLiteral("port"));
    }
    if (e.sql.isEmpty())
        e.sql = m_request.statement().display() + u';';
    if (e.durationMs == 0)
        e.durationMs = m_clock.elapsed();
    journal->record(e); // a journal that cannot be written must not undo the operation
}

void GroupOperationsBar::showInstallDialog()
{
    if (m_installDialog || m_session->options().isEmpty())
        return;
    m_installDialog = new SlpmInstallDialog(m_session->options(), this);
    m_installDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_installDialog, &SlpmInstallDialog::installed, this, [this](const pg::Error &error) {
        if (!error.isNull())
            return;
        m_message->showMessage(MessageBar::Level::Info,
                               tr("slpm_ce installed. The standard model stays in force until SLPM or SPM is enabled."));
        m_message->show();
        m_session->refresh();
    });
    m_installDialog->open();
}

void GroupOperationsBar::showRenameDialog()
{
    if (m_renameDialog || m_schema.isEmpty())
        return;
    const QString old = m_schema;
    m_renameDialog = new QInputDialog(this);
    m_renameDialog->setObjectName(QStringLiteral("renameSchemaDialog"));
    m_renameDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_renameDialog->setWindowTitle(tr("Rename schema %1").arg(old));
    m_renameDialog->setLabelText(tr("New name of schema %1 (its developer, writer and viewer groups are renamed "
                                    "with it; the call joins the pending changes):").arg(old));
    m_renameDialog->setTextValue(old);
    connect(m_renameDialog, &QInputDialog::textValueSelected, this, [this, old](const QString &value) {
        const QString name = value.trimmed();
        if (name.isEmpty() || name == old)
            return;
        SchemaGroupCall call;
        call.kind = SchemaGroupCall::Kind::RenameSchema;
        call.model = GroupModel::Slpm;
        call.schema = old;
        call.newName = name;
        if (m_session->addChanges({call}, tr("Rename schema %1 to %2").arg(old, name)) > 0) {
            m_message->showMessage(MessageBar::Level::Info,
                                   tr("Renaming schema %1 to %2 was added to the pending changes.").arg(old, name));
            m_message->show();
        }
    });
    m_renameDialog->open();
}

} // namespace roledesk
