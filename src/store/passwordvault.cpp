#include "store/passwordvault.h"

#include <QMetaObject>
#include <QPointer>

#include <qt6keychain/keychain.h>

namespace roledesk {

namespace {

/// Key read by probe(); no password is ever stored under it.
const auto probeKey = QStringLiteral("roledesk-availability-probe");

bool backendMissing(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented;
}

} // namespace

PasswordVault::PasswordVault(QObject *parent)
    : QObject(parent)
    , m_disabled(!qEnvironmentVariableIsEmpty("ROLEDESK_NO_KEYCHAIN"))
{
    if (m_disabled)
        m_availability = Availability::Unavailable;
}

PasswordVault::~PasswordVault() = default;

QString PasswordVault::serviceName()
{
    return QStringLiteral("RoleDesk");
}

void PasswordVault::setDisabled(bool disabled)
{
    m_disabled = disabled;
    setAvailability(disabled ? Availability::Unavailable : Availability::Unknown);
}

void PasswordVault::setAvailability(Availability availability)
{
    if (m_availability == availability)
        return;
    m_availability = availability;
    if (availability != Availability::Unknown)
        Q_EMIT availabilityChanged(availability == Availability::Available);
}

void PasswordVault::failLater(Operation operation, const QString &profileName, const QString &message)
{
    // Queued, so that callers always see the result after their call returned, as with real jobs.
    QMetaObject::invokeMethod(
        this,
        [this, operation, profileName, message] {
            if (operation == Operation::Probe)
                Q_EMIT availabilityChanged(false);
            else
                Q_EMIT failed(operation, profileName, message);
        },
        Qt::QueuedConnection);
}

void PasswordVault::probe()
{
    if (m_disabled) {
        failLater(Operation::Probe, {}, tr("The system keychain is switched off."));
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(serviceName(), this);
    job->setKey(probeKey);
    start(job, Operation::Probe, {});
}

void PasswordVault::read(const QString &profileName)
{
    if (m_disabled) {
        failLater(Operation::Read, profileName, tr("The system keychain is switched off."));
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(serviceName(), this);
    job->setKey(profileName);
    start(job, Operation::Read, profileName);
}

void PasswordVault::store(const QString &profileName, const QString &password)
{
    if (m_disabled) {
        failLater(Operation::Store, profileName, tr("The system keychain is switched off."));
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setKey(profileName);
    job->setTextData(password);
    start(job, Operation::Store, profileName);
}

void PasswordVault::remove(const QString &profileName)
{
    if (m_disabled) {
        failLater(Operation::Remove, profileName, tr("The system keychain is switched off."));
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(serviceName(), this);
    job->setKey(profileName);
    start(job, Operation::Remove, profileName);
}

void PasswordVault::start(QKeychain::Job *job, Operation operation, const QString &profileName)
{
    // Never let QtKeychain fall back to a plain-text QSettings file.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this,
            [this, operation, profileName](QKeychain::Job *j) { onJobFinished(j, operation, profileName); });
    job->start();
}

void PasswordVault::onJobFinished(QKeychain::Job *job, Operation operation, const QString &profileName)
{
    const QKeychain::Error error = job->error();
    if (operation == Operation::Probe) {
        // A missing probe entry still proves that a backend answered. The signal is sent even
        // when nothing changed: the probe has ended and someone is waiting for that.
        const bool available = error == QKeychain::NoError || error == QKeychain::EntryNotFound;
        m_availability = available ? Availability::Available : Availability::Unavailable;
        Q_EMIT availabilityChanged(available);
        return;
    }
    if (error == QKeychain::NoError || (operation == Operation::Remove && error == QKeychain::EntryNotFound)) {
        setAvailability(Availability::Available);
        switch (operation) {
        case Operation::Read:
            Q_EMIT passwordRead(profileName, static_cast<QKeychain::ReadPasswordJob *>(job)->textData());
            break;
        case Operation::Store:
            Q_EMIT passwordStored(profileName);
            break;
        case Operation::Remove:
            Q_EMIT passwordRemoved(profileName);
            break;
        case Operation::Probe:
            break;
        }
        return;
    }
    if (backendMissing(error))
        setAvailability(Availability::Unavailable);
    else if (error == QKeychain::EntryNotFound)
        setAvailability(Availability::Available);
    QString message;
    switch (error) {
    case QKeychain::EntryNotFound:
        message = tr("No password is kept in the keychain for \"%1\".").arg(profileName);
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        message = tr("Access to the system keychain was denied.");
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        message = tr("No system keychain is available.");
        break;
    default:
        message = tr("The system keychain reported an error.");
        break;
    }
    if (!job->errorString().isEmpty())
        message += u' ' + job->errorString();
    Q_EMIT failed(operation, profileName, message);
}

} // namespace roledesk
