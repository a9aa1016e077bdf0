// Live GUI test: Database ▸ Export View… writes the matrix as filtered, against the sandbox's
// fixture database.

#include "common/messagebar.h"
#include "common/savedialogs.h"
#include "csv.h"
#include "models/privilegematrixmodel.h"
#include "privileges/exportview.h"
#include "privileges/matrixpage.h"
#include "sandbox.h"
#include "window/mainwindow.h"
#include "window/session.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QXmlStreamReader>

using namespace roledesk;

namespace {

// What an export file holds: the roles and the objects ("schema.name") of its rows.
struct Contents {
    QSet<QString> roles;
    QSet<QString> objects;
    qint64 rows = 0;
};

QString qualified(const QString &schema, const QString &name)
{
    return schema.isEmpty() ? name : schema + u'.' + name;
}

// Reads the file back with parsers of their own, not with the exporter's code.
Contents read(const QString &path, AuditFormat format)
{
    QFile file(path);
    Contents out;
    if (!file.open(QIODevice::ReadOnly))
        return out;
    const QByteArray data = file.readAll();
    if (format == AuditFormat::Csv) {
        const QList<QStringList> records = test::parseCsv(QString::fromUtf8(data));
        for (qsizetype i = 1; i < records.size(); ++i) {
            out.roles << records.at(i).value(0);
            out.objects << qualified(records.at(i).value(2), records.at(i).value(3));
            ++out.rows;
        }
    } else if (format == AuditFormat::Json) {
        for (const QJsonValue &v : QJsonDocument::fromJson(data).object().value(u"rows").toArray()) {
            const QJsonObject row = v.toObject();
            out.roles << row.value(u"role").toString();
            out.objects << qualified(row.value(u"object_schema").toString(), row.value(u"object_name").toString());
            ++out.rows;
        }
    } else {
        // A section (h2 with an id) per role; rows of six cells: type, schema, object, ...
        QXmlStreamReader xml(data);
        QStringList cells;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"h2" && xml.attributes().hasAttribute(QLatin1String("id")))
                out.roles << xml.readElementText();
            else if (xml.isStartElement() && xml.name() == u"tr" && !out.roles.isEmpty())
                cells.clear();
            else if (xml.isStartElement() && xml.name() == u"td" && !out.roles.isEmpty())
                cells << xml.readElementText(QXmlStreamReader::IncludeChildElements);
            else if (xml.isEndElement() && xml.name() == u"tr" && cells.size() == 6) {
                out.objects << qualified(cells.at(1), cells.at(2));
                ++out.rows;
            }
        }
        if (xml.hasError())
            out.roles << QStringLiteral("<not well-formed: %1>").arg(xml.errorString());
    }
    return out;
}

} // namespace

class TestExportView : public QObject {
    Q_OBJECT

    pg::ConnectOptions m_fixture;

    bool load(MainWindow &w)
    {
        QSignalSpy shown(&w, &MainWindow::snapshotShown);
        w.connectTo(m_fixture);
        if (!shown.wait(60000) && shown.isEmpty())
            return false;
        return w.session()->state() == Session::State::Idle;
    }

    static ExportView *exportView(MainWindow &w) { return w.findChild<ExportView *>(QStringLiteral("exportView")); }

    // Groups named fx_g_* (not fx_alice, not PUBLIC) on the objects of schema sales whose name
    // holds "order" (not sales.products).
    static void filter(MainWindow &w)
    {
        MatrixPage *page = w.matrixPage();
        QTest::keyClicks(page->roleFilterEdit(), QStringLiteral("fx_g_"));
        auto *schema = page->findChild<QComboBox *>(QStringLiteral("schemaFilter"));
        schema->setCurrentIndex(schema->findData(QStringLiteral("sales")));
        QTest::keyClicks(page->objectFilterEdit(), QStringLiteral("order"));
    }

    // The roles and objects the view shows, read from its headers.
    static Contents visible(MainWindow &w)
    {
        const QAbstractItemModel *m = w.matrixPage()->view()->model();
        Contents out;
        for (int r = 0; r < m->rowCount(); ++r)
            if (m->headerData(r, Qt::Vertical).toString() != u"PUBLIC")
                out.roles << m->headerData(r, Qt::Vertical).toString();
        for (int c = 0; c < m->columnCount(); ++c)
            out.objects << m->headerData(c, Qt::Horizontal, PrivilegeMatrixModel::SortKeyRole).toString();
        return out;
    }

private slots:
    void initTestCase()
    {
        QString why;
        if (!test::sandboxConfigured(&why))
            QFAIL(qPrintable(why));
        qputenv("ROLEDESK_NO_KEYCHAIN", "1");
        QStandardPaths::setTestModeEnabled(true); // the remembered folder goes to a test config
        QCoreApplication::setOrganizationName(QStringLiteral("roledesk-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_exportview"));
        QSettings().clear();
        m_fixture = test::sandboxOptions(QStringLiteral("roledesk_fixture"));
    }

