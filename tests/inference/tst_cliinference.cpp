#include "csv.h"
#include "extensionserver.h"
#include "inenglish.h"
#include "sandbox.h"
#include "standinprocess.h"

#include "pg/identifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTest>

#include <cmath>

using namespace roledesk;

namespace {

struct Outcome {
    int exitCode = -1;
    QString out;
    QString err;
};

Outcome runCli(const QStringList &arguments)
{
    QProcess p;
    p.setProcessEnvironment(roledesk::test::inEnglish());
    p.start(QStringLiteral(ROLEDESK_CLI_BINARY), arguments);
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QString describe(const Outcome &o)
{
    return QStringLiteral("exit %1\nstdout:\n%2\nstderr:\n%3").arg(o.exitCode).arg(o.out, o.err);
}

// Cluster-wide names, all starting with clit_.
const QStringList kRoles = {QStringLiteral("clit_mo"), QStringLiteral("clit_mu"), QStringLiteral("clit_none"),
                            QStringLiteral("clit_login")};
const QString kModel = QStringLiteral("clit.model");   // owned by clit_mo, EXECUTE to clit_mu
const QString kOther = QStringLiteral("clit_other");   // owned by clit_mo, no grants
const QString kDsn = QStringLiteral("dbname=roledesk_models");

} // namespace

/// roledesk-cli infer and test-access run as processes: against a stand-in of their own (--via
/// server) and the sandbox's roledesk_models (through the database, as roles): output in each
/// format, the errors and the exit codes the help documents.
class TstCliInference : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void help();
    void usageErrors_data();
    void usageErrors();
    void inferServer();
    void inferServerRepeat();
    void inferServerErrors();
    void inferServerFromDatabase();
    void inferDatabaseDenied();
    void inferDatabaseAllowed();
    void inferDatabaseRoleRefused();
    void inferDatabaseUnknownModel();
    void connectionFailed();
    void testAccessText();
    void testAccessCsv();
    void testAccessJson();
    void testAccessUndetermined();
    void testAccessDisagrees();
    void cleanupTestCase();

private:
    void dropFixture();
    QString url() const { return m_server.url(); }

    test::ExtensionServer m_server; // clit.model is loaded into it through the extension
    /// The superuser's sessions in roledesk_models, roledesk-cli's (kDsn) included, use m_server:
    /// configured for the role in the database (reset at the end, also after a failure).
    test::ConfiguredSettings m_configured{QStringLiteral("roledesk_models")};
    pg::Connection m_conn;
    QString m_modelFn;
};

void TstCliInference::dropFixture()
{
    test::dropModelFixture(m_conn, {kModel, kOther}, kRoles);
}

void TstCliInference::initTestCase()
{
    QVERIFY(test::writeStandinModel(m_server.repository(), QStringLiteral("clit_slow"), 8, QStringLiteral("delay_ms:2000")));
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QCOMPARE(test::httpPost(m_server.process().url(QStringLiteral("/v2/repository/models/clit_slow/load"))).status, 200);

    QVERIFY(test::openSandbox(m_conn, QStringLiteral("roledesk_models")));
    dropFixture();
    const pg::Result r = m_conn.execScript(QStringLiteral(R"SQL(
CREATE ROLE clit_mo LOGIN;
CREATE ROLE clit_mu LOGIN;
CREATE ROLE clit_none LOGIN;
CREATE ROLE clit_login LOGIN;
SELECT pgx_inference.pgx_grant_model_role('clit_mo', 'model_owner');
GRANT USAGE ON SCHEMA pgx_inference TO clit_mu, clit_none, clit_login;
)SQL"));
    QVERIFY2(r.ok(), qPrintable(r.error().toString()));
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("SET ROLE clit_mo")));
    for (const QString &name : {kModel, kOther})
        QVERIFY(test::execOrFail(m_conn, QStringLiteral("SELECT pgx_inference.pgx_import_model($1, lo_from_bytea(0, '\\x01'), "
                                                        "'{\"dimension\": 8}')"),
                                 {name}));
    const pg::Result fn = m_conn.exec(QStringLiteral("SELECT pgx_inference.pgx_get_function_by_model_name($1)"), {kModel});
    QVERIFY(fn.ok());
    m_modelFn = fn.text(0, 0);
    // clit_login may use the model (so it sees it) but is no member of any other role.
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("GRANT EXECUTE ON FUNCTION pgx_inference.%1(text) TO clit_mu, clit_login")
                                         .arg(pg::quoteIdent(m_modelFn))));
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("RESET ROLE")));
    // Loaded through the extension, which writes its files into the server's repository: on a
    // session opened after the server was configured, as the extension takes it.
    QVERIFY(m_server.configure(m_configured));
    m_conn.close();
    QVERIFY(test::openSandbox(m_conn, QStringLiteral("roledesk_models")));
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("SELECT pgx_inference.pgx_load_model($1)"), {kModel}));
}

