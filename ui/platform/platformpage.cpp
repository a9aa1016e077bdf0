#include "platform/platformpage.h"

#include "models/platformorganizationmodel.h"
#include "models/platformpeoplemodel.h"
#include "platform/ldapdirectory.h"
#include "platform/platformwidgets.h"
#include "platform/platformdocument.h"
#include "platform/platformeditview.h"
#include "platform/platformgridview.h"
#include "platform/platformldapdialog.h"
#include "platform/platformpersonview.h"
#include "platform/platformsavedialog.h"
#include "platform/platformwhocanview.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace roledesk {

PlatformPage::PlatformPage(QWidget *parent)
    : PlatformPage(nullptr, parent)
{
}

PlatformPage::PlatformPage(PlatformDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document ? document : new PlatformDocument(this))
    , m_messages(new MessageBar(this))
    , m_toolbar(new QToolBar(tr("Platform"), this))
    , m_fileLabel(new QLabel(this))
    , m_actAs(makeSearchableCombo(this))
    , m_tabs(new QTabWidget(this))
    , m_progressRow(new QWidget(this))
    , m_progress(new QProgressBar(this))
    , m_progressText(new QLabel(this))
    , m_cancelRead(new QPushButton(tr("&Cancel reading"), this))
    , m_ldap(new LdapReadWorker(this))
{
    setObjectName(QStringLiteral("platformPage"));
    m_messages->setObjectName(QStringLiteral("platformMessages"));
    m_messages->hide();
    m_fileLabel->setObjectName(QStringLiteral("platformFileLabel"));
    m_actAs->setObjectName(QStringLiteral("platformActAs"));
    m_actAs->setToolTip(tr("Edits are checked against this person's permissions, as the platform would check them"));
    m_grid = new PlatformGridView(m_document, this);
    m_person = new PlatformPersonView(m_document, this);
    m_whoCan = new PlatformWhoCanView(m_document, this);
    m_edit = new PlatformEditView(m_document, this);
    m_tabs->setObjectName(QStringLiteral("platformTabs"));
    m_tabs->addTab(m_grid, tr("&Roles × permissions"));
    m_tabs->addTab(m_person, tr("Peo&ple"));
    m_tabs->addTab(m_whoCan, tr("&Who can…?"));
    m_tabs->addTab(m_edit, tr("Assignments and r&ules"));
    createActions();

    m_progress->setObjectName(QStringLiteral("platformDirectoryProgress"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(true);
    m_progressText->setObjectName(QStringLiteral("platformDirectoryPhase"));
    m_cancelRead->setObjectName(QStringLiteral("platformDirectoryCancel"));
    auto *progressLayout = new QHBoxLayout(m_progressRow);
    progressLayout->setContentsMargins(4, 0, 4, 0);
    progressLayout->addWidget(m_progressText, 1);
    progressLayout->addWidget(m_progress);
    progressLayout->addWidget(m_cancelRead);
    m_progressRow->hide();

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(createSidebar());
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({200, 1100});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_messages);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_progressRow);
    layout->addWidget(splitter, 1);
    setTabOrder(m_actAs, m_organization);
    setTabOrder(m_organization, m_filter);
    setTabOrder(m_filter, m_people);
    setTabOrder(m_people, m_tabs);

    connect(m_document, &PlatformDocument::changed, this, &PlatformPage::updateSidebar);
    connect(m_document, &PlatformDocument::modifiedChanged, this, &PlatformPage::updateTitle);
    connect(m_document, &PlatformDocument::opened, this, &PlatformPage::updateTitle);
    connect(m_whoCan, &PlatformWhoCanView::message, m_messages, &MessageBar::showMessage);
    connect(m_edit, &PlatformEditView::message, m_messages, &MessageBar::showMessage);
    connect(m_actAs, &QComboBox::activated, this, [this](int index) {
        m_document->setActingPerson(m_actAs->itemData(index).toString());
    });
    connect(m_person, &PlatformPersonView::personChanged, this, [this](const QString &id) {
        const int row = m_peopleModel->rowOf(id);
        if (row >= 0)
            m_people->setCurrentIndex(m_peopleProxy->mapFromSource(m_peopleModel->index(row, 0)));
    });
    connect(m_ldap, &LdapReadWorker::progressed, this, [this](qint64 entries, const QString &phase) {
        m_progress->setFormat(tr("%n entr(y/ies)", nullptr, int(entries)));
        m_progressText->setText(phase);
    });
    connect(m_ldap, &LdapReadWorker::finished, this, &PlatformPage::onDirectoryRead);
    connect(m_cancelRead, &QPushButton::clicked, m_ldap, &LdapReadWorker::cancel);
    updateSidebar();
    updateTitle();
}

