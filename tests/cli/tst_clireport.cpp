// roledesk-cli report, run as a process against a scratch database of the sandbox: HTML, PDF and
// the canonical data, exit codes, and --since with a good, a damaged and a foreign saved audit.
#include "clirun.h"
#include "pg/connection.h"
#include "pg/identifier.h"
#include "sandbox.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace roledesk;

namespace {

const QString database = QStringLiteral("h3clireport_db");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

/// roledesk-cli report against the live sandbox.
class TstCliReport : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void htmlWithItsData();
    void pdf();
    void japanese();
    void since();
    void failures_data();
    void failures();

private:
    test::CliOutcome run(const QStringList &args, const QProcessEnvironment &env = test::inEnglish());
    pg::Connection m_root;
    QTemporaryDir m_dir;
};

test::CliOutcome TstCliReport::run(const QStringList &args, const QProcessEnvironment &environment)
{
    QProcessEnvironment env = environment;
    env.insert(QStringLiteral("PGDATABASE"), database);
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the command picks offscreen itself
    return test::runCliProcess(QStringList{QStringLiteral("report")} + args, env);
}

void TstCliReport::initTestCase()
{
    QString why;
    QVERIFY2(test::sandboxConfigured(&why), qPrintable(why));
    QVERIFY(m_dir.isValid());
    QVERIFY(test::openSandbox(m_root, QStringLiteral("postgres")));
    test::dropScratch(m_root, {database}, QStringLiteral("h3clireport_"), QStringLiteral("h3clireport_"));
    QVERIFY(test::execOrFail(m_root, QStringLiteral("CREATE DATABASE ") + pg::quoteIdent(database)));
    QVERIFY(test::execOrFail(m_root, QStringLiteral("CREATE ROLE h3clireport_ann LOGIN")));
    pg::Connection db;
    QVERIFY(test::openSandbox(db, database));
    QVERIFY(test::execOrFail(db, QStringLiteral("CREATE TABLE t (id int)")));
    QVERIFY(test::execOrFail(db, QStringLiteral("GRANT SELECT ON t TO h3clireport_ann")));
}

void TstCliReport::cleanupTestCase()
{
    test::dropScratch(m_root, {database}, QStringLiteral("h3clireport_"), QStringLiteral("h3clireport_"));
}

void TstCliReport::htmlWithItsData()
{
    const QString html = m_dir.filePath(QStringLiteral("r.html"));
    const QString data = m_dir.filePath(QStringLiteral("r.json"));
    const test::CliOutcome o = run({QStringLiteral("-f"), QStringLiteral("html"), QStringLiteral("-o"), html,
                                    QStringLiteral("--data"), data, QStringLiteral("--no-progress")});
    QVERIFY2(o.exitCode == 0, qPrintable(test::describe(o)));
    // The hash the command prints is the one on the cover, and sha256sum of --data gives it.
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("SHA-256 ([0-9a-f]{64})")).match(o.out);
    QVERIFY2(m.hasMatch(), qPrintable(o.out));
    const QString hash = m.captured(1);
    QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(readAll(data), QCryptographicHash::Sha256).toHex()), hash);
    const QString page = QString::fromUtf8(readAll(html));
    QVERIFY(page.contains(hash));
    QVERIFY(page.contains(QStringLiteral("h3clireport_ann")));
    QVERIFY(page.contains(QStringLiteral("<html lang=\"en\"")));
    QVERIFY(page.contains(QStringLiteral("No saved audit was given")));
    QVERIFY(!o.err.contains(QStringLiteral("XDG_RUNTIME_DIR")));
}