void TstCliInference::help()
{
    const Outcome top = runCli({QStringLiteral("--help")});
    QCOMPARE(top.exitCode, 0);
    QVERIFY(top.out.contains(QStringLiteral("  infer  ")));
    QVERIFY(top.out.contains(QStringLiteral("  test-access  ")));
    QVERIFY(top.out.contains(QStringLiteral("  8  test-access: an outcome disagrees with the privilege matrix")));
    QVERIFY(top.out.contains(QStringLiteral("  9  infer failed")));
    const Outcome infer = runCli({QStringLiteral("infer"), QStringLiteral("--help")});
    QCOMPARE(infer.exitCode, 0);
    for (const char *option : {"--model", "--text", "--as", "--via", "--server", "--timeout-ms", "--header", "--repeat", "--format"})
        QVERIFY2(infer.out.contains(QLatin1String(option)), option);
    const Outcome access = runCli({QStringLiteral("test-access"), QStringLiteral("--help")});
    QCOMPARE(access.exitCode, 0);
    for (const char *option : {"--models", "--roles", "--format", "allowed_but_failed", "Exit codes"})
        QVERIFY2(access.out.contains(QLatin1String(option)), option);
}

void TstCliInference::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mention");
    const QString infer = QStringLiteral("infer");
    QTest::newRow("no model") << QStringList{infer, QStringLiteral("--text"), QStringLiteral("x")} << QStringLiteral("--model");
    QTest::newRow("no text") << QStringList{infer, QStringLiteral("--model"), QStringLiteral("m")} << QStringLiteral("--text");
    QTest::newRow("bad via") << QStringList{infer, QStringLiteral("--model=m"), QStringLiteral("--text=x"), QStringLiteral("--via=pigeon")}
                             << QStringLiteral("pigeon");
    QTest::newRow("as on server") << QStringList{infer, QStringLiteral("--model=m"), QStringLiteral("--text=x"), QStringLiteral("--via=server"),
                                                 QStringLiteral("--server=http://127.0.0.1:1"), QStringLiteral("--as=r")}
                                  << QStringLiteral("--as needs --via database");
    QTest::newRow("repeat 0") << QStringList{infer, QStringLiteral("--model=m"), QStringLiteral("--text=x"), QStringLiteral("--repeat=0")}
                              << QStringLiteral("--repeat");
    QTest::newRow("bad header") << QStringList{infer, QStringLiteral("--model=m"), QStringLiteral("--text=x"), QStringLiteral("--via=server"),
                                               QStringLiteral("--server=http://127.0.0.1:1"), QStringLiteral("--header=nocolon")}
                                << QStringLiteral("NAME:VALUE");
    QTest::newRow("bad url") << QStringList{infer, QStringLiteral("--model=m"), QStringLiteral("--text=x"), QStringLiteral("--via=server"),
                                            QStringLiteral("--server=ftp://x")}
                             << QStringLiteral("http://");
    QTest::newRow("access format") << QStringList{QStringLiteral("test-access"), QStringLiteral("--format=xml")} << QStringLiteral("xml");
}

void TstCliInference::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mention);
    const Outcome o = runCli(arguments);
    QCOMPARE(o.exitCode, 2);
    QVERIFY2(o.err.contains(mention), qPrintable(describe(o)));
}