PlatformPage::~PlatformPage() = default;

void PlatformPage::createActions()
{
    auto make = [this](const QString &text, const char *name, const QKeySequence &key, const QString &tip) {
        auto *a = new QAction(text, this);
        a->setObjectName(QLatin1String(name));
        if (!key.isEmpty()) {
            a->setShortcut(key);
            a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        }
        a->setToolTip(tip);
        addAction(a);
        return a;
    };
    m_open = new QAction(tr("Open &platform file…"), this);
    m_open->setObjectName(QStringLiteral("actionOpenPlatformFile"));
    m_open->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_open->setToolTip(tr("Open a platform file (YAML): organization, projects, people, assignments, rules (Ctrl+Shift+O)"));
    connect(m_open, &QAction::triggered, this, &PlatformPage::showOpenDialog);
    m_save = make(tr("&Save"), "actionSavePlatformFile", QKeySequence::Save, tr("Save the platform file, after showing the difference (Ctrl+S)"));
    connect(m_save, &QAction::triggered, this, &PlatformPage::save);
    m_saveAs = make(tr("Save &as…"), "actionSavePlatformFileAs", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
                    tr("Save the platform file under another name (Ctrl+Shift+S)"));
    connect(m_saveAs, &QAction::triggered, this, &PlatformPage::saveAs);
    // Undo and redo keys are the window's Edit menu's (it follows the current page's history).
    m_undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undo->setObjectName(QStringLiteral("actionPlatformUndo"));
    m_undo->setToolTip(tr("Undo the last edit of the platform file (Ctrl+Z)"));
    m_redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redo->setObjectName(QStringLiteral("actionPlatformRedo"));
    m_redo->setToolTip(tr("Redo (Ctrl+Shift+Z)"));

    auto *directoryMenu = new QMenu(this);
    auto *fromFile = directoryMenu->addAction(tr("From an &import file (CSV or JSON)…"), this, &PlatformPage::showDirectoryFileDialog);
    fromFile->setObjectName(QStringLiteral("actionLoadDirectoryFile"));
    auto *fromLdap = directoryMenu->addAction(tr("From &LDAP…"), this, &PlatformPage::showLdapDialog);
    fromLdap->setObjectName(QStringLiteral("actionLoadDirectoryLdap"));
    auto *directory = new QToolButton(this);
    directory->setObjectName(QStringLiteral("platformLoadDirectory"));
    directory->setText(tr("Load director&y")); // (Alt+D is the window's Database menu)
    directory->setToolTip(tr("Read people and groups from an import file or an LDAP directory"));
    directory->setMenu(directoryMenu);
    directory->setPopupMode(QToolButton::InstantPopup);
    auto *actAsLabel = new QLabel(tr("Act &as:"), this);
    actAsLabel->setBuddy(m_actAs);

    m_toolbar->setObjectName(QStringLiteral("platformToolBar"));
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolbar->addAction(m_open);
    m_toolbar->addAction(m_save);
    m_toolbar->addAction(m_saveAs);
    m_toolbar->addSeparator();
    m_toolbar->addWidget(directory);
    m_toolbar->addSeparator();
    m_toolbar->addAction(m_undo);
    m_toolbar->addAction(m_redo);
    m_toolbar->addSeparator();
    m_toolbar->addWidget(actAsLabel);
    m_toolbar->addWidget(m_actAs);
    m_toolbar->addSeparator();
    m_toolbar->addWidget(m_fileLabel);
}

QWidget *PlatformPage::createSidebar()
{
    auto *side = new QWidget(this);
    m_organizationModel = new PlatformOrganizationModel(this);
    m_organization = new QTreeView(side);
    m_organization->setObjectName(QStringLiteral("platformOrganization"));
    m_organization->setModel(m_organizationModel);
    m_organization->setHeaderHidden(true);
    m_organization->setAccessibleName(tr("Organization and projects"));
    m_organization->setMaximumHeight(160);
    m_peopleModel = new PlatformPeopleModel(this);
    m_peopleProxy = new QSortFilterProxyModel(this);
    m_peopleProxy->setSourceModel(m_peopleModel);
    m_peopleProxy->setFilterKeyColumn(-1);
    m_peopleProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter = new QLineEdit(side);
    m_filter->setObjectName(QStringLiteral("platformPeopleFilter"));
    m_filter->setPlaceholderText(tr("Login, name or group"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_peopleProxy, &QSortFilterProxyModel::setFilterFixedString);
    m_people = makePlatformTable(m_peopleProxy, QStringLiteral("platformPeople"), tr("People"), side);
    for (auto c : {PlatformPeopleModel::Column::Kind, PlatformPeopleModel::Column::Provider, PlatformPeopleModel::Column::Groups})
        m_people->hideColumn(int(c));

    auto *organizationLabel = new QLabel(tr("&Organization"), side);
    organizationLabel->setBuddy(m_organization);
    auto *peopleLabel = new QLabel(tr("People (&filter)"), side);
    peopleLabel->setBuddy(m_filter);
    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(4, 0, 0, 0);
    layout->addWidget(organizationLabel);
    layout->addWidget(m_organization);
    layout->addWidget(peopleLabel);
    layout->addWidget(m_filter);
    layout->addWidget(m_people, 1);

    connect(m_people->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        const QString id = current.data(PlatformPeopleModel::PersonIdRole).toString();
        if (id.isEmpty())
            return;
        if (m_person->person() != id)
            m_person->setPerson(id);
        m_whoCan->askWhatCan(id);
    });
    // Enter (or a double click) on a person opens their roles and permissions.
    connect(m_people, &QAbstractItemView::activated, this, [this] { showTab(Tab::People); });
    connect(m_organization->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            m_whoCan->askWhoCan(m_whoCan->permissionCombo()->currentData().toString(),
                                current.data(PlatformOrganizationModel::ProjectRole).toString());
    });
    return side;
}

