// Live GUI test, offscreen: Database ▸ Export report… and its dialog on the sandbox's fixture
// database (read only): a PDF and an HTML report written on the worker, and Cancel.
#include "audit/auditcomparedialog.h"
#include "audit/reportdialog.h"
#include "audit/reportoptionsdialog.h"
#include "catalog/catalogreader.h"
#include "privileges/effectiverights.h"
#include "sandbox.h"
#include "window/mainwindow.h"

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace roledesk;

/// ReportDialog against a real catalog.
class TstReportDialog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void exportPdf();
    void exportHtml();
    void cancel();
    void options();
    void menuEntry();

private:
    bool runExport(ReportDialog &dialog, const QString &path, ReportFormat format);
    pg::Connection m_db;
    std::shared_ptr<const EffectiveRights> m_rights;
    QTemporaryDir m_dir;
};

void TstReportDialog::initTestCase()
{
    QString why;
    QVERIFY2(test::sandboxConfigured(&why), qPrintable(why));
    qputenv("ROLEDESK_NO_KEYCHAIN", "1");
    QVERIFY(m_dir.isValid());
    QVERIFY(test::openSandbox(m_db, QStringLiteral("roledesk_fixture")));
    const SnapshotOutcome read = CatalogReader::read(m_db);
    QVERIFY2(read.ok(), qPrintable(read.error.toString()));
    m_rights = std::make_shared<const EffectiveRights>(read.snapshot);
}

bool TstReportDialog::runExport(ReportDialog &dialog, const QString &path, ReportFormat format)
{
    QSignalSpy finished(&dialog, &ReportDialog::finished);
    dialog.start(path, format, m_rights, QStringLiteral("sandbox"));
    return finished.wait(60000) || !finished.isEmpty();
}

void TstReportDialog::exportPdf()
{
    ReportDialog dialog;
    dialog.show();
    const QString path = m_dir.filePath(QStringLiteral("r.pdf"));
    QVERIFY(runExport(dialog, path, ReportFormat::Pdf));
    QVERIFY2(dialog.succeeded(), qPrintable(dialog.status()));
    const QRegularExpressionMatch hash = QRegularExpression(QStringLiteral("[0-9a-f]{64}")).match(dialog.status());
    QVERIFY2(hash.hasMatch(), qPrintable(dialog.status()));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(60000));
    const QString pdf = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY(pdf.contains(hash.captured(0)));    // the cover's hash is the one the dialog shows
    QVERIFY(pdf.contains(QStringLiteral("roledesk_fixture")));
    QVERIFY(!dialog.cancelButton()->isEnabled());
}

