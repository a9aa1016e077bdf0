#include "audit/auditcomparedialog.h"

#include "audit/auditcomparisonmodel.h"
#include "audit/savedaudit.h"
#include "audit/savedauditreader.h"
#include "catalog/snapshot.h"
#include "export/outputfile.h"
#include "privileges/effectiverights.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace roledesk {

namespace {

/// Opens both readers and compares them, unless they are of different databases and that is not allowed.
template<typename Outcome>
Outcome compareReaders(SavedAuditReader &older, SavedAuditReader &newer, bool allowOther, const std::atomic_bool *cancel)
{
    Outcome out;
    for (SavedAuditReader *r : {&older, &newer}) {
        if (!r->open()) {
            out.comparison.error = r->error();
            return out;
        }
    }
    out.otherDatabase = AuditComparison::otherDatabase(older.identity(), newer.identity());
    if (!out.otherDatabase.isEmpty() && !allowOther) {
        out.comparison.older = older.identity();
        out.comparison.newer = newer.identity();
        return out;
    }
    out.otherDatabase.clear();
    out.comparison = AuditComparison::compare(older, newer, cancel);
    return out;
}

} // namespace

AuditCompareDialog::AuditCompareDialog(QWidget *parent)
    : QDialog(parent),
      m_model(new AuditComparisonModel(this)),
      m_proxy(new QSortFilterProxyModel(this)),
      m_filter(new QLineEdit(this)),
      m_table(new QTableView(this)),
      m_status(new QLabel(this)),
      m_progress(new QProgressBar(this)),
      m_cancel(new QPushButton(tr("Cancel"), this)),
      m_export(new QPushButton(tr("Export CSV…"), this))
{
    setWindowTitle(tr("Compare with saved audit"));
    setObjectName(QStringLiteral("auditCompareDialog"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setPlaceholderText(tr("Filter: role, object, privilege, lineage…"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setRange(0, 0); // busy: the rights stream has no known length
    m_progress->hide();
    m_cancel->hide();
    m_export->setEnabled(false);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_cancelFlag)
            m_cancelFlag->store(true);
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export differences"), QString(), tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportCsv(path);
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    auto *busy = new QHBoxLayout;
    busy->addWidget(m_progress, 1);
    busy->addWidget(m_cancel);
    layout->addLayout(busy);
    layout->addWidget(buttons);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &AuditCompareDialog::done);
    resize(900, 500);
}

AuditCompareDialog::~AuditCompareDialog()
{
    // The worker reads files the dialog named: let it stop before the dialog goes.
    if (m_cancelFlag)
        m_cancelFlag->store(true);
    m_watcher.waitForFinished();
}

QString AuditCompareDialog::status() const
{
    return m_status->text();
}

void AuditCompareDialog::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    m_export->setEnabled(!busy && m_model->rowCount() > 0);
}

void AuditCompareDialog::start(std::function<Outcome(const std::atomic_bool *)> work, std::function<void()> retry)
{
    if (m_watcher.isRunning())
        return;
    m_retry = std::move(retry);
    m_cancelFlag = std::make_shared<std::atomic_bool>(false);
    m_model->setComparison({});
    m_status->setText(tr("Comparing…"));
    setBusy(true);
    const auto flag = m_cancelFlag;
    m_watcher.setFuture(QtConcurrent::run([work = std::move(work), flag] { return work(flag.get()); }));
}

void AuditCompareDialog::compareWithNow(const QString &older, std::shared_ptr<const EffectiveRights> rights,
                                        const QString &host, bool allowOther)
{
    start([older, rights, host, allowOther](const std::atomic_bool *cancel) {
              Outcome out;
              ScratchAudit now;
              if (!now.write(*rights, AuditIdentity::of(rights->snapshot(), host), &out.comparison.error, cancel))
                  return out;
              SavedAuditReader a(older), b(now.fileName());
              return compareReaders<Outcome>(a, b, allowOther, cancel);
          },
          [this, older, rights, host] { compareWithNow(older, rights, host, true); });
}

void AuditCompareDialog::compareFiles(const QString &older, const QString &newer, bool allowOther)
{
    start([older, newer, allowOther](const std::atomic_bool *cancel) {
              SavedAuditReader a(older), b(newer);
              return compareReaders<Outcome>(a, b, allowOther, cancel);
          },
          [this, older, newer] { compareFiles(older, newer, true); });
}

void AuditCompareDialog::done()
{
    const Outcome out = m_watcher.result();
    const AuditComparison &c = out.comparison;
    m_model->setComparison(c.ok() && out.otherDatabase.isEmpty() ? c : AuditComparison{});
    m_table->resizeColumnsToContents();
    if (!c.ok())
        m_status->setText(c.error);
    else if (!out.otherDatabase.isEmpty())
        m_status->setText(out.otherDatabase);
    else if (c.equal())
        m_status->setText(tr("No differences between %1 (%2) and %3 (%4).")
                              .arg(c.older.describe(), c.older.takenAt.toLocalTime().toString(Qt::ISODate),
                                   c.newer.describe(), c.newer.takenAt.toLocalTime().toString(Qt::ISODate)));
    else
        m_status->setText(tr("%1 since %2: %3 gained, %4 lost.")
                              .arg(tr("%n difference(s)", nullptr, int(c.differences.size())),
                                   c.older.takenAt.toLocalTime().toString(Qt::ISODate),
                                   tr("%n right(s)", nullptr, int(c.count(AuditDifference::Kind::Right, true))),
                                   QString::number(c.count(AuditDifference::Kind::Right, false))));
    setBusy(false);
    emit finished();
    // A refusal for another database is a question, asked once the worker is done (never in tests
    // that passed allowOtherDatabase themselves: they get no refusal).
    if (!out.otherDatabase.isEmpty() && isVisible() && m_retry
        && QMessageBox::question(this, windowTitle(), out.otherDatabase + u'\n' + tr("Compare them all the same?"))
               == QMessageBox::Yes)
        m_retry();
}

bool AuditCompareDialog::exportCsv(const QString &path)
{
    QList<AuditDifference> shown;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        shown.append(m_model->difference(m_proxy->mapToSource(m_proxy->index(row, 0)).row()));
    OutputFile file(path);
    if (!file.open() || file.write(AuditComparison::csv(shown).toUtf8()) < 0 || !file.commit()) {
        m_status->setText(tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    m_status->setText(tr("%n difference(s) written to %1.", nullptr, int(shown.size())).arg(QDir::toNativeSeparators(path)));
    return true;
}

QString AuditCompareDialog::saveTo(const QString &path, const EffectiveRights &rights, const QString &host,
                                   const std::atomic_bool *cancelled)
{
    OutputFile file(path);
    QString error;
    const bool ok = file.open()
                    && SavedAuditWriter::write(rights, AuditIdentity::of(rights.snapshot(), host), file.device(), &error,
                                               {}, cancelled);
    if (cancelled && cancelled->load()) {
        file.cancel();
        return tr("Saving the audit was cancelled; %1 was not written.").arg(QDir::toNativeSeparators(path));
    }
    if (!ok || !file.commit())
        return tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), error.isEmpty() ? file.errorString() : error);
    return {};
}

void AuditCompareDialog::saveWithDialog(QWidget *parent, std::shared_ptr<const EffectiveRights> rights, const QString &host)
{
    if (!rights)
        return;
    const QString path = QFileDialog::getSaveFileName(parent, tr("Save audit"),
                                                      rights->snapshot().database + QStringLiteral("-audit.json"),
                                                      tr("Saved audits (*.json)"));
    if (path.isEmpty())
        return;
    auto cancel = std::make_shared<std::atomic_bool>(false);
    QProgressDialog progress(tr("Saving the audit…"), tr("Cancel"), 0, 0, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    QFutureWatcher<QString> watcher;
    QObject::connect(&progress, &QProgressDialog::canceled, &progress, [cancel] { cancel->store(true); });
    QObject::connect(&watcher, &QFutureWatcher<QString>::finished, &progress, &QProgressDialog::reset);
    watcher.setFuture(QtConcurrent::run([=] { return saveTo(path, *rights, host, cancel.get()); }));
    if (!watcher.isFinished())
        progress.exec();
    watcher.waitForFinished();
    const QString error = watcher.result();
    if (!error.isEmpty())
        QMessageBox::warning(parent, tr("Save audit"), error);
}

} // namespace roledesk