void TstCliInference::inferServer()
{
    const Outcome o = runCli({QStringLiteral("infer"), QStringLiteral("--via"), QStringLiteral("server"), QStringLiteral("--server"), url(),
                              QStringLiteral("--model"), kModel, QStringLiteral("--text"), QStringLiteral("hello world"),
                              QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(o.exitCode == 0, qPrintable(describe(o)));
    const QJsonObject json = QJsonDocument::fromJson(o.out.toUtf8()).object();
    QCOMPARE(json.value(u"ok").toBool(), true);
    QCOMPARE(json.value(u"via").toString(), QStringLiteral("server"));
    QCOMPARE(json.value(u"dimension").toInt(), 8);
    QVERIFY(std::abs(json.value(u"norm").toDouble() - 1.0) < 1e-5);
    QCOMPARE(json.value(u"latency_ms").toObject().value(u"runs").toInt(), 1);
    QVERIFY(json.value(u"latency_ms").toObject().value(u"median").toDouble() > 0.0);
    // The same first values as the server gives a plain request.
    const test::HttpReply direct = test::httpPost(
        m_server.process().url(QStringLiteral("/v2/models/%1/infer").arg(kModel)),
        QByteArrayLiteral(R"({"inputs":[{"name":"TEXT","shape":[1],"datatype":"BYTES","data":["hello world"]}]})"));
    const QJsonArray data = direct.object().value(u"outputs").toArray().first().toObject().value(u"data").toArray();
    const QJsonArray first = json.value(u"first_values").toArray();
    QCOMPARE(first.size(), 8);
    for (int i = 0; i < 8; ++i)
        QCOMPARE(float(first.at(i).toDouble()), float(data.at(i).toDouble()));

    const Outcome text = runCli({QStringLiteral("infer"), QStringLiteral("--via=server"), QStringLiteral("--server=") + url(),
                                 QStringLiteral("--model=") + kModel, QStringLiteral("--text=hello world")});
    QVERIFY2(text.exitCode == 0, qPrintable(describe(text)));
    QVERIFY(text.out.contains(QStringLiteral("dimension:   8\n")));
    QVERIFY(text.out.contains(QStringLiteral("norm:        1.000000\n")));
    QVERIFY(text.out.contains(QStringLiteral("via:         server ") + url()));
    QVERIFY(text.out.contains(QStringLiteral("latency:     ")));
}

void TstCliInference::inferServerRepeat()
{
    const Outcome o = runCli({QStringLiteral("infer"), QStringLiteral("--via=server"), QStringLiteral("--server=") + url(),
                              QStringLiteral("--model=") + kModel, QStringLiteral("--text=x"), QStringLiteral("--repeat=25")});
    QVERIFY2(o.exitCode == 0, qPrintable(describe(o)));
    QVERIFY2(o.out.contains(QStringLiteral("latency:     25 runs: min ")), qPrintable(o.out));
    QVERIFY(o.out.contains(QStringLiteral(", median ")));
    QVERIFY(o.out.contains(QStringLiteral(", p95 ")));
    const Outcome json = runCli({QStringLiteral("infer"), QStringLiteral("--via=server"), QStringLiteral("--server=") + url(),
                                 QStringLiteral("--model=") + kModel, QStringLiteral("--text=x"), QStringLiteral("--repeat=5"),
                                 QStringLiteral("--format=json")});
    const QJsonObject latency = QJsonDocument::fromJson(json.out.toUtf8()).object().value(u"latency_ms").toObject();
    QCOMPARE(latency.value(u"runs").toInt(), 5);
    QVERIFY(latency.value(u"min").toDouble() <= latency.value(u"median").toDouble());
    QVERIFY(latency.value(u"median").toDouble() <= latency.value(u"max").toDouble());
}

void TstCliInference::inferServerErrors()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const QString closed = QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort());
    probe.close();
    const QStringList base{QStringLiteral("infer"), QStringLiteral("--via=server"), QStringLiteral("--text=x")};

    const Outcome down = runCli(base + QStringList{QStringLiteral("--server=") + closed, QStringLiteral("--model=") + kModel});
    QCOMPARE(down.exitCode, 9);
    QVERIFY2(down.err.contains(QStringLiteral("inference server at %1 is not reachable").arg(closed)), qPrintable(describe(down)));

    const Outcome unknown = runCli(base + QStringList{QStringLiteral("--server=") + url(), QStringLiteral("--model=clit_nope")});
    QCOMPARE(unknown.exitCode, 9);
    QVERIFY2(unknown.err.contains(QStringLiteral("model \"clit_nope\" is not loaded")), qPrintable(describe(unknown)));

    const Outcome slow = runCli(base + QStringList{QStringLiteral("--server=") + url(), QStringLiteral("--model=clit_slow"),
                                                   QStringLiteral("--timeout-ms=300")});
    QCOMPARE(slow.exitCode, 9);
    QVERIFY2(slow.err.contains(QStringLiteral("no answer within 300 ms")), qPrintable(describe(slow)));

    const Outcome limited = runCli({QStringLiteral("infer"), QStringLiteral("--via=server"), QStringLiteral("--server=") + url(),
                                    QStringLiteral("--model=") + kModel, QStringLiteral("--text=") + QString(50, u'x'),
                                    QStringLiteral("--max-input-bytes=10")});
    QCOMPARE(limited.exitCode, 9);
    QVERIFY2(limited.err.contains(QStringLiteral("50 bytes, over the limit of 10 bytes")), qPrintable(describe(limited)));
    QTest::qWait(1800); // the stand-in is single-threaded: let the slow answer pass
}

