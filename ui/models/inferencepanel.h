#pragma once

#include "inference/accesstester.h"
#include "inference/kserveclient.h"
#include "inference/sqlinference.h"
#include "pg/connection.h"

#include <QThread>
#include <QWidget>

#include <memory>

class QChartView;
class QComboBox;
class QLabel;
class QLineEdit;
class QLineSeries;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTableWidget;
class QValueAxis;

namespace roledesk {

class AccessTestWorker;
class EffectiveRights;
class Session;
class SqlInferenceWorker;

/// The "Inference" sub-page of the Models page: for one model, the inference server's health,
/// the model's readiness, metadata and statistics (KServe v2); a test inference with a text, as
/// a chosen role (SET ROLE in a transaction that is rolled back, which also proves the role's
/// right to use the model) through the database, or straight to the server, showing dimension,
/// first values, norm and latency, or the exact permission or server error; a latency chart over
/// repeated runs; and "Test access for all users": a roles x models grid filled by really running
/// the inference as each role, beside what the privilege matrix predicts, disagreements marked.
/// All network and database work is asynchronous; every step can be cancelled.
class InferencePanel : public QWidget {
    Q_OBJECT
public:
    /// How a test inference travels.
    enum class Route { Database, Server };
    Q_ENUM(Route)

    explicit InferencePanel(Session *session, QWidget *parent = nullptr);
    ~InferencePanel() override;

    /// Makes \a model the current model; false when it is not listed.
    bool selectModel(const QString &model);
    QString currentModel() const;
    /// The server's base URL, timeout and restricted-API header ("Name:Value", may be empty).
    /// Until this is called or the URL is edited, the panel follows the database's
    /// pgx_inference.triton_url (then the last URL used).
    void setServer(const QString &url, int timeoutMs = 10000, const QString &header = {});

    /// Reads the server's health and the current model's readiness, metadata and statistics.
    void checkServer();
    /// Runs the test inference as set in the form (\a repeat times).
    void runInference(Route route, const QString &text, const QString &asRole = {}, int repeat = 1);
    /// Stops the running inference or access test.
    void cancel();
    /// Tests every (role, model) pair; \a roles empty: the default roles.
    void testAccess(const QStringList &roles = {});
    bool isBusy() const { return m_busy; }

    QLabel *serverLabel() const { return m_serverInfo; }
    QLabel *resultLabel() const { return m_result; }
    QLineSeries *latencySeries() const { return m_series; }
    QTableWidget *accessGrid() const { return m_grid; }
    QLabel *accessSummary() const { return m_accessSummary; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *accessButton() const { return m_access; }
    /// The last access report (empty before the first test).
    const AccessReport &accessReport() const { return m_report; }

signals:
    /// The server check finished (serverLabel() shows it).
    void serverChecked();
    /// A test inference ended (all repeats); \a ok: every run returned a vector.
    void inferenceFinished(bool ok);
    /// The access test ended (accessGrid() shows it).
    void accessTested();
    /// After a test inference, the model's statistics were read again from the server
    /// (serverLabel() shows them; also when the request failed or there was nothing to ask).
    void statisticsRefreshed();

private:
    void onSnapshot(std::shared_ptr<const EffectiveRights> rights);
    void applyServerSettings();
    void runNextServerInference();
    void showRun(double latencyMs, const QString &text, bool ok);
    void finishInference(bool ok);
    /// Reads the current model's statistics again and shows them in the server report.
    void refreshStatistics();
    void showServerLines();
    static QString statisticsLine(const KServeResult<QList<KServeModelStats>> &r);
    void fillGrid();
    void setBusy(bool busy);

    Session *m_session;
    KServeClient *m_client;
    QComboBox *m_model;
    QLineEdit *m_url;
    QSpinBox *m_timeout;
    QLineEdit *m_header;
    QPushButton *m_check;
    QLabel *m_serverInfo;
    QLineEdit *m_text;
    QComboBox *m_asRole;
    QRadioButton *m_viaDatabase;
    QRadioButton *m_viaServer;
    QSpinBox *m_repeat;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QLabel *m_result;
    QChartView *m_chart;
    QLineSeries *m_series;
    QValueAxis *m_axisX;
    QValueAxis *m_axisY;
    QPushButton *m_access;
    QProgressBar *m_accessProgress;
    QLabel *m_accessSummary;
    QTableWidget *m_grid;

    QThread m_sqlThread;
    SqlInferenceWorker *m_sqlWorker = nullptr;     // lives on m_sqlThread
    QThread m_accessThread;
    AccessTestWorker *m_accessWorker = nullptr;    // lives on m_accessThread
    bool m_busy = false;       // an inference or access test runs
    quint64 m_token = 0;       // the running database inference or access test; 0: none
    quint64 m_lastToken = 0;   // tokens handed out so far (one sequence for both workers)
    int m_serverLeft = 0;      // server inferences still to send
    int m_serverTotal = 0;
    int m_serverOk = 0;
    quint64 m_serverRequest = 0;
    QString m_serverText;
    int m_runIndex = 0;        // x of the next chart point
    double m_maxLatency = 1.0;
    AccessReport m_report;
    bool m_serverChosen = false;               // the user (or setServer) chose the server: keep it
    QStringList m_configured;                  // the database's server settings last followed
    QStringList m_serverLines;                 // the server report's lines, in a fixed order
};

} // namespace roledesk
