#include "groups/slpminstalldialog.h"

#include "common/sqlhighlighter.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace roledesk {

SlpmInstallDialog::SlpmInstallDialog(const pg::ConnectOptions &options, QWidget *parent)
    : QDialog(parent)
    , m_options(options)
    , m_status(new QLabel(tr("Checking the server…"), this))
    , m_script(new QPlainTextEdit(this))
    , m_install(new QPushButton(tr("&Install"), this))
    , m_save(new QPushButton(tr("&Save files…"), this))
{
    setObjectName(QStringLiteral("slpmInstallDialog"));
    setWindowTitle(tr("Install slpm_ce"));
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_script->setObjectName(QStringLiteral("script"));
    m_script->setReadOnly(true);
    m_script->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_script->setLineWrapMode(QPlainTextEdit::NoWrap);
    new SqlHighlighter(m_script->document());
    m_install->setObjectName(QStringLiteral("install"));
    m_install->setEnabled(false);
    m_save->setObjectName(QStringLiteral("saveFiles"));

    auto *intro = new QLabel(tr("slpm_ce gives community PostgreSQL the procedures of Hologres' simple permission "
                                "models: schema-level groups (SLPM: {db}.admin, {db}.{schema}.developer, writer, "
                                "viewer) and database-level groups (SPM). Installing changes no right: the model "
                                "stays off until it is enabled. This statement will run, in one transaction; the "
                                "extension's script follows."),
                             this);
    intro->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    buttons->addButton(m_install, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_install, &QPushButton::clicked, this, &SlpmInstallDialog::install);
    connect(m_save, &QPushButton::clicked, this, &SlpmInstallDialog::saveFilesInteractively);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_status);
    layout->addWidget(m_script, 1);
    layout->addWidget(buttons);
    resize(820, 620);

    connect(&m_probe, &QFutureWatcher<SlpmSetup::Probe>::finished, this, &SlpmInstallDialog::onProbed);
    connect(&m_run, &QFutureWatcher<pg::Error>::finished, this, &SlpmInstallDialog::onInstalled);
    m_probe.setFuture(QtConcurrent::run([options] {
        pg::Connection conn;
        if (pg::Error e = conn.open(options); !e.isNull()) {
            SlpmSetup::Probe p;
            p.error = e;
            return p;
        }
        return SlpmSetup::probe(conn);
    }));
}

SlpmInstallDialog::~SlpmInstallDialog()
{
    // The workers hold connections of their own; wait for them rather than leave them running.
    m_probe.waitForFinished();
    m_run.waitForFinished();
}

void SlpmInstallDialog::onProbed()
{
    const SlpmSetup::Probe probe = m_probe.result();
    m_statements = SlpmSetup::statements();
    QString text = m_statements.join(u'\n');
    for (const SlpmSetup::File &file : SlpmSetup::files()) {
        if (file.name.endsWith(QLatin1String(".sql")))
            text += QStringLiteral("\n\n-- %1\n").arg(file.name) + QString::fromUtf8(file.data);
    }
    m_script->setPlainText(text);
    const QString obstacle = SlpmSetup::obstacle(probe);
    if (obstacle.isEmpty()) {
        m_status->setText(tr("Ready to install version %1 as %2.").arg(probe.availableVersion, probe.user));
        m_install->setEnabled(true);
        m_install->setDefault(true);
    } else {
        m_status->setText(obstacle);
    }
    emit probed();
}

void SlpmInstallDialog::install()
{
    if (m_statements.isEmpty() || m_run.isRunning())
        return;
    m_install->setEnabled(false);
    m_status->setText(tr("Installing…"));
    const pg::ConnectOptions options = m_options;
    const QStringList statements = m_statements;
    m_run.setFuture(QtConcurrent::run([options, statements] {
        pg::Connection conn;
        if (pg::Error e = conn.open(options); !e.isNull())
            return e;
        return SlpmSetup::install(conn, statements);
    }));
}

void SlpmInstallDialog::onInstalled()
{
    const pg::Error error = m_run.result();
    emit installed(error);
    if (error.isNull()) {
        accept();
        return;
    }
    m_status->setText(tr("Installing failed, nothing was changed: %1").arg(error.toString()));
    m_install->setEnabled(true);
}

bool SlpmInstallDialog::saveFiles(const QString &folder, QString *error)
{
    const QDir dir(folder);
    for (const SlpmSetup::File &file : SlpmSetup::files()) {
        QFile out(dir.filePath(file.name));
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(file.data) != file.data.size()) {
            if (error)
                *error = tr("Could not write %1: %2").arg(out.fileName(), out.errorString());
            return false;
        }
    }
    return true;
}

void SlpmInstallDialog::saveFilesInteractively()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder for the extension's files"));
    if (folder.isEmpty())
        return;
    QString error;
    if (saveFiles(folder, &error))
        m_status->setText(tr("Saved slpm_ce.control and its script into %1. Copy them into the server's "
                             "share/extension folder (pg_config --sharedir), then install.").arg(folder));
    else
        m_status->setText(error);
}

} // namespace roledesk
