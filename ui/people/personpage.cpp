#include "people/personpage.h"

#include "common/messagebar.h"
#include "common/savedialogs.h"
#include "export/outputfile.h"
#include "models/personlayersmodel.h"
#include "models/personrightsmodel.h"
#include "models/platformgrantmodel.h"
#include "people/personprofilejson.h"
#include "people/serverrightssweep.h"
#include "platform/platformdocument.h"
#include "platform/platformwidgets.h"
#include "privileges/effectiverights.h"
#include "window/session.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace roledesk {

namespace {

/// Rows that are problems (a database not read, a login not there, no CONNECT) in the error colour.
class ProblemDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(PersonLayersModel::ProblemRole).toBool())
            option->palette.setColor(QPalette::Text, QColor(0xb0, 0x00, 0x20));
    }
};

} // namespace

PersonPage::PersonPage(Session *session, PlatformDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_document(document)
    , m_sweep(new ServerRightsSweep(this))
    , m_messages(new MessageBar(this))
    , m_personCombo(makeSearchableCombo(this))
    , m_scopeCombo(new QComboBox(this))
    , m_read(new QPushButton(tr("&Read every database"), this))
    , m_cancel(new QPushButton(tr("C&ancel"), this))
    , m_progress(new QProgressBar(this))
    , m_export(new QToolButton(this))
    , m_summary(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_openPlatform(new QPushButton(tr("Open plat&form file…"), this))
    , m_roles(new PlatformGrantModel(this))
    , m_layers(new PersonLayersModel(this))
    , m_rights(new PersonRightsModel(this))
    , m_rightsProxy(new PersonRightsFilterModel(this))
    , m_filter(new QLineEdit(this))
    , m_databaseFilter(new QComboBox(this))
{
    setObjectName(QStringLiteral("personPage"));
    createWidgets();
    layOut();

    connect(m_personCombo, &QComboBox::activated, this, [this] { recompute(); });
    connect(m_scopeCombo, &QComboBox::activated, this,
            [this](int index) { setScope(index == 1 ? Scope::EveryDatabase : Scope::ThisDatabase); });
    connect(m_read, &QPushButton::clicked, this, &PersonPage::readEveryDatabase);
    connect(m_cancel, &QPushButton::clicked, this, &PersonPage::cancel);
    connect(m_openPlatform, &QPushButton::clicked, this, [this] {
        if (m_openPlatformAction)
            m_openPlatformAction->trigger();
    });
    connect(m_filter, &QLineEdit::textChanged, m_rightsProxy, &PersonRightsFilterModel::setFilterText);
    connect(m_databaseFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_rightsProxy->setDatabase(m_databaseFilter->currentData().toString()); });
    connect(&m_watcher, &QFutureWatcher<PersonProfile>::finished, this, [this] {
        showProfile(m_watcher.result());
    });
    connect(m_sweep, &ServerRightsSweep::progressed, this, [this](int index, int count, const QString &database) {
        m_progress->setRange(0, count);
        m_progress->setValue(index);
        m_progress->setFormat(tr("%1 of %2").arg(index + 1).arg(count));
        m_summary->setText(tr("Reading database %1 (%2 of %3)…").arg(database).arg(index + 1).arg(count));
    });
    connect(m_sweep, &ServerRightsSweep::databaseRead, this, [this] {
        if (m_scope == Scope::EveryDatabase)
            recompute();
    });
    connect(m_sweep, &ServerRightsSweep::finished, this, [this] {
        updateState();
        if (m_scope == Scope::EveryDatabase)
            recompute();
        emit sweepFinished();
    });
    connect(m_session, &Session::snapshotChanged, this, &PersonPage::onSnapshotChanged);
    connect(m_document, &PlatformDocument::changed, this, [this] {
        fillPeople();
        recompute();
    });
    fillPeople();
    if (m_session->rights())
        onSnapshotChanged();
    else
        recompute();
}

PersonPage::~PersonPage()
{
    m_watcher.waitForFinished(); // it reads the rights the page holds
}

void PersonPage::createWidgets()
{
    m_personCombo->setObjectName(QStringLiteral("personCombo"));
    m_personCombo->setAccessibleName(tr("Person"));
    m_scopeCombo->setObjectName(QStringLiteral("personScope"));
    m_scopeCombo->addItem(tr("This database"));
    m_scopeCombo->addItem(tr("Every database of the server"));
    m_scopeCombo->setToolTip(tr("This database: the connected database's snapshot. Every database: each database "
                                "of the server read once, in turn, with the same login."));
    m_read->setObjectName(QStringLiteral("personReadAll"));
    m_read->setToolTip(tr("Read the catalog of every database of the server again"));
    m_cancel->setObjectName(QStringLiteral("personCancel"));
    m_cancel->setToolTip(tr("Stop reading; the databases read so far stay shown"));
    m_progress->setObjectName(QStringLiteral("personProgress"));
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_export->setObjectName(QStringLiteral("personExport"));
    m_export->setText(tr("E&xport"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_export);
    // Each export asks for a file, writes, and says on the bar what happened.
    const auto exporter = [this](const QString &title, const QString &suffix, const QString &filter,
                                 QString (PersonPage::*write)(const QString &)) {
        return [this, title, suffix, filter, write] {
            const QString path = askSaveFileName(this, title, m_profile.person + suffix, filter);
            if (path.isEmpty())
                return;
            const QString error = (this->*write)(path);
            m_messages->showMessage(error.isEmpty() ? MessageBar::Level::Info : MessageBar::Level::Error,
                                    error.isEmpty() ? tr("Written to %1.").arg(QDir::toNativeSeparators(path)) : error);
        };
    };
    menu->addAction(tr("Person as &JSON…"), this,
                    exporter(tr("Export person"), QStringLiteral(".json"), tr("JSON (*.json)"), &PersonPage::exportJson))
        ->setObjectName(QStringLiteral("actionPersonJson"));
    menu->addAction(tr("Rights table as &CSV…"), this,
                    exporter(tr("Export rights"), QStringLiteral("-rights.csv"), tr("CSV (*.csv)"), &PersonPage::exportCsv))
        ->setObjectName(QStringLiteral("actionPersonCsv"));
    m_export->setMenu(menu);
    m_summary->setObjectName(QStringLiteral("personSummary"));
    m_summary->setWordWrap(true);
    m_hint->setObjectName(QStringLiteral("personHint"));
    m_hint->setWordWrap(true);
    m_openPlatform->setObjectName(QStringLiteral("personOpenPlatform"));
    m_messages->setObjectName(QStringLiteral("personMessages"));

    m_roles->setColumns({PlatformGrantModel::Column::Scope, PlatformGrantModel::Column::Role,
                         PlatformGrantModel::Column::Source});
    m_rolesView = makePlatformTable(m_roles, QStringLiteral("personPlatformRoles"), tr("Platform roles of the person"), this);

    m_layersView = new QTreeView(this);
    m_layersView->setObjectName(QStringLiteral("personLayers"));
    m_layersView->setAccessibleName(tr("Logins and their layers, per database"));
    m_layersView->setModel(m_layers);
    m_layersView->setItemDelegate(new ProblemDelegate(m_layersView));
    m_layersView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_layersView->setUniformRowHeights(true);
    m_layersView->header()->setStretchLastSection(true);

    m_rightsProxy->setSourceModel(m_rights);
    m_rightsView = new QTableView(this);
    m_rightsView->setObjectName(QStringLiteral("personRights"));
    m_rightsView->setAccessibleName(tr("Effective rights on objects"));
    m_rightsView->setModel(m_rightsProxy);
    m_rightsView->setSortingEnabled(true);
    m_rightsView->sortByColumn(-1, Qt::AscendingOrder); // the engine's order until a header is clicked
    m_rightsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rightsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rightsView->verticalHeader()->hide();
    m_rightsView->verticalHeader()->setDefaultSectionSize(m_rightsView->fontMetrics().height() + 8);
    m_rightsView->horizontalHeader()->setStretchLastSection(true);
    m_filter->setObjectName(QStringLiteral("personFilter"));
    m_filter->setPlaceholderText(tr("Filter: object, privilege, login, through… (every word must match)"));
    m_filter->setClearButtonEnabled(true);
    m_databaseFilter->setObjectName(QStringLiteral("personDatabaseFilter"));
    m_databaseFilter->setAccessibleName(tr("Database of the rights shown"));
}

void PersonPage::layOut()
{
    auto *top = new QHBoxLayout;
    auto *personLabel = new QLabel(tr("Per&son:"), this);
    personLabel->setBuddy(m_personCombo);
    auto *scopeLabel = new QLabel(tr("S&cope:"), this);
    scopeLabel->setBuddy(m_scopeCombo);
    top->addWidget(personLabel);
    top->addWidget(m_personCombo, 2);
    top->addSpacing(12);
    top->addWidget(scopeLabel);
    top->addWidget(m_scopeCombo);
    top->addWidget(m_read);
    top->addWidget(m_progress);
    top->addWidget(m_cancel);
    top->addStretch(1);
    top->addWidget(m_export);

    auto *hint = new QHBoxLayout;
    hint->addWidget(m_hint, 1);
    hint->addWidget(m_openPlatform);

    const auto section = [this](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text, this);
        label->setBuddy(buddy);
        QFont f = label->font();
        f.setBold(true);
        label->setFont(f);
        return label;
    };
    auto *left = new QSplitter(Qt::Vertical, this);
    m_rolesBox = new QWidget(left);
    auto *rolesLayout = new QVBoxLayout(m_rolesBox);
    rolesLayout->setContentsMargins(0, 0, 0, 0);
    rolesLayout->addWidget(section(tr("Pla&tform roles"), m_rolesView));
    rolesLayout->addWidget(m_rolesView);
    auto *layersBox = new QWidget(left);
    auto *layersLayout = new QVBoxLayout(layersBox);
    layersLayout->setContentsMargins(0, 0, 0, 0);
    layersLayout->addWidget(section(tr("Logins and their la&yers, per database"), m_layersView));
    layersLayout->addWidget(m_layersView);
    left->addWidget(m_rolesBox);
    left->addWidget(layersBox);
    left->setStretchFactor(0, 1);
    left->setStretchFactor(1, 3);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *filterRow = new QHBoxLayout;
    auto *filterLabel = new QLabel(tr("F&ilter:"), this);
    filterLabel->setBuddy(m_filter);
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_databaseFilter);
    rightLayout->addWidget(section(tr("Effective rights on ob&jects"), m_rightsView));
    rightLayout->addLayout(filterRow);
    rightLayout->addWidget(m_rightsView, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_messages);
    layout->addLayout(top);
    layout->addLayout(hint);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    setTabOrder(m_personCombo, m_scopeCombo);
    setTabOrder(m_scopeCombo, m_read);
    setTabOrder(m_read, m_cancel);
    setTabOrder(m_cancel, m_export);
    setTabOrder(m_export, m_rolesView);
    setTabOrder(m_rolesView, m_layersView);
    setTabOrder(m_layersView, m_filter);
    setTabOrder(m_filter, m_databaseFilter);
    setTabOrder(m_databaseFilter, m_rightsView);
}

