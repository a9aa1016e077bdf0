// ReportData and ReportWriter on a scratch database of the sandbox: real roles, grants, a grant
// option and a hostile role name; the PDF read back with poppler's tools (pdftotext, pdfinfo,
// pdftoppm), in English and in Japanese.
#include "sandbox.h"

#include <algorithm>

#include "audit/savedaudit.h"
#include "catalog/catalogreader.h"
#include "pg/identifier.h"
#include "privileges/effectiverights.h"
#include "lint/lintrules.h"
#include "report/reportdata.h"
#include "report/reportwriter.h"

#include <QBuffer>
#include <QImage>
#include <QCryptographicHash>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <optional>

using namespace roledesk;

namespace {

const QString database = QStringLiteral("h3report_db");
// Quotes, markup, an ampersand and non-ASCII: everything an HTML writer must escape or keep.
const QString hostile = QStringLiteral("h3report_<b>\"q\" & 'x' Zoë 日本");

/// Runs \a program with \a args; its standard output, or nothing when it failed.
std::optional<QString> runTool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning().noquote() << program << args << p.readAllStandardError();
        return std::nullopt;
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TstReport : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void sectionsWithTheSandboxsRights();
    void hashIsOfTheCanonicalData();
    void oneGrantChangesTheHash();
    void hostileNamesAreEscaped();
    void pdfReadsBack();
    void japanesePdf();
    void savedAuditFailures();

private:
    ReportData gather(const ReportInputs &extra = {});
    QString pdfText(const ReportData &data, const QString &name);
    pg::Connection m_root;
    pg::Connection m_db;
    QTemporaryDir m_dir;
    bool m_withRules = false; ///< gather() with the shipped rules
};

ReportData TstReport::gather(const ReportInputs &extra)
{
    // No rules unless asked: the hash tests compare rights, and the rules are the lint engine's to test.
    static const LintRules none;
    const SnapshotOutcome o = CatalogReader::read(m_db);
    if (!o.ok()) {
        qWarning().noquote() << o.error.toString();
        return {};
    }
    const EffectiveRights rights(o.snapshot);
    ReportInputs in = extra;
    if (!in.rules && !m_withRules)
        in.rules = &none;
    in.rights = &rights;
    in.identity = AuditIdentity::of(*o.snapshot, QStringLiteral("sandbox"));
    ReportGatherer::Failure failure;
    QString error;
    const std::optional<ReportData> d = ReportGatherer::gather(in, &failure, &error);
    if (!d)
        qWarning().noquote() << error;
    return d.value_or(ReportData{});
}

void TstReport::initTestCase()
{
    QString why;
    QVERIFY2(test::sandboxConfigured(&why), qPrintable(why));
    QVERIFY(m_dir.isValid());
    QVERIFY(test::openSandbox(m_root, QStringLiteral("postgres")));
    test::dropScratch(m_root, {database}, QStringLiteral("h3report_"), QStringLiteral("h3report_"));
    QVERIFY(test::execOrFail(m_root, QStringLiteral("CREATE DATABASE ") + pg::quoteIdent(database)));
    for (const QString &sql : {QStringLiteral("CREATE ROLE h3report_readers NOLOGIN"),
                               QStringLiteral("CREATE ROLE h3report_alice LOGIN IN ROLE h3report_readers"),
                               QStringLiteral("CREATE ROLE h3report_boss LOGIN CREATEROLE"),
                               QStringLiteral("CREATE ROLE %1 LOGIN").arg(pg::quoteIdent(hostile))})
        QVERIFY(test::execOrFail(m_root, sql));
    QVERIFY(test::openSandbox(m_db, database));
    for (const QString &sql : {QStringLiteral("CREATE SCHEMA sales"),
                               QStringLiteral("CREATE TABLE sales.orders (id int, note text)"),
                               QStringLiteral("CREATE TABLE sales.refunds (id int)"),
                               QStringLiteral("GRANT USAGE ON SCHEMA sales TO h3report_readers"),
                               QStringLiteral("GRANT SELECT ON sales.orders TO h3report_readers"),
                               QStringLiteral("GRANT SELECT ON sales.refunds TO h3report_alice WITH GRANT OPTION"),
                               QStringLiteral("GRANT INSERT ON sales.orders TO %1").arg(pg::quoteIdent(hostile))})
        QVERIFY(test::execOrFail(m_db, sql));
}

