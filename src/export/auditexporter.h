#pragma once

#include "catalog/privilege.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>
#include <vector>

class QIODevice;

namespace roledesk {

class EffectiveRights;

/// The file formats of the audit export.
enum class AuditFormat {
    Csv,
    Json,
    Html,
};

/// What the audit export contains and how it is labelled.
struct AuditOptions {
    AuditFormat format = AuditFormat::Csv;
    bool includePredefined = true; ///< include the built-in pg_* roles
    bool grantedOnly = false;      ///< CSV/JSON: only rows whose privilege is granted (HTML always is)
    QString generator = QStringLiteral("roledesk-cli"); ///< the metadata's "generator"
    /// Only these roles (indexes into Snapshot::roles), in this order; nothing: every role.
    /// The GUI passes the rows its filters leave visible.
    std::optional<QList<int>> roles;
    /// Only these objects (indexes into Snapshot::objects), in this order; nothing: every object.
    std::optional<QList<int>> objects;
};

/// Counts of what an export wrote, for callers that report them.
struct AuditStats {
    qint64 rows = 0;     ///< rows written (CSV/JSON) or granted rights listed (HTML)
    qint64 granted = 0;  ///< of those, rows with the privilege granted
    int roles = 0;       ///< roles included
};

/// Writes the effective-rights matrix of every role on every object (or of the roles and objects
/// AuditOptions names) as an audit report (CSV, JSON or HTML), streamed to a device in pieces, so that a catalog of a thousand roles and tens
/// of thousands of objects never sits in memory as one document.
class AuditExporter {
public:
    /// The header line of the CSV format, without the line break.
    static constexpr const char *csvHeader =
        "role,object_type,object_schema,object_name,privilege,granted,grantable,via";

    /// An exporter over \a rights, which must outlive it.
    AuditExporter(const EffectiveRights &rights, AuditOptions options = {});

    /// Writes the whole report to \a device (opened for writing). Returns false when the device
    /// refused a write; errorString() then names the cause.
    bool write(QIODevice *device);
    /// Why the last write() failed.
    QString errorString() const { return m_error; }
    /// What the last write() produced.
    AuditStats stats() const { return m_stats; }

    /// "csv", "json" or "html" (case-insensitive) as a format; nothing for anything else.
    static std::optional<AuditFormat> formatFromName(QStringView name);
    /// One CSV field as RFC 4180 wants it: quoted when it holds a comma, quote, CR or LF,
    /// with embedded quotes doubled.
    static QString csvField(QStringView value);
    /// A JSON string literal, quotes included, with the escapes RFC 8259 requires.
    static QString jsonString(QStringView value);

private:
    /// One (role, object, privilege) row, handed to the format writers.
    struct Row {
        int role = 0;
        int object = 0;
        Privilege privilege = Privilege::Select;
        bool granted = false;
        bool grantable = false;
    };

    /// Fills m_roles and m_objects from the snapshot and the options.
    void selectRolesAndObjects();
    bool restricted() const { return m_options.roles || m_options.objects; }
    /// Calls \a visit for every row of \a role in object order, honouring grantedOnly.
    template<typename Visit> void forEachRow(int role, bool grantedOnly, Visit &&visit) const;
    QString via(const Row &row) const;

    void writeCsv();
    void writeJson();
    void writeHtml();
    void writeHtmlHead();
    void writeHtmlRole(int role, qint64 count);

    /// Appends to the pending buffer, flushing it to the device when it grows large.
    void put(QStringView text);
    void put(const char *latin1);
    bool flush();

    const EffectiveRights &m_rights;
    AuditOptions m_options;
    QIODevice *m_device = nullptr;
    QByteArray m_buffer;
    std::vector<int> m_roles;   // the roles written, in order
    std::vector<int> m_objects; // the objects written, in order
    QString m_error;
    AuditStats m_stats;
};

} // namespace roledesk
