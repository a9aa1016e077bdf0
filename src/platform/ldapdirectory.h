#pragma once

#include "platform/directory.h"
#include "platform/platformfile.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>

namespace roledesk {

/// How to read people and groups from an LDAP directory (OpenLDAP's libldap).
struct LdapSettings {
    QString url;                 ///< "ldap://127.0.0.1:389" or "ldaps://..."
    bool startTls = false;       ///< StartTLS on an ldap:// URL; refusing it is an error, never a silent fallback
    QString caFile;              ///< CA certificate file for TLS; empty: the system's
    QString bindDn;              ///< empty: anonymous bind
    QString password;            ///< never stored or logged
    QString baseDn;
    QString userFilter = QStringLiteral("(objectClass=inetOrgPerson)");
    QString groupFilter = QStringLiteral("(|(objectClass=groupOfNames)(objectClass=groupOfUniqueNames))");
    QString userIdAttribute = QStringLiteral("uid");
    QString userNameAttribute = QStringLiteral("cn");
    QString groupNameAttribute = QStringLiteral("cn");
    QString memberAttribute = QStringLiteral("member");   ///< holds member DNs (people or groups)
    QString machineFilter;       ///< entries of the user filter that also match this are machine users; empty: none
    QString provider;            ///< identity provider name the people sign in through
    int timeoutSeconds = 15;     ///< network and operation timeout
    int pageSize = 500;          ///< simple paged results (RFC 2696), so that size limits do not cut a large directory

    /// The settings a platform file's "directory: ldap:" section gives (defaults where it says
    /// nothing; a relative ca_file is taken from \a platformFilePath's folder). No password.
    static LdapSettings fromSource(const PlatformDirectorySource &source, const QString &platformFilePath = {});
};

/// Reads a directory over LDAP: binds, searches users and groups with paged results, maps
/// member DNs to people and groups (members outside both filters are ignored with a warning
/// count). Errors say what failed and name the server, the DN or the filter: "ldap://x:389:
/// invalid credentials for cn=admin,dc=example,dc=org", "bad user filter (objectClass=": ...".
class LdapReader {
    Q_DECLARE_TR_FUNCTIONS(roledesk::LdapReader)
public:
    /// Progress: entries read so far and a translated phase text ("Reading groups…").
    using Progress = std::function<void(qint64 entries, const QString &phase)>;
    /// Reads the whole directory; honours \a cancel between pages (then returns cancelled = true).
    static DirectoryLoad read(const LdapSettings &settings, const Progress &progress = {},
                              const std::atomic_bool *cancel = nullptr);
};

/// Runs LdapReader::read on a worker thread for the GUI: progress and the result arrive as
/// queued signals; cancel() is safe from any thread.
class LdapReadWorker : public QObject {
    Q_OBJECT
public:
    explicit LdapReadWorker(QObject *parent = nullptr);
    ~LdapReadWorker() override;
    /// Starts reading; a read in progress is cancelled first.
    void start(const LdapSettings &settings);
    void cancel();
    bool isRunning() const;
signals:
    void progressed(qint64 entries, const QString &phase);
    void finished(const roledesk::DirectoryLoad &result);
private:
    struct Private;
    Private *d;
};

} // namespace roledesk