void TstCliInference::inferServerFromDatabase()
{
    // Without --server, the database's pgx_inference.triton_url names the server (configured for
    // the superuser in roledesk_models: this test's server).
    const Outcome o = runCli({QStringLiteral("infer"), QStringLiteral("--via=server"), QStringLiteral("--dsn"), kDsn,
                              QStringLiteral("--model=") + kModel, QStringLiteral("--text=x")});
    QVERIFY2(o.exitCode == 0, qPrintable(describe(o)));
    QVERIFY(o.out.contains(QStringLiteral("via:         server ") + url()));
    QVERIFY(m_configured.set("pgx_inference.triton_url", QString()));
    const Outcome none = runCli({QStringLiteral("infer"), QStringLiteral("--via=server"), QStringLiteral("--dsn"), kDsn,
                                 QStringLiteral("--model=") + kModel, QStringLiteral("--text=x")});
    QVERIFY(m_configured.set("pgx_inference.triton_url", url()));
    QCOMPARE(none.exitCode, 2);
    QVERIFY2(none.err.contains(QStringLiteral("sets no pgx_inference.triton_url")), qPrintable(describe(none)));
}

void TstCliInference::inferDatabaseDenied()
{
    const Outcome o = runCli({QStringLiteral("infer"), QStringLiteral("--dsn"), kDsn, QStringLiteral("--model"), kModel,
                              QStringLiteral("--text"), QStringLiteral("x"), QStringLiteral("--as"), QStringLiteral("clit_none")});
    QCOMPARE(o.exitCode, 9);
    QVERIFY2(o.err.contains(QStringLiteral("Permission denied: role clit_none may not use model \"clit.model\" "
                                           "(function pgx_inference.%1(text))").arg(m_modelFn)),
             qPrintable(describe(o)));
    QVERIFY2(o.err.contains(QStringLiteral("(SQLSTATE 42501)")), qPrintable(describe(o)));
    const Outcome json = runCli({QStringLiteral("infer"), QStringLiteral("--dsn"), kDsn, QStringLiteral("--model"), kModel,
                                 QStringLiteral("--text"), QStringLiteral("x"), QStringLiteral("--as"), QStringLiteral("clit_none"),
                                 QStringLiteral("--format=json")});
    QCOMPARE(json.exitCode, 9);
    const QJsonObject out = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(out.value(u"ok").toBool(true), false);
    QCOMPARE(out.value(u"role").toString(), QStringLiteral("clit_none"));
    QCOMPARE(out.value(u"function").toString(), QStringLiteral("pgx_inference.") + m_modelFn);
    QCOMPARE(out.value(u"error").toObject().value(u"sqlstate").toString(), QStringLiteral("42501"));
    QCOMPARE(out.value(u"error").toObject().value(u"stage").toString(), QStringLiteral("call"));
    QCOMPARE(out.value(u"error").toObject().value(u"permission_denied").toBool(), true);
}

