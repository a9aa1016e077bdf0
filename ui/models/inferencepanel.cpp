#include "models/inferencepanel.h"

#include "window/session.h"
#include "inference/accesstestworker.h"
#include "inference/sqlinferenceworker.h"
#include "inference/vectorsummary.h"
#include "privileges/effectiverights.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QLocale>
#include <QMetaObject>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>

namespace roledesk {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

/// A failed request's message for the server report, in red.
QString failure(const KServeOutcome &o)
{
    return QStringLiteral("<span style='color:#b00020'>%1</span>").arg(escaped(o.error.message));
}

// Where the inference server is, when nothing was saved: the demo's and tests' stand-in
// announce themselves in the environment.
QString defaultServerUrl()
{
    const QByteArray env = qgetenv("ROLEDESK_STANDIN_URL");
    return env.isEmpty() ? QStringLiteral("http://127.0.0.1:8000") : QString::fromUtf8(env);
}

} // namespace

InferencePanel::InferencePanel(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_client(new KServeClient(this))
    , m_model(new QComboBox(this))
    , m_url(new QLineEdit(this))
    , m_timeout(new QSpinBox(this))
    , m_header(new QLineEdit(this))
    , m_check(new QPushButton(tr("Check &server"), this))
    , m_serverInfo(new QLabel(this))
    , m_text(new QLineEdit(this))
    , m_asRole(new QComboBox(this))
    , m_viaDatabase(new QRadioButton(tr("through the &database"), this))
    , m_viaServer(new QRadioButton(tr("straight to the ser&ver"), this))
    , m_repeat(new QSpinBox(this))
    , m_run(new QPushButton(tr("&Run test inference"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_result(new QLabel(this))
    , m_chart(new QChartView(this))
    , m_series(new QLineSeries(this))
    , m_axisX(new QValueAxis(this))
    , m_axisY(new QValueAxis(this))
    , m_access(new QPushButton(tr("Test &access for all users"), this))
    , m_accessProgress(new QProgressBar(this))
    , m_accessSummary(new QLabel(this))
    , m_grid(new QTableWidget(this))
{
    setObjectName(QStringLiteral("inferencePanel"));
    m_model->setObjectName(QStringLiteral("inferenceModel"));
    m_url->setObjectName(QStringLiteral("inferenceServerUrl"));
    m_timeout->setObjectName(QStringLiteral("inferenceTimeout"));
    m_timeout->setRange(100, 600000);
    m_timeout->setSingleStep(500);
    m_timeout->setSuffix(tr(" ms"));
    m_header->setObjectName(QStringLiteral("inferenceHeader"));
    m_header->setPlaceholderText(tr("Name: value (only for a restricted API)"));
    m_serverInfo->setObjectName(QStringLiteral("inferenceServerInfo"));
    m_serverInfo->setWordWrap(true);
    m_serverInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_serverInfo->setText(tr("Not checked yet."));
    m_text->setObjectName(QStringLiteral("inferenceText"));
    m_text->setText(tr("RoleDesk test inference"));
    m_asRole->setObjectName(QStringLiteral("inferenceAsRole"));
    m_asRole->setEditable(true);
    m_asRole->setToolTip(tr("Run as this role (SET ROLE in a transaction that is rolled back); empty: as yourself"));
    m_viaDatabase->setChecked(true);
    m_viaDatabase->setToolTip(tr("SELECT pgx_inference.pgx_embedding_N(text): proves the role's right to use the model"));
    m_viaServer->setToolTip(tr("POST /v2/models/{model}/infer on the inference server (no database privileges involved)"));
    m_repeat->setObjectName(QStringLiteral("inferenceRepeat"));
    m_repeat->setRange(1, 10000);
    m_repeat->setToolTip(tr("How many times to run it; the chart shows every run's latency"));
    m_run->setObjectName(QStringLiteral("inferenceRun"));
    m_cancel->setObjectName(QStringLiteral("inferenceCancel"));
    m_cancel->setEnabled(false);
    m_result->setObjectName(QStringLiteral("inferenceResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_access->setObjectName(QStringLiteral("inferenceTestAccess"));
    m_accessProgress->setObjectName(QStringLiteral("inferenceAccessProgress"));
    m_accessProgress->hide();
    m_accessSummary->setObjectName(QStringLiteral("inferenceAccessSummary"));
    m_accessSummary->setWordWrap(true);
    m_grid->setObjectName(QStringLiteral("inferenceAccessGrid"));
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    // The latency chart.
    auto *chart = new QChart;
    chart->legend()->hide();
    chart->setTitle(tr("Latency per run (ms)"));
    chart->addSeries(m_series);
    m_axisX->setLabelFormat(QStringLiteral("%d"));
    m_axisX->setRange(0, 10);
    m_axisY->setRange(0, 1);
    m_axisY->setTitleText(tr("ms"));
    chart->addAxis(m_axisX, Qt::AlignBottom);
    chart->addAxis(m_axisY, Qt::AlignLeft);
    m_series->attachAxis(m_axisX);
    m_series->attachAxis(m_axisY);
    m_chart->setObjectName(QStringLiteral("inferenceChart"));
    m_chart->setChart(chart);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(180);

    QSettings settings;
    m_url->setText(settings.value(QStringLiteral("inference/url"), defaultServerUrl()).toString());
    m_timeout->setValue(settings.value(QStringLiteral("inference/timeoutMs"), 10000).toInt());
    m_header->setText(settings.value(QStringLiteral("inference/header")).toString());

    // Layout: the server on top, the test inference and chart on the left, access on the right.
    auto *serverBox = new QGroupBox(tr("Inference server"), this);
    auto *serverForm = new QFormLayout(serverBox);
    auto *modelRow = new QHBoxLayout;
    modelRow->addWidget(m_model, 1);
    modelRow->addWidget(m_check);
    auto *modelLabel = new QLabel(tr("&Model:"), this);
    modelLabel->setBuddy(m_model);
    serverForm->addRow(modelLabel, modelRow);
    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(m_url, 2);
    urlRow->addWidget(new QLabel(tr("Timeout:"), this));
    urlRow->addWidget(m_timeout);
    urlRow->addWidget(new QLabel(tr("Header:"), this));
    urlRow->addWidget(m_header, 1);
    auto *urlLabel = new QLabel(tr("&URL:"), this);
    urlLabel->setBuddy(m_url);
    serverForm->addRow(urlLabel, urlRow);
    serverForm->addRow(m_serverInfo);

    auto *runBox = new QGroupBox(tr("Test inference"), this);
    auto *runForm = new QFormLayout(runBox);
    runForm->addRow(tr("&Text:"), m_text);
    runForm->addRow(tr("As &role:"), m_asRole);
    auto *via = new QHBoxLayout;
    via->addWidget(m_viaDatabase);
    via->addWidget(m_viaServer);
    via->addStretch();
    via->addWidget(new QLabel(tr("Runs:"), this));
    via->addWidget(m_repeat);
    runForm->addRow(tr("Route:"), via);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    runForm->addRow(buttons);
    runForm->addRow(m_result);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(runBox);
    leftLayout->addWidget(m_chart, 1);

    auto *accessBox = new QGroupBox(tr("Who may use which model"), this);
    auto *accessLayout = new QVBoxLayout(accessBox);
    auto *accessRow = new QHBoxLayout;
    accessRow->addWidget(m_access);
    accessRow->addWidget(m_accessProgress, 1);
    accessLayout->addLayout(accessRow);
    accessLayout->addWidget(m_accessSummary);
    accessLayout->addWidget(m_grid, 1);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(accessBox);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(serverBox);
    layout->addWidget(split, 1);

    // Workers: database inference and access tests, each on a thread with its own connection.
    m_sqlWorker = new SqlInferenceWorker;
    m_sqlWorker->moveToThread(&m_sqlThread);
    connect(&m_sqlThread, &QThread::finished, m_sqlWorker, &QObject::deleteLater);
    connect(m_sqlWorker, &SqlInferenceWorker::ranOnce, this,
            [this](quint64 token, int, int, const SqlInferenceResult &r) {
        if (token != m_token)
            return;
        showRun(r.latencyMs, r.ok() ? QString() : r.describe(), r.ok());
        if (r.ok())
            m_result->setText(tr("Dimension %1 · norm %2 · %3 ms as %4\nFirst values: %5")
                                  .arg(r.summary.dimension)
                                  .arg(r.summary.norm, 0, 'f', 4)
                                  .arg(r.latencyMs, 0, 'f', 2)
                                  .arg(r.role, r.summary.headText()));
    });
    connect(m_sqlWorker, &SqlInferenceWorker::finished, this, [this](quint64 token, int completed, bool cancelled) {
        if (token != m_token)
            return;
        if (cancelled)
            m_result->setText(m_result->text() + u'\n' + tr("Cancelled."));
        finishInference(!cancelled && completed == m_repeat->value());
    });
    m_sqlThread.setObjectName(QStringLiteral("sqlInference"));
    m_sqlThread.start();

    m_accessWorker = new AccessTestWorker;
    m_accessWorker->moveToThread(&m_accessThread);
    connect(&m_accessThread, &QThread::finished, m_accessWorker, &QObject::deleteLater);
    connect(m_accessWorker, &AccessTestWorker::progressed, this,
            [this](quint64 token, int done, int total, const AccessCell &) {
        if (token != m_token)
            return;
        m_accessProgress->setRange(0, total);
        m_accessProgress->setValue(done);
    });
    connect(m_accessWorker, &AccessTestWorker::finished, this, [this](quint64 token, const AccessReport &report) {
        if (token != m_token)
            return;
        m_report = report;
        fillGrid();
        setBusy(false);
        emit accessTested();
    });
    m_accessThread.setObjectName(QStringLiteral("accessTest"));
    m_accessThread.start();

    connect(m_check, &QPushButton::clicked, this, &InferencePanel::checkServer);
    connect(m_url, &QLineEdit::textEdited, this, [this] { m_serverChosen = true; });
    connect(m_model, &QComboBox::currentTextChanged, this, [this] {
        m_serverLines.clear();
        m_serverInfo->setText(tr("Not checked yet."));
    });
    connect(m_run, &QPushButton::clicked, this, [this] {
        runInference(m_viaServer->isChecked() ? Route::Server : Route::Database, m_text->text(),
                     m_asRole->currentText().trimmed(), m_repeat->value());
    });
    connect(m_text, &QLineEdit::returnPressed, m_run, &QPushButton::click);
    connect(m_cancel, &QPushButton::clicked, this, &InferencePanel::cancel);
    connect(m_access, &QPushButton::clicked, this, [this] { testAccess(); });
    connect(m_session, &Session::snapshotChanged, this, &InferencePanel::onSnapshot);
    onSnapshot(m_session->rights());
}

InferencePanel::~InferencePanel()
{
    m_sqlWorker->cancel();
    m_accessWorker->cancel();
    m_sqlThread.quit();
    m_accessThread.quit();
    m_sqlThread.wait();
    m_accessThread.wait();
}

void InferencePanel::onSnapshot(std::shared_ptr<const EffectiveRights> rights)
{
    const QString model = currentModel();
    const QString role = m_asRole->currentText();
    m_model->clear();
    m_asRole->clear();
    if (!rights)
        return;
    const Snapshot &s = rights->snapshot();
    for (const ModelInfo &m : s.models.models)
        m_model->addItem(m.name);
    // The database names its inference server (pgx_inference.triton_url, read with the
    // snapshot): follow it when it changes, unless the user chose a server.
    const QStringList configuredText{s.models.serverUrl, s.models.serverHeader, s.models.serverTimeoutMs};
    const bool changed = configuredText != m_configured;
    m_configured = configuredText;
    if (const KServeSettings configured = SqlInference::serverSettings(s.models);
        changed && !configured.baseUrl.isEmpty() && !m_serverChosen) {
        m_url->setText(configured.baseUrl.toString());
        if (configured.timeoutMs > 0)
            m_timeout->setValue(configured.timeoutMs);
        if (!configured.headerName.isEmpty())
            m_header->setText(QString::fromUtf8(configured.headerName + ": " + configured.headerValue));
    }
    m_asRole->addItem(QString());
    for (const Role &r : s.roles)
        if (!r.predefined)
            m_asRole->addItem(r.name);
    selectModel(model);
    m_asRole->setCurrentText(role);
    const bool any = m_model->count() > 0;
    m_run->setEnabled(any && !isBusy());
    m_access->setEnabled(any && !isBusy());
}

bool InferencePanel::selectModel(const QString &model)
{
    const int i = m_model->findText(model);
    if (i >= 0)
        m_model->setCurrentIndex(i);
    return i >= 0;
}

QString InferencePanel::currentModel() const
{
    return m_model->currentText();
}

void InferencePanel::setServer(const QString &url, int timeoutMs, const QString &header)
{
    m_serverChosen = true;
    m_url->setText(url);
    m_timeout->setValue(timeoutMs);
    m_header->setText(header);
}

void InferencePanel::applyServerSettings()
{
    KServeSettings settings = m_client->settings();
    settings.baseUrl = QUrl::fromUserInput(m_url->text().trimmed());
    settings.timeoutMs = m_timeout->value();
    settings.headerName.clear();
    settings.headerValue.clear();
    if (!m_header->text().trimmed().isEmpty())
        settings.setHeader(m_header->text());
    m_client->setSettings(settings);
    QSettings store;
    store.setValue(QStringLiteral("inference/url"), m_url->text().trimmed());
    store.setValue(QStringLiteral("inference/timeoutMs"), m_timeout->value());
    store.setValue(QStringLiteral("inference/header"), m_header->text());
}

void InferencePanel::checkServer()
{
    applyServerSettings();
    const QString model = currentModel();
    m_serverInfo->setText(tr("Asking %1…").arg(m_client->settings().baseUrl.toString()));
    // Five answers fill one report; the lines keep a fixed order whatever arrives first.
    m_serverLines = QStringList(5);
    auto left = std::make_shared<int>(model.isEmpty() ? 2 : 5);
    const auto put = [this, left](int line, const QString &text) {
        m_serverLines[line] = text;
        if (--*left == 0) {
            showServerLines();
            emit serverChecked();
        }
    };
    m_client->serverReady(this, [=](const KServeResult<bool> &r) {
        put(0, r.ok() ? tr("<b>Server:</b> %1 (%2 ms)").arg(r.value ? tr("ready") : tr("not ready")).arg(r.latencyMs, 0, 'f', 1)
                      : tr("<b>Server:</b> %1").arg(failure(r)));
    });
    m_client->serverMetadata(this, [=](const KServeResult<KServeServerMetadata> &r) {
        put(1, r.ok() ? tr("<b>Server metadata:</b> %1 %2").arg(escaped(r.value.name), escaped(r.value.version))
                      : tr("<b>Server metadata:</b> %1").arg(failure(r)));
    });
    if (model.isEmpty())
        return;
    m_client->modelReady(model, this, [=](const KServeResult<bool> &r) {
        put(2, r.ok() ? tr("<b>Model %1:</b> %2").arg(escaped(model), r.value ? tr("ready")
                                                                              : tr("not ready (%1)").arg(escaped(r.reason)))
                      : tr("<b>Model %1:</b> %2").arg(escaped(model), failure(r)));
    });
    m_client->modelMetadata(model, this, [=](const KServeResult<KServeModelMetadata> &r) {
        if (!r.ok()) {
            put(3, tr("<b>Metadata:</b> %1").arg(failure(r)));
            return;
        }
        QStringList tensors;
        for (const KServeTensorSpec &t : r.value.inputs)
            tensors << tr("in %1 %2 %3").arg(escaped(t.name), t.datatype, KServeProtocol::shapeText(t.shape));
        for (const KServeTensorSpec &t : r.value.outputs)
            tensors << tr("out %1 %2 %3").arg(escaped(t.name), t.datatype, KServeProtocol::shapeText(t.shape));
        put(3, tr("<b>Metadata:</b> %1 · %2").arg(escaped(r.value.platform), tensors.join(QStringLiteral(" · "))));
    });
    m_client->modelStats(model, this, [=](const KServeResult<QList<KServeModelStats>> &r) { put(4, statisticsLine(r)); });
}

QString InferencePanel::statisticsLine(const KServeResult<QList<KServeModelStats>> &r)
{
    if (!r.ok())
        return tr("<b>Statistics:</b> %1").arg(failure(r));
    if (r.value.isEmpty())
        return {};
    const KServeModelStats &s = r.value.first();
    return tr("<b>Statistics:</b> %n inference(s), %1 failed, mean %2 ms", nullptr, int(s.inferenceCount))
        .arg(s.failCount)
        .arg(s.meanSuccessMs(), 0, 'f', 2);
}

void InferencePanel::showServerLines()
{
    QStringList shown;
    for (const QString &l : std::as_const(m_serverLines))
        if (!l.isEmpty())
            shown << l;
    m_serverInfo->setText(shown.join(QStringLiteral("<br>")));
}

void InferencePanel::refreshStatistics()
{
    const QString model = currentModel();
    if (model.isEmpty() || m_url->text().trimmed().isEmpty()) {
        emit statisticsRefreshed();
        return;
    }
    // A run through the database reaches the same server (pgx_inference_ce calls it): the
    // server's counts and mean move with either route.
    applyServerSettings();
    m_client->modelStats(model, this, [this, model](const KServeResult<QList<KServeModelStats>> &r) {
        if (model == currentModel()) {
            if (m_serverLines.size() != 5)
                m_serverLines = QStringList(5);
            m_serverLines[4] = statisticsLine(r);
            showServerLines();
        }
        emit statisticsRefreshed();
    });
}

void InferencePanel::runInference(Route route, const QString &text, const QString &asRole, int repeat)
{
    const auto rights = m_session->rights();
    if (isBusy() || !rights || currentModel().isEmpty())
        return;
    const QList<ModelInfo> &models = rights->snapshot().models.models;
    const int found = indexOfModel(models, currentModel());
    if (found < 0)
        return;
    const ModelInfo *info = &models.at(found);
    m_series->clear();
    m_runIndex = 0;
    m_maxLatency = 1.0;
    m_result->setText(tr("Running…"));
    m_repeat->setValue(std::max(1, repeat));
    setBusy(true);
    if (route == Route::Server) {
        applyServerSettings();
        m_serverText = text;
        m_serverTotal = m_serverLeft = std::max(1, repeat);
        m_serverOk = 0;
        runNextServerInference();
        return;
    }
    SqlInferenceRequest request;
    request.model = info->name;
    request.function = info->functionName;
    request.text = text;
    request.asRole = asRole;
    request.statementTimeoutMs = m_timeout->value();
    m_token = ++m_lastToken;
    QMetaObject::invokeMethod(m_sqlWorker, "run", Qt::QueuedConnection, Q_ARG(quint64, m_token),
                              Q_ARG(roledesk::pg::ConnectOptions, m_session->options()),
                              Q_ARG(roledesk::SqlInferenceRequest, request), Q_ARG(int, std::max(1, repeat)));
}

void InferencePanel::runNextServerInference()
{
    if (m_serverLeft <= 0) {
        finishInference(m_serverOk == m_serverTotal);
        return;
    }
    --m_serverLeft;
    m_serverRequest = m_client->infer(currentModel(), {m_serverText}, this, [this](const KServeResult<KServeEmbeddings> &r) {
        m_serverRequest = 0;
        if (r.ok()) {
            ++m_serverOk;
            const VectorSummary v = VectorSummary::of(r.value.values);
            m_result->setText(tr("Dimension %1 · norm %2 · %3 ms from the server\nFirst values: %4")
                                  .arg(v.dimension).arg(v.norm, 0, 'f', 4).arg(r.latencyMs, 0, 'f', 2).arg(v.headText()));
            showRun(r.latencyMs, {}, true);
            runNextServerInference();
        } else {
            showRun(r.latencyMs, r.error.message, false);
            finishInference(false);
        }
    });
}

void InferencePanel::showRun(double latencyMs, const QString &error, bool ok)
{
    if (!ok) {
        m_result->setText(error);
        m_result->setStyleSheet(QStringLiteral("color: #b00020;"));
        return;
    }
    m_result->setStyleSheet(QString());
    m_series->append(m_runIndex++, latencyMs);
    m_maxLatency = std::max(m_maxLatency, latencyMs * 1.2);
    m_axisX->setRange(0, std::max(10, m_runIndex));
    m_axisY->setRange(0, m_maxLatency);
}

void InferencePanel::finishInference(bool ok)
{
    setBusy(false);
    if (m_series->count() > 1) {
        QList<double> latencies;
        for (const QPointF &p : m_series->points())
            latencies << p.y();
        std::sort(latencies.begin(), latencies.end());
        m_result->setText(m_result->text() + u'\n'
                          + tr("%n run(s) · median %1 ms · min %2 ms · max %3 ms", nullptr, int(latencies.size()))
                                .arg(latencies.at(latencies.size() / 2), 0, 'f', 2)
                                .arg(latencies.first(), 0, 'f', 2)
                                .arg(latencies.last(), 0, 'f', 2));
    }
    emit inferenceFinished(ok);
    refreshStatistics();
}

void InferencePanel::cancel()
{
    m_serverLeft = 0;
    if (m_serverRequest)
        m_client->abort(m_serverRequest);
    m_sqlWorker->cancel();
    m_accessWorker->cancel();
}

void InferencePanel::testAccess(const QStringList &roles)
{
    const auto rights = m_session->rights();
    if (isBusy() || !rights)
        return;
    AccessTestOptions options;
    options.roles = roles;
    options.statementTimeoutMs = m_timeout->value();
    m_token = ++m_lastToken;
    m_accessProgress->setRange(0, 0);
    m_accessProgress->show();
    m_accessSummary->setText(tr("Running the inference as each role…"));
    setBusy(true);
    QMetaObject::invokeMethod(m_accessWorker, "run", Qt::QueuedConnection, Q_ARG(quint64, m_token),
                              Q_ARG(roledesk::pg::ConnectOptions, m_session->options()),
                              Q_ARG(roledesk::AccessTestOptions, options),
                              Q_ARG(roledesk::SnapshotPtr, rights->snapshotPtr()));
}

void InferencePanel::fillGrid()
{
    m_accessProgress->hide();
    const AccessReport &r = m_report;
    m_grid->clear();
    m_grid->setRowCount(int(r.roles.size()));
    m_grid->setColumnCount(int(r.models.size()));
    m_grid->setVerticalHeaderLabels(r.roles);
    QStringList models;
    for (const ModelInfo &m : r.models)
        models << m.name;
    m_grid->setHorizontalHeaderLabels(models);
    for (int i = 0; i < r.roles.size(); ++i) {
        for (int j = 0; j < r.models.size(); ++j) {
            const AccessCell &c = r.cell(i, j);
            const QString predicted = !c.predicted.known ? tr("unknown") : c.predicted.allowed() ? tr("allowed") : tr("denied");
            // The outcome; the prediction only where it differs (every detail is in the tooltip).
            auto *item = new QTableWidgetItem(c.disagrees() ? tr("%1 ≠ matrix: %2").arg(AccessTester::outcomeLabel(c.actual), predicted)
                                                            : AccessTester::outcomeLabel(c.actual));
            item->setToolTip(tr("Matrix predicts: %1").arg(predicted) + u'\n' + c.result.describe()
                             + (c.predicted.via.isEmpty() ? QString() : u'\n' + tr("Matrix: EXECUTE via %1").arg(c.predicted.via)));
            if (c.disagrees())
                item->setBackground(QColor(0xff, 0xcd, 0xd2));
            else if (c.actualAllowed())
                item->setBackground(QColor(0xdc, 0xed, 0xc8));
            m_grid->setItem(i, j, item);
        }
    }
    QString summary;
    if (!r.error.isNull())
        summary = tr("The test stopped: %1").arg(r.error.toString());
    else if (r.cancelled)
        summary = tr("Cancelled; the cells tested so far are shown.");
    else if (r.allAgree())
        summary = tr("Every run agrees with the privilege matrix (%1 × %2).", "role count × model count")
                      .arg(tr("%n role(s)", nullptr, int(r.roles.size())), tr("%n model(s)", nullptr, int(r.models.size())));
    else
        summary = tr("%n cell(s) disagree with the privilege matrix (marked red).", nullptr, r.disagreements());
    if (r.undetermined() > 0)
        summary += u' ' + tr("%n cell(s) could not be determined (see their tooltips).", nullptr, r.undetermined());
    m_accessSummary->setText(summary);
}

void InferencePanel::setBusy(bool busy)
{
    m_busy = busy;
    if (!busy)
        m_token = 0;
    m_cancel->setEnabled(busy);
    m_run->setEnabled(!busy && m_model->count() > 0);
    m_access->setEnabled(!busy && m_model->count() > 0);
    m_check->setEnabled(!busy);
}

} // namespace roledesk
