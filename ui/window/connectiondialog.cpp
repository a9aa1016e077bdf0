#include "window/connectiondialog.h"
#include "ui_connectiondialog.h"

#include "store/passwordvault.h"
#include "store/profilestore.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>

namespace roledesk {

ConnectionDialog::ConnectionDialog(ProfileStore *store, PasswordVault *vault, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectionDialog>())
    , m_store(store)
    , m_vault(vault)
{
    m_ui->setupUi(this);
    m_ui->busyBar->hide();
    m_ui->statusLabel->hide();

    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Connect"));
    ok->setDefault(true); // Enter in any field connects

    m_ui->sslModeCombo->addItem(tr("Default (prefer)"), QString());
    const QStringList modes = ConnectionProfile::sslModes();
    const QStringList labels = {tr("disable: never use SSL"),
                                tr("allow: SSL only if the server insists"),
                                tr("prefer: SSL when the server offers it"),
                                tr("require: always SSL, no certificate check"),
                                tr("verify-ca: SSL, server certificate signed by the root CA"),
                                tr("verify-full: SSL, certificate and host name checked")};
    for (int i = 0; i < modes.size(); ++i)
        m_ui->sslModeCombo->addItem(labels.value(i, modes[i]), modes[i]);

    m_ui->sslRootCertBrowse->setToolTip(tr("Choose the root certificate file"));
    m_ui->sslCertBrowse->setToolTip(tr("Choose the client certificate file"));
    m_ui->sslKeyBrowse->setToolTip(tr("Choose the client key file"));
    m_ui->sslCrlBrowse->setToolTip(tr("Choose the certificate revocation list"));
    const QString certFilter = tr("Certificates (*.crt *.pem *.cer);;All files (*)");
    connect(m_ui->sslRootCertBrowse, &QToolButton::clicked, this, [this, certFilter] {
        browseFor(m_ui->sslRootCertEdit, tr("Root certificate"), certFilter);
    });
    connect(m_ui->sslCertBrowse, &QToolButton::clicked, this, [this, certFilter] {
        browseFor(m_ui->sslCertEdit, tr("Client certificate"), certFilter);
    });
    connect(m_ui->sslKeyBrowse, &QToolButton::clicked, this, [this] {
        browseFor(m_ui->sslKeyEdit, tr("Client key"), tr("Keys (*.key *.pem);;All files (*)"));
    });
    connect(m_ui->sslCrlBrowse, &QToolButton::clicked, this, [this] {
        browseFor(m_ui->sslCrlEdit, tr("Certificate revocation list"),
                  tr("Revocation lists (*.crl *.pem);;All files (*)"));
    });

    connect(m_ui->profileCombo, &QComboBox::currentIndexChanged, this, &ConnectionDialog::onProfileChosen);
    connect(m_ui->newButton, &QPushButton::clicked, this, &ConnectionDialog::newProfile);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &ConnectionDialog::saveProfile);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &ConnectionDialog::deleteProfile);
    connect(m_ui->testButton, &QPushButton::clicked, this, [this] { startCheck(Attempt::Test); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);
    connect(&m_watcher, &QFutureWatcher<ConnectionCheck>::finished, this, &ConnectionDialog::onCheckFinished);

    m_ui->profileGroup->setEnabled(m_store != nullptr);
    reloadProfiles({});

    if (m_vault) {
        connect(m_vault, &PasswordVault::availabilityChanged, this, &ConnectionDialog::updateKeychainState);
        connect(m_vault, &PasswordVault::passwordRead, this, &ConnectionDialog::onPasswordRead);
        connect(m_vault, &PasswordVault::failed, this,
                [this](PasswordVault::Operation op, const QString &name, const QString &message) {
                    if (op == PasswordVault::Operation::Read && name == m_pendingKeychainRead) {
                        m_pendingKeychainRead.clear();
                        showStatus(tr("The saved password could not be read: %1\nPlease type it.")
                                       .arg(message),
                                   Tone::Neutral);
                        updateKeychainState();
                    } else if (op == PasswordVault::Operation::Store) {
                        showStatus(tr("The password could not be kept in the keychain: %1").arg(message),
                                   Tone::Neutral);
                    }
                });
        if (m_vault->availability() == PasswordVault::Availability::Unknown)
            m_vault->probe();
    }
    updateKeychainState();
    m_ui->hostEdit->setFocus();
}