void TstCliInference::inferDatabaseAllowed()
{
    // clit_mu holds EXECUTE: through the extension and this test's server, a vector comes back,
    // the same as the server gives directly.
    const Outcome o = runCli({QStringLiteral("infer"), QStringLiteral("--dsn"), kDsn, QStringLiteral("--model"), kModel,
                              QStringLiteral("--text"), QStringLiteral("hello world"), QStringLiteral("--as"),
                              QStringLiteral("clit_mu"), QStringLiteral("--format=json")});
    QVERIFY2(o.exitCode == 0, qPrintable(describe(o)));
    const QJsonObject db = QJsonDocument::fromJson(o.out.toUtf8()).object();
    QCOMPARE(db.value(u"role").toString(), QStringLiteral("clit_mu"));
    QCOMPARE(db.value(u"dimension").toInt(), 8);
    const Outcome direct = runCli({QStringLiteral("infer"), QStringLiteral("--via=server"), QStringLiteral("--server=") + url(),
                                   QStringLiteral("--model=") + kModel, QStringLiteral("--text=hello world"),
                                   QStringLiteral("--format=json")});
    QVERIFY2(direct.exitCode == 0, qPrintable(describe(direct)));
    QCOMPARE(db.value(u"first_values"), QJsonDocument::fromJson(direct.out.toUtf8()).object().value(u"first_values"));
    QCOMPARE(db.value(u"norm").toDouble(), QJsonDocument::fromJson(direct.out.toUtf8()).object().value(u"norm").toDouble());

    const Outcome text = runCli({QStringLiteral("infer"), QStringLiteral("--dsn"), kDsn, QStringLiteral("--model"), kModel,
                                 QStringLiteral("--text"), QStringLiteral("x"), QStringLiteral("--as"), QStringLiteral("clit_mu"),
                                 QStringLiteral("--repeat=3")});
    QVERIFY2(text.exitCode == 0, qPrintable(describe(text)));
    QVERIFY(text.out.contains(QStringLiteral("via:         database roledesk_models as role clit_mu\n")));
    QVERIFY(text.out.contains(QStringLiteral("latency:     3 runs: ")));

    // Without an inference server behind the database (configured so), the role may still use
    // the model, and the message says so along with the extension's error.
    const QStringList asMu{QStringLiteral("infer"), QStringLiteral("--dsn"), kDsn, QStringLiteral("--model"), kModel,
                           QStringLiteral("--text"), QStringLiteral("x"), QStringLiteral("--as"), QStringLiteral("clit_mu")};
    QVERIFY(m_configured.set("pgx_inference.triton_url", QString()));
    const Outcome noServer = runCli(asMu);
    QVERIFY(m_configured.set("pgx_inference.triton_url", url()));
    QCOMPARE(noServer.exitCode, 9);
    QVERIFY2(noServer.err.contains(QStringLiteral("Role clit_mu may use model \"clit.model\", but the inference failed"))
                 && noServer.err.contains(QStringLiteral("no inference server configured")),
             qPrintable(describe(noServer)));

    // A session pointing elsewhere (the connection's options) is refused by the extension whatever
    // the role: not a permission of the model's, so still "may use".
    QStringList redirected = asMu;
    redirected[2] = kDsn + QStringLiteral(" options='-c pgx_inference.triton_url=http://127.0.0.1:9'");
    const Outcome elsewhere = runCli(redirected + QStringList{QStringLiteral("--format=json")});
    QCOMPARE(elsewhere.exitCode, 9);
    const QJsonObject refused = QJsonDocument::fromJson(elsewhere.out.toUtf8()).object().value(u"error").toObject();
    QCOMPARE(refused.value(u"sqlstate").toString(), QStringLiteral("42501"));
    QCOMPARE(refused.value(u"permission_denied").toBool(true), false);
    QVERIFY2(refused.value(u"message").toString().contains(QStringLiteral("pgx_inference.triton_url differs from its configured value")),
             qPrintable(describe(elsewhere)));
}

void TstCliInference::inferDatabaseRoleRefused()
{
    const Outcome o = runCli({QStringLiteral("infer"), QStringLiteral("--dsn"), kDsn + QStringLiteral(" user=clit_login"),
                              QStringLiteral("--model"), kModel, QStringLiteral("--text"), QStringLiteral("x"),
                              QStringLiteral("--as"), QStringLiteral("clit_mu")});
    QCOMPARE(o.exitCode, 9);
    QVERIFY2(o.err.contains(QStringLiteral("Cannot run as role clit_mu: the connected user clit_login is neither a member "
                                           "of clit_mu nor a superuser")),
             qPrintable(describe(o)));
    QVERIFY(o.err.contains(QStringLiteral("permission denied to set role \"clit_mu\" (SQLSTATE 42501)")));
}

void TstCliInference::inferDatabaseUnknownModel()
{
    const Outcome o = runCli({QStringLiteral("infer"), QStringLiteral("--dsn"), kDsn, QStringLiteral("--model"),
                              QStringLiteral("clit_nope"), QStringLiteral("--text"), QStringLiteral("x")});
    QCOMPARE(o.exitCode, 9);
    QVERIFY2(o.err.contains(QStringLiteral("model \"clit_nope\" does not exist")), qPrintable(describe(o)));
}