void PersonPage::setOpenPlatformAction(QAction *action)
{
    m_openPlatformAction = action;
    updateState();
}

void PersonPage::fillPeople()
{
    // With a platform file the people are its people; without one every login role is a person
    // of one login, so the page answers "what may this login do" all the same.
    QList<PlatformPerson> people;
    if (m_document->isOpen()) {
        people = m_document->people();
    } else if (const auto rights = m_session->rights()) {
        for (const Role &r : rights->snapshot().roles)
            if (r.canLogin && !r.predefined)
                people << PlatformPerson{r.name, {}, PlatformPerson::Kind::Human, {}, {}, 0};
        std::sort(people.begin(), people.end(),
                  [](const PlatformPerson &a, const PlatformPerson &b) { return a.id < b.id; });
    }
    fillPersonCombo(m_personCombo, people);
    updateState();
}

bool PersonPage::setPerson(const QString &id)
{
    const int index = m_personCombo->findData(id);
    if (index < 0)
        return false;
    m_personCombo->setCurrentIndex(index);
    recompute();
    return true;
}

QString PersonPage::person() const
{
    return m_personCombo->currentIndex() >= 0 ? m_personCombo->currentData().toString() : QString();
}

void PersonPage::setScope(Scope scope)
{
    const bool changed = scope != m_scope;
    m_scope = scope;
    {
        const QSignalBlocker blocker(m_scopeCombo);
        m_scopeCombo->setCurrentIndex(scope == Scope::EveryDatabase ? 1 : 0);
    }
    // Every database is read once per connection: choosing the scope again does not read again.
    const bool readBefore = m_sweep->isRunning() || !m_sweep->entries().isEmpty() || !m_sweep->error().isEmpty();
    if (scope == Scope::EveryDatabase && m_session->hasOptions() && !readBefore)
        m_sweep->start(m_session->options());
    updateState();
    if (changed)
        recompute();
}