ConnectionDialog::~ConnectionDialog() = default;

bool ConnectionDialog::isBusy() const
{
    return m_watcher.isRunning();
}

ConnectionProfile ConnectionDialog::profile() const
{
    ConnectionProfile p;
    p.name = m_ui->nameEdit->text().trimmed();
    p.host = m_ui->hostEdit->text().trimmed();
    p.port = m_ui->portEdit->text().trimmed();
    p.database = m_ui->databaseEdit->text();
    p.user = m_ui->userEdit->text();
    p.sslmode = m_ui->sslModeCombo->currentData().toString();
    p.sslrootcert = m_ui->sslRootCertEdit->text().trimmed();
    p.sslcert = m_ui->sslCertEdit->text().trimmed();
    p.sslkey = m_ui->sslKeyEdit->text().trimmed();
    p.sslcrl = m_ui->sslCrlEdit->text().trimmed();
    p.connectionString = m_ui->connectionStringEdit->text().trimmed();
    p.passwordPolicy = m_ui->rememberCheck->isChecked() ? PasswordPolicy::Keychain
                                                        : PasswordPolicy::AskEachTime;
    return p;
}

pg::ConnectOptions ConnectionDialog::connectOptions() const
{
    return profile().toConnectOptions(m_ui->passwordEdit->text());
}

void ConnectionDialog::setProfile(const ConnectionProfile &p)
{
    m_loading = true;
    m_ui->nameEdit->setText(p.name);
    m_ui->hostEdit->setText(p.host);
    m_ui->portEdit->setText(p.port);
    m_ui->databaseEdit->setText(p.database);
    m_ui->userEdit->setText(p.user);
    const int mode = m_ui->sslModeCombo->findData(p.sslmode);
    m_ui->sslModeCombo->setCurrentIndex(mode < 0 ? 0 : mode);
    m_ui->sslRootCertEdit->setText(p.sslrootcert);
    m_ui->sslCertEdit->setText(p.sslcert);
    m_ui->sslKeyEdit->setText(p.sslkey);
    m_ui->sslCrlEdit->setText(p.sslcrl);
    m_ui->connectionStringEdit->setText(p.connectionString);
    m_ui->passwordEdit->clear();
    m_ui->rememberCheck->setChecked(p.passwordPolicy == PasswordPolicy::Keychain);
    const int index = p.name.isEmpty() ? 0 : m_ui->profileCombo->findData(p.name);
    m_ui->profileCombo->setCurrentIndex(index < 0 ? 0 : index);
    m_loading = false;

    m_pendingKeychainRead.clear();
    if (p.passwordPolicy == PasswordPolicy::Keychain && !p.name.isEmpty() && m_vault
        && m_vault->availability() != PasswordVault::Availability::Unavailable) {
        m_pendingKeychainRead = p.name;
        m_vault->read(p.name);
    }
    updateKeychainState();
}

void ConnectionDialog::reloadProfiles(const QString &select)
{
    m_loading = true;
    m_ui->profileCombo->clear();
    m_ui->profileCombo->addItem(tr("(unsaved connection)"), QString());
    if (m_store) {
        StoreError error;
        const QList<ConnectionProfile> profiles = m_store->list(&error);
        for (const ConnectionProfile &p : profiles)
            m_ui->profileCombo->addItem(tr("%1 — %2").arg(p.name, p.summary()), p.name);
        if (!error.isNull())
            showStatus(error.message, Tone::Failure);
    }
    const int index = select.isEmpty() ? 0 : m_ui->profileCombo->findData(select);
    m_ui->profileCombo->setCurrentIndex(index < 0 ? 0 : index);
    m_ui->deleteButton->setEnabled(m_ui->profileCombo->currentIndex() > 0);
    m_loading = false;
}

void ConnectionDialog::onProfileChosen(int index)
{
    m_ui->deleteButton->setEnabled(index > 0);
    if (m_loading || !m_store || index <= 0)
        return;
    StoreError error;
    const QString name = m_ui->profileCombo->itemData(index).toString();
    if (const auto p = m_store->profile(name, &error)) {
        setProfile(*p);
        m_ui->statusLabel->hide();
        (p->passwordPolicy == PasswordPolicy::Keychain ? m_ui->hostEdit : m_ui->passwordEdit)->setFocus();
    } else {
        showStatus(error.isNull() ? tr("The saved connection \"%1\" is gone.").arg(name) : error.message,
                   Tone::Failure);
    }
}