void PlatformPage::updateSidebar()
{
    const PlatformFile &file = m_document->file();
    if (m_organizationModel->rowCount() == 0 || m_organizationModel->data(m_organizationModel->index(0, 0)).toString() != file.organization
        || m_organizationModel->rowCount(m_organizationModel->index(0, 0)) != file.projects.size()) {
        m_organizationModel->setOrganization(file.organization, file.projects);
        m_organization->expandAll();
    }
    const QString current = m_people->currentIndex().data(PlatformPeopleModel::PersonIdRole).toString();
    m_peopleModel->setPeople(m_document->people());
    m_people->resizeColumnsToContents();
    if (const int row = m_peopleModel->rowOf(current); row >= 0)
        m_people->setCurrentIndex(m_peopleProxy->mapFromSource(m_peopleModel->index(row, 0)));
    fillPersonCombo(m_actAs, m_document->people(), tr("(administrator: no check)"));
    const int acting = m_actAs->findData(m_document->actingPerson());
    m_actAs->setCurrentIndex(acting >= 0 ? acting : 0);
    if (acting < 0)
        m_document->setActingPerson({});
}

void PlatformPage::updateTitle()
{
    QString title;
    if (!m_document->isOpen()) {
        title = tr("No platform file");
        m_fileLabel->setText(tr("No platform file: Open platform file… (Ctrl+Shift+O)"));
    } else {
        const QString name = QFileInfo(m_document->path()).fileName();
        title = m_document->isModified() ? tr("%1 (modified)").arg(name) : name;
        QString text = m_document->isModified() ? tr("<b>%1</b> ● modified").arg(name.toHtmlEscaped())
                                                : tr("<b>%1</b>").arg(name.toHtmlEscaped());
        if (!m_document->directoryDescription().isEmpty())
            text += tr(" — directory: %1").arg(m_document->directoryDescription().toHtmlEscaped());
        m_fileLabel->setText(text);
        m_fileLabel->setToolTip(QDir::toNativeSeparators(m_document->path()));
    }
    m_save->setEnabled(m_document->isOpen());
    m_saveAs->setEnabled(m_document->isOpen());
    emit titleChanged(title);
}

bool PlatformPage::openFile(const QString &path, bool ask)
{
    if (ask && !maybeDiscard())
        return false;
    // A directory still being read belongs to the file open now, not to the next one.
    const bool reading = m_ldap->isRunning();
    if (const QString error = m_document->open(path); !error.isEmpty()) {
        m_messages->showMessage(MessageBar::Level::Error,
                                m_document->isOpen() ? tr("Could not open the platform file; %1 stays open: %2")
                                                           .arg(QFileInfo(m_document->path()).fileName(), error)
                                                     : tr("Could not open the platform file: %1").arg(error),
                                error);
        return false;
    }
    if (reading)
        m_ldap->cancel();
    const QStringList warnings = m_document->warnings();
    if (warnings.isEmpty())
        m_messages->hide();
    else
        m_messages->showMessage(MessageBar::Level::Warning,
                                tr("%1 opened with %n note(s): %2", nullptr, int(warnings.size()))
                                    .arg(QFileInfo(path).fileName(), warnings.constFirst()),
                                warnings.join(u'\n'));
    return true;
}

void PlatformPage::showOpenDialog()
{
    if (!maybeDiscard())
        return;
    const QString start = m_document->isOpen() ? QFileInfo(m_document->path()).absolutePath() : QString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open platform file"), start,
                                                      tr("Platform files (*.yaml *.yml);;All files (*)"));
    if (!path.isEmpty())
        openFile(path, false);
}