void PersonPage::readEveryDatabase()
{
    if (!m_session->hasOptions())
        return;
    m_scope = Scope::EveryDatabase;
    {
        const QSignalBlocker blocker(m_scopeCombo);
        m_scopeCombo->setCurrentIndex(1);
    }
    m_sweep->start(m_session->options());
    updateState();
    recompute();
}

void PersonPage::cancel()
{
    m_sweep->cancel();
}

bool PersonPage::isBusy() const
{
    return m_sweep->isRunning(); // a profile being worked out is short, and the page waits for it when it goes
}

void PersonPage::onSnapshotChanged()
{
    // Another server or login: what the sweep read belongs to the previous one.
    if (m_sweep->options() != m_session->options())
        m_sweep->clear();
    if (!m_document->isOpen())
        fillPeople();
    updateState();
    recompute();
}

QList<PersonPage::Source> PersonPage::sources() const
{
    QList<Source> out;
    if (m_scope == Scope::ThisDatabase) {
        if (const auto rights = m_session->rights())
            out << Source{rights->snapshot().database, rights, {}};
        return out;
    }
    // The connected database as the session has it now (after a refresh or an apply), the others
    // as the sweep read them.
    const auto current = m_session->rights();
    for (const ServerRightsSweep::Entry &e : m_sweep->entries())
        out << (current && e.database == current->snapshot().database ? Source{e.database, current, {}}
                                                                       : Source{e.database, e.rights, e.error});
    return out;
}

