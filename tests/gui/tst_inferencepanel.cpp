#include "models/inferencepanel.h"
#include "sandbox.h"
#include "window/session.h"
#include "standinprocess.h"

#include <QLabel>
#include <QLineEdit>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineSeries>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace roledesk;

/// The Inference sub-page against a stand-in KServe v2 server it starts and the sandbox's
/// roledesk_models: server check, repeated test inferences with the latency chart, each bad
/// answer (wrong datatype, timeout, server down, restricted API), cancel while the window keeps
/// running, a database inference refused for lack of EXECUTE (naming the model's function and
/// the role), the access test grid, and the server's statistics read again after every run.
class TstInferencePanel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void checkServer();
    void serverRuns();
    void wrongDatatype();
    void timeout();
    void serverDown();
    void restrictedApi();
    void cancelKeepsWindowResponsive();
    void databaseRefusal();
    void accessGrid();
    void statisticsFollowRuns();
    void followsDatabaseServer();

private:
    bool runAndWait(InferencePanel &panel, InferencePanel::Route route, const QString &role = {}, int repeat = 1,
                    int timeoutMs = 20000);
    /// pgx_inference.pgx_embedding_<id>(text) of \a model.
    QString functionOf(const QString &model);

    pg::Connection m_conn;
    QTemporaryDir m_repo;
    test::StandinProcess m_server;
    test::StandinProcess m_restricted;
    Session *m_session = nullptr;
    bool m_lastOk = false;
};

namespace {
const QStringList kModels = {QStringLiteral("tp_ok"), QStringLiteral("tp_wrongtype"), QStringLiteral("tp_slow")};
}

void TstInferencePanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the panel's saved server settings stay out of the user's
    QString why;
    QVERIFY2(test::sandboxConfigured(&why), qPrintable(why));
    QVERIFY(m_repo.isValid());
    QVERIFY(test::writeStandinModel(m_repo.path(), kModels.at(0), 16));
    QVERIFY(test::writeStandinModel(m_repo.path(), kModels.at(1), 16, QStringLiteral("wrong_datatype")));
    QVERIFY(test::writeStandinModel(m_repo.path(), kModels.at(2), 16, QStringLiteral("delay_ms:3000")));
    QString error;
    QVERIFY2(m_server.start(m_repo.path(), {}, &error), qPrintable(error));
    QVERIFY2(m_restricted.start(m_repo.path(), {QStringLiteral("--restricted-header"), QStringLiteral("X-Roledesk-Key:s3cret"),
                                                QStringLiteral("--restrict"), QStringLiteral("inference")}, &error),
             qPrintable(error));
    for (const QString &m : kModels) {
        QCOMPARE(test::httpPost(m_server.url(QStringLiteral("/v2/repository/models/%1/load").arg(m))).status, 200);
        QCOMPARE(test::httpPost(m_restricted.url(QStringLiteral("/v2/repository/models/%1/load").arg(m))).status, 200);
    }

    // The same model names in the database, so the panel lists them.
    QVERIFY(test::openSandbox(m_conn, QStringLiteral("roledesk_models")));
    cleanupTestCase();
    for (const QString &m : kModels)
        QVERIFY(test::execOrFail(m_conn, QStringLiteral("SELECT pgx_inference.pgx_import_model($1, lo_from_bytea(0, '\\x01'), "
                                                        "'{\"dimension\": 16}')"), {m}));
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("CREATE ROLE rdt_ip_user LOGIN")));
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("CREATE ROLE rdt_ip_nobody LOGIN")));
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("GRANT USAGE ON SCHEMA pgx_inference TO rdt_ip_user, rdt_ip_nobody")));
    const pg::Result fn = m_conn.exec(QStringLiteral("SELECT pgx_inference.pgx_get_function_by_model_name('tp_ok')"));
    QVERIFY(fn.ok() && fn.rows() == 1);
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("GRANT EXECUTE ON FUNCTION pgx_inference.%1(text) TO rdt_ip_user").arg(fn.text(0, 0))));

    m_session = new Session(this);
    QSignalSpy loaded(m_session, &Session::snapshotChanged);
    m_session->connectTo(test::sandboxOptions(QStringLiteral("roledesk_models")));
    QVERIFY(loaded.wait(20000));
}