void TstCliReport::pdf()
{
    const QString pdf = m_dir.filePath(QStringLiteral("r.pdf"));
    const test::CliOutcome o = run({QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--output"), pdf});
    QVERIFY2(o.exitCode == 0, qPrintable(test::describe(o)));
    QVERIFY(readAll(pdf).startsWith("%PDF-"));
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {pdf});
    QVERIFY(info.waitForFinished());
    const QString text = QString::fromUtf8(info.readAllStandardOutput());
    const QRegularExpressionMatch pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(text);
    QVERIFY2(pages.hasMatch(), qPrintable(text));
    QVERIFY(pages.captured(1).toInt() > 1);
}

void TstCliReport::japanese()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("ja_JP.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("ja_JP.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    const QString html = m_dir.filePath(QStringLiteral("ja.html"));
    const test::CliOutcome o = run({QStringLiteral("-o"), html}, env);
    QVERIFY2(o.exitCode == 0, qPrintable(test::describe(o)));
    const QString page = QString::fromUtf8(readAll(html));
    QVERIFY(page.contains(QStringLiteral("<html lang=\"ja\"")));
    QVERIFY(page.contains(QStringLiteral("年"))); // dates in the Japanese long format
}

void TstCliReport::since()
{
    const QString old = m_dir.filePath(QStringLiteral("old.json"));
    QProcessEnvironment env = test::inEnglish();
    env.insert(QStringLiteral("PGDATABASE"), database);
    const test::CliOutcome saved = test::runCliProcess({QStringLiteral("audit"), QStringLiteral("--save"), old}, env);
    QVERIFY2(saved.exitCode == 0, qPrintable(test::describe(saved)));
    pg::Connection db;
    QVERIFY(test::openSandbox(db, database));
    QVERIFY(test::execOrFail(db, QStringLiteral("GRANT UPDATE ON t TO h3clireport_ann")));
    const QString html = m_dir.filePath(QStringLiteral("since.html"));
    const test::CliOutcome o = run({QStringLiteral("-o"), html, QStringLiteral("--since"), old});
    QVERIFY(test::execOrFail(db, QStringLiteral("REVOKE UPDATE ON t FROM h3clireport_ann")));
    QVERIFY2(o.exitCode == 0, qPrintable(test::describe(o)));
    const QString page = QString::fromUtf8(readAll(html));
    QVERIFY(page.contains(QStringLiteral("Rights gained")));
    QVERIFY(page.contains(QStringLiteral("UPDATE table public.t")));
    QVERIFY(!page.contains(QStringLiteral("No saved audit was given")));

    // The same saved audit as if another server had taken it.
    QByteArray foreign = readAll(old);
    const QRegularExpressionMatch id = QRegularExpression(QStringLiteral("\"system_identifier\": ?\"(\\d+)\""))
                                           .match(QString::fromUtf8(foreign));
    QVERIFY2(id.hasMatch(), foreign.left(400).constData());
    foreign.replace(id.captured(1).toUtf8(), QByteArrayLiteral("1234567890123456789"));
    QVERIFY(writeAll(m_dir.filePath(QStringLiteral("foreign.json")), foreign));
    // And cut short in the middle of its rights.
    QVERIFY(writeAll(m_dir.filePath(QStringLiteral("damaged.json")), readAll(old).left(readAll(old).size() * 2 / 3)));
}

void TstCliReport::failures_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString fixtures = qEnvironmentVariable("ROLEDESK_SOURCE_DIR") + QStringLiteral("/tests/fixtures/platform/cli/");
    QTest::newRow("unknown format") << QStringList{QStringLiteral("-f"), QStringLiteral("docx"), QStringLiteral("-o"), QStringLiteral("OUT")}
                                    << 2 << QStringLiteral("unknown format \"docx\"");
    QTest::newRow("no output") << QStringList{} << 2 << QStringLiteral("no output file given");
    QTest::newRow("output not writable") << QStringList{QStringLiteral("-o"), QStringLiteral("/nonexistent-h3/r.html")} << 5
                                         << QStringLiteral("/nonexistent-h3/r.html");
    QTest::newRow("bad platform file") << QStringList{QStringLiteral("-o"), QStringLiteral("OUT"), QStringLiteral("--platform-file"),
                                                      fixtures + QStringLiteral("broken.yaml")}
                                       << 10 << QStringLiteral("broken.yaml");
    QTest::newRow("damaged saved audit") << QStringList{QStringLiteral("-o"), QStringLiteral("OUT"), QStringLiteral("--since"),
                                                        QStringLiteral("DIR/damaged.json")}
                                         << 12 << QStringLiteral("damaged.json");
    QTest::newRow("foreign saved audit") << QStringList{QStringLiteral("-o"), QStringLiteral("OUT"), QStringLiteral("--since"),
                                                        QStringLiteral("DIR/foreign.json")}
                                         << 12 << QStringLiteral("1234567890123456789");
    QTest::newRow("missing saved audit") << QStringList{QStringLiteral("-o"), QStringLiteral("OUT"), QStringLiteral("--since"),
                                                        QStringLiteral("DIR/none.json")}
                                         << 12 << QStringLiteral("none.json");
}

void TstCliReport::failures()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    // A report that is already there stays as it was when the new one fails.
    const QString out = m_dir.filePath(QStringLiteral("kept.html"));
    QVERIFY(writeAll(out, "previous report"));
    for (QString &a : args) {
        a.replace(QStringLiteral("OUT"), out);
        a.replace(QStringLiteral("DIR"), m_dir.path());
    }
    const test::CliOutcome o = run(args);
    QVERIFY2(o.exitCode == exitCode, qPrintable(test::describe(o)));
    QVERIFY2(o.err.contains(message), qPrintable(o.err));
    QCOMPARE(readAll(out), QByteArray("previous report"));
}

QTEST_MAIN(TstCliReport)
#include "tst_clireport.moc"