void PersonPage::recompute()
{
    const QString id = person();
    if (id.isEmpty()) {
        // Through the watcher too, so that a computation still running cannot land after it.
        m_watcher.setFuture(QtFuture::makeReadyFuture(PersonProfile()));
        return;
    }
    // Whose logins are whose is resolved over one snapshot: roles are cluster-wide.
    std::shared_ptr<const EffectiveRights> any = m_session->rights();
    const QList<Source> from = sources();
    for (const Source &s : from)
        if (!any && s.rights)
            any = s.rights;
    PersonLogins logins;
    QString displayName;
    if (m_document->isOpen()) {
        QStringList ids;
        for (const PlatformPerson &p : m_document->people()) {
            ids << p.id;
            if (p.id == id)
                displayName = p.name;
        }
        if (any)
            logins = PersonLogins::resolve(m_document->file().logins, ids, any->snapshot());
    } else if (any) {
        PlatformLogins byName;
        byName.sameName = true;
        logins = PersonLogins::resolve(byName, {id}, any->snapshot());
    }
    // The platform part reads the document: here, on the GUI thread, where it may change.
    PersonProfile platform = PersonProfileBuilder::buildPlatform(m_document->isOpen() ? &m_document->evaluation() : nullptr,
                                                                 logins, id, displayName);
    if (!any) { // nothing to match logins against yet: no verdict on them
        platform.problems.clear();
        platform.noLogin = false;
    }
    const bool direct = !m_document->isOpen();
    m_watcher.setFuture(QtConcurrent::run([platform, logins, from, id, direct]() mutable {
        for (const Source &s : from) {
            PersonDatabase d = s.rights ? PersonProfileBuilder::buildDatabase(*s.rights, logins, id)
                                        : PersonProfileBuilder::failedDatabase(s.database, s.error);
            if (direct)
                for (PersonLoginFacts &f : d.logins)
                    f.how = PersonPage::tr("the login chosen");
            platform.databases << d;
        }
        if (direct)
            for (PersonLogin &l : platform.logins)
                l.how = PersonPage::tr("the login chosen");
        return platform;
    }));
}

