#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTemporaryFile>

#include <atomic>
#include <functional>

class QIODevice;

namespace roledesk {

class EffectiveRights;
class PlatformEvaluation;
struct Snapshot;

/// Where and when a saved audit was taken: what tells two audits of the same database apart from
/// audits of different ones.
struct AuditIdentity {
    QString systemIdentifier; ///< pg_control_system(); empty when the login could not read it
    QString database;
    QString serverVersion;
    QString host;             ///< as connected ("localhost:5432", a socket folder...)
    QString roledeskVersion;
    QDateTime takenAt;

    /// The identity of \a snapshot's database, reached at \a host, now, by this RoleDesk.
    static AuditIdentity of(const Snapshot &snapshot, const QString &host);
    QJsonObject toJson() const;
    static AuditIdentity fromJson(const QJsonObject &o);
    /// "database on host (system identifier ...)", for messages.
    QString describe() const;
};

/// One granted right in a saved audit: role, object, privilege, grant option and lineage.
struct SavedRight {
    QString role;
    QString objectType;   ///< objectKindName(): table, column, function...
    QString schema;
    QString name;
    QString privilege;    ///< SELECT, USAGE...
    bool grantable = false;
    QString via;          ///< the lineage, as EffectiveRights::viaText() writes it
};

/// The small sections of a saved audit, each a list of items with a stable key.
struct AuditSections {
    /// "member|group" → the membership's description ("admin option", "noinherit"...).
    QList<QPair<QString, QString>> memberships;
    /// schema groups: "group name" → "level schema".
    QList<QPair<QString, QString>> schemaGroups;
    /// model roles: "role|model_owner" → "direct" / "inherited".
    QList<QPair<QString, QString>> modelRoles;
    /// platform role grants, when a platform file was given: "person|role|project" (project
    /// empty: organization) → "manual" / "rule NAME via group > group".
    QList<QPair<QString, QString>> platformRoles;
    bool hasPlatformRoles = false; ///< a platform file was given: compared only when both audits have one

    /// One section as JSON, [[key, description], ...]: how saved audits and reports write them.
    static QJsonArray toJson(const QList<QPair<QString, QString>> &section);
};

/// Writes a saved audit (format "roledesk-saved-audit", version 1): a JSON document laid out one
/// item per line so that it is written and read streamed. The rights come in a fixed order (role,
/// schema, object, type, privilege, by code point) so that two audits compare by one merge of
/// both files, without holding either in memory: the benchmark catalog has 7.9 million granted
/// rights, a gigabyte of text.
class SavedAuditWriter {
public:
    static constexpr int formatVersion = 1;
    static constexpr const char *formatName = "roledesk-saved-audit";

    /// Called after each role with roles done and the total.
    using Progress = std::function<void(int done, int total)>;

    /// Writes the audit of \a rights, with \a identity, to \a device. False when the device
    /// refused a write or \a cancelled was raised; \a error then says why.
    /// \a platform, when given, adds its role grants.
    static bool write(const EffectiveRights &rights, const AuditIdentity &identity, QIODevice *device,
                      QString *error, const Progress &progress = {}, const std::atomic_bool *cancelled = nullptr,
                      const PlatformEvaluation *platform = nullptr);
    /// The small sections of \a rights' snapshot (and \a platform's role grants), as write() saves them.
    static AuditSections sections(const EffectiveRights &rights, const PlatformEvaluation *platform = nullptr);
};

/// The audit of the database as it is now, written to a temporary file (removed with the object):
/// what a saved audit is compared with, by the same one merge of two files as two saved audits.
class ScratchAudit {
    Q_DECLARE_TR_FUNCTIONS(roledesk::ScratchAudit)
public:
    /// Writes the audit of \a rights with \a identity (and \a platform's role grants). False when
    /// the file could not be written or \a cancelled was raised; \a error then says why.
    bool write(const EffectiveRights &rights, const AuditIdentity &identity, QString *error,
               const std::atomic_bool *cancelled = nullptr, const PlatformEvaluation *platform = nullptr);
    /// The file written, for a SavedAuditReader.
    QString fileName() const { return m_file.fileName(); }

private:
    QTemporaryFile m_file;
};

} // namespace roledesk
