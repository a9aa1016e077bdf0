#include "models/extensioninstalldialog.h"

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

ExtensionInstallDialog::ExtensionInstallDialog(const pg::ConnectOptions &options, QWidget *parent)
    : QDialog(parent)
    , m_options(options)
    , m_status(new QLabel(tr("Checking the server…"), this))
    , m_script(new QPlainTextEdit(this))
    , m_install(new QPushButton(tr("&Install"), this))
    , m_save(new QPushButton(tr("&Save files…"), this))
{
    setObjectName(QStringLiteral("extensionInstallDialog"));
    setWindowTitle(tr("Install pgx_inference_ce"));
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

    auto *intro = new QLabel(tr("pgx_inference_ce gives community PostgreSQL the SQL surface of pgx_inference "
                                "(Fujitsu Enterprise Postgres): the model roles, model import, load and unload, "
                                "and one function per model whose EXECUTE privilege is the right to use it. "
                                "These statements will run, in one transaction; the extension's script follows."),
                             this);
    intro->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    buttons->addButton(m_install, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_install, &QPushButton::clicked, this, &ExtensionInstallDialog::install);
    connect(m_save, &QPushButton::clicked, this, &ExtensionInstallDialog::saveFilesInteractively);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_status);
    layout->addWidget(m_script, 1);
    layout->addWidget(buttons);
    resize(820, 620);

    connect(&m_probe, &QFutureWatcher<ExtensionSetup::Probe>::finished, this, &ExtensionInstallDialog::onProbed);
    connect(&m_run, &QFutureWatcher<pg::Error>::finished, this, &ExtensionInstallDialog::onInstalled);
    m_probe.setFuture(QtConcurrent::run([options] {
        pg::Connection conn;
        if (pg::Error e = conn.open(options); !e.isNull()) {
            ExtensionSetup::Probe p;
            p.error = e;
            return p;
        }
        return ExtensionSetup::probe(conn);
    }));
}

ExtensionInstallDialog::~ExtensionInstallDialog()
{
    // The workers hold connections of their own; wait for them rather than leave them running.
    m_probe.waitForFinished();
    m_run.waitForFinished();
}

void ExtensionInstallDialog::onProbed()
{
    const ExtensionSetup::Probe probe = m_probe.result();
    m_statements = ExtensionSetup::statements(probe);
    QString text = m_statements.join(u'\n');
    for (const ExtensionSetup::File &file : ExtensionSetup::files()) {
        if (file.name.endsWith(QLatin1String(".sql")))
            text += QStringLiteral("\n\n-- %1\n").arg(file.name) + QString::fromUtf8(file.data);
    }
    m_script->setPlainText(text);
    const QString obstacle = ExtensionSetup::obstacle(probe);
    if (obstacle.isEmpty()) {
        m_status->setText(probe.plpythonAvailable
                              ? tr("Ready to install version %1 as %2.").arg(probe.availableVersion, probe.user)
                              : tr("Ready to install version %1 as %2. The server has no plpython3u: models can be "
                                   "managed, but inference through the database will report that it needs plpython3u.")
                                    .arg(probe.availableVersion, probe.user));
        m_install->setEnabled(true);
        m_install->setDefault(true);
    } else {
        m_status->setText(obstacle);
    }
    emit probed();
}

void ExtensionInstallDialog::install()
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
        return ExtensionSetup::install(conn, statements);
    }));
}

void ExtensionInstallDialog::onInstalled()
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

bool ExtensionInstallDialog::saveFiles(const QString &folder, QString *error)
{
    const QDir dir(folder);
    for (const ExtensionSetup::File &file : ExtensionSetup::files()) {
        QFile out(dir.filePath(file.name));
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(file.data) != file.data.size()) {
            if (error)
                *error = tr("Could not write %1: %2").arg(out.fileName(), out.errorString());
            return false;
        }
    }
    return true;
}

void ExtensionInstallDialog::saveFilesInteractively()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder for the extension's files"));
    if (folder.isEmpty())
        return;
    QString error;
    if (saveFiles(folder, &error))
        m_status->setText(tr("Saved pgx_inference_ce.control and its script into %1. Copy them into the server's "
                             "share/extension folder (pg_config --sharedir), then install.").arg(folder));
    else
        m_status->setText(error);
}

} // namespace roledesk