bool PlatformPage::save()
{
    if (!m_document->isOpen())
        return false;
    return saveTo(m_document->path());
}

bool PlatformPage::saveAs()
{
    if (!m_document->isOpen())
        return false;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save platform file as"), m_document->path(),
                                                      tr("Platform files (*.yaml *.yml)"));
    return !path.isEmpty() && saveTo(path);
}

bool PlatformPage::saveTo(const QString &path, bool confirm)
{
    if (confirm) {
        const QString diff = PlatformFileFormat::diff(m_document->diskText(path), m_document->text());
        PlatformSaveDialog dialog(path, diff, this);
        if (dialog.exec() != QDialog::Accepted)
            return false;
    }
    if (const QString error = m_document->save(path); !error.isEmpty()) {
        m_messages->showMessage(MessageBar::Level::Error, tr("Could not save: %1").arg(error), error);
        return false;
    }
    m_messages->showMessage(MessageBar::Level::Info, tr("Saved %1.").arg(QDir::toNativeSeparators(m_document->path())));
    updateTitle();
    return true;
}

bool PlatformPage::maybeDiscard()
{
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved platform edits"),
        tr("%1 has edits that are not saved. Save them?").arg(QFileInfo(m_document->path()).fileName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

bool PlatformPage::loadDirectoryFile(const QString &path)
{
    if (!m_document->isOpen()) {
        m_messages->showMessage(MessageBar::Level::Warning, tr("Open a platform file before loading a directory."));
        return false;
    }
    const DirectoryLoad load = DirectoryImport::load(path, m_document->file().directory.provider);
    if (!load.ok()) {
        m_messages->showMessage(MessageBar::Level::Error, tr("Could not read the directory: %1").arg(load.error), load.error);
        return false;
    }
    m_document->setDirectory(load.directory, QFileInfo(path).fileName());
    m_messages->showMessage(MessageBar::Level::Info,
                            tr("Directory %1: %2, %3.")
                                .arg(QFileInfo(path).fileName(),
                                     tr("%n person(s)", nullptr, int(load.directory.people.size())),
                                     tr("%n group(s)", nullptr, int(load.directory.groups.size()))),
                            load.directory.warnings.join(u'\n'));
    updateTitle();
    return true;
}

void PlatformPage::showDirectoryFileDialog()
{
    const QString start = m_document->isOpen() ? QFileInfo(m_document->path()).absolutePath() : QString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Load directory import"), start,
                                                      tr("Directory imports (*.csv *.json);;All files (*)"));
    if (!path.isEmpty())
        loadDirectoryFile(path);
}

void PlatformPage::showLdapDialog()
{
    if (!m_document->isOpen()) {
        m_messages->showMessage(MessageBar::Level::Warning, tr("Open a platform file before loading a directory."));
        return;
    }
    PlatformLdapDialog dialog(LdapSettings::fromSource(m_document->file().directory, m_document->path()), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const LdapSettings settings = dialog.settings();
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("%n entr(y/ies)", nullptr, 0));
    m_progressText->setText(tr("Reading %1…").arg(settings.url));
    m_readingFrom = settings.url;
    m_readingFor = m_document->path();
    m_progressRow->show();
    m_cancelRead->setFocus();
    m_ldap->start(settings);
}

void PlatformPage::onDirectoryRead(const DirectoryLoad &result)
{
    m_progressRow->hide();
    if (m_readingFor != m_document->path()) {
        // Read for a file that is no longer open: not this file's directory.
        emit directoryReadFinished(false);
        return;
    }
    if (result.cancelled) {
        m_messages->showMessage(MessageBar::Level::Info, tr("Reading the directory was cancelled; nothing changed."));
    } else if (!result.ok()) {
        m_messages->showMessage(MessageBar::Level::Error, tr("Could not read the directory: %1").arg(result.error), result.error);
    } else {
        m_document->setDirectory(result.directory, m_readingFrom);
        m_messages->showMessage(MessageBar::Level::Info,
                                tr("Directory %1: %2, %3.")
                                    .arg(m_readingFrom,
                                         tr("%n person(s)", nullptr, int(result.directory.people.size())),
                                         tr("%n group(s)", nullptr, int(result.directory.groups.size()))),
                                result.directory.warnings.join(u'\n'));
        updateTitle();
    }
    emit directoryReadFinished(result.ok());
}

void PlatformPage::setActingPerson(const QString &personId)
{
    m_document->setActingPerson(personId);
    const int index = m_actAs->findData(personId);
    m_actAs->setCurrentIndex(index >= 0 ? index : 0);
}

void PlatformPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

void PlatformPage::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

} // namespace roledesk
