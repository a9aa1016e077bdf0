#include "audit/reportdialog.h"

#include "audit/reportoptionsdialog.h"
#include "common/savedialogs.h"
#include "export/outputfile.h"
#include "privileges/effectiverights.h"
#include "report/reportdata.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace roledesk {

ReportDialog::ReportDialog(QWidget *parent)
    : QDialog(parent),
      m_phase(new QLabel(this)),
      m_progress(new QProgressBar(this)),
      m_status(new QLabel(this)),
      m_cancel(new QPushButton(tr("Cancel"), this)),
      m_close(new QPushButton(tr("Close"), this))
{
    setWindowTitle(tr("Export report"));
    setObjectName(QStringLiteral("reportDialog"));
    m_progress->setRange(0, 1000);
    m_progress->setObjectName(QStringLiteral("reportProgress"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_cancel->setObjectName(QStringLiteral("reportCancel"));
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    buttons->addButton(m_close, QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_phase);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_cancelFlag)
            m_cancelFlag->store(true);
        m_phase->setText(tr("Cancelling…"));
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ReportDialog::done);
}

ReportDialog::~ReportDialog()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
    m_watcher.waitForFinished();
}

void ReportDialog::start(const QString &path, ReportFormat format, std::shared_ptr<const EffectiveRights> rights,
                         const QString &host, Extras extras)
{
    m_cancelFlag = std::make_shared<std::atomic_bool>(false);
    m_succeeded = false;
    m_status->clear();
    m_progress->setValue(0);
    m_cancel->setEnabled(true);
    m_close->setEnabled(false);
    m_phase->setText(tr("Reading the rights…"));
    const QString language = QLocale().name().section(u'_', 0, 0);
    QPointer<ReportDialog> self(this);
    auto cancel = m_cancelFlag;
    m_watcher.setFuture(QtConcurrent::run([=]() -> Outcome {
        ReportInputs in;
        in.rights = rights.get();
        in.identity = AuditIdentity::of(rights->snapshot(), host);
        in.platformFile = extras.platformFile ? &*extras.platformFile : nullptr;
        in.platform = extras.platform ? &*extras.platform : nullptr;
        in.sincePath = extras.sincePath;
        in.rules = extras.rules ? &*extras.rules : nullptr;
        in.rulesSource = extras.rulesSource;
        // Progress crosses to the dialog's thread; a closed dialog drops it.
        const auto progress = [self](const QString &phase, int permille) {
            QMetaObject::invokeMethod(qApp, [self, phase, permille] {
                if (self) {
                    self->m_phase->setText(phase);
                    self->m_progress->setValue(permille);
                }
            }, Qt::QueuedConnection);
        };
        ReportGatherer::Failure failure;
        QString error;
        std::optional<ReportData> report = ReportGatherer::gather(in, &failure, &error, progress, cancel.get());
        if (!report)
            return {false, failure == ReportGatherer::Failure::Cancelled, error};
        report->language = language.isEmpty() || language == u"C" ? QStringLiteral("en") : language;
        progress(tr("Writing the report…"), 1000);
        OutputFile file(path);
        if (!file.open())
            return {false, false, tr("Could not write %1: %2").arg(path, file.errorString())};
        if (!ReportWriter::write(*report, format, file.device(), &error) || cancel->load() || !file.commit()) {
            file.cancel();
            return {false, cancel->load(), tr("Could not write %1: %2").arg(path, error.isEmpty() ? file.errorString() : error)};
        }
        return {true, false, tr("Wrote %1.\nContent SHA-256: %2").arg(QFileInfo(path).absoluteFilePath(), report->sha256())};
    }));
}

void ReportDialog::done()
{
    const Outcome o = m_watcher.result();
    m_succeeded = o.ok;
    m_cancel->setEnabled(false);
    m_close->setEnabled(true);
    m_phase->setText(o.ok ? tr("Done.") : o.cancelled ? tr("Cancelled: nothing was written.") : tr("Failed."));
    if (o.ok)
        m_progress->setValue(1000);
    m_status->setText(o.cancelled ? QString() : o.message);
    emit finished();
}

QString ReportDialog::status() const
{
    return m_phase->text() + u'\n' + m_status->text();
}

void ReportDialog::exportWithDialog(QWidget *parent, std::shared_ptr<const EffectiveRights> rights, const QString &host,
                                    Extras extras)
{
    if (!rights)
        return;
    ReportOptionsDialog options(rights->snapshot().database, parent);
    if (options.exec() != QDialog::Accepted)
        return;
    const ReportFormat format = options.format();
    const bool pdf = format == ReportFormat::Pdf;
    const QString path = askSaveFileName(parent, tr("Export report"),
                                         rights->snapshot().database + (pdf ? QStringLiteral("-report.pdf")
                                                                            : QStringLiteral("-report.html")),
                                         pdf ? tr("PDF (*.pdf)") : tr("HTML (*.html *.htm)"));
    if (path.isEmpty())
        return;
    extras.sincePath = options.sincePath();
    extras.rules = options.rules();
    extras.rulesSource = options.rulesPath().isEmpty() ? QString() : QFileInfo(options.rulesPath()).absoluteFilePath();
    auto *dialog = new ReportDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->start(path, format, std::move(rights), host, std::move(extras));
}

} // namespace roledesk
