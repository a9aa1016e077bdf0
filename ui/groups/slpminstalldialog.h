#pragma once

#include "pg/connection.h"
#include "slpm/slpmsetup.h"

#include <QDialog>
#include <QFutureWatcher>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace roledesk {

/// "Install slpm_ce": asks the server what it allows (superuser? extension files present? schema
/// slpm_ce free?), shows the statement and the extension's whole script before anything runs, and
/// installs in one transaction on a worker thread. When the server lacks the files it says where
/// they belong and offers to save them. Accepted after a successful install.
class SlpmInstallDialog : public QDialog {
    Q_OBJECT
public:
    explicit SlpmInstallDialog(const pg::ConnectOptions &options, QWidget *parent = nullptr);
    ~SlpmInstallDialog() override;

    /// The statements that Install runs (empty until the probe is back).
    QStringList statements() const { return m_statements; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *installButton() const { return m_install; }
    QPlainTextEdit *scriptView() const { return m_script; }
    /// Writes the extension's files into \a folder; false with \a error set on failure.
    static bool saveFiles(const QString &folder, QString *error);

signals:
    /// The probe is back (the dialog shows its result).
    void probed();
    /// Installing ended; \a error is null on success.
    void installed(const roledesk::pg::Error &error);

private:
    void onProbed();
    void install();
    void onInstalled();
    void saveFilesInteractively();

    pg::ConnectOptions m_options;
    QLabel *m_status;
    QPlainTextEdit *m_script;
    QPushButton *m_install;
    QPushButton *m_save;
    QStringList m_statements;
    QFutureWatcher<SlpmSetup::Probe> m_probe;
    QFutureWatcher<pg::Error> m_run;
};

} // namespace roledesk