void PersonPage::showProfile(const PersonProfile &profile)
{
    m_profile = profile;
    if (m_document->isOpen() && !profile.person.isEmpty()) {
        m_roles->setRoleGrants(m_document->evaluation().rolesOf(profile.person), m_document->definition(),
                               m_document->names());
    } else {
        m_roles->clear();
    }
    // Databases a cancelled sweep never reached are rows of their own; while it runs they are still to come.
    const bool stopped = m_scope == Scope::EveryDatabase && !m_sweep->isRunning() && m_sweep->wasCancelled();
    m_layers->setDatabases(profile.databases, stopped ? m_sweep->notRead() : QStringList());
    // One or two databases: every layer open; more: databases and logins, the layers on demand.
    if (profile.databases.size() <= 2)
        m_layersView->expandAll();
    else
        m_layersView->expandToDepth(1);
    m_layersView->resizeColumnToContents(PersonLayersModel::ItemColumn);
    m_layersView->resizeColumnToContents(PersonLayersModel::DetailColumn);
    m_layersView->setColumnWidth(PersonLayersModel::DetailColumn, // a long detail keeps Through in sight
                                 std::min(m_layersView->columnWidth(PersonLayersModel::DetailColumn), 220));
    m_rights->setDatabases(profile.databases);
    {
        const QSignalBlocker blocker(m_databaseFilter);
        const QString current = m_databaseFilter->currentData().toString();
        m_databaseFilter->clear();
        m_databaseFilter->addItem(tr("Every database"), QString());
        for (const PersonDatabase &d : profile.databases)
            if (d.error.isEmpty())
                m_databaseFilter->addItem(d.database, d.database);
        const int again = m_databaseFilter->findData(current);
        m_databaseFilter->setCurrentIndex(again >= 0 ? again : 0);
        m_rightsProxy->setDatabase(m_databaseFilter->currentData().toString());
    }
    m_rightsView->resizeColumnsToContents();
    m_rolesView->resizeColumnsToContents();
    showProblems();
    updateState();
    emit profileShown();
}

void PersonPage::showProblems()
{
    // Problems are notes on the page, never dialogs: a person with no login or a database that
    // refused the login is an answer too.
    QStringList warnings = m_profile.problems;
    for (const PersonDatabase &d : std::as_const(m_profile.databases))
        if (!d.error.isEmpty())
            warnings << d.error;
    if (m_scope == Scope::EveryDatabase && !m_sweep->error().isEmpty())
        warnings << m_sweep->error();
    QStringList notes;
    if (m_scope == Scope::EveryDatabase && m_sweep->wasCancelled())
        notes << tr("Reading was cancelled: %n database(s) not read; what is shown is incomplete.", nullptr,
                    int(m_sweep->notRead().size()));
    const QStringList all = warnings + notes;
    if (all.isEmpty()) {
        m_messages->hide();
        return;
    }
    m_messages->showMessage(warnings.isEmpty() ? MessageBar::Level::Info : MessageBar::Level::Warning,
                            all.join(QStringLiteral(" · ")), all.join(u'\n'));
}