void TstReport::cleanupTestCase()
{
    m_db.close();
    test::dropScratch(m_root, {database}, QStringLiteral("h3report_"), QStringLiteral("h3report_"));
}

void TstReport::sectionsWithTheSandboxsRights()
{
    const ReportData d = gather();
    QCOMPARE(d.identity.database, database);
    // The total is the saved audit's: the same rights, counted the same way.
    const SnapshotOutcome o = CatalogReader::read(m_db);
    QVERIFY(o.ok());
    QBuffer saved;
    QVERIFY(saved.open(QIODevice::WriteOnly));
    QString error;
    QVERIFY(SavedAuditWriter::write(EffectiveRights(o.snapshot), AuditIdentity::of(*o.snapshot, {}), &saved, &error));
    const QRegularExpressionMatch count = QRegularExpression(QStringLiteral("\"rights_count\": (\\d+)"))
                                              .match(QString::fromUtf8(saved.data()));
    QVERIFY(count.hasMatch());
    QCOMPARE(d.rights, count.captured(1).toLongLong());

    const auto role = [&](const QString &name) {
        for (const ReportRole &r : d.roles)
            if (r.name == name)
                return r;
        return ReportRole{};
    };
    // alice: USAGE on sales and SELECT on orders through h3report_readers, SELECT on refunds
    // directly with grant option, plus what PUBLIC holds (CONNECT, TEMPORARY, public's USAGE...).
    QVERIFY(role(QStringLiteral("h3report_alice")).rights >= 3);
    QCOMPARE(role(QStringLiteral("h3report_alice")).grantOptions, 1);
    QCOMPARE(role(QStringLiteral("h3report_boss")).createRole, true);
    QCOMPARE(role(QStringLiteral("h3report_alice")).rights - role(QStringLiteral("h3report_boss")).rights, 3);
    bool listed = false;
    for (const ReportGrantOption &g : d.grantOptionList)
        listed |= g.role == u"h3report_alice" && g.object == u"sales.refunds" && g.privilege == u"SELECT" && g.via == u"direct";
    QVERIFY(listed);
    QVERIFY(std::any_of(d.memberships.begin(), d.memberships.end(),
                        [](const auto &m) { return m.first == u"h3report_alice|h3report_readers"; }));
    QVERIFY(d.matrixSchemas.contains(QStringLiteral("sales")));
    QVERIFY(d.violations.isEmpty()); // no rules given

    m_withRules = true;
    const ReportData withRules = gather();
    m_withRules = false;
    QCOMPARE(withRules.rights, d.rights);
    const QString html = ReportWriter::html(withRules);
    for (const LintViolation &v : withRules.violations)
        QVERIFY2(html.contains(v.message.toHtmlEscaped()), qPrintable(v.message));
    for (const char *id : {"summary", "matrix", "roles", "grant-options", "memberships", "schema-groups", "models",
                           "platform", "violations", "since"})
        QVERIFY2(html.contains(QStringLiteral("<h2 id=\"%1\"").arg(QLatin1String(id))), id);
    QVERIFY(html.contains(QStringLiteral("<svg")));
    QVERIFY(html.contains(QStringLiteral("No saved audit was given")));
    QVERIFY(html.contains(QStringLiteral("No platform file was given")));
    // Self-contained: nothing fetched, no script.
    QVERIFY(!html.contains(QStringLiteral("<script")));
    QVERIFY(!html.contains(QStringLiteral("src=\"http")));
    QVERIFY(!html.contains(QStringLiteral("<link")));
}