void TstReportDialog::exportHtml()
{
    ReportDialog dialog;
    const QString path = m_dir.filePath(QStringLiteral("r.html"));
    QVERIFY(runExport(dialog, path, ReportFormat::Html));
    QVERIFY2(dialog.succeeded(), qPrintable(dialog.status()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(file.readAll());
    QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    QVERIFY(html.contains(QStringLiteral("fx_super")));
}

void TstReportDialog::cancel()
{
    // The report goes to a FIFO nobody reads yet: the worker cannot finish before Cancel.
    const QString fifo = m_dir.filePath(QStringLiteral("fifo"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    ReportDialog dialog;
    dialog.show();
    QSignalSpy finished(&dialog, &ReportDialog::finished);
    dialog.start(fifo, ReportFormat::Html, m_rights, QStringLiteral("sandbox"));
    QVERIFY(dialog.cancelButton()->isEnabled());
    QTest::mouseClick(dialog.cancelButton(), Qt::LeftButton);
    // Now let a write through (if the worker got that far) and drain it.
    const int reader = ::open(QFile::encodeName(fifo).constData(), O_RDONLY | O_NONBLOCK);
    QVERIFY(reader >= 0);
    char buffer[65536];
    for (int i = 0; i < 600 && finished.isEmpty(); ++i) {
        while (::read(reader, buffer, sizeof buffer) > 0) {
        }
        finished.wait(100);
    }
    ::close(reader);
    QVERIFY(!finished.isEmpty());
    QVERIFY(!dialog.succeeded());
    QVERIFY2(dialog.status().contains(ReportDialog::tr("Cancelled: nothing was written.")), qPrintable(dialog.status()));
}

void TstReportDialog::options()
{
    // A saved audit of this database, one of another, a damaged one; a broken rules file.
    const QString mine = m_dir.filePath(QStringLiteral("fixture-audit.json"));
    QCOMPARE(AuditCompareDialog::saveTo(mine, *m_rights, QStringLiteral("sandbox")), QString());
    pg::Connection demo;
    QVERIFY(test::openSandbox(demo, QStringLiteral("roledesk_demo")));
    const SnapshotOutcome read = CatalogReader::read(demo);
    QVERIFY2(read.ok(), qPrintable(read.error.toString()));
    const QString other = m_dir.filePath(QStringLiteral("demo-audit.json"));
    QCOMPARE(AuditCompareDialog::saveTo(other, EffectiveRights(read.snapshot), QStringLiteral("sandbox")), QString());
    const QString damaged = m_dir.filePath(QStringLiteral("damaged.json"));
    QFile d(damaged);
    QVERIFY(d.open(QIODevice::WriteOnly) && d.write("{\"format\": \"roledesk-saved-audit\", ") > 0);
    d.close();
    const QString badRules = m_dir.filePath(QStringLiteral("bad-rules.yaml"));
    QFile r(badRules);
    QVERIFY(r.open(QIODevice::WriteOnly) && r.write("version: 1\nrules:\n  - name: x\n    when: {nothing: true}\n") > 0);
    r.close();
    const QString goodRules = m_dir.filePath(QStringLiteral("rules.yaml"));
    QFile g(goodRules);
    QVERIFY(g.open(QIODevice::WriteOnly)
            && g.write("version: 1\nrules:\n  - name: only-superusers\n    when: {login_attribute: superuser}\n") > 0);
    g.close();

    ReportOptionsDialog options(QStringLiteral("roledesk_fixture"));
    options.show();
    options.setSincePath(damaged);
    options.accept();
    QVERIFY(options.isVisible()); // refused, stays open
    QVERIFY2(!options.message().isEmpty(), "a damaged saved audit is said");
    options.setSincePath(other);
    options.accept();
    QVERIFY(options.isVisible());
    QVERIFY2(options.message().contains(QStringLiteral("roledesk_demo")), qPrintable(options.message()));
    options.setSincePath(mine);
    options.setRulesPath(badRules);
    options.accept();
    QVERIFY(options.isVisible());
    QVERIFY2(options.message().contains(QStringLiteral("bad-rules.yaml:")), qPrintable(options.message()));
    options.setRulesPath(goodRules);
    options.setFormat(ReportFormat::Html);
    options.accept();
    QCOMPARE(options.result(), int(QDialog::Accepted));
    QVERIFY(options.rules().has_value());
    QCOMPARE(options.format(), ReportFormat::Html);

    // What the options chose reaches the report: the comparison and the rules file.
    ReportDialog dialog;
    ReportDialog::Extras extras;
    extras.sincePath = options.sincePath();
    extras.rules = options.rules();
    extras.rulesSource = goodRules;
    QSignalSpy finished(&dialog, &ReportDialog::finished);
    const QString path = m_dir.filePath(QStringLiteral("since.html"));
    dialog.start(path, ReportFormat::Html, m_rights, QStringLiteral("sandbox"), extras);
    QVERIFY(finished.wait(60000) || !finished.isEmpty());
    QVERIFY2(dialog.succeeded(), qPrintable(dialog.status()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(file.readAll());
    QVERIFY(!html.contains(ReportWriter::tr("No saved audit was given to compare with, so no changes are shown.")));
    QVERIFY(html.contains(ReportWriter::tr("Nothing changed."))); // the fixture is read only here
    QVERIFY(html.contains(QStringLiteral("rules.yaml")));
    QVERIFY(!html.contains(QStringLiteral("createrole-login"))); // only the file's rule was checked
}

void TstReportDialog::menuEntry()
{
    MainWindow w;
    auto *menu = w.menuBar()->findChild<QMenu *>(QStringLiteral("databaseMenu"));
    QVERIFY(menu);
    QAction *report = nullptr;
    for (QAction *a : menu->actions())
        if (a->objectName() == u"actionExportReport")
            report = a;
    QVERIFY(report);
    QVERIFY(!report->isEnabled()); // nothing loaded: nothing to report
    QSignalSpy shown(&w, &MainWindow::snapshotShown);
    w.connectTo(test::sandboxOptions(QStringLiteral("roledesk_fixture")));
    QVERIFY(shown.wait(60000) || !shown.isEmpty());
    QVERIFY(report->isEnabled());
}

QTEST_MAIN(TstReportDialog)
#include "tst_reportdialog.moc"