void ConnectionDialog::newProfile()
{
    setProfile({});
    m_ui->statusLabel->hide();
    m_ui->nameEdit->setFocus();
}

void ConnectionDialog::saveProfile()
{
    if (!m_store)
        return;
    const ConnectionProfile p = profile();
    if (p.name.isEmpty()) {
        showStatus(tr("Type a profile name to save these settings under."), Tone::Failure);
        m_ui->nameEdit->setFocus();
        return;
    }
    const std::optional<ConnectionProfile> before = m_store->profile(p.name);
    if (const StoreError error = m_store->save(p); !error.isNull()) {
        showStatus(error.message, Tone::Failure);
        return;
    }
    reloadProfiles(p.name);
    showStatus(tr("Saved \"%1\".").arg(p.name), Tone::Success);
    if (p.passwordPolicy == PasswordPolicy::Keychain)
        keepPasswordIfAsked(p.name);
    else if (m_vault && before && before->passwordPolicy == PasswordPolicy::Keychain)
        m_vault->remove(p.name); // the user no longer wants it remembered
}

void ConnectionDialog::deleteProfile()
{
    if (!m_store || m_ui->profileCombo->currentIndex() <= 0)
        return;
    const QString name = m_ui->profileCombo->currentData().toString();
    const auto answer = QMessageBox::question(
        this, tr("Delete saved connection"),
        tr("Delete the saved connection \"%1\"? The fields stay filled in.").arg(name),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    if (const StoreError error = m_store->remove(name); !error.isNull()) {
        showStatus(error.message, Tone::Failure);
        return;
    }
    if (m_vault && m_vault->availability() == PasswordVault::Availability::Available)
        m_vault->remove(name);
    reloadProfiles({});
    showStatus(tr("Deleted \"%1\".").arg(name), Tone::Success);
}

void ConnectionDialog::browseFor(QLineEdit *edit, const QString &title, const QString &filter)
{
    const QString current = edit->text().trimmed();
    const QString start = current.isEmpty() ? QDir::homePath() + QStringLiteral("/.postgresql")
                                            : QFileInfo(current).absolutePath();
    const QString file = QFileDialog::getOpenFileName(this, title, start, filter);
    if (!file.isEmpty())
        edit->setText(QDir::toNativeSeparators(file));
    edit->setFocus();
}

void ConnectionDialog::accept()
{
    startCheck(Attempt::Connect);
}

void ConnectionDialog::startCheck(Attempt attempt)
{
    if (isBusy())
        return;
    const ConnectionProfile p = profile();
    if (const QString problem = p.validate(); !problem.isEmpty()) {
        showStatus(problem, Tone::Failure);
        if (!p.hasValidPort())
            m_ui->portEdit->setFocus();
        Q_EMIT checkFinished(false);
        return;
    }
    m_attempt = attempt;
    const pg::ConnectOptions options = p.toConnectOptions(m_ui->passwordEdit->text());
    setBusy(true);
    const QString where = p.summary();
    showStatus(where.isEmpty() ? tr("Connecting…") : tr("Connecting to %1…").arg(where), Tone::Neutral);
    // Each attempt opens its own connection on a pool thread; only values cross back.
    m_watcher.setFuture(QtConcurrent::run([options] { return checkConnection(options); }));
}

void ConnectionDialog::onCheckFinished()
{
    setBusy(false);
    const ConnectionCheck check = m_watcher.result();
    if (!check.ok()) {
        showStatus(describeFailure(check), Tone::Failure);
        if (check.failure == ConnectFailure::WrongPassword || check.failure == ConnectFailure::PasswordRequired) {
            m_ui->passwordEdit->setFocus();
            m_ui->passwordEdit->selectAll();
        }
        Q_EMIT checkFinished(false);
        return;
    }
    m_lastCheck = check;
    showStatus(tr("Connected to PostgreSQL %1 as %2, database %3.")
                   .arg(check.serverVersion, check.user, check.database),
               Tone::Success);
    Q_EMIT checkFinished(true);
    if (m_attempt == Attempt::Connect) {
        const ConnectionProfile p = profile();
        if (p.passwordPolicy == PasswordPolicy::Keychain && !p.name.isEmpty())
            keepPasswordIfAsked(p.name);
        QDialog::accept();
    }
}

void ConnectionDialog::keepPasswordIfAsked(const QString &profileName)
{
    const QString password = m_ui->passwordEdit->text();
    if (!m_vault || password.isEmpty() || !m_ui->rememberCheck->isChecked()
        || m_vault->availability() != PasswordVault::Availability::Available)
        return;
    m_vault->store(profileName, password);
}

void ConnectionDialog::updateKeychainState()
{
    const auto availability = m_vault ? m_vault->availability() : PasswordVault::Availability::Unavailable;
    const bool available = availability == PasswordVault::Availability::Available;
    m_ui->rememberCheck->setEnabled(available);
    switch (availability) {
    case PasswordVault::Availability::Available:
        m_ui->rememberCheck->setToolTip(
            tr("Keep the password in the system keychain under this profile's name. It is never "
               "written to RoleDesk's own files."));
        break;
    case PasswordVault::Availability::Unknown:
        m_ui->rememberCheck->setToolTip(tr("Looking for the system keychain…"));
        break;
    case PasswordVault::Availability::Unavailable:
        m_ui->rememberCheck->setToolTip(
            tr("No system keychain is available (for example no secret service is running), so "
               "the password will be asked for each time."));
        break;
    }
}

void ConnectionDialog::onPasswordRead(const QString &profileName, const QString &password)
{
    if (profileName != m_pendingKeychainRead)
        return;
    m_pendingKeychainRead.clear();
    // Never overwrite what the user has typed meanwhile.
    if (m_ui->nameEdit->text().trimmed() == profileName && m_ui->passwordEdit->text().isEmpty())
        m_ui->passwordEdit->setText(password);
}

void ConnectionDialog::showStatus(const QString &text, Tone tone)
{
    QString color;
    switch (tone) {
    case Tone::Success:
        color = QStringLiteral("color: #1b7f2a;");
        break;
    case Tone::Failure:
        color = QStringLiteral("color: #b00020;");
        break;
    case Tone::Neutral:
        break;
    }
    m_ui->statusLabel->setStyleSheet(color);
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->setVisible(!text.isEmpty());
}

void ConnectionDialog::setBusy(bool busy)
{
    m_ui->busyBar->setVisible(busy);
    m_ui->testButton->setEnabled(!busy);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    // The fields stay editable: nothing typed is ever locked or lost while a check runs.
}

QString ConnectionDialog::describeFailure(const ConnectionCheck &check) const
{
    const ConnectionProfile p = profile();
    const QString user = p.user.isEmpty() ? tr("the default user") : tr("user \"%1\"").arg(p.user);
    QString headline;
    switch (check.failure) {
    case ConnectFailure::WrongPassword:
        headline = tr("Wrong password: the server rejected the password for %1.").arg(user);
        break;
    case ConnectFailure::PasswordRequired:
        headline = tr("A password is required for %1. Type it in the password field.").arg(user);
        break;
    case ConnectFailure::Refused:
        headline = tr("Connection refused: no server is listening on that host and port, or a "
                      "firewall blocks it.");
        break;
    case ConnectFailure::NoSocket:
        headline = tr("No server is running on that Unix socket folder and port.");
        break;
    case ConnectFailure::UnknownHost:
        headline = tr("Unknown host: the host name could not be resolved.");
        break;
    case ConnectFailure::Timeout:
        headline = tr("The server did not answer in time (unreachable host or blocked port).");
        break;
    case ConnectFailure::UnknownDatabase:
        headline = tr("Unknown database: it does not exist on this server.");
        break;
    case ConnectFailure::UnknownUser:
        headline = tr("Unknown user: no such role exists on this server.");
        break;
    case ConnectFailure::NotAllowed:
        headline = tr("The server does not allow this user to connect from here (pg_hba.conf).");
        break;
    case ConnectFailure::Ssl:
        headline = tr("The SSL connection failed; check the SSL mode and certificate files.");
        break;
    case ConnectFailure::InvalidOptions:
        headline = tr("The connection settings are not valid.");
        break;
    case ConnectFailure::Other:
    case ConnectFailure::None:
        headline = tr("Could not connect.");
        break;
    }
    QStringList lines{headline, check.error.message};
    if (!check.error.detail.isEmpty())
        lines << tr("Detail: %1").arg(check.error.detail);
    if (!check.error.hint.isEmpty())
        lines << tr("Hint: %1").arg(check.error.hint);
    return lines.join(u'\n');
}

} // namespace roledesk
