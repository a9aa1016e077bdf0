#pragma once

#include <QObject>
#include <QString>

namespace QKeychain {
class Job;
}

namespace roledesk {

/// Passwords of saved connections in the system keychain (service "RoleDesk", key = profile
/// name), through QtKeychain. Every call is asynchronous and ends in exactly one signal. When no
/// keychain is reachable (no secret service, no D-Bus session) calls fail cleanly and the UI asks
/// for the password instead. Passwords are never written anywhere else: no plain-text fallback.
class PasswordVault : public QObject {
    Q_OBJECT

public:
    /// What a finished or failed call was doing.
    enum class Operation { Probe, Read, Store, Remove };
    Q_ENUM(Operation)

    /// Whether a keychain backend answered the last probe or call.
    enum class Availability { Unknown, Available, Unavailable };
    Q_ENUM(Availability)

    /// A vault; it is disabled from the start when ROLEDESK_NO_KEYCHAIN is set to a non-empty value.
    explicit PasswordVault(QObject *parent = nullptr);
    ~PasswordVault() override;

    /// The keychain service name all entries are filed under.
    static QString serviceName();

    /// Last known availability; Unknown until probe() or a call has finished.
    Availability availability() const { return m_availability; }
    /// Switches the keychain off (every call fails at once, availability Unavailable), e.g. for
    /// tests that must not touch the user's real keychain.
    void setDisabled(bool disabled);
    bool isDisabled() const { return m_disabled; }

    /// Finds out whether a keychain backend is reachable; ends in availabilityChanged().
    void probe();
    /// Reads the password kept for \a profileName; ends in passwordRead() or failed().
    void read(const QString &profileName);
    /// Keeps \a password for \a profileName; ends in passwordStored() or failed().
    void store(const QString &profileName, const QString &password);
    /// Forgets the password of \a profileName; ends in passwordRemoved() or failed().
    void remove(const QString &profileName);

Q_SIGNALS:
    /// The availability became known or changed.
    void availabilityChanged(bool available);
    /// A read() finished with the password.
    void passwordRead(const QString &profileName, const QString &password);
    /// A store() finished.
    void passwordStored(const QString &profileName);
    /// A remove() finished (also when there was nothing to remove).
    void passwordRemoved(const QString &profileName);
    /// A call failed; \a message is translated and names the reason.
    void failed(roledesk::PasswordVault::Operation operation, const QString &profileName,
                const QString &message);

private:
    void start(QKeychain::Job *job, Operation operation, const QString &profileName);
    void onJobFinished(QKeychain::Job *job, Operation operation, const QString &profileName);
    void failLater(Operation operation, const QString &profileName, const QString &message);
    void setAvailability(Availability availability);

    Availability m_availability = Availability::Unknown;
    bool m_disabled = false;
};

} // namespace roledesk