void TstReport::hashIsOfTheCanonicalData()
{
    const ReportData d = gather();
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(d.canonicalJson(), QCryptographicHash::Sha256).toHex());
    QCOMPARE(d.sha256(), hash);
    QCOMPARE(hash.size(), 64);
    QVERIFY(ReportWriter::html(d).contains(hash));
    // The time the report was made is not covered.
    ReportData later = d;
    later.generatedAt = d.generatedAt.addSecs(3600);
    QCOMPARE(later.sha256(), hash);
    // The catalog time is: two gathers of one unchanged database differ only by it.
    ReportData again = gather();
    QVERIFY(again.sha256() != hash || again.identity.takenAt == d.identity.takenAt);
    again.identity.takenAt = d.identity.takenAt;
    QCOMPARE(again.sha256(), hash);
}

void TstReport::oneGrantChangesTheHash()
{
    ReportData before = gather();
    QVERIFY(test::execOrFail(m_db, QStringLiteral("GRANT UPDATE ON sales.refunds TO h3report_boss")));
    ReportData after = gather();
    QVERIFY(test::execOrFail(m_db, QStringLiteral("REVOKE UPDATE ON sales.refunds FROM h3report_boss")));
    after.identity.takenAt = before.identity.takenAt;
    QCOMPARE(after.rights, before.rights + 1);
    QVERIFY(after.sha256() != before.sha256());
    ReportData reverted = gather();
    reverted.identity.takenAt = before.identity.takenAt;
    QCOMPARE(reverted.sha256(), before.sha256());
}

void TstReport::hostileNamesAreEscaped()
{
    const QString html = ReportWriter::html(gather());
    QVERIFY(html.contains(hostile.toHtmlEscaped()));
    QVERIFY(html.contains(QStringLiteral("h3report_&lt;b&gt;&quot;q&quot; &amp; 'x' Zoë 日本")));
    QVERIFY(!html.contains(QStringLiteral("<b>\"q\"")));
    // Every element the writer opens, it closes: the page is well-formed markup.
    for (const char *tag : {"table", "tr", "td", "th", "svg", "p", "h2"})
        QCOMPARE(html.count(QRegularExpression(QStringLiteral("<%1[ >]").arg(QLatin1String(tag)))),
                 html.count(QStringLiteral("</%1>").arg(QLatin1String(tag))));
}

QString TstReport::pdfText(const ReportData &data, const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    QString error;
    if (!ReportWriter::writePdf(data, &file, &error)) {
        qWarning().noquote() << error;
        return {};
    }
    file.close();
    return runTool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}).value_or(QString());
}

void TstReport::pdfReadsBack()
{
    const ReportData d = gather();
    const QString text = pdfText(d, QStringLiteral("report.pdf"));
    QVERIFY2(!text.isEmpty(), "pdftotext found no text (poppler-utils installed?)");
    for (const QString &title : {ReportWriter::title(), ReportWriter::tr("Summary"), ReportWriter::tr("Rights by role and schema"),
                                 ReportWriter::tr("Memberships"), ReportWriter::tr("Model access"),
                                 ReportWriter::tr("Separation of duties"), ReportWriter::tr("Changes since the saved audit")})
        QVERIFY2(text.contains(title), qPrintable(title));
    QVERIFY(text.contains(database));
    QVERIFY(text.contains(d.sha256()));
    QVERIFY(text.contains(QStringLiteral("Page 1 of")));
    QVERIFY(text.contains(QStringLiteral("h3report_alice")));
    const QString info = runTool(QStringLiteral("pdfinfo"), {m_dir.filePath(QStringLiteral("report.pdf"))}).value_or(QString());
    const QRegularExpressionMatch pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    QVERIFY2(pages.hasMatch(), qPrintable(info));
    QVERIFY(pages.captured(1).toInt() > 1);
    QVERIFY(info.contains(QStringLiteral("A4")));
    const QString png = m_dir.filePath(QStringLiteral("page"));
    QVERIFY(runTool(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("40"), QStringLiteral("-png"),
                                                  QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                                  QStringLiteral("1"), m_dir.filePath(QStringLiteral("report.pdf")), png})
                .has_value());
    QImage page;
    QVERIFY(page.load(png + QStringLiteral("-1.png")) || page.load(png + QStringLiteral("-01.png")));
    QVERIFY(page.width() > 200 && page.height() > page.width()); // portrait
}