void TstCliInference::connectionFailed()
{
    const Outcome o = runCli({QStringLiteral("infer"), QStringLiteral("--dsn"), QStringLiteral("dbname=roledesk_no_such_db"),
                              QStringLiteral("--model=m"), QStringLiteral("--text=x")});
    QCOMPARE(o.exitCode, 3);
    QVERIFY2(o.err.contains(QStringLiteral("roledesk_no_such_db")), qPrintable(describe(o)));
    const Outcome access = runCli({QStringLiteral("test-access"), QStringLiteral("--dsn"), QStringLiteral("dbname=roledesk_no_such_db")});
    QCOMPARE(access.exitCode, 3);
}

void TstCliInference::testAccessText()
{
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("SELECT pgx_inference.pgx_load_model($1)"), {kOther}));
    const Outcome o = runCli({QStringLiteral("test-access"), QStringLiteral("--dsn"), kDsn, QStringLiteral("--roles"),
                              QStringLiteral("clit_mo,clit_mu,clit_none,postgres"), QStringLiteral("--models"),
                              kModel + u',' + kOther});
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("SELECT pgx_inference.pgx_unload_model($1)"), {kOther}));
    QVERIFY2(o.exitCode == 0, qPrintable(describe(o)));
    QVERIFY(o.out.startsWith(QStringLiteral("Access test on database roledesk_models as postgres (superuser): 4 roles x 2 models")));
    const QStringList lines = o.out.split(u'\n');
    const auto line = [&](const QString &start) {
        for (const QString &l : lines)
            if (l.startsWith(start + u' '))
                return l.simplified();
        return QString();
    };
    QVERIFY2(line(QStringLiteral("role")).endsWith(kModel + u' ' + kOther), qPrintable(o.out));
    // Both models are loaded into the test's server: every allowed cell got a vector.
    QCOMPARE(line(QStringLiteral("clit_mo")), QStringLiteral("clit_mo allowed allowed"));
    QCOMPARE(line(QStringLiteral("clit_mu")), QStringLiteral("clit_mu allowed denied"));
    QCOMPARE(line(QStringLiteral("clit_none")), QStringLiteral("clit_none denied denied"));
    QCOMPARE(line(QStringLiteral("postgres")), QStringLiteral("postgres (superuser) allowed allowed"));
    QVERIFY(!o.out.contains(QStringLiteral("inference failed")));
    QVERIFY(o.out.contains(QStringLiteral("8 cells: 0 disagree with the matrix, 0 could not be tested.")));
}