QString PersonPage::summaryText() const
{
    if (m_profile.person.isEmpty())
        return m_personCombo->count() ? tr("Choose a person to see their platform roles, logins and rights.") : QString();
    int rights = 0;
    for (const PersonDatabase &d : m_profile.databases)
        for (const PersonLoginFacts &f : d.logins)
            rights += int(f.rights.size());
    const QString who = m_profile.displayName.isEmpty() ? m_profile.person
                                                        : tr("%1 (%2)").arg(m_profile.displayName, m_profile.person);
    QString where;
    if (m_scope == Scope::ThisDatabase)
        where = m_session->rights() ? tr("in database %1").arg(m_session->rights()->snapshot().database)
                                    : tr("no database connected");
    else if (m_sweep->isRunning())
        where = tr("reading every database…");
    else
        where = tr("in %n of %1 database(s) read", nullptr, int(m_sweep->entries().size()))
                    .arg(m_sweep->databases().size());
    if (!m_document->isOpen()) // a login as the person: no platform roles to count
        return tr("%1: %n right(s) on objects, %2.", nullptr, rights).arg(who, where);
    return tr("%1: %n platform role grant(s), %2 login(s), %3 right(s) on objects, %4.", nullptr,
              int(m_roles->rowCount()))
        .arg(who)
        .arg(m_profile.logins.size())
        .arg(rights)
        .arg(where);
}

void PersonPage::updateState()
{
    const bool every = m_scope == Scope::EveryDatabase;
    const bool running = m_sweep->isRunning();
    m_read->setVisible(every);
    m_read->setEnabled(!running && m_session->hasOptions());
    m_cancel->setVisible(every);
    m_cancel->setEnabled(running);
    m_progress->setVisible(every && running);
    if (!running)
        m_progress->reset();
    m_export->setEnabled(!m_profile.person.isEmpty());
    const bool open = m_document->isOpen();
    if (!open) {
        m_hint->setText(m_session->rights()
                            ? tr("No platform file is open: each login role is shown as a person of one login. Open "
                                 "one (Database ▸ Open platform file…) to see people, their platform roles and "
                                 "the logins its mapping gives them.")
                            : tr("Open a platform file (Database ▸ Open platform file…) to choose a person, or "
                                 "connect to a database to choose a login."));
    } else if (!m_session->rights()) {
        m_hint->setText(tr("Connect to a database to see the person's logins and their rights."));
    }
    m_rolesBox->setVisible(open); // without a platform file there are no platform roles
    const bool hint = !open || !m_session->rights();
    m_hint->setVisible(hint);
    m_openPlatform->setVisible(!open && m_openPlatformAction);
    if (!running)
        m_summary->setText(summaryText());
}

QString PersonPage::exportJson(const QString &path)
{
    if (m_profile.person.isEmpty())
        return tr("Choose a person first.");
    QJsonObject object = PersonProfileJson::toObject(m_profile);
    if (m_scope == Scope::EveryDatabase && !m_sweep->isComplete()) {
        // The CLI's shape, and a word that the sweep did not reach every database.
        object.insert(QStringLiteral("incomplete"), true);
        object.insert(QStringLiteral("databases_not_read"), QJsonArray::fromStringList(m_sweep->notRead()));
    }
    OutputFile file(path);
    if (!file.open() || file.write(QJsonDocument(object).toJson(QJsonDocument::Indented)) < 0 || !file.commit())
        return tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

QString PersonPage::exportCsv(const QString &path)
{
    if (m_profile.person.isEmpty())
        return tr("Choose a person first.");
    QList<int> rows;
    for (int row = 0; row < m_rightsProxy->rowCount(); ++row)
        rows << m_rightsProxy->mapToSource(m_rightsProxy->index(row, 0)).row();
    OutputFile file(path);
    if (!file.open() || file.write(m_rights->csv(rows).toUtf8()) < 0 || !file.commit())
        return tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

void PersonPage::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

} // namespace roledesk