void TstReport::japanesePdf()
{
    QTranslator ja;
    QVERIFY(ja.load(qEnvironmentVariable("ROLEDESK_BINARY_DIR") + QStringLiteral("/app/roledesk_ja.qm")));
    QCoreApplication::installTranslator(&ja);
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
    ReportData d = gather();
    d.language = QStringLiteral("ja");
    // The catalogue's words for the titles (English until the lead's translation lands), and a
    // text the Japanese locale writes in Japanese: the dates.
    const QStringList titles{ReportWriter::title(), ReportWriter::tr("Summary"), ReportWriter::tr("Memberships")};
    const QString date = QLocale().toString(d.identity.takenAt.toUTC(), QLocale::LongFormat);
    const QString raw = pdfText(d, QStringLiteral("ja.pdf"));
    QCoreApplication::removeTranslator(&ja);
    QLocale::setDefault(previous);
    // PDF readers map some CJK glyphs to compatibility characters (⽉ for 月), and a narrow cell
    // wraps its text: compare normalized, without white space.
    const auto plain = [](const QString &t) {
        return t.normalized(QString::NormalizationForm_KC).remove(QRegularExpression(QStringLiteral("\\s")));
    };
    const QString text = plain(raw);
    QVERIFY2(!text.isEmpty(), "pdftotext found no text");
    QVERIFY2(date.contains(QStringLiteral("年")), qPrintable(date));
    QVERIFY2(text.contains(plain(date)), qPrintable(date));
    for (const QString &title : titles)
        QVERIFY2(text.contains(plain(title)), qPrintable(title));
    const QString fonts = runTool(QStringLiteral("pdffonts"), {m_dir.filePath(QStringLiteral("ja.pdf"))}).value_or(QString());
    QVERIFY2(fonts.contains(QStringLiteral("NotoSansCJKjp")), qPrintable(fonts));
}

void TstReport::savedAuditFailures()
{
    ReportInputs in;
    in.sincePath = m_dir.filePath(QStringLiteral("damaged.json"));
    QFile damaged(in.sincePath);
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    damaged.write("{\"format\": \"roledesk-saved-audit\", \"format_version\": 1, \"ident");
    damaged.close();
    const SnapshotOutcome o = CatalogReader::read(m_db);
    QVERIFY(o.ok());
    const EffectiveRights rights(o.snapshot);
    in.rights = &rights;
    in.identity = AuditIdentity::of(*o.snapshot, {});
    ReportGatherer::Failure failure;
    QString error;
    QVERIFY(!ReportGatherer::gather(in, &failure, &error));
    QCOMPARE(failure, ReportGatherer::Failure::SavedAudit);
    QVERIFY2(error.contains(QStringLiteral("damaged.json")), qPrintable(error));

    // A saved audit of now, then a grant: the report lists exactly that change.
    in.sincePath = m_dir.filePath(QStringLiteral("old.json"));
    QFile old(in.sincePath);
    QVERIFY(old.open(QIODevice::WriteOnly));
    QVERIFY(SavedAuditWriter::write(rights, in.identity, &old, &error));
    old.close();
    QVERIFY(test::execOrFail(m_db, QStringLiteral("GRANT DELETE ON sales.orders TO h3report_alice")));
    const ReportData d = gather(in);
    QVERIFY(test::execOrFail(m_db, QStringLiteral("REVOKE DELETE ON sales.orders FROM h3report_alice")));
    QVERIFY(d.hasSince);
    QCOMPARE(d.changeCount, 1);
    QCOMPARE(d.changes.at(0).right.role, QStringLiteral("h3report_alice"));
    QCOMPARE(d.changes.at(0).right.privilege, QStringLiteral("DELETE"));
    QVERIFY(d.changes.at(0).gained);
    QVERIFY(ReportWriter::html(d).contains(ReportWriter::tr("Rights gained")));
}

QTEST_MAIN(TstReport)
#include "tst_report.moc"
