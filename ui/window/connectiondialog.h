#pragma once

#include "pg/connection.h"
#include "store/connectionprofile.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>

class QLineEdit;

namespace Ui {
class ConnectionDialog;
}

namespace roledesk {

class PasswordVault;
class ProfileStore;

/// Asks where and as whom to connect: saved profiles (new, save, delete), the libpq fields or a
/// connection string, SSL files, and the password (optionally kept in the system keychain).
/// "Test connection" and "Connect" try the connection on a worker thread and report the outcome
/// in the dialog; Connect only closes the dialog once the server has accepted the login.
class ConnectionDialog : public QDialog {
    Q_OBJECT

public:
    /// A dialog over \a store and \a vault; either may be null (no saved profiles, no keychain).
    explicit ConnectionDialog(ProfileStore *store, PasswordVault *vault, QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    /// The libpq options for the fields as they stand, including the typed password.
    pg::ConnectOptions connectOptions() const;
    /// The fields as a profile (no password; the policy follows the keychain checkbox).
    ConnectionProfile profile() const;
    /// Fills the fields from \a profile and selects it in the list when it is saved; a profile
    /// whose password is in the keychain has it read from there.
    void setProfile(const ConnectionProfile &profile);
    /// What the server reported for the last successful test or connect.
    ConnectionCheck lastCheck() const { return m_lastCheck; }
    /// True while a connection attempt runs on the worker thread.
    bool isBusy() const;

public Q_SLOTS:
    /// Validates the fields and connects; closes the dialog only when the connection succeeds.
    void accept() override;

Q_SIGNALS:
    /// A test or connect attempt has finished (successfully or not); for tests and status bars.
    void checkFinished(bool ok);

private:
    enum class Attempt { Test, Connect };
    enum class Tone { Neutral, Success, Failure };

    void reloadProfiles(const QString &select);
    void onProfileChosen(int index);
    void newProfile();
    void saveProfile();
    void deleteProfile();
    void browseFor(QLineEdit *edit, const QString &title, const QString &filter);
    void startCheck(Attempt attempt);
    void onCheckFinished();
    void keepPasswordIfAsked(const QString &profileName);
    void updateKeychainState();
    void onPasswordRead(const QString &profileName, const QString &password);
    void showStatus(const QString &text, Tone tone);
    void setBusy(bool busy);
    QString describeFailure(const ConnectionCheck &check) const;

    std::unique_ptr<Ui::ConnectionDialog> m_ui;
    ProfileStore *m_store;
    PasswordVault *m_vault;
    QFutureWatcher<ConnectionCheck> m_watcher;
    Attempt m_attempt = Attempt::Test;
    ConnectionCheck m_lastCheck;
    QString m_pendingKeychainRead; ///< profile whose password is being read from the keychain
    bool m_loading = false;        ///< filling fields from a profile: ignore change signals
};

} // namespace roledesk