    void actionInDatabaseMenu()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *menu = w.menuBar()->findChild<QMenu *>(QStringLiteral("databaseMenu"));
        QVERIFY(menu);
        QAction *action = w.findChild<QAction *>(QStringLiteral("actionExportView"));
        QVERIFY(action);
        QVERIFY(menu->actions().contains(action));
        QCOMPARE(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+E")));
        // Nothing to export before a snapshot; only on the Privileges page.
        QVERIFY(!action->isEnabled());
        QVERIFY(load(w));
        QVERIFY(action->isEnabled());
        w.showPage(MainWindow::Page::Memberships);
        QVERIFY(!action->isEnabled());
        w.showPage(MainWindow::Page::Matrix);
        QVERIFY(action->isEnabled());
    }

    void exportsVisibleView_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("file");
        QTest::newRow("csv") << int(AuditFormat::Csv) << QStringLiteral("view.csv");
        QTest::newRow("json") << int(AuditFormat::Json) << QStringLiteral("view.json");
        QTest::newRow("html") << int(AuditFormat::Html) << QStringLiteral("view.html");
    }

    void exportsVisibleView()
    {
        QFETCH(int, format);
        QFETCH(QString, file);
        MainWindow w;
        w.show();
        QVERIFY(load(w));
        filter(w);
        QTRY_VERIFY(!visible(w).objects.contains(QStringLiteral("sales.products")));
        const Contents shown = visible(w);
        QVERIFY2(shown.roles.contains(QStringLiteral("fx_g_readers")), qPrintable(shown.roles.values().join(u' ')));
        QVERIFY(!shown.roles.contains(QStringLiteral("fx_alice")));
        QVERIFY(shown.objects.contains(QStringLiteral("sales.orders")));
        QVERIFY(shown.objects.size() >= 3);

        QTemporaryDir dir;
        const QString path = dir.filePath(file);
        ExportView *exporter = exportView(w);
        QVERIFY(exporter);
        QSignalSpy done(exporter, &ExportView::exported);
        QVERIFY2(exporter->exportTo(path, AuditFormat(format)), qPrintable(w.messageBar()->text()));
        const Contents got = read(path, AuditFormat(format));
        QCOMPARE(got.roles, shown.roles);
        if (AuditFormat(format) == AuditFormat::Html) // granted rights only: some objects may hold none
            QVERIFY2(got.objects.contains(QStringLiteral("sales.orders")) && (got.objects - shown.objects).isEmpty(),
                     qPrintable(got.objects.values().join(u' ')));
        else
            QCOMPARE(got.objects, shown.objects);
        QVERIFY(got.rows > 0);
        QCOMPARE(done.count(), 1);
        QCOMPARE(done.first().at(1).toLongLong(), got.rows);
        const QString status = w.statusBar()->currentMessage();
        // "rows" once an English translation resolves the plural, "row(s)" without one.
        const QRegularExpression said(QStringLiteral("^%1 row(s|\\(s\\)) exported to %2$")
                                          .arg(got.rows)
                                          .arg(QRegularExpression::escape(path)));
        QVERIFY2(said.match(status).hasMatch(), qPrintable(status));
        QVERIFY(w.messageBar()->text().isEmpty());
        QCOMPARE(test::listFiles(dir.path()), QStringList{file}); // no temporary file left
    }

    void dialogFilterChoosesFormat()
    {
        MainWindow w;
        w.show();
        QVERIFY(load(w));
        filter(w);
        QTRY_VERIFY(!visible(w).objects.contains(QStringLiteral("sales.products")));
        QTemporaryDir dir;
        QSettings().remove(QStringLiteral("dialogs/lastSaveFolder")); // the first save dialog
        const QString firstFolder = QDir(saveDialogStart()).absolutePath(); // Documents, or home without one
        QString startedIn;
        auto *poll = new QTimer(this);
        poll->setInterval(50);
        connect(poll, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            if (!dialog || dialog->objectName() != QLatin1String("exportViewDialog"))
                return;
            poll->stop();
            startedIn = dialog->directory().absolutePath();
            dialog->selectNameFilter(ExportView::fileFilters().at(1)); // JSON
            emit dialog->filterSelected(ExportView::fileFilters().at(1));
            dialog->setDirectory(dir.path());
            // Typed without an extension: the file type adds it.
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            QVERIFY(name);
            name->setText(QStringLiteral("chosen"));
            static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept(), which checks the name
        });
        poll->start();
        QAction *action = w.findChild<QAction *>(QStringLiteral("actionExportView"));
        action->trigger();
        QVERIFY(!poll->isActive());
        // Started where every save dialog starts the first time.
        QCOMPARE(startedIn, firstFolder);
        QVERIFY(startedIn != QDir(dir.path()).absolutePath());
        const QString path = dir.filePath(QStringLiteral("chosen.json"));
        QVERIFY2(QFile::exists(path), qPrintable(test::listFiles(dir.path()).join(u' ') + w.messageBar()->text()));
        const Contents got = read(path, AuditFormat::Json);
        QCOMPARE(got.roles, visible(w).roles);
        QCOMPARE(got.objects, visible(w).objects);
        // The folder is remembered for the next save dialog.
        QCOMPARE(QSettings().value(QStringLiteral("dialogs/lastSaveFolder")).toString(), QDir(dir.path()).absolutePath());
    }

    void formatFollowsExtension()
    {
        const QStringList f = ExportView::fileFilters();
        QCOMPARE(ExportView::formatFor(QStringLiteral("/x/a.csv"), f.at(2)), AuditFormat::Csv);
        QCOMPARE(ExportView::formatFor(QStringLiteral("/x/a.JSON"), f.at(0)), AuditFormat::Json);
        QCOMPARE(ExportView::formatFor(QStringLiteral("/x/a.htm"), f.at(0)), AuditFormat::Html);
        QCOMPARE(ExportView::formatFor(QStringLiteral("/x/a.txt"), f.at(2)), AuditFormat::Html);
        QCOMPARE(ExportView::formatFor(QStringLiteral("/x/a"), f.at(1)), AuditFormat::Json);
        QCOMPARE(ExportView::formatFor(QStringLiteral("/x/a"), QString()), AuditFormat::Csv);
    }

    void unwritablePathNamesFileAndLeavesNothing_data()
    {
        QTest::addColumn<QString>("path"); // relative paths are inside a fresh temporary folder
        QTest::addColumn<QString>("why");  // what the message says of the cause
        QTest::newRow("missing folder") << QStringLiteral("no/such/folder/view.csv") << QStringLiteral("does not exist");
        QTest::newRow("proc file") << QStringLiteral("/proc/version") << QStringLiteral("cannot create a file in /proc");
    }

    void unwritablePathNamesFileAndLeavesNothing()
    {
        QFETCH(QString, path);
        QFETCH(QString, why);
        MainWindow w;
        w.show();
        QVERIFY(load(w));
        QTemporaryDir dir;
        const QString target = QDir::isAbsolutePath(path) ? path : dir.filePath(path);
        QFile proc(QStringLiteral("/proc/version"));
        QVERIFY(proc.open(QIODevice::ReadOnly));
        const QByteArray procBefore = proc.readAll();
        proc.close();
        QSignalSpy failed(exportView(w), &ExportView::failed);
        QVERIFY(!exportView(w)->exportTo(target, AuditFormat::Csv));
        QCOMPARE(failed.count(), 1);
        const QString text = w.messageBar()->text();
        qInfo("%s", qPrintable(text));
        QCOMPARE(w.messageBar()->level(), MessageBar::Level::Error);
        QVERIFY2(text.contains(target), qPrintable(text));
        QVERIFY2(!text.endsWith(QStringLiteral(": ")) && text.size() > target.size() + 30, qPrintable(text));
        QVERIFY2(text.contains(why), qPrintable(text));
        QVERIFY(!w.statusBar()->currentMessage().contains(QStringLiteral("exported")));
        QCOMPARE(test::listFiles(dir.path()), QStringList{});
        QVERIFY(proc.open(QIODevice::ReadOnly));
        QCOMPARE(proc.readAll(), procBefore);
        QCOMPARE(QDir(QStringLiteral("/proc")).entryList({QStringLiteral("version*")}, QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("version")});
    }
};

QTEST_MAIN(TestExportView)
#include "tst_exportview.moc"