void TstInferencePanel::cleanupTestCase()
{
    if (!m_conn.isOpen())
        return;
    m_conn.exec(QStringLiteral("ALTER DATABASE roledesk_models RESET pgx_inference.triton_timeout_ms"));
    test::dropModelFixture(m_conn, kModels, {QStringLiteral("rdt_ip_user"), QStringLiteral("rdt_ip_nobody")});
}

bool TstInferencePanel::runAndWait(InferencePanel &panel, InferencePanel::Route route, const QString &role, int repeat,
                                   int timeoutMs)
{
    QSignalSpy finished(&panel, &InferencePanel::inferenceFinished);
    panel.runInference(route, QStringLiteral("hello inference"), role, repeat);
    if (!finished.wait(timeoutMs)) {
        QTest::qFail("the inference did not finish", __FILE__, __LINE__);
        return false;
    }
    m_lastOk = finished.first().first().toBool();
    return true;
}

QString TstInferencePanel::functionOf(const QString &model)
{
    const pg::Result fn = m_conn.exec(QStringLiteral("SELECT pgx_inference.pgx_get_function_by_model_name($1)"), {model});
    return fn.ok() && fn.rows() == 1 ? QStringLiteral("pgx_inference.%1(text)").arg(fn.text(0, 0)) : QString();
}