void TstCliInference::testAccessCsv()
{
    const Outcome o = runCli({QStringLiteral("test-access"), QStringLiteral("--dsn"), kDsn, QStringLiteral("--roles"),
                              QStringLiteral("clit_mu,clit_none"), QStringLiteral("--models"), kModel + u',' + kOther,
                              QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY2(o.exitCode == 0, qPrintable(describe(o)));
    const QList<QStringList> rows = test::parseCsv(o.out);
    QCOMPARE(rows.size(), 5);
    QCOMPARE(rows.first(), QStringLiteral("role,model,function,superuser,predicted,actual,agrees,sqlstate,message").split(u','));
    QCOMPARE(rows.at(1).mid(0, 5), (QStringList{QStringLiteral("clit_mu"), kModel, QStringLiteral("pgx_inference.") + m_modelFn,
                                                QStringLiteral("false"), QStringLiteral("allowed")}));
    QVERIFY2(rows.at(1).at(5).startsWith(QStringLiteral("allowed")), qPrintable(rows.at(1).join(u'|')));
    QCOMPARE(rows.at(1).at(6), QStringLiteral("true"));
    QCOMPARE(rows.at(2).mid(4, 4), (QStringList{QStringLiteral("denied"), QStringLiteral("denied"), QStringLiteral("true"),
                                                QStringLiteral("42501")}));
    QCOMPARE(rows.at(3).at(0), QStringLiteral("clit_none"));
    QCOMPARE(rows.at(3).at(5), QStringLiteral("denied"));
    QVERIFY2(rows.at(3).at(8).contains(QStringLiteral("permission denied")), qPrintable(rows.at(3).join(u'|')));
}

void TstCliInference::testAccessJson()
{
    const Outcome o = runCli({QStringLiteral("test-access"), QStringLiteral("--dsn"), kDsn, QStringLiteral("--roles"),
                              QStringLiteral("clit_mu,clit_none"), QStringLiteral("--models"), kModel, QStringLiteral("--format=json")});
    QVERIFY2(o.exitCode == 0, qPrintable(describe(o)));
    const QJsonObject json = QJsonDocument::fromJson(o.out.toUtf8()).object();
    QCOMPARE(json.value(u"database").toString(), QStringLiteral("roledesk_models"));
    QCOMPARE(json.value(u"connected_as_superuser").toBool(), true);
    QCOMPARE(json.value(u"summary").toObject().value(u"all_agree").toBool(), true);
    const QJsonArray cells = json.value(u"cells").toArray();
    QCOMPARE(cells.size(), 2);
    const QJsonObject mu = cells.at(0).toObject();
    QCOMPARE(mu.value(u"role").toString(), QStringLiteral("clit_mu"));
    QCOMPARE(mu.value(u"predicted").toObject().value(u"via").toString(), QStringLiteral("direct"));
    QCOMPARE(mu.value(u"predicted").toObject().value(u"execute").toBool(), true);
    QCOMPARE(cells.at(1).toObject().value(u"actual").toString(), QStringLiteral("denied"));
    QCOMPARE(cells.at(1).toObject().value(u"error").toObject().value(u"sqlstate").toString(), QStringLiteral("42501"));
}

void TstCliInference::testAccessUndetermined()
{
    // clit_login may not SET ROLE clit_mu: the cell cannot be tested, which is an error (9).
    const Outcome o = runCli({QStringLiteral("test-access"), QStringLiteral("--dsn"), kDsn + QStringLiteral(" user=clit_login"),
                              QStringLiteral("--roles"), QStringLiteral("clit_mu"), QStringLiteral("--models"), kModel});
    QCOMPARE(o.exitCode, 9);
    QVERIFY2(o.out.startsWith(QStringLiteral("Access test on database roledesk_models as clit_login: 1 role x 1 model")),
             qPrintable(describe(o)));
    QVERIFY2(o.out.contains(QStringLiteral("Could not tell (?):\n  clit_mu on clit.model: permission denied to set role "
                                           "\"clit_mu\" (SQLSTATE 42501)")),
             qPrintable(describe(o)));
    QVERIFY(o.err.contains(QStringLiteral("1 of 1 cell could not be tested")));
}

void TstCliInference::testAccessDisagrees()
{
    // The model's function refuses clit_mu on its own (as access control inside an extension or
    // the inference server would): PostgreSQL's ACL, and so the matrix, still say allowed.
    const pg::Result def = m_conn.exec(QStringLiteral("SELECT pg_get_functiondef($1::regprocedure)"),
                                       {QStringLiteral("pgx_inference.%1(text)").arg(pg::quoteIdent(m_modelFn))});
    QVERIFY(def.ok());
    QVERIFY(test::execOrFail(m_conn, QStringLiteral(
        "CREATE OR REPLACE FUNCTION pgx_inference.%1(input text) RETURNS real[] LANGUAGE plpgsql AS $$ BEGIN "
        "IF current_user = 'clit_mu' THEN RAISE EXCEPTION 'model refused for %', current_user USING ERRCODE = '42501'; END IF; "
        "RETURN ARRAY[1]::real[]; END $$").arg(pg::quoteIdent(m_modelFn))));
    const Outcome o = runCli({QStringLiteral("test-access"), QStringLiteral("--dsn"), kDsn, QStringLiteral("--roles"),
                              QStringLiteral("clit_mu,clit_none"), QStringLiteral("--models"), kModel});
    QVERIFY(test::execOrFail(m_conn, def.text(0, 0))); // the original body back
    QCOMPARE(o.exitCode, 8);
    QVERIFY2(o.out.contains(QStringLiteral("clit_mu ! denied")) || o.out.contains(QStringLiteral("! denied")), qPrintable(describe(o)));
    QVERIFY2(o.out.contains(QStringLiteral("Disagreements with the privilege matrix (!):\n  clit_mu on clit.model: the matrix "
                                           "predicts allowed, the server denied it: model refused for clit_mu (SQLSTATE 42501)")),
             qPrintable(describe(o)));
    QVERIFY(o.err.contains(QStringLiteral("1 of 2 cells disagree with the privilege matrix")));
}

void TstCliInference::cleanupTestCase()
{
    // The models are unloaded from m_server while it is still the configured one.
    if (m_conn.isOpen())
        dropFixture();
    m_configured.reset();
}

QTEST_GUILESS_MAIN(TstCliInference)
#include "tst_cliinference.moc"
