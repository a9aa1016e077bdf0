#include "audit/lintdialog.h"

#include "common/messagebar.h"
#include "common/savedialogs.h"
#include "export/outputfile.h"
#include "lint/lintfacts.h"
#include "lint/personlogins.h"
#include "models/lintviolationmodel.h"
#include "platform/platformdocument.h"
#include "privileges/effectiverights.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <optional>

namespace roledesk {

LintDialog::LintDialog(QWidget *parent)
    : QDialog(parent)
    , m_model(new LintViolationModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_rulesLabel(new QLabel(this))
    , m_notes(new MessageBar(this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_path(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_again(new QPushButton(tr("Check &again"), this))
    , m_export(new QPushButton(tr("&Export CSV…"), this))
    , m_rules(LintRulesFormat::defaults())
{
    setWindowTitle(tr("Separation of duties"));
    setObjectName(QStringLiteral("lintDialog"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setObjectName(QStringLiteral("lintFilter"));
    m_filter->setPlaceholderText(tr("Filter by rule, person, login, database or text"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    m_table->setObjectName(QStringLiteral("lintViolations"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(false); // the engine's order: rules in file order, then people
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(LintViolationModel::MessageColumn, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Violations"));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &LintDialog::showPath);
    m_path->setObjectName(QStringLiteral("lintPath"));
    m_path->setReadOnly(true);
    m_path->setAccessibleName(tr("Why the selected violation holds"));
    m_path->setPlaceholderText(tr("Select a violation to see the path that causes it."));
    m_notes->setObjectName(QStringLiteral("lintNotes"));
    m_notes->hide();
    m_status->setObjectName(QStringLiteral("lintStatus"));
    m_busy->setRange(0, 0);
    m_busy->hide();
    m_rulesLabel->setObjectName(QStringLiteral("lintRules"));
    m_rulesLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *choose = new QPushButton(tr("&Rules file…"), this);
    choose->setObjectName(QStringLiteral("lintChooseRules"));
    choose->setToolTip(tr("Check with the rules of a YAML file (format: README, \"Separation of duties\")"));
    auto *shipped = new QPushButton(tr("&Shipped rules"), this);
    shipped->setObjectName(QStringLiteral("lintShippedRules"));
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Rules file"), QString(),
                                                          tr("Rules (*.yaml *.yml);;All files (*)"));
        if (!path.isEmpty())
            useRulesFile(path);
    });
    connect(shipped, &QPushButton::clicked, this, &LintDialog::useShippedRules);
    m_again->setObjectName(QStringLiteral("lintCheckAgain"));
    connect(m_again, &QPushButton::clicked, this, &LintDialog::recheck);
    m_export->setObjectName(QStringLiteral("lintExport"));
    m_export->setEnabled(false);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = askSaveFileName(this, tr("Export violations"), QStringLiteral("violations.csv"),
                                             tr("CSV (*.csv)"));
        if (!path.isEmpty())
            exportCsv(path);
    });

    auto *rulesRow = new QHBoxLayout;
    rulesRow->addWidget(m_rulesLabel, 1);
    rulesRow->addWidget(choose);
    rulesRow->addWidget(shipped);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_path);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_again, QDialogButtonBox::ActionRole);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_busy);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(rulesRow);
    layout->addWidget(m_notes);
    layout->addWidget(m_filter);
    layout->addWidget(splitter, 1);
    layout->addLayout(statusRow);
    layout->addWidget(buttons);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &LintDialog::done);
    updateRulesLabel();
    resize(960, 560);
}

LintDialog::~LintDialog()
{
    // The worker reads the snapshot and copies of the rules and platform data: let it end first.
    m_watcher.waitForFinished();
}

void LintDialog::check(std::shared_ptr<const EffectiveRights> rights, const PlatformDocument *platform)
{
    m_rights = std::move(rights);
    m_platform = platform;
    recheck();
}

bool LintDialog::useRulesFile(const QString &path)
{
    const LintRulesLoad load = LintRulesFormat::load(path);
    if (!load.ok()) {
        m_notes->showMessage(MessageBar::Level::Error, load.error);
        m_status->setText(tr("The rules file was not used; the rules in use stay."));
        return false;
    }
    m_rules = load.rules;
    m_rulesPath = path;
    updateRulesLabel();
    recheck();
    return true;
}

void LintDialog::useShippedRules()
{
    m_rules = LintRulesFormat::defaults();
    m_rulesPath.clear();
    updateRulesLabel();
    recheck();
}

void LintDialog::updateRulesLabel()
{
    const QString rules = m_rulesPath.isEmpty() ? tr("the shipped rules") : QFileInfo(m_rulesPath).fileName();
    const bool people = m_platform && m_platform->isOpen();
    m_rulesLabel->setToolTip(people ? QDir::toNativeSeparators(m_platform->path()) : QString());
    m_rulesLabel->setText(people ? tr("Rules: %1 · People: %2").arg(rules, QFileInfo(m_platform->path()).fileName())
                                 : tr("Rules: %1 · No platform file open: logins are checked without their people "
                                      "(Database ▸ Open platform file…)").arg(rules));
}

void LintDialog::recheck()
{
    if (!m_rights)
        return;
    if (m_watcher.isRunning()) {
        m_pending = true;
        return;
    }
    updateRulesLabel();
    // Copies for the worker: the platform document may be edited while it runs.
    std::optional<PlatformEvaluation> evaluation;
    PlatformLogins logins;
    if (m_platform && m_platform->isOpen()) {
        evaluation = m_platform->evaluation();
        logins = m_platform->file().logins;
    }
    m_status->setText(tr("Checking…"));
    m_busy->show();
    m_again->setEnabled(false);
    m_watcher.setFuture(QtConcurrent::run([rights = m_rights, rules = m_rules, evaluation, logins] {
        Outcome out;
        out.database = rights->snapshot().database;
        std::optional<PersonLogins> mapping;
        if (evaluation) {
            mapping = PersonLogins::resolve(logins, evaluation->people(), rights->snapshot());
            out.problems = mapping->problems();
            out.withoutLogin = mapping->withoutLogin();
        }
        const LintFacts facts = LintFactCollector::collect(*rights, evaluation ? &*evaluation : nullptr,
                                                           mapping ? &*mapping : nullptr);
        out.violations = SeparationOfDuties::check(rules, facts, evaluation ? evaluation->definition() : nullptr);
        return out;
    }));
}

void LintDialog::done()
{
    const Outcome out = m_watcher.result();
    m_busy->hide();
    m_again->setEnabled(true);
    m_model->setViolations(out.violations);
    m_export->setEnabled(!out.violations.isEmpty());
    m_path->clear();
    qsizetype errors = 0;
    for (const LintViolation &v : out.violations)
        errors += v.severity == LintRule::Severity::Error;
    // Counts after a colon: one text for any number, in every language (as roledesk-cli lint).
    m_status->setText(out.violations.isEmpty()
                          ? tr("Database %1: no violation.").arg(out.database)
                          : tr("Database %1: violations: %2 (errors: %3, warnings: %4).")
                                .arg(out.database).arg(out.violations.size()).arg(errors)
                                .arg(out.violations.size() - errors));
    QStringList notes;
    for (const QString &p : out.problems)
        notes << tr("Login problem: %1").arg(p);
    if (!out.withoutLogin.isEmpty())
        notes << tr("No login in this server for: %1").arg(out.withoutLogin.join(QStringLiteral(", ")));
    if (notes.isEmpty())
        m_notes->hide();
    else
        m_notes->showMessage(out.problems.isEmpty() ? MessageBar::Level::Info : MessageBar::Level::Warning,
                             notes.join(u'\n'));
    if (m_proxy->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(0, 0));
    emit finished();
    if (m_pending) {
        m_pending = false;
        recheck();
    }
}

void LintDialog::showPath()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_path->clear();
        return;
    }
    const int row = m_proxy->mapToSource(current).row();
    QString description;
    for (const LintRule &rule : std::as_const(m_rules.rules))
        if (rule.name == m_model->violation(row).rule)
            description = rule.description;
    m_path->setPlainText(m_model->pathText(row, description));
}

bool LintDialog::exportCsv(const QString &path)
{
    QList<int> rows;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        rows << m_proxy->mapToSource(m_proxy->index(row, 0)).row();
    OutputFile file(path);
    if (!file.open() || file.write(m_model->csv(rows).toUtf8()) < 0 || !file.commit()) {
        m_status->setText(tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    m_status->setText(tr("%n violation(s) written to %1.", nullptr, int(rows.size())).arg(QDir::toNativeSeparators(path)));
    return true;
}

QString LintDialog::status() const
{
    return m_status->text();
}

QString LintDialog::notes() const
{
    return m_notes->isHidden() ? QString() : m_notes->text();
}

} // namespace roledesk