void TstInferencePanel::checkServer()
{
    InferencePanel panel(m_session);
    panel.setServer(m_server.url().toString());
    QVERIFY(panel.selectModel(QStringLiteral("tp_ok")));
    QSignalSpy checked(&panel, &InferencePanel::serverChecked);
    panel.checkServer();
    QVERIFY(checked.wait(15000));
    const QString text = panel.serverLabel()->text();
    QVERIFY2(text.contains(QLatin1String("ready")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("onnxruntime_onnx")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Statistics")), qPrintable(text));
}

void TstInferencePanel::serverRuns()
{
    InferencePanel panel(m_session);
    panel.setServer(m_server.url().toString());
    QVERIFY(panel.selectModel(QStringLiteral("tp_ok")));
    QVERIFY(runAndWait(panel, InferencePanel::Route::Server, {}, 5));
    QVERIFY2(m_lastOk, qPrintable(panel.resultLabel()->text()));
    QCOMPARE(panel.latencySeries()->count(), 5);
    QVERIFY2(panel.resultLabel()->text().contains(QLatin1String("Dimension 16")), qPrintable(panel.resultLabel()->text()));
    QVERIFY(panel.resultLabel()->text().contains(QLatin1String("norm 1.0000")));
    QVERIFY(panel.resultLabel()->text().contains(QLatin1String("median")));
}

void TstInferencePanel::wrongDatatype()
{
    InferencePanel panel(m_session);
    panel.setServer(m_server.url().toString());
    QVERIFY(panel.selectModel(QStringLiteral("tp_wrongtype")));
    QVERIFY(runAndWait(panel, InferencePanel::Route::Server));
    QVERIFY(!m_lastOk);
    QVERIFY2(panel.resultLabel()->text().contains(QLatin1String("FP32")), qPrintable(panel.resultLabel()->text()));
    QCOMPARE(panel.latencySeries()->count(), 0);
}

void TstInferencePanel::timeout()
{
    InferencePanel panel(m_session);
    panel.setServer(m_server.url().toString(), 500);
    QVERIFY(panel.selectModel(QStringLiteral("tp_slow")));
    QVERIFY(runAndWait(panel, InferencePanel::Route::Server));
    QVERIFY(!m_lastOk);
    QVERIFY2(panel.resultLabel()->text().contains(QLatin1String("500 ms")), qPrintable(panel.resultLabel()->text()));
}

void TstInferencePanel::serverDown()
{
    InferencePanel panel(m_session);
    panel.setServer(QStringLiteral("http://127.0.0.1:1"));
    QVERIFY(panel.selectModel(QStringLiteral("tp_ok")));
    QVERIFY(runAndWait(panel, InferencePanel::Route::Server));
    QVERIFY(!m_lastOk);
    QVERIFY2(panel.resultLabel()->text().contains(QLatin1String("127.0.0.1:1")), qPrintable(panel.resultLabel()->text()));
}

void TstInferencePanel::restrictedApi()
{
    InferencePanel panel(m_session);
    panel.setServer(m_restricted.url().toString());
    QVERIFY(panel.selectModel(QStringLiteral("tp_ok")));
    QVERIFY(runAndWait(panel, InferencePanel::Route::Server));
    QVERIFY(!m_lastOk);
    QVERIFY2(panel.resultLabel()->text().contains(QLatin1String("403")) || panel.resultLabel()->text().contains(QLatin1String("header")),
             qPrintable(panel.resultLabel()->text()));
    panel.setServer(m_restricted.url().toString(), 10000, QStringLiteral("X-Roledesk-Key: s3cret"));
    QVERIFY(runAndWait(panel, InferencePanel::Route::Server));
    QVERIFY2(m_lastOk, qPrintable(panel.resultLabel()->text()));
}

void TstInferencePanel::cancelKeepsWindowResponsive()
{
    InferencePanel panel(m_session);
    panel.setServer(m_server.url().toString(), 20000);
    QVERIFY(panel.selectModel(QStringLiteral("tp_slow")));
    QSignalSpy finished(&panel, &InferencePanel::inferenceFinished);
    panel.runInference(InferencePanel::Route::Server, QStringLiteral("slow"), {}, 3);
    QVERIFY(panel.isBusy());
    // The GUI thread keeps turning while the server takes its time.
    int ticks = 0;
    QTimer timer;
    connect(&timer, &QTimer::timeout, &panel, [&ticks] { ++ticks; });
    timer.start(20);
    QTest::qWait(300);
    QVERIFY(ticks >= 5);
    panel.cancel();
    QVERIFY(finished.wait(2000) || !finished.isEmpty());
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(!panel.isBusy());
}

void TstInferencePanel::databaseRefusal()
{
    InferencePanel panel(m_session);
    QVERIFY(panel.selectModel(QStringLiteral("tp_ok")));
    QVERIFY(runAndWait(panel, InferencePanel::Route::Database, QStringLiteral("rdt_ip_nobody")));
    QVERIFY(!m_lastOk);
    const QString text = panel.resultLabel()->text();
    QVERIFY2(text.contains(QLatin1String("42501")) || text.contains(QLatin1String("permission denied")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("rdt_ip_nobody")), qPrintable(text));
    // It names the model's own function, the one whose EXECUTE the role lacks.
    const QString function = functionOf(QStringLiteral("tp_ok"));
    QVERIFY(function.startsWith(QLatin1String("pgx_inference.pgx_embedding_")));
    QVERIFY2(text.contains(QStringLiteral("role rdt_ip_nobody may not use model \"tp_ok\" (function %1)").arg(function)),
             qPrintable(text));
}

void TstInferencePanel::accessGrid()
{
    InferencePanel panel(m_session);
    QSignalSpy tested(&panel, &InferencePanel::accessTested);
    panel.testAccess({QStringLiteral("rdt_ip_user"), QStringLiteral("rdt_ip_nobody")});
    QVERIFY(tested.wait(60000));
    const AccessReport &report = panel.accessReport();
    QVERIFY2(report.error.isNull(), qPrintable(report.error.toString()));
    QCOMPARE(panel.accessGrid()->rowCount(), 2);
    QCOMPARE(panel.accessGrid()->columnCount(), int(report.models.size()));
    int okModel = -1;
    for (int j = 0; j < report.models.size(); ++j)
        if (report.models.at(j).name == QLatin1String("tp_ok"))
            okModel = j;
    QVERIFY(okModel >= 0);
    // rdt_ip_user holds EXECUTE on tp_ok (the call gets past the privilege check), rdt_ip_nobody does not.
    QVERIFY(report.cell(0, okModel).actualAllowed());
    QCOMPARE(report.cell(1, okModel).actual, AccessOutcome::Denied);
    QCOMPARE(report.disagreements(), 0);
    QVERIFY2(panel.accessSummary()->text().contains(QLatin1String("agree")), qPrintable(panel.accessSummary()->text()));
    // The refused cell's tooltip names the role and the model's function.
    const QString tip = panel.accessGrid()->item(1, okModel)->toolTip();
    QVERIFY2(tip.contains(QStringLiteral("role rdt_ip_nobody may not use model \"tp_ok\" (function %1)")
                              .arg(functionOf(QStringLiteral("tp_ok")))),
             qPrintable(tip));
}

void TstInferencePanel::statisticsFollowRuns()
{
    InferencePanel panel(m_session);
    panel.setServer(m_server.url().toString());
    QVERIFY(panel.selectModel(QStringLiteral("tp_ok")));
    // The inference count as the panel shows it, and as the server has it.
    const auto shown = [&panel]() -> int {
        static const QRegularExpression count(QStringLiteral("Statistics:</b> (\\d+) inference"));
        const QRegularExpressionMatch m = count.match(panel.serverLabel()->text());
        return m.hasMatch() ? m.captured(1).toInt() : -1;
    };
    const auto onServer = [this] {
        const test::HttpReply r = test::httpGet(m_server.url(QStringLiteral("/v2/models/tp_ok/stats")));
        return int(r.object().value(u"model_stats").toArray().first().toObject().value(u"inference_count").toInteger());
    };
    QSignalSpy checked(&panel, &InferencePanel::serverChecked);
    panel.checkServer();
    QVERIFY(checked.wait(15000));
    const int before = shown();
    QVERIFY2(before >= 0, qPrintable(panel.serverLabel()->text()));
    QCOMPARE(before, onServer());

    // Straight to the server: the count moves with the runs.
    QSignalSpy refreshed(&panel, &InferencePanel::statisticsRefreshed);
    QVERIFY(runAndWait(panel, InferencePanel::Route::Server, {}, 2));
    QVERIFY2(m_lastOk, qPrintable(panel.resultLabel()->text()));
    QVERIFY(refreshed.wait(15000) || !refreshed.isEmpty());
    QCOMPARE(shown(), before + 2);

    // Through the database: read again after the run too (another client used the model meanwhile).
    const QByteArray infer = R"({"inputs":[{"name":"TEXT","shape":[1],"datatype":"BYTES","data":["x"]}]})";
    QCOMPARE(test::httpPost(m_server.url(QStringLiteral("/v2/models/tp_ok/infer")), infer).status, 200);
    refreshed.clear();
    QVERIFY(runAndWait(panel, InferencePanel::Route::Database));
    QVERIFY(refreshed.wait(15000) || !refreshed.isEmpty());
    QCOMPARE(shown(), onServer());
    QCOMPARE(shown(), before + 3);
}

void TstInferencePanel::followsDatabaseServer()
{
    // The sandbox's database names its stand-in (pgx_inference.triton_url, read with the
    // snapshot): a panel whose server nobody chose uses it.
    const pg::Result configured = m_conn.exec(QStringLiteral("SELECT current_setting('pgx_inference.triton_url', true)"));
    QVERIFY(configured.ok() && !configured.text(0, 0).isEmpty());
    InferencePanel panel(m_session);
    auto *url = panel.findChild<QLineEdit *>(QStringLiteral("inferenceServerUrl"));
    auto *timeout = panel.findChild<QSpinBox *>(QStringLiteral("inferenceTimeout"));
    QVERIFY(url && timeout);
    QCOMPARE(QUrl(url->text()), QUrl(configured.text(0, 0)));

    // A setting changed in the database is followed at the next snapshot.
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("ALTER DATABASE roledesk_models SET pgx_inference.triton_timeout_ms = '4321'")));
    QSignalSpy loaded(m_session, &Session::snapshotChanged);
    m_session->refresh();
    QVERIFY(loaded.wait(20000));
    QCOMPARE(timeout->value(), 4321);

    // A server the user typed is kept.
    url->selectAll();
    QTest::keyClicks(url, m_server.url().toString());
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("ALTER DATABASE roledesk_models SET pgx_inference.triton_timeout_ms = '5432'")));
    m_session->refresh();
    QVERIFY(loaded.wait(20000));
    QCOMPARE(QUrl(url->text()), m_server.url());
    QCOMPARE(timeout->value(), 4321);
    QVERIFY(test::execOrFail(m_conn, QStringLiteral("ALTER DATABASE roledesk_models RESET pgx_inference.triton_timeout_ms")));
}

QTEST_MAIN(TstInferencePanel)
#include "tst_inferencepanel.moc"
