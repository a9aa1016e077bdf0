#pragma once

#include "platform/directory.h"
#include "platform/ldapdirectory.h"

#include <QByteArray>
#include <QHash>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace roledesk::test {

/// A directory a test or benchmark makes up, as LDIF for slapadd and as what reading it must
/// give: the generator's own account of every person, group and direct membership.
struct GeneratedDirectory {
    QString baseDn;
    QList<DirectoryPerson> people;    ///< id, name, dn, machine, groups (direct, by name)
    QList<DirectoryGroup> groups;     ///< name, dn, people (ids) and groups (names), direct
    QHash<QString, QString> memberSpelling;   ///< DN → how member values spell it, where not as the DN
    QStringList uniqueMemberGroups;   ///< groups written as groupOfUniqueNames
    QHash<QString, QStringList> outsideMembers;   ///< group name → member DNs that are neither person nor group

    /// The base entry, ou=people, ou=groups, the people and the groups as LDIF (non-ASCII values
    /// base64-encoded, as LDIF requires).
    QByteArray ldif() const;
    /// The settings that read this directory back (machine users by employeeType=machine).
    LdapSettings settings(const QString &url) const;

    /// Every case the reader must get right, in one directory: nested groups three deep
    /// (staff ⊃ engineering ⊃ data-eng), a person in no group, a group of \a bulkMembers people,
    /// names with non-ASCII letters and commas (cn=Ångström\, Zoë), a uid with a dot, a loop
    /// (loop-a ⊃ loop-b ⊃ loop-a), a machine user, a groupOfUniqueNames, members spelled
    /// otherwise than their entries' DNs, and a member that is neither person nor group.
    static GeneratedDirectory edgeCases(int bulkMembers = 5000);
    /// A large organization for the benchmark: \a people people (one in a hundred a machine),
    /// \a groups groups nested four to a parent, each person directly in two groups.
    static GeneratedDirectory organization(int people, int groups);
};

/// A throwaway slapd on free loopback ports in a temporary folder: mdb backend, a rootdn, a
/// read-only reader DN with a password, anonymous reads refused, a size limit (500 by default)
/// that only paged results get past, and optionally TLS (StartTLS and ldaps://) with a
/// self-signed certificate. Entries are loaded with slapadd before the server starts; the server
/// is stopped and the folder removed on destruction. Works as root and as any other user.
class SlapdFixture {
public:
    struct Options {
        int sizeLimit = 500;
        bool tls = false;
    };
    ~SlapdFixture();

    bool start(const GeneratedDirectory &directory, QString *error) { return start(directory, Options{}, error); }
    bool start(const GeneratedDirectory &directory, const Options &options, QString *error);
    /// Starts on entries of an LDIF file as they are (the base entry and any reader included),
    /// e.g. the demo directory; settings() then binds as the reader with \a readerPassword.
    bool start(const QByteArray &ldif, const QString &baseDn, const QString &readerPassword, const Options &options, QString *error);
    void stop();

    QString url() const;       ///< ldap://127.0.0.1:port
    QString ldapsUrl() const;  ///< ldaps://127.0.0.1:port (TLS only)
    QString caFile() const;    ///< the self-signed certificate (TLS only)
    QString folder() const { return m_dir.path(); }
    /// The directory's settings for this server, bound as the reader.
    LdapSettings settings() const;

    static QString readerDn(const QString &baseDn) { return QStringLiteral("cn=reader,") + baseDn; }
    static QString readerPassword() { return QStringLiteral("reader-secret"); }
    static QString adminDn(const QString &baseDn) { return QStringLiteral("cn=admin,") + baseDn; }
    /// True when slapd, slapadd and the schemas are installed; else \a why says what is missing.
    static bool usable(QString *why);

private:
    bool makeCertificate(QString *error);

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_slapd;
    GeneratedDirectory m_directory;
    QString m_readerPassword;
    quint16 m_port = 0;
    quint16 m_tlsPort = 0;
};

/// A free TCP port on 127.0.0.1 (0 if none), for servers a test starts.
quint16 freeLoopbackPort();

} // namespace roledesk::test
